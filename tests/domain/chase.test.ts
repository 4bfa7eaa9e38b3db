import { describe, expect, it } from 'vitest';
import { chaseList, chasedItems } from '../../src/domain/chase.js';
import { papersLog, TODAY } from '../render/papers/log.js';

const log = papersLog();
const ids = (list: ReturnType<typeof chaseList>) => list.owners.map((o) => [o.owner, chasedItems(o).map((i) => i.id)]);

describe('what each owner owes: overdue, or due at the next meeting (or a deadline within 14 days)', () => {
  it('one letter per owner, ignoring case and "the"; work not yet due and closed items are not chased', () => {
    const list = chaseList(log, {}, [], TODAY);
    // A1 overdue; A4 due 27 Nov (LLR ICB); A2 due 27 Nov (UHL and the CCGs); A6 overdue (Healthwatch);
    // A3 done, A5 future, A7 due 11 Dec (after 27 Nov, but the HWB's next meeting), A8 due in March.
    expect(ids(list)).toEqual([
      ['Director of Public Health', ['A7']],
      ['Healthwatch Rutland', ['A6']],
      ['LLR ICB', ['A1', 'A4']],
      ['UHL and the CCGs', ['A2']],
    ]);
    const icb = list.owners[2];
    expect(icb.committees).toMatchObject([
      { slug: 'jhsc', name: 'Joint Health Scrutiny Committee', nextMeeting: '2025-11-27' },
    ]);
    expect(icb.committees[0].items[0]).toMatchObject({
      id: 'A1',
      daysOverdue: 66,
      timesCarried: 1,
      latestUpdate: { note: 'ICB says the blueprint goes to its board in December' },
    });
  });

  it('contacts are matched to owners as owners are (case, "the"); items without an owner are set apart', () => {
    const withNoOwner = { ...log, items: [...log.items, { ...log.items[1], id: 'A30', owner: null, owners: [] }] };
    const list = chaseList(
      withNoOwner,
      {},
      [{ name: 'the llr icb', email: 'icb@example.org', contact: 'Dr Jane Smith' }],
      TODAY,
    );
    expect(list.owners.find((o) => o.owner === 'LLR ICB')!.contact).toEqual({
      name: 'the llr icb',
      email: 'icb@example.org',
      contact: 'Dr Jane Smith',
    });
    expect(list.owners.find((o) => o.owner === 'UHL and the CCGs')!.contact).toBeNull();
    expect(list.unowned.map((i) => i.id)).toEqual(['A30']);
  });

  it('filters by committee and owner', () => {
    expect(ids(chaseList(log, { committee: 'hwb' }, [], TODAY))).toEqual([['Director of Public Health', ['A7']]]);
    expect(ids(chaseList(log, { owner: 'icb' }, [], TODAY))).toEqual([['LLR ICB', ['A1', 'A4']]]);
  });
});
