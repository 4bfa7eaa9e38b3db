// Step 9a: action tables and action logs — "Action | Owner | Due", "Min.|Action|Owner|Due
// date", "No.  Action  By whom  By when", markdown tables, columns set apart by wide spaces —
// each row an item with the owner and due its columns give, and the minute its reference
// column names. A row whose status says it is done or closed makes nothing new; a row citing an
// earlier action's reference is proposed as an update of it.
import type { OwnBody } from './bodies.js';
import type { Category, NotedEntry, ProposedItem, StatedDue } from './types.js';
import { namesBody } from './bodies.js';
import { classify } from './classify.js';
import { findDates, firstAfter, statedIso } from './dateText.js';
import { dueOf } from './due.js';
import { DATE_MOVED, MONTH_PATTERN, TABLE_HEADS, alternatives } from './lexicon.js';
import { NEW_STATUS, ON_PLAN, OPEN_STATUS, REVISED, finished, ratedStatus, unchangedHere } from './rowStatus.js';
import { readHeads } from './tableHeads.js';
import { listsEarlierActions } from './earlierActions.js';
import { TYPE_OF_CATEGORY } from '../domain/types.js';
import { MONTHS, monthNumber } from '../domain/dates.js';

type Column = 'minute' | 'action' | 'owner' | 'due' | 'status' | 'raised';
const HEADS = Object.entries(TABLE_HEADS) as [Column, RegExp][];
const NO_ONE = { is: () => false, name: null } satisfies OwnBody;

