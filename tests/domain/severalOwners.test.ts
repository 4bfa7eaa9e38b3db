// Several owners (issue 12): the list as given, filters that match any owner, grouping under each.
import { describe, expect, it } from 'vitest';
import { updateItem } from '../../src/domain/lifecycle.js';
import { chaseList } from '../../src/domain/chase.js';
import { overdueReport } from '../../src/domain/overdueReport.js';
import { ownerDirectory } from '../../src/domain/ownerDirectory.js';
import { ownerFilter, ownerList } from '../../src/domain/owner.js';
import { makeCalendar, makeItem, STAMP } from '../factories.js';

describe('owners', () => {
  it('are tidied, each once ignoring case and "the", the first the lead; empty names are none', () => {
    expect(ownerList(['  UHL ', 'the ICB', 'uhl', '', null, undefined, 'ICB', 'Healthwatch  Rutland'])).toEqual([
      'UHL',
      'the ICB',
      'Healthwatch Rutland',
    ]);
    expect(ownerList([''])).toEqual([]);
  });

  it('an owner filter matches an item with any of the owners asked for, against any of its own', () => {
    const match = ownerFilter(['icb', 'Healthwatch'])!;
    expect(match(['UHL', 'LLR ICB'])).toBe(true);
    expect(match(['Healthwatch Rutland'])).toBe(true);
    expect(match(['UHL'])).toBe(false);
    expect(match([])).toBe(false);
    expect(ownerFilter('')!([])).toBe(true);
    expect(ownerFilter(undefined)).toBeUndefined();
    expect(ownerFilter([])).toBeUndefined();
  });

  it('an update of the owners records the list, and the lead follows it', () => {
    const item = makeItem({ owners: ['UHL', 'the ICB'], owner: 'UHL' });
    const after = updateItem(item, { owners: ['the ICB'] }, null, STAMP);
    expect(after).toMatchObject({ owner: 'the ICB', owners: ['the ICB'] });
    expect(after.history.at(-1)).toMatchObject({ change: 'owners', from: ['UHL', 'the ICB'], to: ['the ICB'] });
    expect(updateItem(after, { owner: null }, null, STAMP)).toMatchObject({ owner: null, owners: [] });
    expect(updateItem(after, { owners: ['the ICB'] }, null, STAMP)).toBe(after);
  });

  it('the overdue report lists a shared item under each owner, once in its items, and counts each owner', () => {
    const calendar = makeCalendar('2025-06-16', '2025-09-01', '2025-11-27');
    const items = [
      makeItem({ id: 'A1', owners: ['UHL', 'the ICB'], owner: 'UHL' }),
      makeItem({ id: 'A2', owners: ['ICB'], owner: 'ICB' }),
      makeItem({ id: 'A3', owners: [], owner: null }),
    ];
    const report = overdueReport(
      { committees: [{ slug: 'jhsc', name: 'JHSC' }], meetings: calendar, items },
      { groupBy: 'owner' },
      '2025-11-20',
    );
    expect(report.groups.map((g) => [g.label, g.items.map((i) => i.id)])).toEqual([
      ['the ICB', ['A1', 'A2']],
      ['UHL', ['A1']],
      ['No owner', ['A3']],
    ]);
    expect(report.items.map((i) => i.id)).toEqual(['A1', 'A2', 'A3']);
    expect(report.totals).toMatchObject({ items: 3, owners: 3 });
    const byCommittee = overdueReport(
      { committees: [{ slug: 'jhsc', name: 'JHSC' }], meetings: calendar, items },
      { owner: 'uhl' },
      '2025-11-20',
    );
    // Asked for UHL's items, the report groups them under UHL alone.
    expect(byCommittee.groups[0].owners!.map((g) => [g.label, g.items.map((i) => i.id)])).toEqual([['UHL', ['A1']]]);
  });

  it('chase writes to each owner of a shared item, and the directory counts it for each', () => {
    const calendar = makeCalendar('2025-06-16', '2025-09-01', '2025-11-27');
    const items = [
      makeItem({ id: 'A1', owners: ['UHL', 'the ICB'], owner: 'UHL' }),
      makeItem({ id: 'A2', owners: ['ICB'], owner: 'ICB' }),
    ];
    const log = { committees: [{ slug: 'jhsc', name: 'JHSC' }], meetings: calendar, items };
    const letters = (owner?: string) =>
      chaseList(log, { owner }, [], '2025-11-20').owners.map((o) => [
        o.owner,
        o.committees.flatMap((c) => c.items.map((i) => i.id)),
      ]);
    expect(letters()).toEqual([
      ['the ICB', ['A1', 'A2']],
      ['UHL', ['A1']],
    ]);
    expect(letters('uhl')).toEqual([['UHL', ['A1']]]);
    expect(ownerDirectory(items, []).map((o) => [o.name, o.openItems])).toEqual([
      ['the ICB', 2],
      ['UHL', 1],
    ]);
  });
});
