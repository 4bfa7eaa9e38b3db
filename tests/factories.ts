// Small factories for domain tests: an item or a calendar with only the fields a test cares about.
import { createItem } from '../src/domain/lifecycle.js';
import type { Item, Meeting } from '../src/domain/types.js';

export const STAMP = { at: '2025-06-20T09:00:00.000Z', by: 'clerk' };

export function makeItem(fields: Partial<Item> = {}): Item {
  const base = createItem(
    {
      id: 'A1',
      type: 'action',
      category: 'action',
      committee: 'jhsc',
      text: 'Report back on waiting times',
      owner: 'UHL',
      source: { meeting: '2025-06-16', minute: '53', ref: '(a)' },
      due: { kind: 'meeting', meeting: '2025-09-01' },
    },
    STAMP,
  );
  // A closing note given alone is also written into the history, as updateItem would.
  const history =
    fields.lastNote && !fields.history
      ? [...base.history, { ...STAMP, change: 'note', from: null, to: null, note: fields.lastNote }]
      : base.history;
  // An owner given alone is the item's only owner, as createItem would have it.
  const owners =
    fields.owners ?? (fields.owner === undefined ? base.owners : fields.owner === null ? [] : [fields.owner]);
  return { ...base, originalDue: fields.due ?? base.originalDue, history, ...fields, owners };
}

/** Meetings of one committee from dates; a date ending in "x" is cancelled, "a>b" was moved from a to b. */
export function makeCalendar(...dates: string[]): Meeting[] {
  return dates
    .map((spec): Meeting => {
      const [date, movedTo] = spec.replace(/x$/, '').split('>');
      const cancelled = spec.endsWith('x') || movedTo !== undefined;
      return { committee: 'jhsc', date, cancelled, movedTo: movedTo ?? null };
    })
    .sort((a, b) => a.date.localeCompare(b.date));
}
