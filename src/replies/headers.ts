// The reply table's contract (DESIGN "Additions"): columns ID, Status, Update and Due,
// found by their headers ignoring case and spaces; every other column is left alone.
import type { ReplyRow } from '../domain/replies.js';

export const REPLY_COLUMNS = ['ID', 'Status', 'Update', 'Due'] as const;
type Key = 'id' | 'status' | 'update' | 'due';

export type HeaderMap = Partial<Record<Key, number>> & { id: number };

const KEYS: Record<string, Key> = { id: 'id', status: 'status', update: 'update', due: 'due' };

const key = (cell: string): Key | undefined => KEYS[cell.replace(/[\s\u00a0]+/g, '').toLowerCase()];

/** Where each contract column is in a header row; null when the row has no ID column. */
export function headerMap(cells: readonly string[]): HeaderMap | null {
  const found: Partial<Record<Key, number>> = {};
  cells.forEach((cell, i) => {
    const k = key(cell);
    // The first column of a name wins: a second "Status" is another column, left alone.
    if (k && found[k] === undefined) found[k] = i;
  });
  return found.id === undefined ? null : (found as HeaderMap);
}

/** Headers are looked for in the first rows: an owner may have added a title line or two. */
export const HEADER_SEARCH_ROWS = 10;

/** A row of text cells as a reply row; blank cells are null. */
export function replyRow(cells: readonly (string | null)[], map: HeaderMap, where: string): ReplyRow {
  const at = (k: Key): string | null => {
    const index = map[k];
    if (index === undefined) return null;
    const text = cells[index]?.trim();
    return text ? text : null;
  };
  return { where, id: at('id'), status: at('status'), update: at('update'), due: at('due') };
}
