// Parsing the options that several commands share: dates, type, category, status, owner.
import { parseDate, typedDateProblem } from '../domain/dates.js';
import {
  CATEGORIES,
  ITEM_TYPES,
  STATUSES,
  TYPE_OF_CATEGORY,
  type Category,
  type ItemType,
  type Status,
} from '../domain/types.js';
import type { IsoDate } from '../domain/types.js';
import { usageError } from '../errors.js';

/** A date as typed (27/11/2025, 27 November 2025, 2025-11-27), or a usage error naming the option; a weekday that is not the date's is refused. */
export function meetingDate(text: string, what = 'date'): IsoDate {
  const problem = typedDateProblem(text);
  if (problem !== null) throw usageError(`${what} "${text}" ${problem}`);
  return parseDate(text)!;
}

function oneOf<T extends string>(value: string, allowed: readonly T[], what: string): T {
  const lower = value.trim().toLowerCase();
  if (!(allowed as readonly string[]).includes(lower))
    throw usageError(`${what} "${value}" is not one of ${allowed.join(', ')}`);
  return lower as T;
}

export const parseType = (value: string): ItemType => oneOf(value, ITEM_TYPES, '--type');
export const parseCategory = (value: string): Category => oneOf(value, CATEGORIES, '--category');
export const parseStatus = (value: string): Status => oneOf(value, STATUSES, '--status');

export function parseStatuses(value: string): Status[] {
  const statuses = value
    .split(',')
    .filter((s) => s.trim() !== '')
    .map(parseStatus);
  if (statuses.length === 0)
    throw usageError(`--status is empty; give one or more of ${STATUSES.join(', ')}, separated by commas`);
  return statuses;
}

/** Type and category agree: a category implies its type; a type alone implies its plainest category. */
export function typeAndCategory(
  type: string | undefined,
  category: string | undefined,
): { type: ItemType; category: Category } {
  const parsedCategory = category === undefined ? undefined : parseCategory(category);
  const parsedType = type === undefined ? undefined : parseType(type);
  if (parsedCategory && parsedType && TYPE_OF_CATEGORY[parsedCategory] !== parsedType) {
    throw usageError(
      `--category ${parsedCategory} belongs to type ${TYPE_OF_CATEGORY[parsedCategory]}, not ${parsedType}`,
    );
  }
  const resolvedType = parsedType ?? (parsedCategory ? TYPE_OF_CATEGORY[parsedCategory] : 'action');
  return { type: resolvedType, category: parsedCategory ?? (resolvedType === 'action' ? 'action' : 'work-programme') };
}

/** For an option that may be given more than once (--owner): commander gathers each value. */
export const repeatable = (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), value];

/** --owner as given: once (a string) or repeated (a list); undefined when not given. */
export function ownersOption(value: string | readonly string[] | undefined): readonly string[] | undefined {
  return value === undefined ? undefined : typeof value === 'string' ? [value] : value;
}

/** Owner as typed; empty means none. */
export function parseOwner(value: string | undefined): string | null | undefined {
  if (value === undefined) return undefined;
  const owner = value.replace(/\s+/g, ' ').trim();
  return owner === '' ? null : owner;
}

/** The text with its spacing tidied; a usage error saying what to give instead when it is empty. */
export function requiredText(
  value: string,
  what: string,
  give = "give the item's text as the minutes word it",
): string {
  const text = value.replace(/\s+/g, ' ').trim();
  if (text === '') throw usageError(`${what} is empty; ${give}`);
  return text;
}
