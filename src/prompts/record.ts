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

async function askOwner(owners: string[]): Promise<string | null> {
  const SOMEONE_ELSE = '\u0000other';
  const picked = await select<string | null>({
    message: 'Owner',
    choices: [
      { name: 'No owner named', value: null },
      ...owners.map((owner) => ({ name: owner, value: owner })),
      { name: 'Someone else…', value: SOMEONE_ELSE },
    ],
    pageSize: 12,
  });
  if (picked !== SOMEONE_ELSE) return picked;
  const typed = await input({ message: 'Owner, as the minutes name them' });
  return typed.trim() || null;
}

async function askDue(meeting: IsoDate, meetings: Meeting[], category: Category): Promise<string> {
  const later = meetings.filter((m) => !m.cancelled && m.date > meeting);
  const A_DATE = '\u0000date';
  const picked = await select({
    message: 'Due',
    choices: [
      ...later.map((m, i) => ({ name: `${formatUkDate(m.date)}${i === 0 ? ' (next meeting)' : ''}`, value: m.date })),
      // At the last meeting in the calendar: the next one, whenever it is added.
      ...(later.length ? [] : [{ name: 'The next meeting (date not yet set)', value: 'next' }]),
      { name: 'A future meeting, not yet scheduled', value: 'future' },
      { name: 'By a date (a deadline)…', value: A_DATE },
    ],
    default: TYPE_OF_CATEGORY[category] === 'action' ? (later.length ? later[0].date : 'next') : 'future',
  });
  if (picked !== A_DATE) return picked;
  return input({
    message: 'Due by',
    validate: (text) => parseDate(text) !== null || `Not a date; use ${ACCEPTED_DATE_FORMS}`,
  });
}

/** Asks for one resolution; null when the clerk leaves the text empty to finish. */
export async function askEntry(choices: RecordChoices, meeting: IsoDate, previous: ItemEntry | undefined): Promise<ItemEntry | null> {
  const minute = await input({ message: 'Minute number (as printed)', default: previous?.minute ?? undefined });
  const ref = await input({ message: 'Resolution within the minute, e.g. (a), 2, (c)(ii) — blank for none' });
  const text = await input({ message: 'What was resolved (blank to finish)' });
  if (text.trim() === '') return null;
  const category = await select<Category>({
    message: 'Kind',
    choices: CATEGORIES.map((c) => ({ name: CATEGORY_HELP[c], value: c })),
    default: previous?.category as Category | undefined,
  });
  const owner = await askOwner(choices.owners);
  const due = await askDue(meeting, choices.meetings, category);
  return { minute: minute.trim() || null, ref: ref.trim() || null, text, category, type: TYPE_OF_CATEGORY[category], owner, due };
}

export const askAnother = (): Promise<boolean> => confirm({ message: 'Record another resolution?', default: true });

export const askSave = (count: number): Promise<boolean> =>
  confirm({ message: `Save ${count} item${count === 1 ? '' : 's'} to the log?`, default: true });

export { isCancel } from './cancel.js';
