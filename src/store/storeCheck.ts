// The store's shape check, run on every load over every item. It is schema.ts's StoreSchema
// written out by hand: TypeBox's generated check builds a closure per array per item and
// tests every date with a regular expression, which at 10,000 items cost more than all the
// rest of a command's own work. tests/store/storeCheck.test.ts holds the two to the same
// verdict on generated stores and on thousands of broken ones; schema.ts (TypeBox) still
// explains what is wrong with a store that fails.
import { CATEGORIES, ITEM_TYPES, STATUSES } from '../domain/types.js';
import { SCHEMA_VERSION } from './format.js';

type Fields = Record<string, unknown>;

const itemTypes = new Set<unknown>(ITEM_TYPES);
const categories = new Set<unknown>(CATEGORIES);
const statuses = new Set<unknown>(STATUSES);

export function isValidStore(data: unknown): boolean {
  return (
    isObject(data) &&
    data.schema === SCHEMA_VERSION &&
    isCount(data.nextItemNumber) &&
    every(data.committees, isCommittee) &&
    every(data.meetings, isMeeting) &&
    every(data.items, isItem) &&
    every(data.owners, isOwnerContact) &&
    every(data.journal, isJournalEntry)
  );
}

const isObject = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isString = (value: unknown): value is string => typeof value === 'string';
const isStringOrNull = (value: unknown): boolean => value === null || typeof value === 'string';
const isCount = (value: unknown): boolean => Number.isInteger(value) && (value as number) >= 1;

/** An array whose every element passes `check`. */
function every(value: unknown, check: (element: unknown) => boolean): boolean {
  if (!Array.isArray(value)) return false;
  for (let i = 0; i < value.length; i++) if (!check(value[i])) return false;
  return true;
}

/** `^\d{4}-\d{2}-\d{2}$`, by character code. */
function isIsoDate(value: unknown): boolean {
  if (typeof value !== 'string' || value.length !== 10) return false;
  for (let i = 0; i < 10; i++) {
    const code = value.charCodeAt(i);
    if (i === 4 || i === 7 ? code !== 45 /* - */ : code < 48 || code > 57) return false;
  }
  return true;
}

/** `^A\d+$`. */
function isItemId(value: unknown): boolean {
  if (typeof value !== 'string' || value.length < 2 || value.charCodeAt(0) !== 65 /* A */) return false;
  for (let i = 1; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

const isCommittee = (value: unknown): boolean =>
  isObject(value) &&
  isString(value.slug) &&
  value.slug.length >= 1 &&
  isString(value.name) &&
  (value.council === undefined || isString(value.council));

const isOwnerContact = (value: unknown): boolean =>
  isObject(value) &&
  isString(value.name) &&
  value.name.length >= 1 &&
  isStringOrNull(value.email) &&
  isStringOrNull(value.contact);

const isMeeting = (value: unknown): boolean =>
  isObject(value) &&
  isString(value.committee) &&
  isIsoDate(value.date) &&
  typeof value.cancelled === 'boolean' &&
  (value.movedTo === null || isIsoDate(value.movedTo));

function isDue(value: unknown): boolean {
  if (!isObject(value)) return false;
  if (value.kind === 'meeting') return isIsoDate(value.meeting);
  if (value.kind === 'date') return isIsoDate(value.date);
  if (value.kind === 'next') return isIsoDate(value.after);
  return value.kind === 'future';
}

const isDeferral = (value: unknown): boolean =>
  isObject(value) && isString(value.at) && isDue(value.from) && isDue(value.to) && isStringOrNull(value.reason);

const isHistoryEntry = (value: unknown): boolean =>
  isObject(value) &&
  isString(value.at) &&
  isString(value.by) &&
  isString(value.change) &&
  'from' in value &&
  'to' in value &&
  isStringOrNull(value.note);

const isSource = (value: unknown): boolean =>
  isObject(value) && isIsoDate(value.meeting) && isStringOrNull(value.minute) && isStringOrNull(value.ref);

function isItem(value: unknown): boolean {
  return (
    isObject(value) &&
    isItemId(value.id) &&
    itemTypes.has(value.type) &&
    categories.has(value.category) &&
    isString(value.committee) &&
    isStringOrNull(value.movedFrom) &&
    isString(value.text) &&
    isStringOrNull(value.owner) &&
    every(value.owners, isString) &&
    statuses.has(value.status) &&
    isSource(value.source) &&
    isDue(value.due) &&
    isDue(value.originalDue) &&
    every(value.deferrals, isDeferral) &&
    isStringOrNull(value.lastNote) &&
    (value.signedOff === null || isIsoDate(value.signedOff)) &&
    isString(value.createdAt) &&
    isString(value.updatedAt) &&
    every(value.history, isHistoryEntry)
  );
}

const isInverse = (value: unknown): boolean =>
  isObject(value) &&
  every(value.addedItems, isString) &&
  every(value.replacedItems, isItem) &&
  (value.committees === null || every(value.committees, isCommittee)) &&
  (value.meetings === null || every(value.meetings, isMeeting)) &&
  (value.owners === undefined || every(value.owners, isOwnerContact));

const isJournalEntry = (value: unknown): boolean =>
  isObject(value) &&
  isCount(value.seq) &&
  isString(value.at) &&
  isString(value.by) &&
  isString(value.command) &&
  isString(value.summary) &&
  typeof value.undone === 'boolean' &&
  (value.undo === null || isInverse(value.undo));
