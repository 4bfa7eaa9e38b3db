import { describe, expect, it } from 'vitest';
import { latestUpdate } from '../../src/domain/latestUpdate.js';
import { closedAt } from '../../src/domain/lifecycle.js';
import { MOVED } from '../../src/domain/move.js';
import { reportedHistory } from '../../src/domain/reportedHistory.js';
import type { HistoryEntry, Item } from '../../src/domain/types.js';
import { generateStore } from '../../scripts/lib/generate-store.js';
import { makeItem } from '../factories.js';

const entry = (n: number, change: string, to: unknown, note: string | null): HistoryEntry => ({
  at: `2025-01-01T10:00:${String(n).padStart(2, '0')}.000Z`,
  by: 'clerk',
  change,
  from: null,
  to,
  note,
});

/** The rules the reports take from a history give the same answer on the entries kept as on all of it. */
function expectSameAnswers(item: Item): void {
  const kept = { ...item, history: reportedHistory(item.history) };
  expect(latestUpdate(kept.history)).toEqual(latestUpdate(item.history));
  expect(closedAt(kept)).toBe(closedAt(item));
  // Kept in the history's order, each entry once.
  const places = kept.history.map((e) => item.history.indexOf(e));
  expect(places).toEqual([...new Set(places)].sort((a, b) => a - b));
}

describe('reportedHistory: the entries of a history the reports read', () => {
  it('keeps the latest update and the latest closing, nothing else', () => {
    const history = [
      entry(1, 'created', 'open', 'imported from minutes.pdf'),
      entry(2, 'note', null, 'first update'),
      entry(3, 'status', 'done', null),
      entry(4, 'status', 'open', 'reopened: not finished'),
      entry(5, 'owner', 'ICB', null),
      entry(6, MOVED, 'hwb', 'the board took it over'),
    ];
    expect(reportedHistory(history)).toEqual([history[2], history[3]]);
  });

  it('keeps one entry once when it is both the latest update and the closing', () => {
    const history = [entry(1, 'created', 'open', null), entry(2, 'status', 'dropped', 'no longer needed')];
    expect(reportedHistory(history)).toEqual([history[1]]);
  });

  it('keeps nothing from a history with neither', () => {
    expect(reportedHistory([entry(1, 'created', 'open', 'from the minutes'), entry(2, 'owner', 'ICB', null)])).toEqual(
      [],
    );
  });

  it('gives the same latest update and closing as the whole history, on every generated item', () => {
    for (const item of generateStore({ items: 3000, seed: 5 }).items) expectSameAnswers(item);
  });

  it('gives the same answers on histories made at random from the changes that matter', () => {
    const changes = ['created', 'note', 'status', 'owner', MOVED, 'deferred', 'signed-off'];
    const statuses = ['open', 'in-progress', 'done', 'dropped'];
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let run = 0; run < 2000; run++) {
      const history = Array.from({ length: random(7) }, (_, n) => {
        const change = changes[random(changes.length)];
        return entry(n, change, change === 'status' ? statuses[random(4)] : null, ['', null, 'a note'][random(3)]);
      });
      expectSameAnswers(makeItem({ history, updatedAt: '2025-02-02T00:00:00.000Z' }));
    }
  });
});
