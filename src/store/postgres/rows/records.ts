// The domain's values written as records, as the statements that change the log read them from a json parameter.
import { closedAt } from '../../../domain/lifecycle.js';
import { reportedHistory } from '../../../domain/reportedHistory.js';
import {
  ACTIVE_STATUSES,
  isClosed,
  type Committee,
  type Due,
  type HistoryEntry,
  type Item,
  type Meeting,
  type OwnerContact,
} from '../../../domain/types.js';
import type { JournalEntry } from '../../schema.js';
import { toStoredOrNull, toStoredText } from '../text.js';

type DueKind = Due['kind'];

export function dueColumns(due: Due): { kind: DueKind; on: string | null } {
  if (due.kind === 'meeting') return { kind: due.kind, on: due.meeting };
  if (due.kind === 'date') return { kind: due.kind, on: due.date };
  if (due.kind === 'next') return { kind: due.kind, on: due.after };
  return { kind: due.kind, on: null };
}

// ---- records as the statements read them from a json parameter (queries/writes.ts)

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
    moved_from: toStoredOrNull(item.movedFrom),
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
    closed_at: isClosed(item) ? toStoredText(closedAt(item)) : null,
    // json as text, read with ::json as the history's values are: json_to_recordset would turn a NUL's escape into text, and refuse it.
    reported_history: JSON.stringify(reportedHistory(item.history).map(storedEntry)),
    owners_just_lead: ownersJustLead(item),
    deferral_count: item.deferrals.length,
    n,
  };
}

/**
 * An open or in-progress item's record with the JSON the reports read of it, which open_items
 * keeps beside its copy (migrations/version9.ts); null for any other item. Built here from
 * the very values the statement stores, as queries/itemJson.ts's REPORTED_ITEM_JSON builds it
 * from the tables (fields in its order; `tests/pg/schema.test.ts` holds the two equal): the statement
 * that writes the item then need not build it, which cost every `add` more than it saved.
 */
export function openItemRecord(item: Item, n: number) {
  const record = itemRecord(item, n);
  return { ...record, reported_item: isActive(item.status) ? reportedItemJson(item, record) : null };
}

const isActive = (status: string): boolean => (ACTIVE_STATUSES as readonly string[]).includes(status);

function reportedItemJson(item: Item, record: ReturnType<typeof itemRecord>): string {
  const owners = !record.owners_just_lead
    ? ownerRecords(item).map((owner) => owner.name)
    : record.owner === null
      ? []
      : [record.owner];
  const deferrals = deferralRecords(item).map((d) => ({
    at: d.deferred_at,
    from: dueJson(d.from_kind, d.from_on),
    to: dueJson(d.to_kind, d.to_on),
    reason: d.reason,
  }));
  const fields = {
    id: record.id,
    type: record.type,
    category: record.category,
    committee: record.committee,
    movedFrom: record.moved_from,
    text: record.text,
    owner: record.owner,
    owners,
    status: record.status,
    source: { meeting: record.source_meeting, minute: record.source_minute, ref: record.source_ref },
    due: dueJson(record.due_kind, record.due_on),
    originalDue: dueJson(record.original_due_kind, record.original_due_on),
    deferrals,
    lastNote: record.last_note,
    signedOff: record.signed_off,
    createdAt: record.created_at,
    updatedAt: record.updated_at,
  };
  // The history as reported_history holds it, json kept as written.
  return `${JSON.stringify(fields).slice(0, -1)},"history":${record.reported_history}}`;
}

/** A due as queries/itemJson.ts's dueJson builds it from its kind and date. */
const dueJson = (kind: string, on: string | null) =>
  kind === 'meeting'
    ? { kind, meeting: on }
    : kind === 'date'
      ? { kind, date: on }
      : kind === 'next'
        ? { kind, after: on }
        : { kind: 'future' };

/** The item's owners are its lead alone, or none and no lead: read back from items.owner alone (queries/itemJson.ts). */
const ownersJustLead = (item: Item): boolean =>
  item.owners.length === 0 ? item.owner === null : item.owners.length === 1 && item.owners[0] === item.owner;

/** A history entry as items.reported_history keeps it: text as stored (text.ts), values as they are. */
const storedEntry = (entry: HistoryEntry) => ({
  at: toStoredText(entry.at),
  by: toStoredText(entry.by),
  change: toStoredText(entry.change),
  from: entry.from === undefined ? null : entry.from,
  to: entry.to === undefined ? null : entry.to,
  note: toStoredOrNull(entry.note),
});

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

/** Everyone responsible for the item, the lead first. */
export const ownerRecords = (item: Item) =>
  item.owners.map((name, n) => ({ item_id: item.id, n, name: toStoredText(name) }));

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
