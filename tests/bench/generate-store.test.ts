import { describe, expect, it } from 'vitest';
import { generateStore } from '../../scripts/lib/generate-store.js';
import { validationProblem } from '../../src/store/schema.js';
import { isOverdue } from '../../src/domain/rules.js';
import { calendarIndex } from '../../src/domain/calendar.js';

describe('generateStore', () => {
  it('writes a store that the store itself accepts, with the number of items asked for', () => {
    for (const items of [0, 1, 37, 2500]) {
      const store = generateStore({ items, seed: 7 });
      expect(validationProblem(store)).toBeNull();
      expect(store.items).toHaveLength(items);
      expect(store.nextItemNumber).toBe(items + 1);
    }
  });

  it('gives the same store for the same seed, and another for another seed', () => {
    const text = (seed: number) => JSON.stringify(generateStore({ items: 500, seed }));
    expect(text(3)).toBe(text(3));
    expect(text(3)).not.toBe(text(4));
  });

  it('has unique ids, 1 to 4 history entries each, and a mix like a real log', () => {
    const store = generateStore({ items: 5000, seed: 1, today: '2025-11-20' });
    expect(new Set(store.items.map((i) => i.id)).size).toBe(5000);
    expect(store.items.every((i) => i.history.length >= 1 && i.history.length <= 4)).toBe(true);
    expect(store.committees.length).toBe(20);
    const calendars = calendarIndex(store.meetings);
    const share = (test: (i: (typeof store.items)[number]) => boolean) => store.items.filter(test).length / 5000;
    const overdue = share((i) => isOverdue(i, calendars.get(i.committee) ?? [], '2025-11-20'));
    expect(overdue).toBeGreaterThan(0.005);
    expect(overdue).toBeLessThan(0.1);
    expect(share((i) => i.status === 'done')).toBeGreaterThan(0.5);
    expect(share((i) => i.signedOff !== null)).toBeGreaterThan(0.4);
    expect(share((i) => i.deferrals.length > 0)).toBeGreaterThan(0);
    expect(store.meetings.some((m) => m.cancelled)).toBe(true);
  });
});
