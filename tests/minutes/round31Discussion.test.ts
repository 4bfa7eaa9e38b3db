// Round 31, commitments in the discussion: requests made of someone by whoever speaks for the body, where the minutes
// tell the asker in ways the reader of requests did not follow — the chair's title printed in brackets after the name
// on the attendance line ("Councillor X (Leader) in the Chair", "(Leader of the Council) - Chair"), so that "The Leader
// asked the Director to …" is the meeting's request; and the request told as a sentence's second half ("Members
// raised …, and asked the Engineer to …", "The Chair said … and asked …"). Invented minutes throughout, several
// wordings of each, and near-misses that must not fire.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';
import { chairTitles } from '../../src/minutes/chairTitles.js';
import { askedAfterAnd } from '../../src/minutes/andAsked.js';
import { withoutDebateLead } from '../../src/minutes/commitmentSubject.js';

/** An invented cabinet's minutes: the test's attendance line, and its paragraphs as the discussion of minute 12. */
const cabinet = (present: string[], body: string[]) =>
  parseMinutes(
    [
      'ASHLEIGH VALE DISTRICT COUNCIL',
      'Minutes of the Cabinet held on Wednesday 10 February 2027 at 6.00 pm',
      '',
      ...present,
      'Officers: Chief Executive, Director of Place, Head of Parks, Finance Manager',
      '',
      '11. Minutes',
      'RESOLVED that the minutes of the meeting held on 13 January 2027 be approved.',
      '',
      '12. Riverside Gardens Improvement Scheme',
      'The Portfolio Holder for Parks introduced the report on the improvement scheme.',
      ...body,
      'RESOLVED that the scheme be approved for consultation.',
      '',
      '13. Date of next meeting',
      'The next meeting will be held on Wednesday 10 March 2027.',
    ].join('\n'),
  ).items.filter((i) => i.minute === '12');

/** An invented parish committee's minutes, with the test's paragraphs as the discussion of minute 5. */
const committee = (body: string[]) =>
  parseMinutes(
    [
      'LOWER BRANTON PARISH COUNCIL',
      'Minutes of the Amenities Committee held on Monday 8 March 2027 at 7.30 pm',
      '',
      'Present: Councillor Gale (Chair), Councillor Rudd, Councillor Oyelaran, Councillor Finch',
      'In attendance: the Clerk, the Groundsman',
      '',
      '4. Minutes',
      'RESOLVED that the minutes of the meeting held on 8 February 2027 be signed.',
      '',
      '5. Playing field and footpaths',
      ...body,
      'RESOLVED that the report be noted.',
      '',
      '6. Date of next meeting',
      'The next meeting will be held on Monday 10 May 2027.',
    ].join('\n'),
  ).items.filter((i) => i.minute === '5');

describe('the chair title printed in brackets after the name on the attendance line', () => {
  it.each([
    ['(Leader) in the Chair', 'Councillor Ruth Maddox (Leader) in the Chair; Councillors Ince and Bell', ['leader']],
    [
      '(Leader of the Council) - in the Chair',
      'Councillor Ruth Maddox (Leader of the Council) - in the Chair',
      ['leader of the council', 'leader'],
    ],
    ['(Leader) – in the Chair', 'Councillor R Maddox (Leader) – in the Chair', ['leader']],
    ['(Mayor), in the Chair', 'The Worshipful Councillor P Hale (Mayor), in the Chair', ['mayor']],
  ])('%s', (_, line, titles) => {
    expect(chairTitles(line)).toEqual(titles);
  });

  it.each([
    ['a name in the brackets', 'The Mayor (Councillor Jean Hale) in the Chair'],
    ['a title with no chair after it', 'Councillor Ruth Maddox (Leader), Councillor Ince (Deputy Leader)'],
    ['a bare "Chair" after the bracket', 'Councillor Ince (Deputy Leader) Chair of Scrutiny'],
  ])('not: %s', (_, line) => {
    expect(chairTitles(line)).toEqual([]);
  });

  it.each([
    ['Present: Councillor Ruth Maddox (Leader) in the Chair; Councillors Ince, Bell and Oduya'],
    [
      'Present:',
      'Councillor Ruth Maddox (Leader of the Council) - in the Chair',
      'Councillor Tom Ince (Deputy Leader)',
    ],
    ['Attendance', 'Councillor Ruth Maddox (Leader) – in the Chair', 'Councillor Tom Ince (Deputy Leader)'],
  ])('"The Leader asked the Head of Parks to …" is the meeting\'s request: %s', (...present) => {
    const items = cabinet(present, [
      'In discussion, the Leader asked the Head of Parks to arrange a walkabout for ward members before the consultation opens.',
    ]);
    const item = items.find((i) => i.text.includes('walkabout'));
    expect(item?.owner).toContain('Head of Parks');
    expect(item?.source).toBe('discussion');
  });

  it('a Leader who does not chair asks as one member: no item', () => {
    const items = cabinet(
      ['Present: Councillor Ince (Deputy Leader) in the Chair; Councillor Ruth Maddox (Leader), Councillor Bell'],
      ['The Leader asked the Head of Parks to arrange a walkabout for ward members before the consultation opens.'],
    );
    expect(items.some((i) => i.text.includes('walkabout'))).toBe(false);
  });

  it('the chairing Leader asking a question: no item', () => {
    const items = cabinet(
      ['Present: Councillor Ruth Maddox (Leader) in the Chair; Councillors Ince and Bell'],
      ['The Leader asked the Head of Parks whether the walkabout could take place before the consultation opens.'],
    );
    expect(items.some((i) => i.text.includes('walkabout'))).toBe(false);
  });
});

