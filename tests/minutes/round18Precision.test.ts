// Round 18, precision: what the importer proposed that a clerk would not track — each rule tested on invented
// wording, several layouts a rule, with near-misses that must not fire.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';
import { classify } from '../../src/minutes/classify.js';

const NO_BODY = { is: () => false, name: null };
const category = (text: string) => classify(text, NO_BODY).category;

/** An invented committee whose minute numbers its paragraphs, a fact noted before the resolution. */
const numbered = (...paragraphs: string[]) =>
  [
    'Penhallow District Council',
    'Housing Policy Panel',
    'Minutes of the meeting held on 9 February 2026',
    '',
    '6. ALLOCATIONS SCHEME REVIEW',
    '6.1 The Housing Options Manager introduced the timetable for the review.',
    ...paragraphs.map((p, k) => `6.${k + 2} ${p}`),
    `6.${paragraphs.length + 2} RESOLVED that the Housing Options Manager bring the draft scheme to the June meeting.`,
    '',
    '7. DATE OF NEXT MEETING',
    '7.1 16 March 2026.',
  ].join('\n');

describe('a fact noted about what a thing will need or do is a record, not an errand', () => {
  it.each([
    'Members noted that the revised scheme would need to reflect the new guidance.',
    'The Panel noted that the new lettings policy will have to take account of the census figures.',
    'Members noted that the review itself would settle the banding.',
    'Members acknowledged that the draft strategy would need to follow the county plan.',
    'It was noted that the waiting list would continue to grow over the winter.',
    'Members noted that the two schemes would run side by side until April.',
  ])('%s', (text) => {
    expect(category(text)).toBe('noted');
  });

  it.each([
    // someone who can act, told as what they will do, stays for the clerk to see
    'Members noted that the Housing Options Manager would write to each applicant.',
    'Members noted that officers would bring the figures to the next meeting.',
    // not a noting verb
    'Members agreed that the revised scheme would need to reflect the new guidance.',
  ])('not only noted: %s', (text) => {
    expect(category(text)).not.toBe('noted');
  });

  it('a numbered paragraph noting what the policy will need gives nothing beside the resolution', () => {
    const items = parseMinutes(
      numbered('Members noted that the new allocations policy would need to reflect the outcome of the survey.'),
    ).items;
    expect(items.map((i) => i.text)).toEqual([
      'The Housing Options Manager bring the draft scheme to the June meeting.',
    ]);
  });
});

/** An invented parish's minutes, which record what the council does in the text, with a clerk's report. */
const parish = (...lines: string[]) =>
  [
    'Ashbury St Giles Parish Council',
    'Minutes of the meeting held on 12 January 2026',
    '',
    '41. CLERK’S REPORT',
    ...lines,
    '',
    '42. PLAYING FIELD',
    'It was agreed that the Clerk order two new bins for the playing field.',
  ].join('\n');

describe('another body telling what it will do is its plan, not this council’s errand', () => {
  it.each([
    [
      'the County Council, a passive future',
      'The County Council has confirmed that the white lines on Church Lane will be repainted in March.',
    ],
    ['a department, advised', 'The Department has advised that the vacant seats will be filled by open competition.'],
    [
      'an agency, informed the Clerk',
      'The Environment Agency informed the Clerk that the culvert would be cleared in the summer.',
    ],
    ['as a bullet', '- The Highways Authority has confirmed that the damaged sign will be replaced next month.'],
    ['lettered', '(iii) The District Council has advised that the bus shelter will be reglazed in the spring.'],
  ])('%s', (_, line) => {
    const items = parseMinutes(parish(line)).items;
    expect(items.map((i) => i.text)).toEqual(['The Clerk order two new bins for the playing field.']);
  });

  it.each([
    // this council's own passive future, in minutes that record decisions in the text, is still proposed
    ['no reporter', 'The hedge on the playing field will be cut back in February.'],
    // the Clerk reporting is this council's officer
    ['the Clerk reporting', 'The Clerk reported that the noticeboard will be repaired by the end of the month.'],
  ])('still proposed: %s', (_, line) => {
    const items = parseMinutes(parish(line)).items;
    expect(items.length).toBe(2);
  });
});

/** An invented scrutiny committee's resolution, numbered, with one clause that sends comments on. */
const scrutiny = (...lines: string[]) =>
  [
    'Trelawne County Council',
    'Communities Scrutiny Committee',
    'Minutes of the meeting held on 4 November 2026',
    '',
    '22. LIBRARY SERVICE STRATEGY',
    'The Cabinet Member introduced the draft strategy.',
    ...lines,
    '',
    '23. DATE OF NEXT MEETING',
    '13 January 2027.',
  ].join('\n');

