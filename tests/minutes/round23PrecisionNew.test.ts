// Round 23, precision on the newest sets: what the importer proposed that a clerk would not track, read from fresh
// 73–75's extras and counted across fresh 9–75 — each rule tested on invented wording, several ways a rule, with
// near-misses that must not fire.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';
import { readClause } from '../../src/minutes/grammar.js';

/** Invented minutes of a village hall committee: the lines given under minute 14. */
const hall = (lines: string[]) =>
  [
    'Brackenmoor Village Hall Committee',
    'Minutes of the meeting held on 3 March 2027',
    '',
    '14. Arrangements',
    ...lines,
    '',
  ].join('\n');

const items = (text: string) => parseMinutes(text).items;
const kinds = (text: string) => items(text).map((i) => i.category);

describe("moving, changing or keeping one of this body's own meetings is its calendar, not an errand", () => {
  it.each([
    ['RESOLVED: That the meeting scheduled for 12 May 2027 be moved to Wednesday 19 May 2027.'],
    ['RESOLVED: That the next meeting be moved from 9 June 2027 to Friday 11 June 2027.'],
    ['RESOLVED:', '(a) that the update be noted;', '(b) that the July meeting be changed to Tuesday 6 July 2027.'],
    ['RESOLVED: That the reserve meeting date of 30 June 2027 be kept in case a second hearing is needed.'],
    ['RESOLVED: That the reserve meeting date of 30 June 2027 be held in case the budget is rejected.'],
    ['AGREED: that the meeting on 2 April 2027 be rescheduled to 9 April 2027 because of the Easter holiday.'],
    ['RESOLVED – That the meeting of the Committee due on 7 October 2027 be moved to 14 October 2027.'],
  ])('%s gives no item', (...lines) => {
    expect(kinds(hall(lines))).toEqual([]);
  });

  // Near-misses: an item moved to a meeting is still proposed (put back, or on that meeting's agenda); so is someone
  // named moving things.
  it.each([
    ['RESOLVED: That the item on the boiler be moved to the May meeting.'],
    ['RESOLVED: That the review of hire charges be moved from this meeting to the June meeting.'],
    ['RESOLVED: That the Secretary move the stacking chairs to the store by 1 April 2027.'],
  ])('%s still gives an item', (line) => {
    expect(kinds(hall([line])).length).toBeGreaterThan(0);
  });
});

/** Invented minutes of a parish council: a councillor's or an officer's undertaking told under minute 52. */
const parish = (sentence: string) =>
  [
    'Netherby Parish Council',
    'Minutes of the meeting held on 11 May 2027',
    '',
    "52. District and County Councillors' reports",
    'County Cllr Ames said the resurfacing of Church Lane had been put back to the autumn.',
    sentence,
    '',
  ].join('\n');

describe('passing the answer on, with no matter of its own, closes the errand it follows', () => {
  it.each([
    [
      'Cllr Boyd offered to ask the planning officer whether the drainage survey had been done and to let the Clerk know.',
    ],
    ['Cllr Ames agreed to check the bus timetable and to let the Clerk know.'],
    ['The Finance Officer agreed to check the invoice and to tell the Chair.'],
    ['The Locality Officer undertook to ask the depot about the gritting route, and to inform members.'],
    ['She promised to chase the bus company and to let the Parish Council know the outcome.'],
  ])('%s gives one item', (sentence) => {
    expect(items(parish(sentence))).toHaveLength(1);
  });

  // Near-misses: a second errand with a matter of its own, told to someone, is still its own item.
  it.each([
    ['The Clerk agreed to close the car park for resurfacing and to let residents know about the closure.'],
    ['The Town Clerk undertook to order the salt bins and to inform the Highways Authority of the new locations.'],
  ])('%s still gives two items', (sentence) => {
    expect(items(parish(sentence))).toHaveLength(2);
  });
});

describe('capitals that run on into a name, after "to", are the name — the "to" is a preposition', () => {
  /** Invented minutes of a health board: a report's highlights listed under minute TB/27/10. */
  const board = (line: string) =>
    [
      'Wolderby Hospitals NHS Trust',
      'Trust Board',
      'Minutes of the meeting held on 9 February 2027',
      '',
      "TB/27/10  Chief Executive's report",
      'The Chief Executive presented her report, highlighting:',
      `  1. ${line};`,
      '  2. the opening of the new day unit on 12 January.',
      'The Board noted the report.',
      '',
    ].join('\n');

  it.each([
    ["the Trust's switch to NHS Capital Planning rules"],
    ["the hospital's transfer to ICB Community Services from April"],
    ['the award of funds to BBC Children in Need for the play area'],
    ["the ward's return to CQC Good rating"],
  ])('%s gives no item', (line) => {
    expect(items(board(line))).toEqual([]);
  });

  it.each([
    ['The Clerk to WRITE to the Highways Authority', 'WRITE'],
    ['The Officer to FORWARD Members’ comments to the Board', 'FORWARD'],
    ['the report to NOTE the figures', 'NOTE'],
  ])('someone or something to do, in capitals: %s keeps its verb', (text, verb) => {
    expect(readClause(text).verb).toBe(verb);
  });
});

describe("the wording quoted for an earlier minute is that minute's, not a clause of this one", () => {
  /** Invented minutes of a borough scrutiny panel: the previous minutes approved under minute 12. */
  const panel = (lines: string[]) =>
    [
      'Borough of Ashby',
      'Place Scrutiny Panel',
      'Minutes of the meeting held on 9 February 2027',
      '',
      '12.',
      'Minutes of the Previous Meeting',
      '',
      'Minutes:',
      ...lines,
      '',
    ].join('\n');

  it.each([
    [
      'RESOLVED: That the minutes of the meeting held on 5 January 2027 be agreed as a correct record, subject to minute 7 being amended to read "the Panel asked for the bus figures to be broken down by route" rather than "by town".',
    ],
    [
      'RESOLVED – That, subject to minute 8(b) being corrected to read “the Director undertook to send the plan to members”, the minutes of the last meeting be confirmed.',
    ],
    [
      'The minutes of 5 January 2027 were approved as a correct record, with the words "officers to be asked to report in March" in place of "officers to report in April".',
    ],
    [
      'RESOLVED that the minutes be signed as a true record, subject to minute 6 being amended to say ‘the Clerk would write to the bus company’.',
    ],
  ])('%s gives no item', (line) => {
    expect(items(panel([line]))).toEqual([]);
  });

  // Near-misses: an errand whose message is quoted is still an errand; an instruction beside the approval still stands.
  it.each([
    ['RESOLVED: That the Clerk write to the bus company to say "the Panel wants the 42 restored".'],
    [
      'RESOLVED: That the minutes be agreed, subject to minute 7 being amended to read "by route", and that the Clerk send the corrected minutes to the bus company.',
    ],
  ])('%s still gives an item', (line) => {
    expect(items(panel([line])).length).toBeGreaterThan(0);
  });
});
