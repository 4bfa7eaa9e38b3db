// What the clerk accepted from an import, whichever way they said it: answering the review's
// questions, `--yes` (the proposal as it is), or `--accept <file>` (the `--dry-run --json`
// proposal, edited). All three give the same list of accepted items, saved by one path.
import { usageError } from '../errors.js';
import { ACCEPTED_DATE_FORMS, formatUkDate, MONTHS, parseDate } from './dates.js';
import type { Reading } from './importIdentity.js';
import type { PlannedItem, PlannedNoted, StatedDue } from './importPlan.js';
import { CATEGORIES, ITEM_TYPES, TYPE_OF_CATEGORY, type Category, type IsoDate, type ItemType } from './types.js';

/** One item the clerk accepted: as proposed, edited, split, merged, promoted from the noted list, or typed. */
export interface AcceptedItem {
  /** The proposal's numbers it comes from: one for an item kept, edited or split, several for a merge, none for one the clerk added. */
  numbers: number[];
  minute: string | null;
  ref: string | null;
  type: ItemType;
  category: Category;
  /** The lead owner. */
  owner: string | null;
  /** Everyone responsible, the lead first; when given it wins over `owner`. */
  owners?: string[];
  /** As stated or placed (an object of the dry run's `due`), or as typed (next, future, a month, a date); null for the default. */
  due: StatedDue | string;
  text: string;
  /** Save it as a note on this log item rather than as a new item. */
  updatesItem: string | null;
}

/** What the review works on: the proposal's items and its noted resolutions, numbered as shown. */
export interface Candidates {
  items: readonly PlannedItem[];
  noted: readonly PlannedNoted[];
}

/** The proposal as it stands, for `--yes`: every item not already in the log. */
export function acceptAll(candidates: Candidates): AcceptedItem[] {
  return candidates.items.filter((item) => !item.duplicateOf).map(asProposed);
}

export function asProposed(item: PlannedItem): AcceptedItem {
  return {
    numbers: [item.number],
    minute: item.minute,
    ref: item.ref,
    type: item.type,
    category: item.category as Category,
    owner: item.owner,
    owners: ownersOfProposed(item),
    due: item.recordedDue,
    text: item.text,
    updatesItem: item.updatesItem,
  };
}

/** A proposal's owners, the lead first: its list, or its one owner. */
export const ownersOfProposed = (item: Pick<PlannedItem, 'owner' | 'owners'>): string[] =>
  item.owners ?? (item.owner ? [item.owner] : []);

/** The owners typed in the review, lead first: "UHL; the CCGs" (a semicolon between them, as lists print them). */
export function ownersTyped(text: string): string[] {
  return text
    .split(';')
    .map((o) => o.trim())
    .filter(Boolean);
}

/** A noted resolution made an item to track: an action unless the clerk says otherwise. */
export function promoted(noted: PlannedNoted): AcceptedItem {
  return {
    numbers: [noted.number],
    minute: noted.minute,
    ref: noted.ref,
    type: 'action',
    category: 'action',
    owner: null,
    due: null,
    text: noted.text,
    updatesItem: null,
  };
}

/** What the minutes said behind an accepted item: the readings of the candidates it came from. */
export function readingsBehind(accepted: AcceptedItem, candidates: Candidates): Reading[] {
  const byNumber = new Map<number, Reading>([...candidates.items, ...candidates.noted].map((c) => [c.number, c]));
  return accepted.numbers.flatMap((n) => {
    const reading = byNumber.get(n);
    return reading ? [{ minute: reading.minute, ref: reading.ref, text: reading.text }] : [];
  });
}

// ---- An accepted proposal given as a file (`import --accept <file>`)

type Json = Record<string, unknown>;

/**
 * The later meeting dates to add to the calendar: the edited proposal's `nextMeetings` (a clerk
 * may have struck out a date misread), else those the minutes give. Its meeting, when it says
 * one, must be the one being imported: a usage error otherwise (a proposal for other minutes).
 */
