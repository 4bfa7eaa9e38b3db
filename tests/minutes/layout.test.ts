import { describe, expect, it } from 'vitest';
import { layout as normalise } from '../../src/minutes/layout.js';

describe('normalise', () => {
  it('drops page numbers, "Page 3 of 12" and pack stamps', () => {
    const text = normalise('The Panel met.\n\n14\n\nPage 3 of 12\n6 Agenda Item 2\nRESOLVED:');
    expect(text.split('\n').filter(Boolean)).toEqual(['The Panel met.', 'RESOLVED:']);
  });

  it('turns form feeds into breaks and drops headers repeated on every page', () => {
    const page = (n: number, body: string) => `Harbour Board minutes 2026\n${body}\nPage ${n} of 3`;
    const text = normalise([page(1, 'First.'), page(2, 'Second.'), page(3, 'Third.')].join('\f'));
    expect(text).not.toContain('Harbour Board minutes');
    expect(text).toContain('Second.');
  });

  it('drops a running header printed after a page footer, even on a document of two pages', () => {
    const text = normalise(
      'Harbour Board minutes\n\n(a) That the report be noted;\nPage 1 of 2\n\nHarbour Board minutes\n(b) That the Clerk write to the owner.',
    );
    expect(text.split('\n').filter(Boolean)).toEqual([
      'Harbour Board minutes',
      '(a) That the report be noted;',
      '(b) That the Clerk write to the owner.',
    ]);
  });

  it.each([' ', '', '\t', '   '])('keeps a log row "14<gap>– Bus Shelter" on a line of its own (gap %j)', (gap) => {
    expect(
      normalise(`Item   Councillor Due Date Completed\n14${gap}– Bus Shelter\nWrite to the operator Clerk Open`).split(
        '\n',
      ),
    ).toEqual([
      'Item   Councillor Due Date Completed',
      `14${gap.replace('\t', '   ')}– Bus Shelter`,
      'Write to the operator Clerk Open',
    ]);
  });

  it('rejoins a sentence broken by the layout, across a blank line', () => {
    expect(normalise('That a report on bus shelters be brought to\n\nthe next meeting.')).toBe(
      'That a report on bus shelters be brought to the next meeting.',
    );
    expect(normalise('the meeting on 3 April\n2026 at 10am')).toBe('the meeting on 3 April 2026 at 10am');
  });

  it('rejoins a sentence broken by a page break and its running header', () => {
    const page = (n: number, body: string) => `Harbour Board 2026\n${body}\n\n\nPage ${n} of 3`;
    const text = normalise(
      [page(1, 'Opening.'), page(2, 'That a report be submitted to the Board in'), page(3, 'six months’ time.')].join(
        '\n\n',
      ),
    );
    expect(text).toContain('submitted to the Board in six months’ time.');
  });

  it.each(['(b)', 'b)', 'b.', '2.', '(ii)', 'ii.'])(
    'keeps a clause marked "%s" on a line of its own after a clause that did not end its sentence',
    (marker) => {
      const text = `(a) reports on decisions of the Commissioner\n${marker} the December meeting includes the budget`;
      expect(normalise(text).split('\n')).toHaveLength(2);
      expect(normalise(`(a) reports\n\n${marker}\n\nthe budget report`).split('\n').filter(Boolean)).toHaveLength(2);
    },
  );

  it('reads numbers alone on their lines that count on within a few lines as paragraph numbers, not page numbers', () => {
    const text =
      'AGREED:\n1\nThat the report be noted.\n2\nThat the Clerk write to the school.\n\n14\n\nThe meeting closed.';
    expect(normalise(text).split('\n').filter(Boolean)).toEqual([
      'AGREED:',
      '1. That the report be noted.',
      '2. That the Clerk write to the school.',
      'The meeting closed.',
    ]);
    // numbered boxes of titles (a brochure's priorities) are not the minutes' paragraphs
    expect(normalise('1\nBest start in life\n2\nStaying well').split('\n')).toEqual([
      'Best start in life',
      'Staying well',
    ]);
  });

  it('puts a number alone on its line together with what follows', () => {
    expect(normalise('31.\n\nLibrary Opening Hours')).toBe('31. Library Opening Hours');
    expect(normalise('(b)\nThat the Clerk write to the school.')).toBe('(b) That the Clerk write to the school.');
  });

  it('keeps separate lines apart when the first one ends its sentence', () => {
    expect(normalise('The item was noted.\nThe Chair thanked officers.')).toBe(
      'The item was noted.\nThe Chair thanked officers.',
    );
  });

  it('drops markdown quote marks, italics and rules', () => {
    expect(normalise('> Action: Clerk\n\n---\n\n*Monday 2nd March 2026*')).toBe(
      'Action: Clerk\n\nMonday 2nd March 2026',
    );
  });

  it('keeps the rows of a flattened table apart', () => {
    expect(normalise('Min.|Action|Owner\n12|Cut the hedge|Clerk\n13|Mend the gate|Warden')).toBe(
      'Min.|Action|Owner\n12|Cut the hedge|Clerk\n13|Mend the gate|Warden',
    );
  });

  it('makes bullets alike and strips markdown bold', () => {
    expect(normalise('•\tStreet lighting was raised\n**NOTED** the update')).toBe(
      '- Street lighting was raised\nNOTED the update',
    );
  });
});

