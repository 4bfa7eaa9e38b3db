// Round 9, meaning on outcome sheets and action lines: "Outcome:" the decision, "Actions:" what is to be done — an
// imperative, a thing to be sent round, or nothing at all. Invented wording, several variants a rule.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';
import { leisureMinute } from './helpers/leisureCommittee.js';

const MINUTE = leisureMinute;

describe('an outcome sheet: "Outcome:" the decision, "Actions:" what is to be done, or that nothing is', () => {
  const sheet = (outcome: string, actions: string) =>
    parseMinutes(MINUTE(`Outcome: ${outcome}\nActions: ${actions}`)).items.map((i) => [i.category, i.text]);

  it.each([
    ['AGREED a single contract for the two pools.', 'Start the procurement.'],
    ['APPROVED the new price list.', 'Publish the prices on the website and at the front desk.'],
    ['NOTED.', 'Send the figures round to all members of the committee.'],
  ])('an imperative under "Actions:" is the action, not its owner: %s', (outcome, action) => {
    const items = sheet(outcome, action);
    expect(items).toHaveLength(1);
    expect(items[0][1]).toBe(action);
  });

  it.each(['None.', 'none', 'Nil.', 'N/A', 'None for the committee (the letters go out as usual).', 'No action.'])(
    '"Actions: %s" leaves nothing to do',
    (nothing) => {
      expect(sheet('APPROVED the new price list.', nothing)).toEqual([]);
      expect(sheet('DEFERRED to the June meeting for the costs.', nothing).map(([category]) => category)).toEqual([
        'deferral',
      ]);
    },
  );

  it('a title after "Action:" is still its owner', () => {
    const items = parseMinutes(
      MINUTE('RESOLVED to write to the operator about the closures.\nAction: Head of Leisure'),
    ).items;
    expect(items.map((i) => i.owner)).toEqual(['Head of Leisure']);
  });
});

describe('the subject of a passive after "Actions:" is the thing done, not its owner', () => {
  it.each([
    'The lane usage figures broken down by month to be emailed to members.',
    'Revised price list to be sent to all councillors.',
    'Copies of the survey results to be circulated to members.',
  ])('%s', (action) => {
    const items = parseMinutes(MINUTE(`Outcome: NOTED.\nActions: ${action}`)).items;
    expect(items.map((i) => [i.category, i.owner])).toEqual([['information', null]]);
  });
});
