// The guided entry of a meeting's resolutions. Every answer becomes the same ItemEntry that
// `actionlog add` builds from flags, so anything done here can be scripted there.
import { confirm, input, select } from '@inquirer/prompts';
import { formatUkDate, parseDate, ACCEPTED_DATE_FORMS } from '../domain/dates.js';
import { CATEGORIES, TYPE_OF_CATEGORY, type Category, type IsoDate, type Meeting } from '../domain/types.js';
import type { ItemEntry } from '../commands/entry.js';

export interface RecordChoices {
  committeeName: string;
  meetings: Meeting[];
  /** Owners already in the log, most used first. */
  owners: string[];
}

export async function askMeeting(choices: RecordChoices, suggested: IsoDate | undefined): Promise<IsoDate> {
  return select({
    message: `Which meeting of the ${choices.committeeName} are you recording?`,
    choices: choices.meetings.filter((m) => !m.cancelled).map((m) => ({ name: formatUkDate(m.date), value: m.date })),
    default: suggested,
  });
}

const CATEGORY_HELP: Record<Category, string> = {
  action: 'action — someone must do something and report back',
  information: 'information — circulate something to members',
  recommendation: 'recommendation — to another body',
  invitation: 'invitation — someone to attend a future meeting',
  deferral: 'deferral — a decision put back to a later meeting',
  'work-programme': 'work programme — a future agenda item',
};

async function askOwner(owners: string[], current: string | null | undefined): Promise<string | null> {
  const SOMEONE_ELSE = '\u0000other';
  const typedBefore = current && !owners.includes(current) ? current : undefined;
  const picked = await select<string | null>({
    message: 'Owner',
    choices: [
      { name: 'No owner named', value: null },
      ...owners.map((owner) => ({ name: owner, value: owner })),
      { name: typedBefore ? `Someone else… (${typedBefore})` : 'Someone else…', value: SOMEONE_ELSE },
    ],
    default: typedBefore ? SOMEONE_ELSE : current,
    pageSize: 12,
  });
  if (picked !== SOMEONE_ELSE) return picked;
  const typed = await input({ message: 'Owner, as the minutes name them', default: typedBefore });
  return typed.trim() || null;
}

async function askDue(
  meeting: IsoDate,
  meetings: Meeting[],
  category: Category,
  current: ItemEntry['due'],
): Promise<string> {
  const later = meetings.filter((m) => !m.cancelled && m.date > meeting);
  const A_DATE = '\u0000date';
  const offered = (due: unknown) => due === 'future' || later.some((m) => m.date === due);
  const given = typeof current === 'string' ? current : undefined;
  const picked = await select({
    message: 'Due',
    choices: [
      ...later.map((m, i) => ({ name: `${formatUkDate(m.date)}${i === 0 ? ' (next meeting)' : ''}`, value: m.date })),
      // At the last meeting in the calendar: the next one, whenever it is added.
      ...(later.length ? [] : [{ name: 'The next meeting (date not yet set)', value: 'next' }]),
      { name: 'A future meeting, not yet scheduled', value: 'future' },
      { name: 'By a date (a deadline)…', value: A_DATE },
    ],
    default:
      given === undefined
        ? TYPE_OF_CATEGORY[category] === 'action'
          ? later.length
            ? later[0].date
            : 'next'
          : 'future'
        : offered(given)
          ? given
          : A_DATE,
  });
  if (picked !== A_DATE) return picked;
  return input({
    message: 'Due by',
    default: given !== undefined && !offered(given) ? given : undefined,
    validate: (text) => parseDate(text) !== null || `Not a date; use ${ACCEPTED_DATE_FORMS}`,
  });
}

/**
 * Asks for one resolution; null when the clerk leaves the text empty to finish. With
 * `current`, an item entered before is being fixed: every answer starts as it was.
 */
export async function askEntry(
  choices: RecordChoices,
  meeting: IsoDate,
  previous: ItemEntry | undefined,
  current?: ItemEntry,
): Promise<ItemEntry | null> {
  const minute = await input({
    message: 'Minute number (as printed)',
    default: (current ?? previous)?.minute ?? undefined,
  });
  const ref = await input({
    message: 'Resolution within the minute, e.g. (a), 2, (c)(ii) — blank for none',
    default: current?.ref ?? undefined,
  });
  const text = current
    ? await input({
        message: 'What was resolved',
        default: current.text,
        validate: (t) => t.trim() !== '' || 'The text cannot be empty',
      })
    : await input({ message: 'What was resolved (blank to finish)' });
  if (text.trim() === '') return null;
  const category = await select<Category>({
    message: 'Category',
    choices: CATEGORIES.map((c) => ({ name: CATEGORY_HELP[c], value: c })),
    default: (current ?? previous)?.category as Category | undefined,
  });
  const owner = await askOwner(choices.owners, current?.owner);
  const due = await askDue(meeting, choices.meetings, category, current?.due);
  return {
    minute: minute.trim() || null,
    ref: ref.trim() || null,
    text,
    category,
    type: TYPE_OF_CATEGORY[category],
    owner,
    due,
  };
}

export const askAnother = (): Promise<boolean> => confirm({ message: 'Record another resolution?', default: true });

const items = (count: number): string => `${count} item${count === 1 ? '' : 's'}`;

/** After the summary: save them, fix one first, or save nothing. */
export const askFinish = (count: number): Promise<'save' | 'fix' | 'discard'> =>
  select({
    message: `Save ${count === 1 ? 'this item' : `these ${count} items`} to the log?`,
    choices: [
      { name: `Save ${items(count)}`, value: 'save' as const },
      { name: 'Fix one first', value: 'fix' as const },
      { name: 'Save nothing', value: 'discard' as const },
    ],
    default: 'save',
  });

/** Which of the items (labelled as the summary numbers them) to fix: its index. */
export const askWhichToFix = (labels: string[]): Promise<number> =>
  select({ message: 'Which one?', choices: labels.map((name, value) => ({ name, value })), pageSize: 12 });

/** After Ctrl-C, with items already entered: keep them? */
export const askSaveEntered = (count: number): Promise<boolean> =>
  confirm({
    message: `Stopped. Save the ${items(count)} entered so far (not the one you were typing)?`,
    default: true,
  });

export { isCancel } from './cancel.js';
