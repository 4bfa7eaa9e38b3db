// What makes an item read from the minutes the same item as one already in the log, so that
// importing the same minutes twice adds nothing — even after the clerk edited, split or merged
// items in the review. An item's identity is its committee, meeting, minute and ref; an item
// with no ref is told apart from the minute's others by its wording as the minutes have it.
import type { HistoryEntry, IsoDate, Item } from './types.js';

/** A decision as the importer read it from the minutes. */
export interface Reading {
  minute: string | null;
  ref: string | null;
  text: string;
}

/**
 * The history entry an import writes when the clerk saved something other than what was read
 * (an edited text, minute or ref; one part of a split; a merge of several): `from` holds the
 * readings, `to` the item as saved, so the minutes' own words are never lost.
 */
export const REVIEWED = 'reviewed';

const citePart = (value: string | null): string => (value ?? '').toLowerCase().replace(/\s+/g, '');
const wording = (text: string): string =>
  text
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[\s.;,:]+$/, '')
    .trim();

export function importKey(committee: string, meeting: IsoDate, reading: Reading): string {
  const ref = citePart(reading.ref);
  return [committee, meeting, citePart(reading.minute), ref, ref ? '' : wording(reading.text)].join('\u0000');
}

const isReading = (value: unknown): value is Reading =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Reading).text === 'string' &&
  'minute' in value &&
  'ref' in value;

/** The entry recording the readings behind an item saved otherwise than read. */
export function reviewedEntry(
  readings: readonly Reading[],
  saved: Reading,
  stamp: { at: string; by: string },
): HistoryEntry {
  return {
    at: stamp.at,
    by: stamp.by,
    change: REVIEWED,
    from: readings.map(({ minute, ref, text }) => ({ minute, ref, text })),
    to: { minute: saved.minute, ref: saved.ref, text: saved.text },
    note: null,
  };
}

/** The readings an item stands for: those its import recorded, else its source and its text as first recorded. */
export function readingsOf(item: Item): Reading[] {
  const reviewed = item.history.find((entry) => entry.change === REVIEWED);
  if (reviewed && Array.isArray(reviewed.from) && reviewed.from.every(isReading)) return reviewed.from;
  const firstText = item.history.find((entry) => entry.change === 'text');
  const text = firstText && typeof firstText.from === 'string' ? firstText.from : item.text;
  return [{ minute: item.source.minute, ref: item.source.ref, text }];
}

/** The log's items of this committee and meeting by each key they stand for. */
export function itemsByKey(items: readonly Item[], committee: string, meeting: IsoDate): Map<string, string> {
  const known = new Map<string, string>();
  for (const item of items) {
    if (item.committee !== committee || item.source.meeting !== meeting) continue;
    for (const reading of readingsOf(item)) {
      const key = importKey(committee, meeting, reading);
      if (!known.has(key)) known.set(key, item.id);
    }
  }
  return known;
}

export const sameReading = (a: Reading, b: Reading): boolean =>
  citePart(a.minute) === citePart(b.minute) &&
  citePart(a.ref) === citePart(b.ref) &&
  a.text.replace(/\s+/g, ' ').trim() === b.text.replace(/\s+/g, ' ').trim();
