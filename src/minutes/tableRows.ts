// Step 9b: the rows of action tables and logs beside what the minutes' text says. A summary of actions repeats
// what each minute decided (one item each); a row carrying an earlier action on that the text already reviewed
// with progress only adds nothing.
import type { ProposedItem, StatedDue } from './types.js';
import type { OwnBody } from './bodies.js';
import { atOthersSitting } from './due.js';
import { ACTION_RECORDS, FINISHED_WORDS, SPEECH_VERBS, alternatives } from './lexicon.js';
import { readClause } from './grammar.js';
import { repeats } from './sameMatter.js';
import { rowsClosedIn } from './recordedDecisions.js';

/**
 * A log row that carries on an earlier action ("EB/25/114 | Roof survey | … | Open") which the minutes' own text has
 * already reviewed with a report of progress only ("Action EB/25/114 remains open; the surveyor has been chased.")
 * repeats that review and adds nothing. A row for an action the text never mentions, or one the text decided something
 * about ("… agreed that the action remain open and the figures come to the January meeting"), and a row citing one of
 * this meeting's own minutes, are still proposed.
 */
export function notCarriedAgain(
  items: ProposedItem[],
  reviewed: string,
  ownMinutes: (string | null)[],
): ProposedItem[] {
  const progressOnly = (ref: string) => {
    // (a bare item number, "3" or "7a", is found in any text: only an action's own reference is looked for)
    if (/^\d+[a-z]?$/.test(ref)) return false;
    const at = new RegExp(
      String.raw`(?<![\w/])${ref.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, String.raw`\s*`)}(?![\w/])[^.]*`,
    ).exec(reviewed);
    if (at === null) return false;
    // (the verb that decides about a row stands before its reference: "TR asked that A/22 be kept red", "it was agreed
    // that B-7 stay open" — the sentence is read from its start)
    // — unless what it decides is that the row is finished or stays open: "actions B-3 and B-9 be closed" adds nothing)
    const opening = reviewed.slice(0, at.index).search(/[^.]*$/);
    const sentence = reviewed.slice(opening, at.index) + at[0];
    return !DECIDES.test(sentence.replace(REPORTED_FORECAST, '$<said>')) || CLOSED_HERE.test(at[0]);
  };
  // (a row in a list the text closes, wherever it is named first: "The Board agreed to close A/3 and A/7" — the row
  // itself is printed above it, so its first mention is the log's own line — recordedDecisions.ts)
  const closedLists = rowsClosedIn(reviewed);
  const closed = (ref: string) => !/^\d+[a-z]?$/.test(ref) && closedLists.some((list) => sameRef(list, ref));
  return items.filter(
    // (a row carried on with a new due is a change, whatever the review's words)
    (i) =>
      !(
        i.source === 'action-table' &&
        i.updates &&
        !i.carried &&
        !ownMinutes.includes(i.updates) &&
        (progressOnly(i.updates) || closed(i.updates))
      ),
  );
}
/** Whether a list of rows ("AB 26/11 and AB 26/19") names the reference, spaced however it is. */
function sameRef(list: string, ref: string): boolean {
  const spaced = ref.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, String.raw`\s*`);
  return new RegExp(String.raw`(?<![\w/])${spaced}(?![\w/])`).test(list);
}
/**
 * "the Director said the agreement was with legal services and would be signed shortly": a passive future in what
 * someone said is a forecast of progress, not a decision — unless it gives a new date ("would be circulated by 28
 * November"), a deadline moved. (The verbs of telling are a closed class; not those that commit.)
 */
const TELLING = [...SPEECH_VERBS].filter(
  (w) => !['agreed', 'undertook', 'offered', 'promised', 'proposed', 'suggested', 'asked', 'requested'].includes(w),
);
const REPORTED_FORECAST = new RegExp(
  String.raw`(?<said>\b(?:${alternatives(TELLING)})\b[^.;]*?)\b(?:will|would)\s+be\s+[a-z]+(?:ed|en|t)\b(?![^.;]*\b(?:by|before|on|in|at)\s+(?:\d|[A-Z]|the\s+next\b))`,
  'g',
);

