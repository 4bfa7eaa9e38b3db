// Step 9c: a table of actions printed after the record ("ACTIONS ARISING", "New actions", a log's rows raised at this
// meeting) restates, in a clerk's short words, what the text above agreed: "Quotes for the hall roof x3 | Clerk |
// March mtg" under "the Clerk to obtain three quotes for the hall roof and report to the March meeting". Where the row
// and an item of the text are led by the same person and name the same matter, the clerk tracks one thing, not two.
import type { ProposedItem } from './types.js';
import { citedByNumber } from './tableRows.js';
import { innermost } from './innermost.js';
import { readClause } from './grammar.js';

/** Words any errand shares with another: sharing them says nothing about the matter. (Closed: function words and the words of reporting back.) */
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
  'next',
  'meeting',
  'report',
  'back',
  'before',
  'after',
  'about',
]);
/**
 * A name of two or more capitalised words inside the sentence ("the Friends of Ash Park", "Westcombe District
 * Council"): it names who or where, not the errand, so its words say nothing about the matter.
 */
const NAME = /(?<=\S\s+)[A-Z][\w'’-]*(?:\s+(?:(?:of|in|and|for|the)\s+)*[A-Z][\w'’-]*)+/g;

/** Content words of an errand, a plural as its singular, and initials ("the CCG", "to NS") as words; not the owner's. */
const matterWords = (text: string, owner: string | null): Set<string> => {
  const own = new Set((owner ?? '').toLowerCase().match(/[a-z]+/g) ?? []);
  const plain = text.replace(NAME, ' ');
  return new Set(
    [
      ...(plain.toLowerCase().match(/[a-z]{4,}/g) ?? []).filter((w) => !EMPTY.has(w)),
      ...(plain.match(/\b[A-Z]{2,3}\b/g) ?? []).map((w) => w.toLowerCase()),
    ]
      .filter((w) => !own.has(w))
      .map((w) => w.replace(/(?<=[^s])s$/, '')),
  );
};

/** The first of a cell's owners: "Craig / Nadine" is led by Craig. */
const lead = (owner: string | null) =>
  owner
    ?.split(/\s*(?:[,/&]|\band\b)\s*/)[0]
    .trim()
    .toLowerCase()
    .replace(/^the\s+/, '') ?? '';

/** An errand whose object is only a pronoun for a matter said before: "will send it …", "to circulate them …". */
function pronounObject(text: string): boolean {
  const rest = innermost(readClause(text)).clause.rest.trim();
  return /^(?:it|this|them|these|those)\b/i.test(rest);
}

const bare = (owner: string | null) =>
  owner
    ?.toLowerCase()
    .replace(/^the\s+/, '')
    .trim() ?? '';

/**
 * The rows raised at this meeting (no earlier action cited), printed apart from the minute they restate, that restate
 * an item of the text with the same lead: two
 * words of the matter in common ("Write to Ash Farm re hedges" and "the Clerk write to the owners of Ash Farm about the
 * hedges"), or one and the same due ("Publish the survey | PQ | 30/11" and "PQ to publish it by 30 November"). Where
 * notes number their actions in a log of their own (`logNumbers`, the row filed under that number), the row is the
 * record and the text's item goes; elsewhere the row is the minute's decision printed again, and the row goes. The
 * text's owner and due stand: the row's shorthand ("ASAP", "Dec") is no better than the minute's words.
 */
export function withoutRestatedRows(
  items: ProposedItem[],
  ownMinutes: (string | null)[],
  logNumbers: boolean,
): ProposedItem[] {
  const gone = new Set<ProposedItem>();
  const text = items.filter((i) => i.source !== 'action-table');
  const rows = items.filter((i) => i.source === 'action-table');
  for (const row of items) {
    if (row.source !== 'action-table' || row.updates || row.carried || !row.owner) continue;
    const mine = matterWords(row.text, row.owner);
    const due = JSON.stringify(row.due ?? null);
    const shared = (i: ProposedItem) => {
      const theirs = matterWords(i.text, i.owner);
      return [...mine].filter((w) => theirs.has(w)).length;
    };
    // ("Gemma will send it by 18 December." beside "A/6 | TSM questionnaire to the panel | Gemma | 18 December": a
    // sentence whose object is only a pronoun names no matter of its own — it is the row of the same lead, where the
    // due agrees or no other row of the list is that lead's)
    const onlyRowOf = rows.filter((r) => lead(r.owner) === lead(row.owner)).length === 1;
    const pointsToRow = (i: ProposedItem) =>
      pronounObject(i.text) &&
      lead(i.owner) === lead(row.owner) &&
      (onlyRowOf || (row.due !== null && JSON.stringify(i.due ?? null) === due));
    const mates = text.filter((i) => {
      // (a row printed under the item's own minute stands beside its text, a step of its own: dedupeSummary reads it)
      if (gone.has(i) || i.minute === row.minute || !i.owner) return false;
      if (bare(i.owner) !== bare(row.owner)) return row.ownNumber === true && pointsToRow(i);
      const n = shared(i);
      return n >= 2 || (n === 1 && row.due !== null && JSON.stringify(i.due ?? null) === due) || pointsToRow(i);
    });
    if (!mates.length) continue;
    const numbered = citedByNumber(row, ownMinutes, logNumbers);
    if (numbered) for (const mate of mates) gone.add(mate);
    else gone.add(row);
  }
  return items.filter((i) => !gone.has(i));
}
