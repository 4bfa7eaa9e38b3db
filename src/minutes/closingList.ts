// Step 9d: a closing list of the meeting's actions ("Action summary", "ACTIONS ARISING", "New actions", or a table
// printed after the last minute) restates, row by row and in a clerk's short words, what the minutes above decided:
// "Pocket money options | DO | Jan mtg" beside item 2's "Pocket money review – DO to bring options to next meeting".
// The labels track such a row once, as the minute's item: the reference is the minute's, the owner and a dated due
// come from the list where the minute gives none. The row's words are looked for in the whole of each minute — its
// title and its discussion as well as its decision — because the row often names the matter by words the minute's
// decision leaves to its discussion ("Report Mill Lane potholes" beside "… potholes on Mill Lane. RESOLVED that the
// Clerk report them"). A row no item of that minute restates is still that minute's action, filed under it.
import type { ProposedItem } from './types.js';
import { citedByNumber } from './tableRows.js';

/** A minute as the list's rows are compared with it: its number, title, and its lines with the tables left out. */
export interface MinuteText {
  number: string | null;
  title: string;
  text: string;
}

/** Words any errand or minute shares with another: sharing them says nothing about the matter. (Closed class.) */
const EMPTY = new Set([
  'that',
  'this',
  'with',
  'will',
  'would',
  'from',
  'into',
  'them',
  'their',
  'they',
  'were',
  'been',
  'have',
  'next',
  'meeting',
  'back',
  'before',
  'after',
  'about',
  'agreed',
  'resolved',
  'noted',
  'asked',
  'members',
  'member',
  'committee',
  'panel',
  'board',
  'council',
  'group',
  'clerk',
  'chair',
  'officer',
  'officers',
  'action',
  'actions',
  'update',
  'item',
  'items',
]);

/**
 * The words of a matter: words of four letters or more (a plural as its singular), initials of two to four
 * capitals, and figures or references holding three digits or more ("£40,000", "26/01902/FUL") — not the owner's.
 */
function matterWords(text: string, owner: string | null): Set<string> {
  const own = new Set((owner ?? '').toLowerCase().match(/[a-z]+/g) ?? []);
  const plain = [
    ...(text.toLowerCase().match(/[a-z]{4,}/g) ?? []).map((w) => w.replace(/(?<=[^s])s$/, '')),
    ...(text.match(/\b[A-Z]{2,4}\b/g) ?? []).map((w) => w.toLowerCase()),
  ].filter((w) => !EMPTY.has(w) && !own.has(w));
  const figures = (text.match(/[\w£/,.-]*\d[\w£/,.-]*/g) ?? [])
    .map((f) =>
      f
        .toLowerCase()
        .replace(/[£,]/g, '')
        .replace(/[.-]+$/, ''),
    )
    .filter((f) => (f.match(/\d/g) ?? []).length >= 3);
  return new Set([...plain, ...figures]);
}

const shared = (a: Set<string>, b: Set<string>) => [...a].filter((w) => b.has(w)).length;

/** A minute's title naming a list of this meeting's actions: "New actions", "Action summary", "Actions arising". */
const LIST_TITLE =
  /^(?:new\s+actions?|actions?\s+(?:summary|list|arising|points|agreed|from\s+(?:this|the)\s+meeting)|summary\s+of\s+actions?)\b/i;

/** The lead of an owner cell, without its article: "Craig / Nadine" is led by Craig, "the Clerk" is Clerk. */
const lead = (owner: string | null) =>
  owner
    ?.split(/\s*(?:[,/&+]|\band\b)\s*/)[0]
    .trim()
    .toLowerCase()
    .replace(/^the\s+/, '') ?? '';

/** A task the list can restate (a recommendation, an invitation or a deferral is a decision of another kind). */
const TASK = new Set(['action', 'information', 'work-programme']);

/**
 * Rows of a closing list (printed in the last minute, or in one titled as the list) that restate another minute: each
 * merged with the one task of that minute it names (the minute's reference; the row's owner and dated due where the
 * minute gives none), or filed under that minute where none of its tasks is the row's. The minute is the one whose
 * words hold most of the row's matter, two words at least and more than any other minute; a row no minute names so
 * stays where it is printed, and so do rows cited by a number of their own (`citedByNumber`).
 */
export function rowsToTheirMinutes(
  items: ProposedItem[],
  minutes: MinuteText[],
  printedIn: Map<ProposedItem, string | null>,
  logNumbers: boolean,
): ProposedItem[] {
  const numbered = minutes.filter((m) => m.number !== null);
  const last = numbered[numbered.length - 1]?.number ?? null;
  const closing = new Set(
    numbered.filter((m) => m.number === last || LIST_TITLE.test(m.title.trim())).map((m) => m.number),
  );
  const ownNumbers = minutes.map((m) => m.number);
  const texts = numbered.map((m) => ({ number: m.number, words: matterWords(`${m.title} ${m.text}`, null) }));
  const gone = new Set<ProposedItem>();
  const taken = new Set<ProposedItem>();
  for (const row of items) {
    if (row.source !== 'action-table' || row.updates || row.carried || row.minute === null) continue;
    if (!closing.has(row.minute) || printedIn.get(row) !== row.minute) continue;
    if (citedByNumber(row, ownNumbers, logNumbers)) continue;
    const mine = matterWords(row.text, row.owner);
    const ranked = texts.map((t) => ({ number: t.number, n: shared(mine, t.words) })).sort((a, b) => b.n - a.n);
    const [best, second] = ranked;
    if (!best || best.n < 2 || (second && second.n === best.n)) continue;
    const due = JSON.stringify(row.due ?? null);
    const score = (i: ProposedItem) =>
      shared(mine, matterWords(i.text, i.owner)) +
      (row.owner && i.owner && lead(i.owner) === lead(row.owner) ? 1 : 0) +
      (row.due && JSON.stringify(i.due ?? null) === due ? 1 : 0);
    const tasks = items
      .filter(
        (i) =>
          i !== row && i.minute === best.number && i.source !== 'action-table' && TASK.has(i.category) && !taken.has(i),
      )
      .map((i) => ({ i, n: score(i) }))
      .filter((c) => c.n > 0)
      .sort((a, b) => b.n - a.n);
    if (tasks.length > 1 && tasks[0].n === tasks[1].n) continue;
    const mate = tasks[0]?.i;
    // (what the discussion only said gives way to the list's row, which names its owner and date — as a log's row does,
    // tableRows.ts: the row is the item, filed where the discussion said it)
    if (mate?.source === 'discussion') {
      [row.minute, row.ref] = [mate.minute, mate.ref];
      // (the discussion's date stands where the list gives none)
      row.due ??= mate.due;
      if (row.category === 'action' && mate.category !== 'action')
        [row.category, row.type] = [mate.category, mate.type];
      taken.add(mate);
      gone.add(mate);
      continue;
    }
    if (mate) {
      // (the minute's owner stands — a list's lead filled in where the minute named none lowered owners, even and odd;
      // the list's date stands where the minute gave none: "Jan mtg", "Dec" or "ASAP" say no more than its words)
      if (row.due?.kind === 'date') mate.due ??= row.due;
      taken.add(mate);
      gone.add(row);
      continue;
    }
    if (best.number === row.minute) continue;
    row.minute = best.number;
    row.ref = null;
    // (a matter put back is the meeting's, whoever the list names to bring it)
    if (row.category === 'deferral') [row.owner, row.owners] = [null, []];
  }
  return items.filter((i) => !gone.has(i));
}
