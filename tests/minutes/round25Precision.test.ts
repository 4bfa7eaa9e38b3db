// Round 25, precision: what the importer proposed that a clerk would not track — reasons listed under a decision
// record's own heading, an offer declined, initials read as a verb, a sitting put back told in the past. Each rule is
// tested on invented wording, several ways, with near-misses that must not fire.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';
import { splitDecisions } from '../../src/minutes/coordination.js';

/** Invented minutes of a panel: the lines given under minute 12. */
const panel = (lines: string[], title = 'Review of a licence') =>
  [
    'Harrowgate District Council',
    'Licensing Panel',
    'Minutes of the hearing held on 9 March 2027',
    '',
    `12. ${title}`,
    ...lines,
    '',
    '13. Close',
    'The meeting closed at 4.00 pm.',
    '',
  ].join('\n');

const items = (text: string) => parseMinutes(text).items;
const texts = (text: string) => items(text).map((i) => i.text);

describe("a list under a decision record's own heading gives its reasons or options, not decisions", () => {
  const decision = ['DECISION', 'The Panel has decided to SUSPEND the licence for four weeks.', ''];
  it.each([
    [
      'REASONS',
      '1. The Panel gave weight to the evidence of the two neighbours.',
      '2. A short suspension is proportionate, to uphold the policy and to reassure the neighbours.',
      '3. The holder has shown that he understands the conditions.',
    ],
    [
      'Reasons for the decision:',
      '(a) The breach was serious and to be discouraged.',
      '(b) A warning would not be enough to mark the breach and to protect the public.',
    ],
    [
      'Reasons',
      '(i) The offence is relevant; revocation would be too severe and suspension is needed to reassure residents and to uphold the policy.',
      '(ii) The holder co-operated fully.',
    ],
  ])('%s … gives only the decision', (...lines) => {
    const found = texts(panel([...decision, ...lines]));
    expect(found.some((t) => /SUSPEND/.test(t))).toBe(true);
    expect(found.filter((t) => !/SUSPEND/.test(t))).toEqual([]);
  });

  // Near-misses: the same list under "RESOLVED" or with no heading above it still gives its clauses.
  it.each([
    [
      'RESOLVED:',
      '1. To suspend the licence for four weeks.',
      '2. To ask the Licensing Officer to visit the premises and to report back.',
    ],
    [
      'The Panel then agreed:',
      '(a) to refer the matter to the Police; and',
      '(b) to ask the Clerk to write to the holder.',
    ],
  ])('%s … still gives its clauses', (...lines) => {
    expect(items(panel(lines)).length).toBeGreaterThanOrEqual(2);
  });
});

/** Invented notes of a town council's committee. */
const notes = (line: string) =>
  [
    'Eastfold Town Council',
    'Events Committee – notes of the meeting held on 3 November 2026',
    '',
    'E/51  Any other business',
    line,
    '',
  ].join('\n');

describe('an offer or a request declined is a refusal, recorded like one refused or rejected', () => {
  it.each([
    ' - JM: a shop offered to sponsor the lights. Agreed to decline this year, the budget already covers them.',
    'RESOLVED: To decline the offer of a second bench for the green.',
    'RESOLVED: That the request to hold the fair on the car park be declined.',
    'It was agreed to decline the invitation to the regional awards.',
  ])('%s gives no item', (line) => {
    expect(items(notes(line))).toEqual([]);
  });

  // Near-misses: someone told to turn a booking down runs an errand; so does the reply that follows a refusal.
  it.each([
    'RESOLVED: That the Clerk decline the booking and refund the deposit.',
    'Agreed to decline the offer. Clerk to reply to the shop with thanks.',
    'RESOLVED: That the Clerk write to decline the booking.',
  ])('%s still gives an errand', (line) => {
    expect(items(notes(line)).some((i) => i.category === 'action')).toBe(true);
  });
});

