// Round 21, precision in resolutions and decision blocks: what the importer proposed from the formal decisions that a
// clerk would not track — each rule tested on invented wording, several layouts a rule, with near-misses that must not
// fire.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';
import { closesLogEntries } from '../../src/minutes/recordedDecisions.js';
import { isRecordField } from '../../src/minutes/recordFields.js';

/** Invented record of an executive's decisions: one item, its decision and the record's fields under it. */
const record = (decision: string[], fields: string[]) =>
  [
    'Fernbrook District Council',
    'Executive – Record of Decisions',
    'Meeting held on 4 March 2027',
    '',
    'EX 12   Minutes',
    'The minutes of the meeting held on 4 February 2027 were approved.',
    '',
    'EX 13   Allotment Rents 2027/28',
    ...decision,
    ...fields,
    '',
  ].join('\n');

describe("a decision record's own fields are no errands", () => {
  it.each([
    'Reasons: Rents have not risen since 2022.',
    'Reasons for the decision:  Rents have not risen since 2022.',
    'Alternative options considered and rejected: A freeze, rejected on cost.',
    'Alternatives:   Keep the old rents - rejected.',
    'Call-in deadline: 5.00 pm, Friday 12 March 2027',
    'Call in expiry date: 12 March 2027',
    'Call-in: not applicable (urgent decision)',
    'Date of publication: 5 March 2027',
    'Implementation date: 15 March 2027',
    'Wards affected: Moorside; Kilnfield',
    'Conflicts of interest declared: None',
  ])('%s is a field of the record', (line) => {
    expect(isRecordField(line)).toBe(true);
  });

  it.each([
    'Clerk to get three quotes for the fence.',
    'Action: Clerk to write to the allotment society.',
    'Reasons were given by the Chair for the delay.',
    'The reasons for the decision are set out in the report.',
    'Wardens to check the site on Sundays.',
    'Decision: the Executive approved the rents.',
  ])('%s is not', (line) => {
    expect(isRecordField(line)).toBe(false);
  });

  const callIns = [
    ['Call-in deadline: 5.00 pm, Friday 12 March 2027', 'Lead officer:   Tom Ashe, Head of Parks'],
    ['Call in expiry date: 12 March 2027', 'Responsible officer: Head of Parks'],
    ['Call-in: Not applicable', 'Lead officer: Dana Fell, Estates Manager'],
    ['Wards affected: Moorside; Kilnfield', 'Lead officer: Head of Parks'],
    ['Reasons:        Rents have not risen since 2022 and the service runs at a loss.', 'Lead officer: Head of Parks'],
  ];
  it.each(callIns)('%s over %s proposes nothing of its own', (field, officer) => {
    const items = parseMinutes(
      record(['Decision:       The Executive', '(1) approved the allotment rents for 2027/28;'], [field, officer]),
    ).items;
    expect(items.some((i) => /call[- ]in|wards|reasons|rents have not/i.test(i.text))).toBe(false);
  });

  it('an errand above an owner field still has that owner', () => {
    const items = parseMinutes(
      record(
        ['RESOLVED – That the allotment rents for 2027/28 be approved.', ''],
        ['The Clerk to write to every plot holder with the new rents.', 'Lead officer: Clerk'],
      ),
    ).items;
    expect(items.some((i) => /write to every plot holder/.test(i.text))).toBe(true);
  });
});

/** Invented minutes of a town council committee with one resolution. */
const resolution = (text: string) =>
  [
    'Kelbrook Town Council',
    'Finance Committee',
    'Minutes of the meeting held on 9 March 2027',
    '',
    'FC/30  Minutes',
    'The minutes of the meeting held on 9 February 2027 were approved.',
    '',
    'FC/31  Business of the committee',
    `RESOLVED: ${text}`,
    '',
  ].join('\n');