/**
 * A row's reference as the subject of its closing or of its staying as it is: "B-3 and B-9 be closed", "B-3 was marked
 * complete", "B-5 remain open" — a decision that changes nothing to track (not "B-3: the survey would be finished by
 * May", a forecast about the work).
 */
const CLOSED_HERE = new RegExp(
  String.raw`^\S+(?:(?:\s*,\s*|\s+and\s+|\s*&\s*)\S*\d\S*)*(?:\s*\([^)]*\))?\s+(?:(?:be|is|are|was|were|has\s+been|have\s+been)\s+(?:(?:now|formally|marked(?:\s+as)?)\s+)?(?:${alternatives(FINISHED_WORDS)})|(?:remain|remains|stay|stays)\s+open)\b`,
  'i',
);

/** What makes a sentence of a review a decision rather than a report of progress: a decision or request verb, or a modal. Closed classes. */
const DECIDES = new RegExp(
  String.raw`\b(?:${alternatives(['agreed', 'resolved', 'decided', 'requested', 'asked', 'instructed', 'will', 'would', 'shall', 'should'])})\b`,
  'i',
);

/**
 * A row of a summary of actions that cites no minute ("1   Complete the annual report to the LA   DM   16/01/2026")
 * and what someone undertook in the discussion of any minute ("DM to complete it.") are one errand when the same
 * owner does it and the words share the errand's verb or matter.
 */
function summarises(row: ProposedItem, said: ProposedItem): boolean {
  if (row.updates || !row.owner || !said.owner) return false;
  // ("Scrutiny Officer" in the log for "the Scrutiny Officer" in the text: one owner, with or without its article)
  const bare = (owner: string) => owner.toLowerCase().replace(/^the\s+/, '');
  const same = bare(row.owner) === bare(said.owner);
  // ("PN" in the log for "Ms Nair" in the text: initials ending in the surname's first letter, and more words in common)
  const initials = initialsOf(row.owner, said.owner);
  if (!same && !initials) return false;
  const content = (text: string) =>
    new Set(
      (text.toLowerCase().match(/[a-z]{4,}/g) ?? []).filter(
        (w) => !/^(?:that|this|with|will|would|next|meeting|report|back)$/.test(w),
      ),
    );
  // ("SK to send before the next meeting." under the question it answers, with the log's row for SK due then: the errand
  // has no object of its own — it is the sentence before's — so the one row of the same owner and due is the same task)
  if (same && namesNoMatter(said.text) && !!row.due && JSON.stringify(row.due) === JSON.stringify(said.due))
    return true;
  const theirs = content(said.text);
  return [...content(row.text)].filter((w) => theirs.has(w)).length >= (same ? 1 : 2);
}

/**
 * An errand with no object of its own, its matter the sentence before: "SK to send before the next meeting.", "KM to
 * arrange.", "Clerk to chase by Friday" — a subject, "to" and a verb, then at most when. (Short: a longer sentence names
 * what it is about.)
 */
function namesNoMatter(text: string): boolean {
  return (
    /\bto\s+[a-z]+\s*(?:(?:before|by|at|after|for|to|in)\b[^,;]{0,40})?[.;]?\s*$/i.test(text) &&
    text.split(/\s+/).length <= 8
  );
}