export function editedMeetingDates(
  document: unknown,
  file: string,
  meeting: IsoDate,
  found: readonly IsoDate[],
): IsoDate[] {
  if (!isObject(document)) return [...found];
  const stated = isObject(document.meeting) ? document.meeting.date : undefined;
  if (stated !== undefined && stated !== null) {
    const date = typeof stated === 'string' ? parseDate(stated) : null;
    if (date !== meeting)
      throw usageError(
        `${file} is a proposal for the meeting of ${String(stated)}, and these minutes are of ${formatUkDate(meeting)}; give --meeting with the right date, or the proposal made from these minutes`,
      );
  }
  if (document.nextMeetings === undefined) return [...found];
  if (!Array.isArray(document.nextMeetings)) throw usageError(`${file}: "nextMeetings" must be a list of dates`);
  return document.nextMeetings.map((value, index) => {
    const date = typeof value === 'string' ? parseDate(value) : null;
    if (date === null)
      throw usageError(
        `${file}: nextMeetings ${index + 1}: ${JSON.stringify(value)} is not a date; use ${ACCEPTED_DATE_FORMS}`,
      );
    return date;
  });
}

/**
 * The accepted items of a `--dry-run --json` proposal the clerk (or a script) edited: items
 * removed, changed, added, split or merged, noted entries moved into `items`. A usage error
 * naming the item and the field for anything it cannot take; nothing is saved then.
 */
export function acceptedFromJson(
  document: unknown,
  file: string,
  candidates: Candidates,
  logItems: ReadonlySet<string>,
): AcceptedItem[] {
  const items = Array.isArray(document) ? document : isObject(document) ? document.items : undefined;
  if (!Array.isArray(items))
    throw usageError(`${file}: expected the --dry-run --json proposal, an object with "items" (or an array of items)`);
  const numbers = new Set([...candidates.items, ...candidates.noted].map((c) => c.number));
  return items.map((raw, index) => {
    const where = `${file}: item ${index + 1}`;
    if (!isObject(raw)) throw usageError(`${where} is not an object with text, minute, ref, category, owner and due`);
    return acceptedItem(raw, where, numbers, logItems);
  });
}

function acceptedItem(
  raw: Json,
  where: string,
  numbers: ReadonlySet<number>,
  logItems: ReadonlySet<string>,
): AcceptedItem {
  const text = typeof raw.text === 'string' ? raw.text.replace(/\s+/g, ' ').trim() : '';
  if (!text) throw usageError(`${where}: "text" is missing or empty; every item needs its text`);
  const { type, category } = kindOf(raw, where);
  const updatesItem = optionalText(raw, 'updatesItem', where);
  if (updatesItem !== null && !logItems.has(updatesItem.toUpperCase())) {
    throw usageError(
      `${where}: "updatesItem" ${updatesItem} is not an item of this committee; give one of its ids, or null for a new item`,
    );
  }
  const owners = ownersOfJson(raw, where);
  return {
    numbers: numbersOf(raw.number, where, numbers),
    minute: optionalText(raw, 'minute', where),
    ref: optionalText(raw, 'ref', where),
    type,
    category,
    owner: owners[0] ?? null,
    owners,
    due: dueOf(raw.due, where),
    text,
    updatesItem: updatesItem?.toUpperCase() ?? null,
  };
}

/**
 * An edited item's owners: its "owners" list, lead first. An "owner" that is not the list's lead
 * was edited by itself (as a script that knows only "owner" would): where the list holds it, it
 * leads; where it does not, it is the owner alone. An "owner" of null with no list: no owner.
 */
