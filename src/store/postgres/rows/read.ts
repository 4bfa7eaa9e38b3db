// Rows as the queries return them, read into the domain's types.
//
// The store's values as the tables hold them, and back (records.ts): an item's due as (kind,
// date), its history as rows, text escaped where `text` cannot hold it (text.ts). Values read
// back are built with their fields in the store's order, so that a log copied out of the
// database is written as the same file it came from.
import type { Committee, Meeting, OwnerContact } from '../../../domain/types.js';
import type { JournalEntry } from '../../schema.js';
import { fromStoredOrNull, fromStoredText } from '../text.js';

// ---- rows as the queries return them

export interface CommitteeRow {
  slug: string;
  name: string;
  council: string | null;
}

export interface OwnerRow {
  name: string;
  email: string | null;
  contact: string | null;
}

export interface MeetingRow {
  committee: string;
  meeting_date: string;
  cancelled: boolean;
  moved_to: string | null;
}

export interface JournalRow {
  seq: number;
  made_at: string;
  made_by: string;
  command: string;
  summary: string;
  undone: boolean;
  undo: JournalEntry['undo'];
}

export const committeeFrom = (row: CommitteeRow): Committee => ({
  slug: fromStoredText(row.slug),
  name: fromStoredText(row.name),
  ...(row.council === null ? {} : { council: fromStoredText(row.council) }),
});

export const ownerFrom = (row: OwnerRow): OwnerContact => ({
  name: fromStoredText(row.name),
  email: fromStoredOrNull(row.email),
  contact: fromStoredOrNull(row.contact),
});

export const meetingFrom = (row: MeetingRow): Meeting => ({
  committee: fromStoredText(row.committee),
  date: row.meeting_date,
  cancelled: row.cancelled,
  movedTo: row.moved_to,
});

export const journalFrom = (row: JournalRow): JournalEntry => ({
  seq: row.seq,
  at: fromStoredText(row.made_at),
  by: fromStoredText(row.made_by),
  command: fromStoredText(row.command),
  summary: fromStoredText(row.summary),
  undone: row.undone,
  undo: row.undo,
});