describe('capitals with no vowel are initials, never a verb in capitals', () => {
  it.each([
    'Ms Penn presented the annual report. Access to GP surgeries remained the concern most raised by residents.',
    'Mr Dale presented the review. The switch to CCTV monitoring at the depot had cut thefts by half.',
    'The Officer presented the figures. Referrals to CMHT services rose by a tenth in the year.',
  ])('%s gives no item', (line) => {
    expect(items(notes(line))).toEqual([]);
  });

  // Near-misses: a verb printed in capitals after "to" keeps its instruction.
  it.each([
    'RESOLVED: The Clerk to WRITE to the bus company about the timetable.',
    'RESOLVED: That the Clerk SEND the plan to the county.',
  ])('%s still gives an errand', (line) => {
    expect(items(notes(line)).length).toBe(1);
  });
});

describe('a sitting put back, told in the past, is no matter deferred', () => {
  it.each([
    [
      'The Chair explained the procedure. The hearing had first been listed for 4 February 2027 and was postponed at the request of the holder.',
      'RESOLVED: That the procedure be agreed.',
    ],
    [
      'The hearing was postponed from 2 February 2027 at the request of the Police.',
      'RESOLVED: That the procedure be agreed.',
    ],
    ['(The workshop session arranged for 20 March 2027 has been postponed to a date to be fixed.)'],
    ['The meeting of the working group planned for 1 March 2027 was postponed.'],
  ])('%s gives no deferral', (...lines) => {
    expect(items(panel(lines, 'Procedure')).filter((i) => i.category === 'deferral')).toEqual([]);
  });

  // Near-misses: a matter put back to a meeting is still its deferral, whatever sitting its name holds.
  it.each([
    'The review of the hearing procedure was postponed to the April meeting.',
    'Consideration of the session fees was deferred to the next meeting.',
    'The report on the meeting room hire charges was deferred to the next meeting.',
  ])('%s still gives a deferral', (line) => {
    expect(items(panel([line], 'Procedure')).some((i) => i.category === 'deferral')).toBe(true);
  });
});

describe('a second "to" after one that says what a thing is for is part of it, no errand', () => {
  it.each([
    'Revocation would be too severe, but a short suspension is needed to mark the breach and to warn other holders.',
    'The reserve would be enough to reseal the car park and to repaint the lines.',
    'A warning is needed to show the cost of the failure to pay and to deter late payers.',
    'The new policy is designed to cut waiting times and to make the process fairer.',
  ])('%s is one clause', (text) => {
    expect(splitDecisions(text)).toEqual([text]);
  });

  // Near-misses: an errand given to someone, or worded as one, keeps its second infinitive apart.
  it.each([
    ['The Clerk was asked to write to the owner and to report the cost to the next meeting.', 2],
    ['That officers be asked to review the policy and to consult the tenants on it.', 2],
    ['To approve the plan and to ask the Clerk to publish it.', 2],
  ])('%s is split', (text, parts) => {
    expect(splitDecisions(text).length).toBe(parts);
  });
});

/** Invented minutes of a cabinet: the lines given under minute 40. */
const cabinet = (lines: string[]) =>
  [
    'Westmoor Borough Council',
    'Cabinet',
    'Minutes of the meeting held on 14 January 2027',
    '',
    '40. Harbour Homes Ltd – business plan',
    ...lines,
    '',
  ].join('\n');

describe("another body's own business to come, noted in the active, is noted", () => {
  it.each([
    [
      'RESOLVED:',
      '(1) To approve the business plan.',
      "(2) To note that the shareholder board will review the company's rules in the summer.",
    ],
    ['RESOLVED: That it be noted that the joint committee will agree its charter in March 2027.'],
    [
      'RESOLVED:',
      '(a) To approve the plan.',
      '(b) To note that the Police Authority would set its precept in February.',
    ],
  ])('%s gives nothing to track', (...lines) => {
    expect(items(cabinet(lines))).toEqual([]);
  });

  // Near-misses: someone here named in the noted fact keeps the errand; so does another body asked.
  it.each([
    ['RESOLVED: That it be noted that the Clerk will write to the company before March.'],
    ['RESOLVED: That the shareholder board be asked to review the rules and report to Cabinet in June.'],
  ])('%s still gives an item', (...lines) => {
    expect(items(cabinet(lines)).length).toBeGreaterThan(0);
  });
});