describe('page furniture of this round', () => {
  it('drops a running footer that ends with the page number, and rejoins a date the page broke', () => {
    const text = normalise(
      'deferred to the meeting on 10\nFebruary 2026.\nHealth Panel – 9 December 2025                 Page 5\nNext line.',
    );
    expect(text.split('\n')).toEqual(['deferred to the meeting on 10 February 2026.', 'Next line.']);
  });

  it("drops a browser's footer whatever the page's address: a web address or a file saved on the clerk's computer", () => {
    for (const address of [
      'https://democracy.example.gov.uk/mgMinutes.aspx?id=88',
      'file:///C:/Users/clerk/Documents/Minutes%20May.html',
      'file:///home/clerk/minutes.pdf',
    ]) {
      const text = normalise(
        `03/06/2026, 10:15          Minutes May.docx\n\n4. Play area\nRESOLVED: That the Clerk order the swings.\n${address}          1/1`,
      );
      expect(text.split('\n')).toEqual(['4. Play area', 'RESOLVED: That the Clerk order the swings.']);
    }
  });
});

describe('markdown checklists', () => {
  it('records an open task as an action and marks one already ticked (to be noted, not tracked)', () => {
    expect(normalise('- [ ] Clerk to order the bins\n- [x] Clerk to book the hall').split('\n')).toEqual([
      'Action: Clerk to order the bins',
      '☑ Clerk to book the hall',
    ]);
  });
});

describe('a resolution a web page flattened onto one line', () => {
  it('cuts the line before each clause number that a run of spaces sets apart, and before a trailing label', () => {
    const text = normalise(
      'Decision:   Agreed –   1.        That the survey results be noted. 2.        That the Clerk obtain three quotes for the fence.   To be actioned by: Parish Clerk',
    );
    expect(text.split('\n')).toEqual([
      'Decision:',
      'Agreed –',
      '1. That the survey results be noted.',
      '2. That the Clerk obtain three quotes for the fence.',
      'To be actioned by: Parish Clerk',
    ]);
  });

  it('leaves a line alone whose numbers do not rise one by one, or that has only one', () => {
    const one = 'The total was   4.      Members noted it.';
    expect(normalise(one)).toBe(one);
    const jumbled = 'Figures:   7.     Seven sites   3.     Three sites';
    expect(normalise(jumbled)).toBe(jumbled);
  });
});

describe('a cross-reference to earlier minutes under a title', () => {
  it('drops "(REF: …)" alone on its line, but keeps a bracket that is part of the text', () => {
    expect(normalise('CONDOLENCES\n(REF: H/12; PC/4 )\nIt was agreed to send a card.')).toBe(
      'CONDOLENCES\nIt was agreed to send a card.',
    );
    expect(normalise('The Clerk reported.\n(The reference book was returned.)')).toBe(
      'The Clerk reported.\n(The reference book was returned.)',
    );
  });
});