function ownersOfJson(raw: Json, where: string): string[] {
  const owner = optionalText(raw, 'owner', where);
  if (raw.owners === undefined || raw.owners === null) return owner ? [owner] : [];
  if (!Array.isArray(raw.owners) || !raw.owners.every((o) => typeof o === 'string'))
    throw usageError(`${where}: "owners" must be a list of names, the lead first (e.g. ["UHL", "the CCGs"]), or null`);
  const owners = (raw.owners as string[]).map((o) => o.trim()).filter(Boolean);
  if (owner === null || owner === owners[0]) return owners;
  return owners.includes(owner) ? [owner, ...owners.filter((o) => o !== owner)] : [owner];
}

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function optionalText(raw: Json, field: string, where: string): string | null {
  const value = raw[field];
  if (value === undefined || value === null) return null;
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') throw usageError(`${where}: "${field}" must be text or null`);
  return value.trim() || null;
}

function kindOf(raw: Json, where: string): { type: ItemType; category: Category } {
  const category =
    raw.category === undefined || raw.category === null ? undefined : String(raw.category).trim().toLowerCase();
  const type = raw.type === undefined || raw.type === null ? undefined : String(raw.type).trim().toLowerCase();
  if (category !== undefined && !(CATEGORIES as readonly string[]).includes(category))
    throw usageError(`${where}: "category" ${category} is not one of ${CATEGORIES.join(', ')}`);
  if (type !== undefined && !(ITEM_TYPES as readonly string[]).includes(type))
    throw usageError(`${where}: "type" ${type} is not one of ${ITEM_TYPES.join(', ')}`);
  const chosen = category as Category | undefined;
  if (chosen && type && TYPE_OF_CATEGORY[chosen] !== type)
    throw usageError(`${where}: category ${chosen} belongs to type ${TYPE_OF_CATEGORY[chosen]}, not ${type}`);
  const resolvedType = (type as ItemType | undefined) ?? (chosen ? TYPE_OF_CATEGORY[chosen] : 'action');
  return { type: resolvedType, category: chosen ?? (resolvedType === 'action' ? 'action' : 'work-programme') };
}

function numbersOf(value: unknown, where: string, known: ReadonlySet<number>): number[] {
  if (value === undefined || value === null) return [];
  const list = Array.isArray(value) ? value : [value];
  for (const n of list) {
    if (!Number.isInteger(n) || !known.has(n as number)) {
      throw usageError(
        `${where}: "number" ${JSON.stringify(n)} is not a number in the proposal; give the numbers it comes from (several for a merge), or leave it out for an item you added`,
      );
    }
  }
  return list as number[];
}

const UNITS = ['days', 'weeks', 'months', 'years'] as const;

/** A due as the dry run prints it (an object), or as typed (a string); null or absent for the default. */
function dueOf(value: unknown, where: string): StatedDue | string {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return value.trim() || null;
  const bad = () =>
    usageError(
      `${where}: "due" ${JSON.stringify(value)} is not a due; give {"kind":"meeting","meeting":"2026-01-13"}, {"kind":"date","date":…}, {"kind":"future"}, {"kind":"next"}, {"kind":"month","month":"November"}, {"kind":"within","amount":3,"unit":"months"}, or text such as "next"`,
    );
  if (!isObject(value)) throw bad();
  const isoDate = (field: string) => {
    const text = value[field];
    const date = typeof text === 'string' ? parseDate(text) : null;
    if (date === null) throw bad();
    return date;
  };
  switch (value.kind) {
    case 'meeting':
      return { kind: 'meeting', meeting: isoDate('meeting') };
    case 'date':
      return { kind: 'date', date: isoDate('date') };
    case 'future':
    case 'next':
      return { kind: value.kind };
    case 'month':
      if (typeof value.month !== 'string' || !(MONTHS as readonly string[]).includes(value.month.trim().toLowerCase()))
        throw bad();
      return { kind: 'month', month: value.month.trim() };
    case 'within': {
      const unit = UNITS.find((u) => u === value.unit || `${u.slice(0, -1)}` === value.unit);
      if (!Number.isInteger(value.amount) || (value.amount as number) < 1 || !unit) throw bad();
      return { kind: 'within', amount: value.amount as number, unit };
    }
    default:
      throw bad();
  }
}
