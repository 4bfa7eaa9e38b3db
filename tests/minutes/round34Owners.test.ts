// Round 34, owners: a run-in report line "Topic - Person …". Partner updates and task-group reports list one line for
// each partner or group: what (or which body) the line is about, a dash, then the person who reports or takes an
// errand on. The words before the dash are the line's title, not part of who acts. Invented minutes of a county's
// health partnership, the form written several ways (lettered and numbered lists, hyphen and en dash, a name with an
// honorific, initials or none), with near-misses whose words after the dash are not a person and stay as they are.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';

/** Invented minutes: one minute of partner updates with its lines as given, then a resolution noting them. */
const updates = (...lines: string[]) =>
  parseMinutes(
    [
      'Elmbury County Council',
      'Health Partnership - minutes of the meeting held on 3 December 2026',
      '',
      'Present: Councillors R Amis (Chair), T Boyle, K Dane',
      '',
      '14.  Updates from partners',
      '',
      'The Partnership heard brief updates from partners.',
      ...lines,
      '',
      'RESOLVED – That the updates be noted.',
      '',
      '15.  Date of next meeting',
      '11 March 2027.',
    ].join('\n'),
  ).items;

const ownerOf = (items: ReturnType<typeof updates>, words: RegExp) => {
  const owner = items.find((i) => words.test(i.text))?.owner;
  return owner ? owner.replace(/^the\s/i, '') : owner;
};

const carers =
  '(i) Elmbury Carers Forum - respite survey closes in January; the Partnership asked that the forum share the results at its next meeting.';
const ambulance = '(ii) County Ambulance Service - the falls response car would run through the winter.';

describe('the person after a run-in topic and a dash is who acts', () => {
  it.each([
    [
      [
        carers,
        ambulance,
        '(iii) Riverside Housing Trust - Ann Bell offered to send members the figures on repairs for the last quarter, which the Partnership accepted.',
      ],
      /figures on repairs/,
      'Ann Bell',
    ],
    [
      [
        '(a) Rural Transport - Councillor Boyle, lead member, reported that the group had met twice. Its final report will be ready for the Partnership meeting in March.',
        '(b) Social Prescribing - the group has not met yet.',
      ],
      /Rural Transport/,
      'Councillor Boyle',
    ],
    [
      [
        carers,
        ambulance,
        '(iii) Elmbury Leisure Trust - Mrs J Ockley offered to send members the pool timetable for the spring, which the Partnership accepted.',
      ],
      /pool timetable/,
      'Mrs J Ockley',
    ],
  ])('%s', (lines, words, owner) => {
    expect(ownerOf(updates(...lines), words)).toBe(owner);
  });
});

describe('near-misses: what follows the dash is not a person, and the owner stays', () => {
  it.each([
    [
      [
        '(i) Elmbury Carers Forum - respite survey closes in January; the Partnership asked that the forum share the results at its next meeting.',
        ambulance,
      ],
      /respite survey/,
      'Elmbury Carers Forum',
    ],
    [
      ['The Partnership asked that the Head of Service - Adult Care circulate the winter plan to members.'],
      /winter plan/,
      'Head of Service - Adult Care',
    ],
  ])('%s', (lines, words, owner) => {
    expect(ownerOf(updates(...lines), words)).toBe(owner);
  });
});
