// Reflow (layout): text copied out of a PDF is hard-wrapped at the page's column. Where the
// document shows a column width, a line that reached it was broken by the wrap, not by the
// writer, and the next line carries on its paragraph — whatever the break fell after.
import { describe, expect, it } from 'vitest';
import { reflow } from '../../src/minutes/reflow.js';
import { layout } from '../../src/minutes/layout.js';
import { parseMinutes } from '../../src/minutes/index.js';

/** Invented minutes, one paragraph or block a line, as a web page prints them. */
const PARAGRAPHS = [
  '7. Footpath Maintenance',
  'The Footpaths Officer reported on the condition of the routes across the common after the winter storms (report circulated). Several stiles had been damaged and two bridges were closed for repair by the Rural Estates Team.',
  'Members discussed the cost of repairs and asked how long the bridges would stay closed.',
  'RESOLVED:',
  '(a) That the report be noted;',
  '(b) That the Footpaths Officer obtain three quotes for replacing the stiles on the northern route and report them to the next meeting of the Committee.',
  '8. Date of Next Meeting',
  'The next meeting would be held on 12 May 2026.',
];

/** The same text hard-wrapped at a column, as a PDF copy gives it. */
function wrap(lines: string[], width: number): string[] {
  return lines.flatMap((line) => {
    const out: string[] = [];
    let rest = line;
    while (rest.length > width) {
      const cut = rest.lastIndexOf(' ', width);
      out.push(rest.slice(0, cut));
      rest = rest.slice(cut + 1);
    }
    return [...out, rest];
  });
}

