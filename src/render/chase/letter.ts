// A chase letter's words, once for every format (Word, Markdown, email): to whom, the
// subject, what the owner owes each committee, and how to reply. The reply table has the
// columns `apply` reads back (DESIGN "Additions": ID, Status, Update, Due).
import type { OwnerChase } from '../../domain/chase.js';
import { formatLongDate } from '../../domain/dates.js';
import type { ReportItem } from '../../domain/reportItem.js';
import type { IsoDate } from '../../domain/types.js';
import { COL, type ReportColumn } from '../reportDoc.js';
import { terminalSafe } from '../sanitize.js';

export interface LetterOptions {
  today: IsoDate;
  /** The council's name, at the head of the letter and under the signature. */
  council?: string | null;
  /** Who signs and sends it; the letter is unsigned (and the email has no From) without. */
  from?: { name?: string | null; email?: string | null } | null;
}

/** How the owner replies: a spreadsheet attached (email), or the table in the letter (Word, Markdown). */
export type ReplyBy = 'attachment' | 'table';

export interface LetterSection {
  /** The committee's name. */
  committee: string;
  heading: string;
  items: ReportItem[];
}

export interface Letter {
  owner: string;
  to: { name: string; email: string | null };
  subject: string;
  /** The letter's day (today), and as written at its head. */
  day: IsoDate;
  date: string;
  greeting: string;
  opening: string[];
  sections: LetterSection[];
  reply: string[];
  /** Every item chased, for the reply table. */
  replyItems: ReportItem[];
  signature: string[];
  council: string | null;
  from: { name: string | null; email: string | null };
}

/** What each chased item shows: reference, the meeting that decided it, the text, due, days overdue, times carried. */
export const LETTER_COLUMNS: ReportColumn[] = [
  COL.id,
  COL.source,
  COL.text,
  COL.due,
  { header: 'Days overdue', value: (i) => (i.daysOverdue === null ? 'not yet' : String(i.daysOverdue)) },
  { header: 'Times carried', value: (i) => (i.timesCarried === 0 ? '—' : String(i.timesCarried)) },
  COL.update,
];

/** The reply table's columns: the contract first (filled in by the owner), the item after it for reference. */
export const REPLY_HEADERS = ['ID', 'Status', 'Update', 'Due', 'Item'] as const;
export const REPLY_STATUS_WORDS = ['open', 'in progress', 'done', 'dropped'];

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function chaseLetter(chase: OwnerChase, options: LetterOptions, replyBy: ReplyBy): Letter {
  const name = terminalSafe(chase.owner);
  const items = chase.committees.flatMap((c) => c.items);
  const overdue = items.filter((i) => i.overdue).length;
  const meetings = chase.committees
    .filter((c) => c.nextMeeting !== null)
    .map((c) => c.nextMeeting!)
    .sort();
  const by = meetings[0] ? `before ${formatLongDate(meetings[0])}` : 'as soon as you can';
  const single = chase.committees.length === 1 ? terminalSafe(chase.committees[0].name) : null;
  const subject = `Update requested: ${plural(items.length, 'action')} for ${single ?? `${chase.committees.length} committees`}`;
  const howMany =
    overdue === 0
      ? ''
      : overdue === items.length
        ? items.length === 1
          ? ' (overdue)'
          : ' (all overdue)'
        : ` (${overdue} of them overdue)`;
  const addressee = chase.contact?.contact ? terminalSafe(chase.contact.contact) : `colleagues at ${name}`;
  const from = { name: options.from?.name ?? null, email: options.from?.email ?? null };
  return {
    owner: chase.owner,
    to: { name: chase.contact?.contact ?? chase.owner, email: chase.contact?.email ?? null },
    subject,
    day: options.today,
    date: formatLongDate(options.today),
    greeting: `Dear ${addressee},`,
    opening: [
      `The committee's action log has ${plural(items.length, 'item')} for ${name} to report on${howMany}: actions the committee agreed that are overdue or due at its next meeting. Each is listed below with the meeting that decided it, when it is due, and how many times it has been carried forward.`,
      `Please tell us where each one stands ${by}, so that the committee has your update with its papers.`,
    ],
    sections: chase.committees.map((c) => ({
      committee: terminalSafe(c.name),
      heading: `${terminalSafe(c.name)}${c.nextMeeting ? `: next meeting ${formatLongDate(c.nextMeeting)}` : ''}`,
      items: c.items,
    })),
    reply:
      replyBy === 'attachment'
        ? [
            'The attached spreadsheet has a row for each item. For each, please give its status (open, in progress, done or dropped), a short update, and if it will not be ready in time, the date you now expect it. Leave a cell empty to leave it as it is, and send the spreadsheet back by reply.',
          ]
        : [
            'For each item, please give its status (open, in progress, done or dropped), a short update, and if it will not be ready in time, the date you now expect it, in the table below or in a reply quoting each ID.',
          ],
    replyItems: items,
    signature: [
      ...(from.name ? [terminalSafe(from.name)] : []),
      ...(options.council ? [terminalSafe(options.council)] : []),
    ],
    council: options.council ? terminalSafe(options.council) : null,
    from,
  };
}

/** A file name for each owner's letter, from their name, unique among them ("llr-icb", "llr-icb-2"). */
export function letterFileNames(owners: readonly string[]): string[] {
  const used = new Set<string>();
  return owners.map((owner) => {
    const base =
      owner
        .toLowerCase()
        .normalize('NFKD')
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 60) || 'owner';
    let name = base;
    for (let n = 2; used.has(name); n++) name = `${base}-${n}`;
    used.add(name);
    return name;
  });
}