/** A log's owner that is only the initials ("PN") of the person the text names ("Ms Nair", "Priya Nair"). */
function initialsOf(initials: string, named: string): boolean {
  if (!/^[A-Z]{2,3}$/.test(initials.trim())) return false;
  const surname = /([A-Z])[a-z'’-]+$/.exec(named.trim())?.[1];
  return !!surname && initials.trim().endsWith(surname);
}

/** Whether two items share a word of their matter (four letters or more, not one of reporting back to a meeting). */
function sharesWord(a: ProposedItem, b: ProposedItem): boolean {
  const words = (text: string) =>
    (text.toLowerCase().match(/[a-z]{4,}/g) ?? []).filter(
      (w) => !/^(?:that|this|with|will|would|next|meeting|report|back|committee|board|panel|members)$/.test(w),
    );
  const theirs = new Set(words(b.text));
  return words(a.text).some((w) => theirs.has(w));
}

/** A summary table of actions at the end repeats what each minute decided: one item each. */
export function dedupeSummary(
  items: ProposedItem[],
  ownMinutes: (string | null)[] = [],
  /** Notes whose action log is their record: a row keeps the number it prints. */
  logNumbers = false,
  /** This body and the meeting's date, for a row's date that the item's words give to another body's sitting. */
  context: { own: OwnBody; meeting: string | null } | null = null,
): ProposedItem[] {
  // (a row's due is no due of an item whose words put that day at another body's sitting — due.ts)
  const othersDay = (item: ProposedItem, due: StatedDue) =>
    !!context && atOthersSitting(item.text, due, context.meeting, context.own);
  const summary = new Set<ProposedItem>();
  for (const row of items.filter((i) => i.source === 'action-table')) {
    // (a row citing a lettered clause of one of them, "26/117c", is filed under that minute and clause)
    const clause = row.updates ? ownClause(row.updates, new Set(ownMinutes)) : null;
    if (clause) [row.minute, row.ref, row.updates] = [clause.minute, clause.ref, clause.minute];
    // A log row citing one of this meeting's minutes ("ICB/25/105 | Share the plan with the HOSCs | MY | 30/11/2025")
    // records what that minute gave the same lead to do: one item, taking the row's due where the minute gave none.
    // (where it names the clause, the item of that clause, whoever the row's owner column names)
    if (row.updates && ownMinutes.includes(row.updates)) {
      const theirs = items.filter((i) => i.source !== 'action-table' && i.minute === row.updates && !summary.has(i));
      const ofClause = clause ? theirs.filter((i) => i.ref === clause.ref) : [];
      const mate = ofClause.length === 1 ? ofClause[0] : sameLead(row, theirs);
      if (mate) {
        if (!othersDay(mate, row.due)) mate.due ??= row.due;
        // ("KM to send before the next meeting." under item 2, its row "26/12 | 2 | Water use by plot to trustees | KM |
        // Next meeting": the sentence's errand has no object — its matter is the sentence before — so the row's words
        // say what is to be done)
        // — and, the row being the only record of it, it is cited by the row's own number where the log prints one)
        if (namesNoMatter(mate.text)) {
          mate.text = `${row.text.replace(/[.;:]\s*$/, '')}: ${mate.text}`;
          if (row.logNumber) [mate.minute, mate.ref] = [row.logNumber, null];
        }
        summary.add(row);
        continue;
      }
      delete row.updates; // (this meeting's own minute names no earlier item)
    }
    // what the discussion only said, in whatever words, gives way to the table's row, which names its owner and date
    // (a task is a task whichever kind it was read as; a deferral of the matter is another decision)
    const task = (i: ProposedItem) => ['action', 'information', 'work-programme'].includes(i.category);
    // (a row that prints the paragraph it was raised in, "2.2 | Chase the forms | CS | 18/12/26", is that paragraph's task
    // as the discussion told it, "2.2 … The Clerk will follow these up.", in the clerk's short words)
    const sameParagraph = (i: ProposedItem) =>
      !!row.ref && /^\d+\.\d+$/.test(row.ref) && i.minute === row.minute && i.ref === row.ref;
    // (and where the row's words repeat it, whatever kind the paragraph's sentence is: "8.1 | Premises plan to next
    // meeting | CS | 02/03/27" beside "8.1 … the premises plan was deferred to the next meeting")
    // (a row a log files under this meeting's minute by its "Minute" column is the one task the minute's discussion
    // names with a word of the row's: "PSIRF engagement audit results to committee" beside "The results would be brought
    // to the committee in the spring")
    const placedWith = row.placed
      ? items.filter(
          (i) => i.source === 'discussion' && i.minute === row.minute && task(i) && task(row) && sharesWord(i, row),
        )
      : [];
    const said =
      placedWith.length === 1
        ? placedWith
        : items.filter(
            (i) =>
              i.source === 'discussion' &&
              (((i.minute === row.minute || i.minute === null || summarises(row, i)) &&
                (i.category === row.category || (task(i) && task(row))) &&
                (repeats(i, [row]) || summarises(row, i) || sameParagraph(i))) ||
                (sameParagraph(i) && repeats(i, [row]))),
          );
    for (const one of said) summary.add(one);
    // (the paragraph's own sentence says what kind of task the row's shorthand is)
    // (so does the one sentence of the minute a log's "Minute" column files the row under: "Deep dive: pressure harm |
    // RA" beside "… asked for a deep dive into pressure harm at the January meeting" is that work-programme item)
    const told = row.placed && said.length === 1 && said[0].minute === row.minute ? said : said.filter(sameParagraph);
    if (told.length === 1 && row.category === 'action' && told[0].category !== 'action') {
      row.category = told[0].category;
      row.type = told[0].type;
      // (a recommendation's owner is the body asked, whoever the row names to send it)
      if (row.category === 'recommendation' && told[0].owner) row.owner = told[0].owner;
    }
    // (the log's initials stand for the person the text names: the name, as the minutes print it, owns the row)
    if (said.length === 1 && row.owner && said[0].owner && initialsOf(row.owner, said[0].owner))
      row.owner = said[0].owner;
    // (a summary at the end names no minute: its row belongs where the minutes said it — unless notes' log prints a
    // number of its own, "Q/15 | Get a quote for the taps | PL | New" beside "PL to get a quote." under item 3: the log
    // is the notes' record, and its number the action's reference)
    const elsewhere = said.filter((i) => i.minute !== row.minute);
    const numbered = logNumbers && row.minute !== null && !ownMinutes.includes(row.minute);
    if (!row.updates && elsewhere.length === 1 && elsewhere.length === said.length) {
      if (!numbered) {
        row.minute = elsewhere[0].minute;
        // (and under the paragraph that said it, where the minutes number their paragraphs)
        row.ref ??= elsewhere[0].ref;
      }
      // (a bare row reads as an errand for want of a clearer sign; the minute's own sentence says what kind it is)
      if (row.category === 'action' && elsewhere[0].category !== 'action') {
        row.category = elsewhere[0].category;
        row.type = elsewhere[0].type;
      }
    }
    // (the discussion's sentence and the row by the same lead are one task whichever kind each reads as: "AB will draft
    // the final report for the May meeting" beside "Draft final report | AB | May meeting")
    const sameLeadTask = (i: ProposedItem) =>
      i.source === 'discussion' &&
      i.category === 'action' &&
      row.category === 'work-programme' &&
      !!row.owner &&
      !!i.owner &&
      (row.owner === i.owner || initialsOf(row.owner, i.owner));
    // (a row that only names its matter, "Revised attendance strategy", restates whatever the minute decided about it)
    const bare = readClause(row.text).form === 'none' && !/^[A-Z][a-z]+(?<!ed)\s/.test(row.text);
    const same = items.find(
      (i) =>
        i !== row &&
        i.source !== 'action-table' &&
        !summary.has(i) &&
        // (or the same lead doing the same matter, whatever kind each reads as: "Visit data | HCIC" beside "HCIC to bring
        // the visit data. When: next Panel")
        (((i.type === row.type || bare || sameLeadTask(i)) &&
          // (a row filed under the minute it summarises needs less of the resolution's words: it is a title for it)
          repeats(row, [i], row.minute !== null && row.minute === i.minute ? 0.5 : 0.6)) ||
          (repeats(row, [i]) && summarises(row, i)) ||
          // (a tracker row filed under this meeting's minute, every word of it in that minute's decision, is the
          // decision's title whatever kind the row reads as: "Board effectiveness review" beside "to defer the … review")
          (row.minute !== null && row.minute === i.minute && i.source === 'resolution' && repeats(row, [i], 1))),
    );
    if (!same) continue;
    // what the discussion only said gives way to the table's row, which names its owner and date
    if (same.source === 'discussion') {
      summary.add(same);
      continue;
    }
    // (notes whose log is their record file what they agreed under the log's number, with the log's owner and due:
    // "Agreed: PL to get quotes for the taps." under item 3 and "Q/15 | Get quotes for the taps | PL | 15/12/26 | New")
    if (numbered) {
      same.minute = row.minute;
      same.ref = null;
      // (a recommendation's owner is the body asked, whoever the row names to send it; a deferral is the meeting's)
      if (same.category === 'recommendation') same.owner ??= row.owner;
      else if (same.category !== 'deferral') same.owner = row.owner ?? same.owner;
      same.due = row.due ?? same.due;
      summary.add(row);
      continue;
    }
    // the table's owner and due complete the item it repeats (a matter put back is the meeting's, not the row's owner's)
    // (a row beside an invitation names who sends it: the invitation is theirs — invitationSenders.ts)
    if (same.category === 'invitation') same.owner = row.owner ?? same.owner;
    else if (same.category !== 'deferral') same.owner ??= row.owner;
    // (a row on a recommendation's matter led by someone with an errand of their own under that minute gives its date to
    // the errand, not to the body asked: "Costing - council tax support | CDCS | 29/01/27" beside the recommendation to
    // Cabinet and "CDCS: costing of the extension")
    const errand =
      same.category === 'recommendation' &&
      !!row.owner &&
      same.owner !== row.owner &&
      items.some((i) => i !== row && i.source !== 'action-table' && i.minute === same.minute && i.owner === row.owner);
    if (!errand && !othersDay(same, row.due)) same.due ??= row.due;
    // (a row that prints the clause, "PE/12(c) | Ask for the call-in | DTC", says which clause of the minute the item
    // is, where the minute's sentence carried no letter of its own: "… OBJECT. Members asked that the Clerk …")
    if (same.ref === null && row.ref && row.minute !== null && row.minute === same.minute) same.ref = row.ref;
    summary.add(row);
  }
  // (a row's own number has done its work here: the log's other rows are filed as before)
  for (const item of items) delete item.logNumber;
  return items.filter((i) => !summary.has(i));
}

/**
 * Whether a row of this meeting's actions is cited by its own number rather than by the minute that agreed it: in notes
 * whose action log is their record (`logNumbers`), and in minutes whose closing list of new actions numbers them in a
 * series of its own ("JW/26/15 | Comms plan | FN | March | New" beside minute 5.2 that agreed it) — a list of the new
 * actions alone (`ownNumber`; a log that dates each row's meeting and keeps the earlier rows beside the new ones files
 * its new rows under the minutes that agreed them), with a number no minute of this meeting is numbered like.
 */
export function citedByNumber(row: ProposedItem, ownMinutes: (string | null)[], logNumbers: boolean): boolean {
  if (row.minute === null || ownMinutes.includes(row.minute)) return false;
  if (logNumbers) return true;
  const ownSeries = new Set(ownMinutes.flatMap((m) => (m ? [seriesOf(m)] : [])));
  return !!row.ownNumber && !row.updates && !row.ref && !ownSeries.has(seriesOf(row.minute));
}

/** The one item of `items` led by the row's lead (the first of its owners), or the likeliest by the words they share. */
function sameLead(row: ProposedItem, items: ProposedItem[]): ProposedItem | undefined {
  const lead = (owner: string | null) =>
    owner
      ?.split(/\s*(?:[,/&]|\band\b)\s*/)[0]
      .trim()
      .toLowerCase() ?? null;
  const mates = items.filter((i) => lead(i.owner) !== null && lead(i.owner) === lead(row.owner));
  if (mates.length <= 1) return mates[0];
  const words = (text: string) => new Set(text.toLowerCase().match(/[a-z]{4,}/g) ?? []);
  const mine = words(row.text);
  const shared = (i: ProposedItem) => [...words(i.text)].filter((w) => mine.has(w)).length;
  return [...mates].sort((a, b) => shared(b) - shared(a))[0];
}

/** A title naming the review of earlier actions: "… and action tracker", "Action log and matters arising". */
function reviewsLog(title: string): boolean {
  const words = title.toLowerCase().split(/[^a-z]+/);
  return (
    /\bmatters\s+arising\b/i.test(title) ||
    words.some((w, k) => /^actions?$/.test(w) && ACTION_RECORDS.test(words[k + 1] ?? ''))
  );
}

/**
 * A log row carried on from an earlier meeting is reviewed where the minutes review the log ("Minutes of the last
 * meeting and action tracker", "Matters arising and action log"): a log printed apart from that minute — after the
 * minutes, as an appendix — is cited through it, so its row is filed under that minute and keeps the earlier reference
 * as the action it updates. So is a row whose status moved its due ("Open - now March 27"), and a row citing a minute
 * that is none of this meeting's ("HB/25/88 | Slipway survey | … | Open" under minutes numbered HB/26/…). A log printed
 * under the reviewing minute itself shows each row beside its own reference, and the row keeps it. (`printedIn`: the
 * minute whose lines held each table row.)
 * Notes are another matter (`logNumbers`): where the log is the notes' record, one numbering its actions in a series of
 * its own ("Q/15", "26/14", "B-12" beside items 1.–9.) cites each action by that number, new or carried on, and the
 * row keeps it; a reference numbered as the items are still cites an earlier item.
 */
export function carriedToReview(
  items: ProposedItem[],
  minutes: { number: string | null; title: string; lines?: string[] }[],
  printedIn: Map<ProposedItem, string | null> = new Map(),
  logNumbers = false,
): void {
  const review = minutes.find((m) => m.number !== null && reviewsLog(m.title));
  if (!review) return;
  const own = new Set(minutes.map((m) => m.number).filter((n) => n !== null));
  const series = new Set([...own].map(seriesOf));
  // (a row printing a number of the log's own series is cited by it)
  const ownNumber = (item: ProposedItem) => logNumbers && item.minute !== null && !series.has(seriesOf(item.minute));
  // ("14. Overdue audit actions tracker" printing its rows, "19. Action plan update" later: a table printed under a
  // minute whose title names it a tracker or a log is reviewed there, not in another minute)
  const keptWhere = (number: string | null | undefined) =>
    !!number && number !== review.number && namesTracker(minutes.find((m) => m.number === number)?.title ?? '');
  const earlier = (item: ProposedItem) =>
    !!item.updates &&
    item.minute === item.updates &&
    !own.has(item.updates) &&
    !ownClause(item.updates, own) &&
    printedIn.get(item) !== review.number &&
    !keptWhere(printedIn.get(item));
  const reviewText = (review.lines ?? []).join(' ');
  for (const item of items)
    if (
      item.source === 'action-table' &&
      (item.carried || earlier(item)) &&
      !ownNumber(item) &&
      !notReviewedThere(item, reviewText, printedIn.get(item) ?? null, review.number)
    )
      item.minute = review.number;
}

/**
 * "2. Minutes and action log" going through the log by its numbers ("26/18 … Complete; 26/21 … carried forward"), and
 * after the minutes a table of rows numbered in that series under other numbers ("26/31", "26/32"): the review named
 * the rows it reviewed, and these are not among them — rows added since, kept under their own numbers, not updates
 * the review carried on. (A review that cites no number of the row's series, or the row's own, files it as before.)
 */
function notReviewedThere(item: ProposedItem, reviewText: string, printed: string | null, review: string | null) {
  const number = item.updates ?? item.minute;
  if (!number || !reviewText || printed === review || item.carried) return false;
  const escape = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  if (new RegExp(String.raw`(?<![\w/.-])${escape(number)}(?![\w/-])`).test(reviewText)) return false;
  // (one series: the same prefix, a running number after it — "26/18" beside "26/31", "AR-26-04" beside "AR-26-12")
  const prefix = /^(.*\D)\d+$/.exec(number)?.[1];
  if (!prefix || !/\d/.test(prefix)) return false;
  return new RegExp(String.raw`(?<![\w/.-])${escape(prefix)}\d+(?![\w/-])`, 'i').test(reviewText);
}

/** A title naming the record of things to follow that its minute prints: "Audit recommendations tracker", "Action log". */
function namesTracker(title: string): boolean {
  return /\b(?:tracker|log)s?\b/i.test(title);
}

/** How a series numbers: "HB/26/21" and "HB/25/88" are one series ("HB/#/#"), "Q/15" and "3" are two. */
function seriesOf(ref: string): string {
  return ref.replace(/\.$/, '').replace(/\d+/g, '#').toLowerCase();
}

/**
 * "26/117c", "26/117(c)", "12 b)": one of this meeting's minutes and a lettered clause of it, as a log cites it — the
 * minute and the clause as the minute prints it ("(c)"). Null for a minute of this meeting itself, or none of them.
 */
function ownClause(ref: string, own: Set<string | null>): { minute: string; ref: string } | null {
  if (own.has(ref)) return null;
  const at = /^(?<minute>.+?\d)\s?(?:\((?<bracketed>[a-z])\)|(?<bare>[a-z])\)?)$/.exec(ref);
  if (!at?.groups || !own.has(at.groups.minute)) return null;
  return { minute: at.groups.minute, ref: `(${at.groups.bracketed ?? at.groups.bare})` };
}