describe('a request told as the second half of a sentence', () => {
  it.each([
    [
      'members, a first verb of their own, ", and asked"',
      'Members raised the state of the stile on the church path, which had broken twice this winter, and asked the Clerk to obtain a quotation for its repair before Easter.',
      'Clerk',
      'quotation',
    ],
    [
      'members, one view of their own, "but asked"',
      'Members praised the new benches but asked the Groundsman to move the one by the pond nearer the gate.',
      'Groundsman',
      'pond',
    ],
    [
      'the chair, a content clause with no "that", "and asked"',
      'The Chair said the bench was a separate matter and asked the Groundsman to bring a note on its condition to the next meeting.',
      'Groundsman',
      'bench',
    ],
  ])('%s', (_, paragraph, owner, words) => {
    const item = committee([paragraph]).find((i) => i.text.includes(words) || i.text.includes('condition'));
    expect(item?.owner).toContain(owner);
  });

  it.each([
    [
      'one member asks',
      'Councillor Rudd raised the state of the stile and asked the Clerk to obtain a quotation for its repair.',
    ],
    ['asked whether', 'Members discussed the stile and asked the Clerk whether the insurance would cover its repair.'],
    ['asked about', 'The Committee noted the report and asked about the cost of repairing the stile.'],
    [
      'a refusal, and the request its other side',
      'Members did not support the new charges and asked the Clerk to think again about the fee for the stile path.',
    ],
    [
      'someone outside the meeting asked',
      'A letter from the Ramblers raised the state of the stile and asked the Council to repair it before Easter.',
    ],
  ])('not: %s', (_, paragraph) => {
    expect(committee([paragraph]).some((i) => /stile/.test(i.text))).toBe(false);
  });

  it('the request on its own, with the asker', () => {
    expect(
      askedAfterAnd('The Chair said the bench was a separate matter and asked the Groundsman to look at it.'),
    ).toEqual({ asker: 'The Chair', request: 'The Chair asked the Groundsman to look at it.' });
    expect(askedAfterAnd('Members asked the Clerk to obtain a quotation.')).toBeNull();
  });
});

describe('a phrase of how the matter came up, then a named subject that undertakes, with no comma', () => {
  it.each([
    [
      '"During the discussion" and the Leader',
      'During the discussion the Leader undertook to write to the Minister about the bus subsidy.',
      'Leader',
      'Minister',
    ],
    [
      '"In answer to a question from" a councillor, and a title with "for"',
      'In answer to a question from Councillor Bell the Portfolio Holder for Parks agreed to circulate the tree survey to all members.',
      'Portfolio Holder for Parks',
      'tree survey',
    ],
    [
      '"In the debate" and a title of several words',
      'In the debate the Deputy Chief Executive agreed to provide members with the footfall counts for each gate.',
      'Deputy Chief Executive',
      'footfall',
    ],
  ])('%s', (_, paragraph, owner, words) => {
    const item = cabinet(
      ['Present: Councillor Ruth Maddox (Leader) in the Chair; Councillors Ince, Bell and Oduya'],
      [paragraph],
    ).find((i) => i.text.includes(words));
    expect(item?.owner).toContain(owner);
    expect(item?.source).toBe('discussion');
  });

  it.each([
    [
      'a body: its resolution told in prose',
      "After discussion the Cabinet agreed to hold the fees at this year's level.",
    ],
    ['the members', 'During the discussion Members agreed to visit the gardens.'],
    [
      'a bare member title, labelled both ways',
      'During the debate the Cabinet Member agreed to share the planting plan.',
    ],
    [
      'what was said, no undertaking',
      'In answer to Councillor Bell the Leader said that the plan would be ready in May.',
    ],
  ])('left as it was: %s', (_, sentence) => {
    expect(withoutDebateLead(sentence)).toBe(sentence);
  });
});

describe('the undertaking after numbered clauses is cited by the minute, not the last clause', () => {
  const council = (body: string[]) =>
    parseMinutes(
      [
        'WESTHOLM COUNTY COUNCIL',
        'Minutes of the Cabinet held on Thursday 11 February 2027 at 10.00 am',
        '',
        'Present: Councillor Ruth Maddox (Leader) in the Chair; Councillors Ince, Bell and Oduya',
        '',
        'Item 5  Rural Bus Review',
        ...body,
        '',
        'Item 6  Date of next meeting',
        'The next meeting will be held on Thursday 11 March 2027.',
      ].join('\n'),
    ).items;

  it('a line of its own after the clauses, opened by the phrase of the debate', () => {
    const items = council([
      'DECISION: Cabinet',
      '5.1  noted the review;',
      '5.2  asked that the Head of Transport send the review to the parish councils.',
      'During the discussion the Leader undertook to write to the Minister about the bus subsidy.',
    ]);
    const item = items.find((i) => i.text.includes('Minister'));
    expect(item?.owner).toContain('Leader');
    expect(item?.ref ?? null).toBeNull();
    expect(items.find((i) => i.text.includes('parish councils'))?.ref).toBe('5.2');
  });

  it('a number printed on the line itself stays', () => {
    const items = council([
      '5.1 The Head of Transport presented the review.',
      '5.2 During the debate the Leader agreed to write to the Minister about the bus subsidy.',
      '5.3 RESOLVED that the review be noted.',
    ]);
    expect(items.find((i) => i.text.includes('Minister'))?.ref).toBe('5.2');
  });
});