describe('the points of comments sent on are what the comments say, not errands of their own', () => {
  it.each([
    [
      'numbered, the comments lettered under the second clause',
      [
        'RESOLVED:',
        '1. That the draft strategy be noted.',
        "2. That the Committee's comments, as set out below, be submitted to Cabinet:",
        '   (a) opening hours should be kept at the rural branches;',
        '   (b) the mobile library timetable should be published online.',
      ],
    ],
    [
      'roman, "the following observations"',
      [
        'RESOLVED:',
        '(i) That the following observations be passed to the Cabinet Member:',
        '    (a) the book fund should not be cut further;',
        '    (b) volunteers should be offered training.',
        '(ii) That the draft strategy be noted.',
      ],
    ],
    [
      'the comments after "that:" closing the stem',
      [
        "RESOLVED: That the strategy be referred back to Cabinet, with the Committee's concerns that:",
        '(a) the rural branches should keep their hours;',
        '(b) the timetable should be published online.',
      ],
    ],
  ])('%s', (_, lines) => {
    const items = parseMinutes(scrutiny(...lines)).items;
    expect(items.filter((i) => /\bshould\b/.test(i.text) && !/Cabinet/.test(i.text))).toEqual([]);
    expect(items.filter((i) => /Cabinet/.test(i.text)).length).toBe(1);
  });

  it('a stem that asks someone to do what its clauses name keeps each clause', () => {
    const items = parseMinutes(
      scrutiny(
        'RESOLVED:',
        '1. That the Head of Libraries be asked to:',
        '   (a) review the opening hours of the rural branches;',
        '   (b) publish the mobile library timetable online.',
      ),
    ).items;
    expect(items.length).toBe(2);
  });
});

/** An invented working group's notes: a request in the passive, and who takes it on in the next sentence. */
const notes = (...lines: string[]) =>
  [
    'Kestle Town Council',
    'Minutes of the Planning Committee held on 2 March 2026',
    '',
    '14. LOCAL LIST OF HERITAGE ASSETS',
    ...lines,
    '',
    '15. DATE OF NEXT MEETING',
    '6 April 2026.',
  ].join('\n');

describe('a request that something be done, taken on in the next sentence, is the undertaking', () => {
  it.each([
    [
      'agreed to, sharing the matter',
      'Members asked that owners be given advance notice of the listing. The Heritage Officer agreed to write to each owner with notice of the listing.',
      'The Heritage Officer',
    ],
    [
      'X to <verb>, sharing the matter',
      'Members asked that the scoring of the chapel be reconsidered, as it had been altered. AB to revisit the scoring and report back.',
      'AB',
    ],
    [
      'the request named',
      'Members asked that the list be referred to the county archaeologist. Cllr Pascoe undertook to make the request.',
      'Cllr Pascoe',
    ],
    [
      'requested, offered',
      'Councillor Rowe requested that the nomination form be simplified. The Clerk offered to redraft the nomination form.',
      'The Clerk',
    ],
  ])('%s', (_, paragraph, owner) => {
    const items = parseMinutes(notes(paragraph)).items;
    expect(items.map((i) => i.owner)).toEqual([owner]);
  });

  it.each([
    // another matter taken on: two items
    ['Members asked that the list be published online. The Clerk agreed to order new signs for the car park.', 2],
  ])('not answered: %s', (paragraph, n) => {
    expect(parseMinutes(notes(paragraph)).items.length).toBe(n);
  });
});

describe('a step whose object is only "this", "that" or "both" is a step of the item before it', () => {
  it.each([
    'Members agreed that the sub-group should ask the Cabinet to fund a second warden. Cllr Tamsin will present this.',
    'Members agreed that the sub-group should ask the Cabinet to fund a second warden. Cllr Tamsin would present that.',
    'Members agreed that the sub-group should ask the Cabinet to fund a second warden. Cllr Tamsin agreed to do this.',
  ])('%s', (paragraph) => {
    const items = parseMinutes(notes(paragraph)).items;
    expect(items.length).toBe(1);
  });

  it('a demonstrative before its noun is an object of its own', () => {
    const items = parseMinutes(
      notes(
        'Members agreed that the sub-group should ask the Cabinet to fund a second warden. Cllr Tamsin will present this year’s accounts at the March meeting.',
      ),
    ).items;
    expect(items.length).toBe(2);
  });
});
