// Where a minute records its decisions: by keyword, inside a paragraph, as a sentence of the
// body, a motion carried — and by layout alone when the keyword was lost.
import { describe, expect, it } from 'vitest';
import { findBlocks } from '../../src/minutes/blocks.js';
import { decisionSentence, keywordLine } from '../../src/minutes/decisionKeywords.js';

const paragraphs = (text: string) => findBlocks(text.split('\n')).map((b) => b.paragraphs);

describe('decision keywords', () => {
  it.each([
    'RESOLVED:',
    'RESOLVED –',
    'Resolved: -',
    'AGREED:',
    'Decision:',
    'DECISION',
    'THE DECISION:',
    'The Board resolved :-',
    'The Housing Board RESOLVED to:',
    'It was resolved that:',
    'RESOLVED 2026/041:',
    'AGRRED that:',
    'The Committee:-',
    'Following discussion, the Committee:-',
    'That Cabinet:',
  ])('%s opens a block', (line) => {
    expect(keywordLine(line)).not.toBeNull();
  });

  it.each([
    'Decision Maker: Cabinet',
    'Decision status: For Determination',
    'Agreed Agenda Items:',
    'The Committee agreed the dates',
    'It was agreed that the Clerk would write',
  ])('%s does not', (line) => {
    expect(keywordLine(line)).toBeNull();
  });

  it.each(['AGREED', 'Agreed', 'RESOLVED', 'Resolved'])(
    'reads a keyword "%s" opening its line followed by what was agreed, in capitals or not',
    (keyword) => {
      for (const rest of ['the information be noted.', 'for the review to report to Cabinet in May.'])
        expect(keywordLine(`${keyword} ${rest}`)).toBe(`${keyword} ${rest}`);
    },
  );

  it('does not read a keyword in lower case, or one inside a sentence, as opening a decision', () => {
    expect(keywordLine('agreed the information be noted.')).toBeNull();
    expect(keywordLine('It was agreed the information be noted.')).toBeNull();
  });
});

describe('blocks', () => {
  it('takes the clauses after the keyword and stops at the next prose', () => {
    expect(
      paragraphs(
        'Members asked about costs.\nRESOLVED:\n(a) That the report be noted;\n(b) That officers review the charges.\nThe meeting closed at 8pm.',
      ),
    ).toEqual([['(a) That the report be noted;', '(b) That officers review the charges.']]);
  });

  it('keeps a clause whose sentence the layout broke, even across a blank line', () => {
    expect(
      paragraphs(
        'RESOLVED:\n(a) That the Riverside Trust’s\n\nAnnual Report be noted;\n(b) That the Trust be thanked.',
      )[0],
    ).toEqual(['(a) That the Riverside Trust’s Annual Report be noted;', '(b) That the Trust be thanked.']);
  });

  it('stops at "Reason:" and the moderngov "Minutes:" heading, and keeps a stem line', () => {
    expect(
      findBlocks(['Resolved: That the following be agreed:', 'a) the fee;', 'Reason: to balance the budget.']),
    ).toMatchObject([{ stem: 'That the following be agreed:', paragraphs: ['a) the fee;'] }]);
    expect(findBlocks(['RESOLVED:', 'That the Committee:', '- a) NOTED the update;'])[0].stem).toBe(
      'That the Committee:',
    );
  });

  it('finds a resolution inside a paragraph, with the line naming who acts, and keeps the rest for the discussion', () => {
    const [block] = findBlocks([
      'The Clerk read a letter. It was Resolved: that a reply be sent. Action – Clerk. The hall is booked.',
    ]);
    expect(block.paragraphs).toEqual(['that a reply be sent. Action – Clerk.']);
    expect(block.rest).toBe('The Clerk read a letter. The hall is booked.');
    expect(paragraphs('Proposed by Cllr Ash, seconded by Cllr Lee and RESOLVED that the Clerk book the hall.')).toEqual(
      [['that the Clerk book the hall.']],
    );
  });

  it('reads a motion moved and carried, but not one that fell', () => {
    expect(
      paragraphs(
        'It was moved by Cllr Ash and seconded by Cllr Lee that the item be deferred. The motion was carried.',
      ),
    ).toEqual([['the item be deferred.']]);
    expect(
      paragraphs('It was moved by Cllr Ash and seconded by Cllr Lee that the item be deferred. The motion was lost.'),
    ).toEqual([]);
    expect(
      paragraphs(
        'The nets were torn. It was proposed by Cllr\nAsh, seconded by Cllr Lee and agreed unanimously that the Clerk order new nets for\nthe tennis court.',
      ),
    ).toEqual([['the Clerk order new nets for the tennis court.']]);
  });

  it('reads a sentence of the body deciding, not of a member or a report', () => {
    expect(decisionSentence('The Committee AGREED that the budget be approved.')).toBe(true);
    expect(decisionSentence('Governors agreed that the Bursar would renew the lease.')).toBe(true);
    expect(decisionSentence('The Board DEFERRED the review to its next session.')).toBe(true);
    expect(decisionSentence('Members asked about the budget.')).toBe(false);
    expect(decisionSentence('The report agreed with the auditor.')).toBe(false);
  });

  it('gives a minute printed twice ("Decision:" then "Minutes:") one block', () => {
    expect(
      paragraphs(
        'Decision:\nRESOLVED that the fees be approved.\nMinutes:\nThe Chair introduced the item.\nRESOLVED that the fees be approved.',
      ),
    ).toHaveLength(1);
  });
});

