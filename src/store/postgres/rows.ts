// The store's values as the tables hold them, and back: an item's due as (kind, date), its
// history as rows, text escaped where `text` cannot hold it (text.ts). Values read back are
// built with their fields in the store's order, so that a log copied out of the database is
// written as the same file it came from.
import { closedAt } from '../../domain/lifecycle.js';
import { reportedHistory } from '../../domain/reportedHistory.js';
import {
  ACTIVE_STATUSES,
  isClosed,
  type Committee,
  type Due,
  type HistoryEntry,
  type Item,
  type Meeting,
  type OwnerContact,
} from '../../domain/types.js';
import type { JournalEntry } from '../schema.js';
import { ESCAPE, fromStoredOrNull, fromStoredText, toStoredOrNull, toStoredText } from './text.js';

type DueKind = Due['kind'];

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

/**
 * Meetings as meetingsPacked gives them (queries.ts): the committees' names, and one string of
 * meetings. Read by position, a meeting at a time, with no array per meeting nor string per
 * field: at a million items (115,704 meetings) splitting the string took a report 0.2 s.
 */
export function meetingsFromPacked(committeesJson: string, packed: string): Meeting[] {
  const committees = (JSON.parse(committeesJson) as string[]).map(fromStoredText);
  const meetings: Meeting[] = [];
  // Each meeting: "<n>,<day>" and what readMeeting reads after it; ";" between.
  for (let at = 0; at < packed.length; at++) {
    let n = 0;
    for (let code = packed.charCodeAt(at); code !== COMMA; code = packed.charCodeAt(++at)) n = n * 10 + code - ZERO;
    at = readMeeting(packed, at + 1, committees[n], meetings);
  }
  return meetings;
}

/**
 * Each committee's calendar as the calendars table keeps it (migrations.ts, version 8): its
 * slug and its meetings, in the order they were added, packed as meetingsPacked packs them
 * without the committee's place. The committees' meetings one after another.
 */
export function meetingsFromCalendars(calendars: readonly { slug: string; meetings: string | null }[]): Meeting[] {
  const meetings: Meeting[] = [];
  for (const { slug, meetings: packed } of calendars) {
    if (!packed) continue;
    const committee = fromStoredText(slug);
    for (let at = 0; at < packed.length; at++) at = readMeeting(packed, at, committee, meetings);
  }
  return meetings;
}

/**
 * The meeting packed from `at`: "<day>", then ",x" when cancelled and ",<day>" after that when
 * moved. Adds it to `meetings`; where it ends (the ";" after it, or the string's end).
 */
function readMeeting(packed: string, at: number, committee: string, meetings: Meeting[]): number {
  const end = packed.length;
  const dateAt = at;
  while (at < end && packed.charCodeAt(at) !== COMMA && packed.charCodeAt(at) !== SEMICOLON) at++;
  const date = packed.slice(dateAt, at);
  let cancelled = false;
  let movedTo: string | null = null;
  if (at < end && packed.charCodeAt(at) === COMMA) {
    cancelled = true;
    at += 2;
    if (at < end && packed.charCodeAt(at) === COMMA) {
      const movedAt = at + 1;
      at = packed.indexOf(';', movedAt);
      if (at === -1) at = end;
      movedTo = packed.slice(movedAt, at);
    }
  }
  meetings.push({ committee, date, cancelled, movedTo });
  return at;
}

const COMMA = 44;
const SEMICOLON = 59;
const ZERO = 48;

/**
 * An item as the server built it (queries.ts, ITEM_JSON): its fields already in the store's
 * order. Text is stored escaped only where it held what `text` cannot (text.ts), which the
 * escape character shows; history values are json, stored as written, and left alone.
 */
export function itemFromJson(json: string): Item {
  const item = JSON.parse(json) as Item;
  return json.includes(ESCAPE) ? unescapeItem(item) : item;
}

/**
 * Items as the server sends a report's: the elements of one JSON array, joined with commas
 * (queries.ts, asOneText; null when there are none), parsed at once, and put in the order they
 * were added by their places (`places`, each one's ordinal, in the same order, joined the same
 * way). Read row by row, a million-item log's 20,000 overdue items cost the driver a row each
 * and JSON.parse a call each, and their texts, kept until every one was parsed, were copied by
 * each young-generation collection meanwhile; one text of that size is never copied. The
 * brackets are added here: on the server, adding them copied the 12.7 MB text once more.
 * Where the text holds no escape character, no item does.
 */
export function itemsFromJsonArray(elements: string | null, places: string | null): Item[] {
  if (elements === null || places === null) return [];
  const items = JSON.parse(`[${elements}]`) as Item[];
  if (elements.includes(ESCAPE)) for (let i = 0; i < items.length; i++) unescapeItem(items[i]);
  return inPlaceOrder(items, JSON.parse(`[${places}]`) as number[]);
}

/** The items in the order of their places (unique), each item's place at the same index. */
function inPlaceOrder(items: Item[], places: readonly number[]): Item[] {
  let sorted = true;
  for (let i = 1; i < places.length && sorted; i++) sorted = places[i - 1] < places[i];
  if (sorted) return items;
  const order = Array.from({ length: items.length }, (_, i) => i).sort((a, b) => places[a] - places[b]);
  return order.map((i) => items[i]);
}

/** The item's text fields as they were before storing (text.ts); a field without the escape character is left as it is. */
function unescapeItem(item: Item): Item {
  item.committee = fromStoredText(item.committee);
  item.movedFrom = fromStoredOrNull(item.movedFrom);
  item.text = fromStoredText(item.text);
  item.owner = fromStoredOrNull(item.owner);
  item.owners = item.owners.map(fromStoredText);
  item.source.minute = fromStoredOrNull(item.source.minute);
  item.source.ref = fromStoredOrNull(item.source.ref);
  item.lastNote = fromStoredOrNull(item.lastNote);
  item.createdAt = fromStoredText(item.createdAt);
  item.updatedAt = fromStoredText(item.updatedAt);
  for (const deferral of item.deferrals) {
    deferral.at = fromStoredText(deferral.at);
    deferral.reason = fromStoredOrNull(deferral.reason);
  }
  for (const entry of item.history) {
    entry.at = fromStoredText(entry.at);
    entry.by = fromStoredText(entry.by);
    entry.change = fromStoredText(entry.change);
    entry.note = fromStoredOrNull(entry.note);
  }
  return item;
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
 * keeps beside its copy (migrations.ts, version 9); null for any other item. Built here from
 * the very values the statement stores, as queries.ts's REPORTED_ITEM_JSON builds it from the
 * tables (fields in its order; `tests/pg/schema.test.ts` holds the two equal): the statement
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

/** A due as queries.ts's dueJson builds it from its kind and date. */
const dueJson = (kind: string, on: string | null) =>
  kind === 'meeting'
    ? { kind, meeting: on }
    : kind === 'date'
      ? { kind, date: on }
      : kind === 'next'
        ? { kind, after: on }
        : { kind: 'future' };

/** The item's owners are its lead alone, or none and no lead: read back from items.owner alone (queries.ts). */
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
