// Round 21, precision in resolutions and decision blocks: what the importer proposed from the formal decisions that a
// clerk would not track — each rule tested on invented wording, several layouts a rule, with near-misses that must not
// fire.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';
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