describe('decisions whose keyword the page lost', () => {
  it('reads a run of lettered clauses in the form of decisions, with less confidence', () => {
    const blocks = findBlocks([
      'The Panel discussed training.',
      '(a) the Clerk arranges two sessions;',
      '(b) the slides be sent to members.',
    ]);
    expect(blocks).toHaveLength(1);
    expect(blocks[0].confidence).toBeLessThan(0.7);
    expect(
      findBlocks(['1. To note the progress made.', '2. To ask the Director to attend the next meeting.']),
    ).toHaveLength(1);
  });

  it('leaves a numbered list of discussion points, a list introduced as what was said, and a table alone', () => {
    expect(findBlocks(['(i) The service was busy.', '(ii) Staffing was discussed.'])).toEqual([]);
    expect(
      findBlocks(['The following points were raised:', '(a) the depot be sold;', '(b) the bins be replaced.']),
    ).toEqual([]);
    expect(findBlocks(['1.   Jo Bloggs   Director of Place', '2.   Ann Smith   Head of Parks'])).toEqual([]);
  });

  it.each([
    ['(i)', '(ii)', '(a)', '(b)'],
    ['1.', '2.', '(a)', '(b)'],
    ['(a)', '(b)', '1.', '2.'],
    ['a)', 'b)', 'a)', 'b)'],
  ])(
    'starts the decisions afresh where a list of what was said ends and a new list opens: %s %s then %s %s',
    (one, two, first, second) => {
      const blocks = findBlocks([
        'Members made the following points:',
        `${one} The hedges by the play area had not been cut since June.`,
        `${two} Residents had complained about the state of the footpath.`,
        `${first} That the report be noted;`,
        `${second} That the Clerk obtain quotes for cutting the hedges.`,
      ]);
      expect(blocks).toHaveLength(1);
      expect(blocks[0].paragraphs).toEqual([
        `${first} That the report be noted;`,
        `${second} That the Clerk obtain quotes for cutting the hedges.`,
      ]);
    },
  );

  it.each([
    ['- the hedge survey be noted;', '- the Clerk obtain quotes for cutting the hedges.'],
    ['- That the hedge survey be noted;', '- That the Clerk obtain quotes.'],
    ['- to note the hedge survey;', '- to ask the Clerk to obtain quotes.'],
  ])('reads a bulleted list worded as decisions, with no keyword: %s', (one, two) => {
    const blocks = findBlocks(['The Panel discussed the hedges.', one, two]);
    expect(blocks.map((b) => b.paragraphs)).toEqual([[one, two]]);
  });

  it.each([
    ['- the hedges had not been cut;', '- residents were unhappy.'],
    ['- concerns about the cost of cutting;', '- the state of the footpath.'],
    ['- the service is busy;', '- the Clerk will look into it.'],
    ['- Improve access to the footpaths', '- Make decisions as locally as possible'],
  ])('leaves a bulleted list not worded as decisions alone: %s', (one, two) => {
    expect(findBlocks(['The Panel discussed the hedges.', one, two])).toEqual([]);
  });

  it('keeps a sub-list under a stem ending in a colon in its list', () => {
    const blocks = findBlocks([
      'The Panel discussed the consultation.',
      '(a) That the report be noted;',
      '(b) That officers be asked to consider:',
      '(i) extending the consultation;',
      '(ii) holding a drop-in session.',
      '(c) That a further report come to the March meeting.',
    ]);
    expect(blocks).toHaveLength(1);
    expect(blocks[0].lines).toHaveLength(5);
  });

  it('leaves an agenda’s numbered notes before "Minutes:" alone', () => {
    expect(
      findBlocks([
        'Notes:',
        '(1) Members must declare interests.',
        '(2) Officers must declare interests.',
        'Minutes:',
        'No declarations were made.',
      ]),
    ).toEqual([]);
  });

  // A decision page that lost its "Decision:" heading: the clauses stand before "Minutes:" as an agenda's notes do,
  // but are worded as only decisions are.
  it.each([
    [
      'every clause "to …"',
      [
        '(i) to remove item 3 from the planner;',
        '(ii) to note that a report on parking would come to the next meeting; and',
        '(iii) to instruct officers to review the fees.',
      ],
    ],
    ['every clause "that …"', ['(a) that the annual report be noted;', '(b) that the Clerk write to the bus company.']],
    [
      'a "That …:" stem over noun phrases',
      [
        'That the following be noted and agreed:',
        'a) the risks in the register;',
        'b) the progress made on the new depot;',
        'c) a follow-up report at a future meeting.',
      ],
    ],
  ])('reads a decision page whose heading was lost before "Minutes:": %s', (_, clauses) => {
    const blocks = findBlocks([...clauses, '', 'Minutes:', 'The Committee had before it the planner.']);
    expect(blocks).toHaveLength(1);
    expect(blocks[0].found).toBe('layout');
    expect(blocks[0].paragraphs.length).toBeGreaterThanOrEqual(2);
  });

  it.each([
    [
      'a report’s recommendations',
      ['Recommendations:', '(a) that the annual report be noted;', '(b) that the Clerk write to the bus company.'],
    ],
    ['what members are asked to do', ['Members are asked to:', '(a) to note the report;', '(b) to approve the fees.']],
    ['the agenda’s notes in other words', ['(1) Members must declare interests.', '(2) The public may ask questions.']],
  ])('still leaves %s before "Minutes:" alone', (_, lines) => {
    expect(findBlocks(['', ...lines, 'Minutes:', 'The Committee had before it the planner.'])).toEqual([]);
  });
});