describe('named people making up a body, or added to a role, is an appointment (noted)', () => {
  it.each([
    'That Cllrs Ember, Rusk and Tolley be added as signatories to the bank mandate.',
    'That Cllr Ember be added as a signatory to the Town Council’s current account.',
    'That Councillor Rusk be added to the Allotments Working Group.',
    'That Councillors Ember, Rusk and Tolley form the review panel.',
    'That Cllr Ember and Cllr Tolley make up the interview panel, with Cllr Rusk as reserve.',
    'That Mrs Ember, Mr Rusk and Cllr Tolley constitute the grants sub-committee.',
    'That Cllr Ember be added as a signatory and former Cllr Rusk be removed.',
    'That Councillor Tolley be removed from the Allotments Working Group.',
  ])('%s', (text) => {
    const { items, noted } = parseMinutes(resolution(text));
    expect(items.filter((i) => i.minute === 'FC/31')).toEqual([]);
    expect(noted.some((n) => n.minute === 'FC/31')).toBe(true);
  });

  it.each([
    // what is formed is no body
    'That Cllr Ember and Cllr Rusk form a view on the quotes and report to the next meeting.',
    // no one named: a thing added to the agenda is still business
    'That the play area inspection be added to the agenda of the next meeting.',
    // an instruction to someone about a body is an errand
    'That the Clerk write to the Allotments Working Group about the water supply.',
    'That Cllr Ember be asked to contact the bank about the signatories.',
    'That the fallen tree be removed from the play area.',
  ])('%s stays an item', (text) => {
    const { items } = parseMinutes(resolution(text));
    expect(items.filter((i) => i.minute === 'FC/31').length).toBeGreaterThan(0);
  });
});

/** Invented minutes of a licensing sub-committee that grants a licence with conditions. */
const hearing = (conditions: string[]) =>
  [
    'Marrow Vale Borough Council',
    'Licensing Sub-Committee',
    'Minutes of the hearing held on 2 March 2027',
    '',
    'LS/7  Application for a premises licence - The Copper Kettle, Mill Row',
    'The Sub-Committee heard from the applicant and from two residents.',
    '',
    'RESOLVED: That the application be granted in part, as follows:',
    ...conditions,
    '',
  ].join('\n');

describe('a term a licence carries, in "shall" with a thing as its subject, is in force (noted)', () => {
  it.each([
    '(a) The side garden shall be cleared of customers by 22:30 each evening.',
    '(a) Recordings from the CCTV system shall be supplied to the police within 48 hours of a request.',
    '(a) No drinks shall be taken onto the pavement after 21:00.',
    '(a) Notices asking patrons to leave quietly shall be displayed at every exit.',
    '(a) The rear door shall not be used except in an emergency.',
  ])('%s', (condition) => {
    const { items, noted } = parseMinutes(hearing([condition]));
    expect(items.filter((i) => i.minute === 'LS/7')).toEqual([]);
    expect(noted.some((n) => n.minute === 'LS/7' && /shall/.test(n.text))).toBe(true);
  });

  it.each([
    // someone named to act
    '(a) The licence holder shall submit a noise management plan to the Licensing Authority.',
    // a term met once, by a day or within a time of this decision, is a deadline someone chases
    '(a) A written dispersal policy shall be submitted to the Licensing Authority within 21 days of this decision.',
    '(a) A sound limiter shall be fitted and tested by 30 April 2027.',
    // not "shall": an instruction to an officer
    '(a) The Licensing Officer to visit the premises within three months.',
  ])('%s stays an item', (condition) => {
    const { items } = parseMinutes(hearing([condition]));
    expect(items.filter((i) => i.minute === 'LS/7').length).toBeGreaterThan(0);
  });
});

describe("taking the log's finished rows off it, with no reference, is a record", () => {
  it.each([
    'That the three completed actions be removed.',
    'The Panel agreed to close the completed actions.',
    'agreed that the finished actions be removed',
    'To remove all the closed actions from the tracker.',
    'That the completed items be signed off.',
    'The Board agreed to discharge the 4 completed actions on the log.',
  ])('%s closes rows', (text) => {
    expect(closesLogEntries(text)).toBe(true);
  });

  it.each([
    // no sign that the rows are finished: an errand
    'To remove the actions on parking from the plan.',
    'The Clerk to close the footpath for the fun run.',
    // a second instruction after the rows closed is its own item
    'agreed to close the completed actions and asked the Clerk to write to the school',
    'That the completed survey be removed from the website.',
  ])('%s does not', (text) => {
    expect(closesLogEntries(text)).toBe(false);
  });

  it('as a clause of a decision, proposes nothing', () => {
    const { items, noted } = parseMinutes(
      resolution('That: (a) the action tracker be noted; and (b) the two completed actions be removed.'),
    );
    expect(items.filter((i) => i.minute === 'FC/31')).toEqual([]);
    expect(noted.some((n) => /completed actions/.test(n.text))).toBe(true);
  });
});