describe('reflow', () => {
  /** Paragraphs apart by a blank line, as most PDF copies keep them. */
  const spaced = (lines: string[]) => lines.flatMap((l) => [l, '']).slice(0, -1);

  it.each([40, 50, 60, 72, 80])('rejoins the paragraphs of a copy wrapped at %i columns', (width) => {
    expect(reflow(wrap(spaced(PARAGRAPHS), width))).toEqual(spaced(PARAGRAPHS));
  });

  // A web page that set each wrapped line in a paragraph of its own: a blank line after every line.
  it.each([40, 60, 80])('rejoins a wrapped copy with a blank line after every line (%i columns)', (width) => {
    const doubled = spaced(wrap(PARAGRAPHS, width));
    expect(layout(doubled.join('\n'))).toBe(layout(PARAGRAPHS.join('\n\n')));
  });

  // A web page flattened a resolution onto one line, its clauses kept apart by runs of spaces; a PDF of that page
  // wrapped it again, the wrap falling inside the runs.
  const FLATTENED = [
    '9. Library Opening Hours',
    'The Libraries Manager presented the consultation results on the proposed opening hours for the branch libraries across the district.',
    'Decision:   Resolved –   1.          That the consultation results be noted. 2.          That a review of Saturday opening be brought back in six months.   3.          That the Libraries Manager write to the parish councils about volunteer-run sessions and report the replies to members.   To be actioned by: Libraries Manager',
    '10. Date of Next Meeting',
    'The next meeting would be held on 12 May 2026.',
  ];
  it.each([40, 45, 60, 72])('rejoins a flattened resolution wrapped again at %i columns', (width) => {
    const read = (lines: string[]) =>
      parseMinutes(lines.join('\n')).items.map((i) => [i.minute, i.ref, i.category, i.owner, i.due]);
    const published = read(spaced(FLATTENED));
    expect(published).toHaveLength(2);
    expect(published.every((i) => /Libraries Manager/.test(String(i[3])))).toBe(true);
    expect(read(wrap(spaced(FLATTENED), width))).toEqual(published);
    expect(read(spaced(wrap(FLATTENED, width)))).toEqual(published); // and with a blank line after every line
  });

  it('leaves a web page of one paragraph to a line, a blank line between them, as it is', () => {
    expect(reflow(spaced(PARAGRAPHS))).toEqual(spaced(PARAGRAPHS));
  });

  it('joins after a bracket inside a sentence and before a year, but leaves a sentence ending at a line alone', () => {
    const wrapped = wrap(PARAGRAPHS, 40);
    expect(wrapped).toContain('circulated). Several stiles had been');
    expect(wrapped).toContain('2026.');
    expect(reflow(wrapped)).toContain('The next meeting would be held on 12 May 2026.');
    const ends = ['The Clerk had written to the landowner about the gate.', 'No reply had yet been received from him.'];
    expect(reflow([...wrap(PARAGRAPHS, 60), ...ends])).toEqual([...reflow(wrap(PARAGRAPHS, 60)), ...ends]);
  });

  it('keeps apart, with no blank line between, a paragraph whose last line stops short', () => {
    const wrapped = wrap(PARAGRAPHS, 72);
    expect(wrapped).toContain('would stay closed.');
    expect(reflow(wrapped)).toContain(PARAGRAPHS[2]);
  });

  it('leaves a document that shows no column alone: a web page, one paragraph a line', () => {
    const web = [...PARAGRAPHS, 'A short line', 'Another short line which ends without a stop'];
    expect(reflow(web)).toEqual(web);
  });

  it('keeps a heading in capitals, a keyword line and a new clause on lines of their own', () => {
    const wrapped = wrap(
      [
        ...PARAGRAPHS,
        'The Chair thanked the Footpaths Officer and the volunteers who had cleared fallen trees from the bridleway near the old quarry.',
        'MATTERS ARISING',
        'Agreed that the Clerk would write to the landowner about the gate at the northern end of the bridleway.',
      ],
      50,
    );
    const lines = reflow(wrapped);
    expect(lines).toContain('MATTERS ARISING');
    expect(lines.some((l) => l.startsWith('Agreed that the Clerk would write to the landowner about the gate'))).toBe(
      true,
    );
  });

  it('keeps a short heading under a full line apart, but not the end of a sentence', () => {
    const title = 'Minutes of the Footpaths Working Group held in the Village Hall on 4 March';
    expect(reflow([...wrap(PARAGRAPHS, 80), title, 'Attendees', '- A Smith (AS)'])).toContain('Attendees');
    expect(reflow([...wrap(PARAGRAPHS, 80), title, 'Committee.', 'Attendees'])).toContain(`${title} Committee.`);
    expect(reflow([...wrap(PARAGRAPHS, 80), title, 'Committee on 5 May –', ''])).toContain(
      `${title} Committee on 5 May –`,
    );
  });

  it("keeps a field's label, a table's rows and a last cell of initials on lines of their own", () => {
    const long = 'The Clerk reported that the contractor had finished the resurfacing of the car park behind the';
    const rows = [
      'Ref        Action                                             Lead    Due by the date',
      'PC/26/01   Quotes for replacing the stiles on the northern route  FO      March 2026',
    ];
    expect(reflow([...wrap(PARAGRAPHS, 90), long, 'Present: Cllrs A Smith and B Jones'])).toContain(
      'Present: Cllrs A Smith and B Jones',
    );
    expect(reflow([...wrap(PARAGRAPHS, 90), ...rows])).toEqual([...reflow(wrap(PARAGRAPHS, 90)), ...rows]);
    const initials = ['Members agreed to report the broken street light on Mill Lane again to the county.       JW'];
    expect(reflow([...wrap(PARAGRAPHS, 90), ...initials, 'street lighting team'])).toContain(initials[0]);
  });

  it('is the first step of layout, before clauses flattened onto one line are cut apart', () => {
    const flattened =
      'Resolved –   1.     That the report be noted.   2.     That the Footpaths Officer obtain three quotes for the stiles and report them to the next meeting.';
    const text = layout(wrap([...PARAGRAPHS, flattened], 45).join('\n'));
    expect(text).toContain(
      '2. That the Footpaths Officer obtain three quotes for the stiles and report them to the next meeting.',
    );
  });
});
