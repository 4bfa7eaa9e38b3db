import type { ReplyRow } from '../domain/replies.js';

export interface ReplySheet {
  rows: ReplyRow[];
  /** The contract columns found ('id' always, when any row was read). */
  columns: string[];
}
