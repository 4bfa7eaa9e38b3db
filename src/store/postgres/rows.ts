// The store's values as the tables hold them, and back: an item's due as (kind, date), its
// history as rows, text escaped where `text` cannot hold it (text.ts). Values read back are
// built with their fields in the store's order, so that a log copied out of the database is
// written as the same file it came from.
import type { Committee, Deferral, Due, HistoryEntry, Item, Meeting, OwnerContact } from '../../domain/types.js';
import type { JournalEntry } from '../schema.js';
import { fromStoredOrNull, fromStoredText, toStoredOrNull, toStoredText } from './text.js';

type DueKind = Due['kind'];

// The `next` due (store schema 2) is (next, the day it counts from); the database's CHECK
// still lists only the first three kinds until a migration adds it (see migrations.ts).
export function dueFrom(kind: DueKind, on: string | null): Due {
  if (kind === 'meeting') return { kind, meeting: on! };
  if (kind === 'date') return { kind, date: on! };
  if (kind === 'next') return { kind, after: on! };
  return { kind: 'future' };
}

export function dueColumns(due: Due): { kind: DueKind; on: string | null } {
  if (due.kind === 'meeting') return { kind: due.kind, on: due.meeting };
  if (due.kind === 'date') return { kind: due.kind, on: due.date };
  if (due.kind === 'next') return { kind: due.kind, on: due.after };
  return { kind: due.kind, on: null };
}

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

export interface ItemRow {
  id: string;
  type: Item['type'];
  category: Item['category'];
  committee: string;
  text: string;
  owner: string | null;
  status: Item['status'];
  source_meeting: string;
  source_minute: string | null;
  source_ref: string | null;
  due_kind: DueKind;
  due_on: string | null;
  original_due_kind: DueKind;
  original_due_on: string | null;
  last_note: string | null;
  signed_off: string | null;
  created_at: string;
  updated_at: string;
}

export interface HistoryRow {
  item_id: string;
  changed_at: string;
  changed_by: string;
  change: string;
  from_value: unknown;
  to_value: unknown;
  note: string | null;
}

export interface DeferralRow {
  item_id: string;
  deferred_at: string;
  from_kind: DueKind;
  from_on: string | null;
  to_kind: DueKind;
  to_on: string | null;
  reason: string | null;
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

export const historyFrom = (row: HistoryRow): HistoryEntry => ({
  at: fromStoredText(row.changed_at),
  by: fromStoredText(row.changed_by),
  change: fromStoredText(row.change),
  from: row.from_value,
  to: row.to_value,
  note: fromStoredOrNull(row.note),
});

export const deferralFrom = (row: DeferralRow): Deferral => ({
  at: fromStoredText(row.deferred_at),
  from: dueFrom(row.from_kind, row.from_on),
  to: dueFrom(row.to_kind, row.to_on),
  reason: fromStoredOrNull(row.reason),
});

export function itemFrom(row: ItemRow, history: HistoryEntry[], deferrals: Deferral[]): Item {
  return {
    id: row.id,
    type: row.type,
    category: row.category,
    committee: fromStoredText(row.committee),
    // Until the items.moved_from migration (migrations.ts), the database keeps no moves.
    movedFrom: null,
    text: fromStoredText(row.text),
    owner: fromStoredOrNull(row.owner),
    // Until the item_owners migration (migrations.ts), the database keeps the lead alone.
    owners: row.owner === null ? [] : [fromStoredText(row.owner)],
    status: row.status,
    source: { meeting: row.source_meeting, minute: fromStoredOrNull(row.source_minute), ref: fromStoredOrNull(row.source_ref) },
    due: dueFrom(row.due_kind, row.due_on),
    originalDue: dueFrom(row.original_due_kind, row.original_due_on),
    deferrals,
    lastNote: fromStoredOrNull(row.last_note),
    signedOff: row.signed_off,
    createdAt: fromStoredText(row.created_at),
    updatedAt: fromStoredText(row.updated_at),
    history,
  };
}

export const journalFrom = (row: JournalRow): JournalEntry => ({
  seq: row.seq,
  at: fromStoredText(row.made_at),
  by: fromStoredText(row.made_by),
  command: fromStoredText(row.command),
  summary: fromStoredText(row.summary),
  undone: row.undone,
  undo: row.undo,
});

// ---- records as the statements read them from a json parameter (queries.ts)

export const committeeRecord = (committee: Committee, n: number) => ({
  slug: toStoredText(committee.slug),
  name: toStoredText(committee.name),
  council: committee.council === undefined ? null : toStoredText(committee.council),
  n,
});

export const ownerRecord = (owner: OwnerContact, n: number) => ({
  name: toStoredText(owner.name),
  email: toStoredOrNull(owner.email),
  contact: toStoredOrNull(owner.contact),
  n,
});

export const meetingRecord = (meeting: Meeting, n: number) => ({
  committee: toStoredText(meeting.committee),
  meeting_date: meeting.date,
  cancelled: meeting.cancelled,
  moved_to: meeting.movedTo,
  n,
});

export function itemRecord(item: Item, n: number) {
  const due = dueColumns(item.due);
  const originalDue = dueColumns(item.originalDue);
  return {
    id: item.id,
    type: item.type,
    category: item.category,
    committee: toStoredText(item.committee),
    text: toStoredText(item.text),
    owner: toStoredOrNull(item.owner),
    status: item.status,
    source_meeting: item.source.meeting,
    source_minute: toStoredOrNull(item.source.minute),
    source_ref: toStoredOrNull(item.source.ref),
    due_kind: due.kind,
    due_on: due.on,
    original_due_kind: originalDue.kind,
    original_due_on: originalDue.on,
    last_note: toStoredOrNull(item.lastNote),
    signed_off: item.signedOff,
    created_at: toStoredText(item.createdAt),
    updated_at: toStoredText(item.updatedAt),
    n,
  };
}

/** History values are any JSON; `undefined` (a value the file cannot hold either) is kept as null. */
const jsonText = (value: unknown): string => JSON.stringify(value) ?? 'null';

export const historyRecords = (item: Item) =>
  item.history.map((entry, n) => ({
    item_id: item.id,
    n,
    changed_at: toStoredText(entry.at),
    changed_by: toStoredText(entry.by),
    change: toStoredText(entry.change),
    from_value: jsonText(entry.from),
    to_value: jsonText(entry.to),
    note: toStoredOrNull(entry.note),
  }));

export const deferralRecords = (item: Item) =>
  item.deferrals.map((deferral, n) => {
    const from = dueColumns(deferral.from);
    const to = dueColumns(deferral.to);
    return {
      item_id: item.id,
      n,
      deferred_at: toStoredText(deferral.at),
      from_kind: from.kind,
      from_on: from.on,
      to_kind: to.kind,
      to_on: to.on,
      reason: toStoredOrNull(deferral.reason),
    };
  });

export const journalRecord = (entry: JournalEntry) => ({
  seq: entry.seq,
  made_at: toStoredText(entry.at),
  made_by: toStoredText(entry.by),
  command: toStoredText(entry.command),
  summary: toStoredText(entry.summary),
  undone: entry.undone,
  undo: entry.undo === null ? null : JSON.stringify(entry.undo),
});