/** What a row asks for, read as an instruction: a row marked "Deferred" is a deferral, anything else at least an action. */
function rowCategory(text: string, status: string, own: OwnBody): Category {
  // ("On hold. Deferred by the committee to June": the update cell after the status word says so too)
  if (/(?:^|[.;–—-]\s*)deferred\b/i.test(status)) return 'deferral';
  // ("Bus shelter quotes – deferred, awaiting a second quote", "Allotment rents - put back to the March meeting": a log's
  // headline, the matter and then after a dash what became of it — put back, not an errand; "carried forward" is an open
  // action kept on the log, not a deferral)
  // (or in brackets after it: "Tree survey report (deferred from today)")
  if (/\s(?:[–—-]\s*|\(\s*)(?:deferred|postponed|put\s+back|held\s+over)\b/i.test(text)) return 'deferral';
  const decision = classify(text, own, true);
  // a row's meeting is in its due column: "Invite the ward officer … | Next meeting" is an invitation
  if (decision.category === 'action' && /^invit/i.test(decision.askedBy ?? decision.clause.verb ?? ''))
    return 'invitation';
  return decision.category === 'noted' ? 'action' : decision.category;
}

/** The things a meeting has before it: a row naming one names an agenda paper, not an errand. */
const PAPER = /\b(?:reports?|reviews?|updates?|items?|papers?|briefings?|presentations?|deep[\s-]+dives?)\b/i;

/**
 * A row that names a paper, with no verb of its own, due at a meeting of this body — "Six-month review of the campaign |
 * Mar board", "Orchard options report | Next meeting", "Lease renewal as main item | Feb mtg": the paper is business of
 * that meeting, an item of the work programme. (A row that is an errand — "Write to the landowner", "Explore a bus pass
 * scheme and report back" — or a paper for another body, or a due that is only a date, stays an action.)
 */
/** A due cell that sets a deadline ahead of a sitting: "before next meeting", "ahead of the Board", "prior to March". */
const SENT_AHEAD = /^\s*(?:before|ahead\s+of|prior\s+to)\b/i;

function paperForMeeting(text: string, dueText: string, meeting: string | null, own: OwnBody): boolean {
  if (!PAPER.test(text) || /\bback\b/i.test(text)) return false;
  // ("Summary of the survey report to members | Craig | before next meeting": sent ahead of the sitting, not brought to
  // it — an errand with a deadline)
  if (SENT_AHEAD.test(dueText)) return false;
  // ("Carbon figures in annual report | HP | June 27": the paper is where the matter goes, a document, not business
  // brought to a meeting)
  if (new RegExp(String.raw`\b(?:in|into)\s+(?:the\s+|our\s+|its\s+)?(?:\w+\s+)?${PAPER.source}`, 'i').test(text))
    return false;
  // ("Update the asbestos register", "Review the lease": a paper word leading the row is its verb, an errand; "Review of
  // the lease", "Update on the lease" name the paper)
  const lead = /^\s*(?<word>[A-Za-z]+)\s+(?<next>\S+)/.exec(text)?.groups;
  if (lead && PAPER.test(lead.word) && !/^(?:on|of|from|to|for|about|[–—-])$/i.test(lead.next)) return false;
  const due = dueCell(dueText, meeting);
  const atMeeting =
    due?.kind === 'next' ||
    due?.kind === 'month' ||
    due?.kind === 'meeting' ||
    (due?.kind === 'date' && /\b(?:meeting|mtg|board|panel|committee|council)\b/i.test(dueText));
  if (!atMeeting) return false;
  const plain = classify(text, own, false);
  // (a log's headline, the matter and after a dash the paper: "Bee hotels – report options and costs")
  const headline = new RegExp(String.raw`\s[–—-]\s*${PAPER.source}`, 'i').test(text);
  return (
    (plain.bare || headline) &&
    !plain.places.some((p) => p.kind === 'other-body' || p.kind === 'other-meeting' || p.kind === 'members') &&
    // ("Vacancy figures in the Chair's report to the Board", in a committee's log: a body's head noun that is not this
    // body's own names the body above it)
    !otherHead(text, own) &&
    // ("Annual report summary – to NS": handed to a person, not brought to a meeting)
    !/\bto\s+(?:[A-Z]{2,4}\b|[A-Z][a-z]+\s+[A-Z][a-z]+)/.test(text)
  );
}

/** "to the Board" where this body is a committee: the head noun of another body than this one. */
function otherHead(text: string, own: OwnBody): boolean {
  const head = /\bto\s+(?:the\s+)?(?<noun>Board|Committee|Panel|Cabinet|Council|Authority|Forum|Group)\b/i.exec(text)
    ?.groups?.noun;
  return !!head && !!own.name && !new RegExp(String.raw`\b${head}\b`, 'i').test(own.name);
}

/** A reference column headed "No." or "#": it may only count the rows. */
const ROW_NUMBER_HEAD = /^(?:no\.?|#|item\s+no\.?|action\s+no\.?)$/i;

/** A column headed as the minute that raised the row ("Minute", "Min. ref"), not as the row's own reference. */
const MINUTE_HEAD = /^(?:min\.?|minute\.?|minute\s+(?:no|ref)\.?|agenda\s+item)$/i;

interface Layout {
  split: (line: string) => string[];
  columns: (Column | null)[];
  /** The reference column is headed "No." or "#": it may only count the rows. */
  rowNumbers: boolean;
  /** A "Minute" column beside the log's own "Ref": the minute each row was raised at. */
  raisedAt: number | null;
  /** A "No." column set aside beside the minute column: the row's own number, or only its count. */
  numberAt: number | null;
}

function cellsOf(line: string, bar: boolean, framed = true): string[] {
  const cells = (bar ? line.split('|') : line.trim().split(/\s{3,}/)).map((c) => c.trim());
  if (bar) {
    // (a table whose header has no bar before its first column: a row opening with a bar left that column blank)
    if (cells.length && cells[0] === '' && framed) cells.shift();
    if (cells.length && cells[cells.length - 1] === '') cells.pop();
  }
  return cells;
}

/** The column a head names; "Update / comments" names one column twice, as both its halves name the same. */
function headOf(cell: string): Column | null {
  const named = (c: string) => HEADS.find(([, re]) => re.test(c.replace(/[*_:]/g, '').trim()))?.[0] ?? null;
  const halves = cell.split(/\s+\/\s+/).map(named);
  return named(cell) ?? (halves.length === 2 && halves[0] && halves[0] === halves[1] ? halves[0] : null);
}

/** The table's header line: an action column and an owner column, at least. */
export function tableLayout(line: string): Layout | null {
  for (const bar of [true, false]) {
    if (bar && !line.includes('|')) continue;
    const cells = cellsOf(line, bar);
    if (cells.length < 2) continue;
    const columns = readHeads(cells).map(headOf);
    if (columns.includes('action') && columns.includes('owner') && columns.filter((c) => c === null).length <= 1) {
      // "No." beside "Minute": the row's own number and the minute that raised it — the minute places the row
      const counted = columns.flatMap((c, k) => (c === 'minute' && ROW_NUMBER_HEAD.test(cells[k].trim()) ? [k] : []));
      const setAside = columns.filter((c) => c === 'minute').length > counted.length;
      if (setAside) for (const k of counted) columns[k] = null;
      // ("Original target | Revised target": of two due columns the one whose head says the date was moved stands)
      const moved = columns.findIndex((c, k) => c === 'due' && DATE_MOVED.test(cells[k].trim()));
      if (moved >= 0) columns.forEach((c, k) => c === 'due' && k !== moved && (columns[k] = null));
      const raisedAt = minuteBesideRef(columns, cells);
      if (raisedAt !== null) columns[raisedAt] = null;
      const minuteHead = cells[columns.indexOf('minute')] ?? '';
      const framed = line.trimStart().startsWith('|');
      return {
        split: (l) => cellsOf(l, bar, framed),
        columns,
        rowNumbers: ROW_NUMBER_HEAD.test(minuteHead.trim()),
        raisedAt,
        numberAt: setAside && counted.length === 1 ? counted[0] : null,
      };
    }
  }
  return null;
}

/**
 * "Ref | Meeting | Minute | Action | Owner …": a log that numbers its actions in a series of its own ("26/62") and prints
 * beside each the minute that raised it ("QSC 26/75"). The two columns both read as references; the one headed as a
 * minute is set apart, so the row keeps its own number unless that minute is one of this meeting's (read per row).
 */
function minuteBesideRef(columns: (Column | null)[], cells: string[]): number | null {
  const refs = columns.flatMap((c, k) => (c === 'minute' ? [k] : []));
  if (refs.length !== 2) return null;
  const minuteHeaded = refs.filter((k) => MINUTE_HEAD.test(cells[k].replace(/[*_:]/g, '').trim()));
  return minuteHeaded.length === 1 ? minuteHeaded[0] : null;
}

/** A table whose rows say which minute they belong to stands apart from the minute it follows. */
export function tableNamesMinutes(line: string): boolean {
  return tableLayout(line)?.columns.includes('minute') ?? false;
}

export function dueCell(cell: string, meeting: string | null): StatedDue {
  const text = trackerShorthand(cell.trim());
  if (!text || /^(?:-+|n\/?a|tbc|ongoing|asap)$/i.test(text)) return null;
  const date = findDates(text)[0];
  if (date && text.slice(0, date.index).trim() === '' && text.slice(date.end).trim() === '') {
    const iso = statedIso(date) ?? (meeting ? firstAfter(date, meeting) : null);
    if (iso) return { kind: 'date', date: iso };
  }
  // "March", "March 2026" or "Feb 2026" alone in a due column: that month's meeting. So is "Mar 27" where 27 is the
  // meeting's year or the next, as a tracker abbreviates the year ("Dec 26", "Jan 27") — a day would come first; a
  // spreadsheet's month-and-year cell prints it with a hyphen, "Dec-26" (its "mmm-yy"), or an apostrophe, "Dec '26".
  const yy = (meeting ? [Number(meeting.slice(2, 4)), Number(meeting.slice(2, 4)) + 1] : []).map(String).join('|');
  const named = new RegExp(
    `^${MONTH_PATTERN}\\.?(?:\\s+\\d{4}${yy ? `|(?:\\s+|\\s*[-‑'’]\\s*)(?:${yy})` : ''})?$`,
    'i',
  ).exec(text)?.[1];
  const month = named ? MONTHS[(monthNumber(named) ?? 1) - 1] : undefined;
  if (month) return { kind: 'month', month: month[0].toUpperCase() + month.slice(1) };
  // "January 2026 meeting", "Next meeting", "Within 2 weeks", "by 30 June"; a cell is a deadline by itself, so "30 June"
  // and "end of November" are read as "by …", and "Future meeting" as "a future meeting"
  if (/^(?:a\s+)?(?:future|later|subsequent)\s+meeting$/i.test(text)) return { kind: 'future' };
  return dueOf(text, meeting) ?? (date || /^(?:the\s+)?end\s+of\b/i.test(text) ? dueOf(`by ${text}`, meeting) : null);
}

/**
 * A tracker's shorthand in a due cell, written out: "mtg" is "meeting" ("next mtg", "Feb mtg"); a month before a meeting
 * or a body's head noun is that month's meeting ("Jan meeting", "Dec Board", "March Panel"); "end Jan" is "end of Jan".
 */
function trackerShorthand(cell: string): string {
  const text = cell.replace(/\bmtgs?\b\.?/gi, 'meeting');
  const sitting = new RegExp(
    `^${MONTH_PATTERN}\\.?(\\s+\\d{4})?\\s+(?:${alternatives(['meeting', 'board', 'panel', 'committee', 'group', 'forum', 'session'])})$`,
    'i',
  ).exec(text);
  if (sitting) return `${sitting[1]}${sitting[2] ?? ''}`;
  const end = new RegExp(`^end\\s+(?:of\\s+)?${MONTH_PATTERN}\\.?(\\s+\\d{4})?$`, 'i').exec(text);
  return end ? `end of ${MONTHS[(monthNumber(end[1]) ?? 1) - 1]}${end[2] ?? ''}` : text;
}

/**
 * Where a deferred row's status or update says where it went ("On hold. Deferred by the committee to the March meeting"),
 * that meeting is its due now, not the due column it had before.
 */
function deferredTo(category: Category, status: string, meeting: string | null): StatedDue {
  if (category !== 'deferral' || !/\b(?:deferred|postponed|put\s+back|moved)\b/i.test(status)) return null;
  const due = dueOf(status, meeting, true);
  return due && (due.kind === 'month' || due.kind === 'meeting' || due.kind === 'date') ? due : null;
}

/** As in a resolution, an errand has no "future" due ("Spring term", "in due course"): the tool's default applies. */
function actionDue(category: Category, due: StatedDue): StatedDue {
  return due?.kind === 'future' && TYPE_OF_CATEGORY[category] === 'action' ? null : due;
}

export function actionTable(
  lines: string[],
  minute: string | null,
  meeting: string | null,
  own: OwnBody = NO_ONE,
  /** This meeting's minute numbers: a row citing one summarises it. */
  ownMinutes: (string | null)[] = [],
  /** The minute's heading: "Action list from the last meeting" says every row of its table was raised before. */
  title: string | null = null,
): { items: ProposedItem[]; noted: NotedEntry[]; used: Set<number> } {
  const items: ProposedItem[] = [];
  const noted: NotedEntry[] = [];
  const used = new Set<number>();
  const stacked = stackedTable(lines);
  if (stacked) {
    for (const k of stacked.used) used.add(k);
    const earlierList =
      listsEarlierActions(title) || listsEarlierActions(captionAbove(lines, Math.min(...stacked.used)));
    for (const row of stacked.rows) {
      const read = rowItem((c) => row.get(c) ?? '', false, minute, meeting, own, ownMinutes, earlierList);
      if (read && 'category' in read) items.push(read);
      else if (read) noted.push(read);
    }
  }
  for (let i = 0; i < lines.length; i++) {
    if (used.has(i)) continue;
    const layout = tableLayout(lines[i].trim());
    if (!layout) continue;
    used.add(i);
    const earlierList = listsEarlierActions(title) || listsEarlierActions(captionAbove(lines, i));
    let j = i + 1;
    let rows = 0;
    const numbered: ProposedItem[] = [];
    let pending: string[] | null = null;
    const take = (cells: string[]) => {
      // (a row raised at one of this meeting's minutes, as its "Minute" cell says, is filed under that minute: the
      // minute's own sentence is the record, the row its owner and date — a row raised earlier keeps the log's number)
      const raisedIn = layout.raisedAt === null ? '' : (cells[layout.raisedAt] ?? '').trim().replace(/\.$/, '');
      const placed = raisedIn !== '' && ownMinutes.includes(raisedIn);
      // (a log with both "Status" and "Update" columns says what became of the row in either)
      const cell = (c: Column) =>
        c === 'minute' && placed
          ? raisedIn
          : layout.columns
              .flatMap((col, k) => (col === c && cells[k]?.trim() ? [cells[k].trim()] : []))
              .slice(0, c === 'status' ? undefined : 1)
              .join('. ');
      const read = rowItem(cell, layout.rowNumbers, minute, meeting, own, ownMinutes, earlierList);
      rows += 1;
      if (read && 'category' in read) items.push(read);
      else if (read) noted.push(read);
      if (read && 'category' in read && placed && read.minute === raisedIn) read.placed = true;
      // ("26/12" under "No." beside "2" under "Item": a number of a series, not a count, is the row's own)
      const number = layout.numberAt === null ? '' : (cells[layout.numberAt] ?? '').trim();
      if (read && 'category' in read && /\d\D+\d/.test(number)) read.logNumber = number;
      if (read && 'category' in read && NEW_STATUS.test(cell('status')) && !cell('raised') && /\d/.test(cell('minute')))
        numbered.push(read);
    };
    for (; j < lines.length; j++) {
      const line = lines[j].trim();
      if (!line) continue;
      // (a markdown rule under the header, or a printed rule of dashes, equals signs or underscores)
      if (/^[-=_|:+\s]+$/.test(line)) {
        used.add(j);
        continue;
      }
      const cells = layout.split(line);
      if (cells.length < 2 || Math.abs(cells.length - layout.columns.length) > 1) break;
      used.add(j);
      // (a long cell wrapped onto the next printed line continues the row above, which is read once it is whole)
      if (pending && wrapsRowAbove(cells, pending, layout.columns)) {
        pending = pending.map((c, k) => [c, cells[k] ?? ''].filter(Boolean).join(' '));
        continue;
      }
      if (pending) take(pending);
      pending = cells;
    }
    if (pending) take(pending);
    // (a list of this meeting's new actions alone, each with its own number: the number cites the action)
    if (rows > 0 && numbered.length === rows) for (const row of numbered) row.ownNumber = true;
    i = j - 1;
  }
  return { items, noted, used };
}

/** Words a phrase does not stop on: a cell ending on one ("… policy to cover", "TR /") was cut at the column's width. */
const CUT_SHORT =
  /(?:\b(?:to|the|a|an|and|or|of|for|with|on|in|at|by|from|about|into|its|their|our|his|her)|[,/&+–—-])$/i;

/**
 * A printed line that carries on the row above rather than opening a row: "       | hoarding and fire risk |   |   |"
 * under "26/32 | Revise the … policy to cover | IB | 31/01/2027". It has no number of its own, and either no action
 * cell (a wrapped owner, "TR /" over "LV") or an action cell with no owner and no date of its own that reads as the
 * rest of a phrase — it opens in lower case, or the cell above stops where a phrase cannot. (A row with no number but
 * an owner or a date is a row of its own, and so is a capitalised line under a cell that ends whole: a table's
 * sub-heading, "Carried forward from July".)
 */
function wrapsRowAbove(cells: string[], above: string[], columns: (Column | null)[]): boolean {
  const at = (c: Column, row: string[]) =>
    columns
      .flatMap((col, k) => (col === c ? [row[k] ?? ''] : []))
      .join(' ')
      .trim();
  if (at('minute', cells) || !cells.some(Boolean)) return false;
  const carriesOn = (k: number) => /^[a-z]/.test(cells[k]) || CUT_SHORT.test((above[k] ?? '').trim());
  const action = columns.indexOf('action');
  if (cells[action]) return !at('owner', cells) && !at('due', cells) && carriesOn(action);
  return cells.every((cell, k) => !cell || carriesOn(k));
}

/** "Recommend to Full Council:", "Recommendation to Cabinet -", "Recommendations to the Finance Committee:" opening a row. */
const RECOMMENDED_ROW =
  /^(?:recommend(?:ation|ations|ed)?)\s+to\s+(?:the\s+)?(?<body>[A-Z][\w&'’-]*(?:\s+(?:and\s+|&\s+|of\s+|for\s+)?[A-Z][\w&'’-]*){0,5})\s*[:–—-]/i;

/**
 * One row of a table as an item: none for a row whose status says it is finished, and a noted entry for a row the
 * log dates to an earlier meeting, still open, that nothing at this meeting changed (already in the log: the clerk
 * sees it, nothing new).
 */
function rowItem(
  cellOf: (c: Column) => string,
  rowNumbers: boolean,
  minute: string | null,
  meeting: string | null,
  own: OwnBody,
  ownMinutes: (string | null)[],
  /** The table is headed as the actions of earlier meetings (earlierActions.ts). */
  earlierList = false,
): ProposedItem | NotedEntry | null {
  // (a status rated by colour, "Amber – on track" or "Complete (Green)", is read by its words)
  const cell = (c: Column) => (c === 'status' ? ratedStatus(cellOf(c)) : cellOf(c));
  const text = cell('action');
  if (!text || finished(cell('status'))) return null;
  // A row carried on from an earlier meeting ("Open", "Ongoing") whose status moves its due ("Open - now March 27"):
  // the due it now has.
  // (a status that is only the move, "Revised to 26/11/26", is as open as one that says so first)
  // (or a later sentence of it, after the RAG rating or the reason: "R. Delayed by the move. Revised date 30/11/26.")
  const moves = (s: string) => /^(?:revised|extended|moved|new\s+date)\b/i.test(s);
  const revised =
    OPEN_STATUS.test(cell('status')) || cell('status').split(/\.\s+/).some(moves)
      ? REVISED.exec(cell('status'))?.groups?.when?.trim()
      : undefined;
  const carried = revised !== undefined;
  const owner = cell('owner');
  // (a row whose owner column names a person, not another body, is that person's errand)
  // ("Recommend to Full Council: adopt the revised rules", "Recommendation to Cabinet: the full business case" — a row
  // that names the body its matter is recommended to is that body's to decide, whoever the owner column says takes it)
  const recommendedTo = RECOMMENDED_ROW.exec(text)?.groups?.body;
  const addressee = recommendedTo && namesBody(recommendedTo) && !own.is(recommendedTo) ? recommendedTo : null;
  const row = addressee ? 'recommendation' : rowCategory(text, cell('status'), own);
  const read = row === 'action' && paperForMeeting(text, cell('due'), meeting, own) ? 'work-programme' : row;
  const sent = read === 'recommendation' && owner && !namesBody(owner) && !addressee ? 'action' : read;
  // (a paper due "before next meeting" goes to the members ahead of the sitting: an errand, not the sitting's business)
  const category = sent === 'work-programme' && SENT_AHEAD.test(cell('due')) ? 'action' : sent;
  // "No. 1, 2, 3" counts the rows; a reference ("ICB/25/094", "C134", "12") names a minute
  const raw = cell('minute').replace(/\.$/, '');
  const cited = /^\d{1,2}$/.test(raw) && rowNumbers ? '' : raw;
  // ("4.2 | Convene the sub-group | Clerk | Jan", under minutes numbered 1.–9.: a row with no status numbered by one of this
  // meeting's minutes and its own count, or the minute's paragraph, was raised at that minute — filed under it)
  const paragraph = ownParagraph(cited, cell('status'), ownMinutes);
  // (a row whose "Meeting" column is this meeting was raised here: it carries no earlier action on)
  const raisedOn = findDates(cell('raised'))[0];
  // (and so was a row whose status says it is new: "A/9 | Write to the landowner | … | New")
  // (and so was a row whose status says it is new, "A/9 | Write to the landowner | … | New": its number is the new
  // action's own, unless it is one of this meeting's minutes, which the row then summarises)
  // (a log with a RAG column and a status column says "Green. New": either cell may say the row is new)
  const raisedHere =
    (cell('status')
      .split(/\.\s+/)
      .some((s) => NEW_STATUS.test(s)) &&
      !ownMinutes.includes(cited)) ||
    (!!raisedOn && !!meeting && (statedIso(raisedOn) ?? firstAfter(raisedOn, meeting)) === meeting);
  // (a row of an earlier meeting going to plan, "On track", keeps the due it had: already tracked, nothing new)
  // (a status saying so is about an action already running: one raised here is new, not yet on or off track)
  const earlier = !raisedHere && cited !== minute && /\d/.test(cited);
  // (in a log with both "Update" and "Status" columns the status is the second of the joined cells: "Booked for the
  // spring. Open – on track" goes to plan as much as "On track" alone)
  if (
    earlier &&
    !carried &&
    cell('status')
      .split(/\.\s+/)
      .some((s) => ON_PLAN.test(s))
  )
    return null;
  // (only a log that dates each row's meeting tells a carried row from a new one — or one headed as the actions of earlier
  // meetings, "Action list from the last meeting": elsewhere the row is proposed)
  if (((earlier && raisedOn) || (earlierList && !raisedHere)) && !carried && unchangedHere(cell('status'), meeting))
    return {
      minute: cited || minute,
      ref: null,
      text: `${text} (${cellOf('status')})`,
      source: 'action-table',
      confidence: 0.8,
    };
  return {
    minute: paragraph ?? (cited || minute),
    ref: paragraph ? cited : null,
    type: TYPE_OF_CATEGORY[category],
    category,
    // (a cell that names no one; "All" names everyone at the table, as an "Action: ALL" line does)
    owner: addressee ?? (owner && !/^(?:-+|n\/?a|tbc)$/i.test(owner) ? owner : null),
    due: actionDue(
      category,
      (revised ? dueCell(revised, meeting) : null) ??
        deferredTo(category, cell('status'), meeting) ??
        dueCell(cell('due'), meeting) ??
        dueOf(text, meeting, category === 'deferral'),
    ),
    text,
    confidence: 0.8,
    source: 'action-table',
    narrative: false,
    ...(cited && cited !== minute && /\d/.test(cited) && !raisedHere && !paragraph ? { updates: cited } : {}),
    ...(carried ? { carried } : {}),
  };
}

/**
 * The minute of this meeting a row's number places it under: "4.2" where "4" is one of this meeting's minutes and
 * "4.2" none of them. A row with a status ("Open", "Done") reports on an action that may be an earlier meeting's,
 * numbered as that meeting's minutes were; only a row with no status, or one marked new, is read as raised here.
 */
function ownParagraph(cited: string, status: string, ownMinutes: (string | null)[]): string | null {
  const minute = /^(\d{1,3})\.\d{1,2}$/.exec(cited)?.[1];
  if (!minute || !ownMinutes.includes(minute) || ownMinutes.includes(cited)) return null;
  const fresh = !status.trim() || status.split(/\.\s+/).some((s) => NEW_STATUS.test(s));
  return fresh ? minute : null;
}

/** A cell that can stand in a column: an owner is a name or initials, a due a date or a meeting, a status a word or two. */
function fits(column: Column, cell: string): boolean {
  const words = cell.split(/\s+/).length;
  switch (column) {
    case 'owner':
      return words <= 6 && /^[A-Z]/.test(cell) && !/[.;]$/.test(cell);
    case 'due':
      return (
        words <= 6 &&
        (findDates(cell).length > 0 ||
          new RegExp(`\\b(?:${MONTH_PATTERN}|meeting|mtg|next|asap|tbc|ongoing|n/?a)\\b`, 'i').test(cell) ||
          /^-+$/.test(cell))
      );
    case 'status':
      // (progress written as a sentence or two: "Reply received – crossing to be repainted in November. Close.")
      return words <= 20;
    default:
      return true;
  }
}

/**
 * A table flattened one cell to a line, as a PDF or a web page gives it: its heads stacked
 * ("Action", "Owner", "By when", "Status"), then each row's cells in the same order, a wrapped
 * cell already joined by the layout. A reference run into its row's action ("ICB/25/061 Publish
 * …") is cut off it. The table ends at a line that cannot be the next cell.
 */
function stackedTable(lines: string[]): { rows: Map<Column, string>[]; used: Set<number> } | null {
  const filled = lines.map((l, k) => ({ text: l.trim(), k })).filter((l) => l.text);
  for (let at = 0; at < filled.length; at++) {
    const columns: Column[] = [];
    let n = at;
    for (; n < filled.length; n++) {
      const head = HEADS.find(([, re]) => re.test(filled[n].text.replace(/[*_:]/g, '').trim()))?.[0];
      if (!head || columns.includes(head) || filled[n].text.split(/\s+/).length > 3) break;
      columns.push(head);
    }
    if (columns.length < 3 || !columns.includes('action') || !columns.includes('owner')) continue;
    const used = new Set(filled.slice(at, n).map((l) => l.k));
    const rows: Map<Column, string>[] = [];
    let row = new Map<Column, string>();
    let c = 0;
    for (; n < filled.length; n++) {
      const { text, k } = filled[n];
      const column = columns[c];
      const cited =
        column === 'minute'
          ? /^(?<ref>[A-Z]{0,6}-?[\d/.]*\d[\w/.]*)\s+(?<rest>[A-Z].*)$/.exec(text)?.groups
          : undefined;
      if (cited && columns[c + 1] === 'action') {
        row.set('minute', cited.ref).set('action', cited.rest);
        c += 2;
      } else if (fits(column, text)) {
        row.set(column, text);
        c += 1;
      } else break;
      used.add(k);
      if (c >= columns.length) {
        rows.push(row);
        row = new Map();
        c = 0;
      }
    }
    if (rows.length) return { rows, used };
  }
  return null;
}

/**
 * The line just above a table's first line, inside the minute, where it is a caption — "Actions from the last meeting:",
 * "Action table from last meeting (read across):", short and not closed by a full stop. (A sentence there, "Members went
 * through the action table from the last meeting, as updated.", tells what the meeting did with the table, and such a
 * table may hold rows still to come that a clerk keeps, as fresh 57 07 labels them.)
 */
function captionAbove(lines: string[], first: number): string | null {
  for (let k = first - 1; k >= 0 && k >= first - 2; k--) {
    const line = lines[k]?.trim();
    if (!line) continue;
    return line.split(/\s+/).length <= 10 && !/\.$/.test(line) ? line : null;
  }
  return null;
}
