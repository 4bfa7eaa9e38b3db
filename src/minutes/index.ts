// The minutes parser: text in, proposal out. Pure — no files, no clock, no store. Its steps,
// each a module of its own: layout → headings → decision blocks → clauses → classify → owner
// → due → dates → discussion (with action tables and "Action:" lines beside it).
import { withoutCrossReferences } from './crossReferences.js';
import { actionTable } from './actionTable.js';
import { agendaItems } from './agendaItems.js';
import { agreedRecommendations } from './recommendations.js';
import type { Block } from './block.js';
import { findBlocks } from './blocks.js';
import { flattenedLog } from './flattenedLog.js';
import { paragraphRefs, PARAGRAPH_REF } from './paragraphs.js';
import { ownBodyOf } from './bodies.js';
import { dueFor, readBlock, tidyText, type ReadContext } from './decisions.js';
import { discussionItems } from './discussionItems.js';
import { isForwardPlan } from './documentKind.js';
import { expandTitles } from './fullTitles.js';
import { withDecisionReferences } from './decisionReferences.js';
import { labelledClauses } from './labelledClauses.js';
import { settledLogRows } from './logBlocks.js';
import { isReportSection, splitMinutes } from './headings.js';
import { layout } from './layout.js';
import { ATTENDANCE_LINE, NUMBER_WORDS } from './lexicon.js';
import { TWO_PERIODS } from './due.js';
import { findMeetingDate, findNextMeetings } from './meetingDates.js';
import { sameDayElsewhere } from './dateText.js';
import { actionMarker } from './owner.js';
import { ownersOf } from './owners.js';
import { peopleOf } from './people.js';
import { repeats } from './sameMatter.js';
import { dedupeSummary, notCarriedAgain } from './tableRows.js';
import { readClause } from './grammar.js';
import { innermost } from './innermost.js';
import { pointBackToMeeting } from './thatMeeting.js';
import { paperForMeeting } from './paperForMeeting.js';
import { sentenceClosedBy, stepDues } from './stepDue.js';
import { TYPE_OF_CATEGORY } from '../domain/types.js';
import type { MinutesProposal, NotedEntry, ParseOptions, ProposedItem } from './types.js';

export type { MinutesProposal, ProposedItem, NotedEntry, ParseOptions, Source } from './types.js';

/** What only minutes contain: a "Minutes:" heading, the record approved as correct, matters arising. */
const MINUTES_MARK = /^\s*minutes\s*:?\s*$|\b(?:correct|true|accurate)\s+record\b|^\s*matters\s+arising\b/i;

/** The line that ends the meeting's record. */
const CLOSING =
  /\b(?:meeting|chair(?:man|person)?\s+closed\s+the\s+meeting)\s+(?:closed|ended|finished|concluded|terminated|close)\s+at\b|\bclosed\s+the\s+meeting\s+at\b|^\s*(?:there\s+being|with\s+there\s+being)\s+no\s+(?:further|other)\s+business\b|^\s*signed\b.{0,40}\bchair/i;

export function parseMinutes(raw: string, options: ParseOptions = {}): MinutesProposal {
  const laid = layout(raw).split('\n');
  // (an action log's closed rows, and new rows repeating this meeting's minutes, add nothing)
  const settled = settledLogRows(laid);
  const lines = settled.size ? laid.map((l, k) => (settled.has(k) ? '' : l)) : laid;
  if (isForwardPlan(lines)) return { meeting: { date: null }, nextMeetings: [], items: [], noted: [] };
  const meeting = options.meetingDate ?? findMeetingDate(lines);
  const own = ownBodyOf(lines);
  const people = peopleOf(lines);
  const resolveYear = sameDayElsewhere(lines.join(' '));
  // a log flattened into lines is read whole first: its rows' references are no minutes' numbers
  const log = flattenedLog(lines, meeting, people);
  const minutes = withDecisionReferences(
    splitMinutes(log.used.size ? lines.map((l, k) => (log.used.has(k) ? '' : l)) : lines),
  ).filter((m) => !isReportSection(m.title));
  const blocksOf = minutes.map((m) => findBlocks(m.lines, own));
  // Minutes that record decisions under keywords are formal: their discussion is read only for what it says was agreed.
  const formal = blocksOf.some((blocks) => blocks.some((b) => b.found === 'keyword' || b.found === 'inline'));
  const isMinutes =
    meeting !== null ||
    lines.some((l) => ATTENDANCE_LINE.test(l.trim()) || MINUTES_MARK.test(l)) ||
    blocksOf.some((b) => b.length > 0);
  const items: ProposedItem[] = [...log.items];
  const noted: NotedEntry[] = [];
  // (an action table's due dates are not meetings: the dates are read with its rows left out)
  const dated = minutes.map((m) => ({ ...m }));
  minutes.forEach((minute, index) => {
    const table = actionTable(minute.lines, minute.number, meeting, own);
    dated[index].lines = minute.lines.map((l, i) => (table.used.has(i) ? '' : l));
    // A list of the next meeting's agenda items, and recommendations agreed for another body, are read as such before any decision block.
    const agenda = agendaItems(
      minute.lines.map((l, i) => (table.used.has(i) ? '' : l)),
      minute.number,
      meeting,
      minute.title,
      lines,
    );
    const recommended = agreedRecommendations(minute.lines, minute.number);
    const labelled = labelledClauses(minute.lines);
    const taken = new Set([...table.used, ...agenda.used, ...recommended.used, ...labelled.used]);
    const blocks = [
      ...labelled.blocks,
      ...(taken.size
        ? findBlocks(
            minute.lines.map((l, i) => (taken.has(i) ? '' : l)),
            own,
          )
        : blocksOf[index]),
    ];
    const resolved: ProposedItem[] = [...recommended.items];
    const lastOfBlock = new Map<number, { items: ProposedItem[]; noted: NotedEntry[]; lines: number[] }>();
    const asked = new Set<ProposedItem>();
    for (const block of blocks) {
      const read = readBlock(block, minute.number, { own, meeting, resolve: resolveYear });
      resolved.push(...read.items);
      noted.push(...read.noted);
      if (block.found === 'sentence') for (const it of read.items) asked.add(it);
      lastOfBlock.set(block.lines[block.lines.length - 1], { ...read, lines: block.lines });
    }
    // "Members asked that an item on retail crime be added", then "RESOLVED … that retail crime be added to the work
    // programme": what the discussion asked for and the resolution decided is one item, the resolution's.
    const formally = resolved.filter((r) => !asked.has(r));
    resolved.splice(
      0,
      resolved.length,
      ...resolved.filter((r) => !asked.has(r) || !formally.some((f) => repeats(r, [f]))),
    );
    // A decision sentence takes only itself: the rest of its paragraph is still discussion.
    const consumed = new Set<number>([
      ...blocks.filter((b) => b.found !== 'sentence').flatMap((b) => b.lines),
      ...taken,
    ]);
    const decided = new Set(blocks.filter((b) => b.found === 'sentence').flatMap((b) => b.paragraphs));
    // the minute's own words around an inline resolution ("The monthly check had shown … It was RESOLVED to buy …")
    const around = new Map(blocks.filter((b) => b.rest).map((b) => [b.lines[0], b.rest!]));
    // After "The meeting closed at 12.30" come signatures, appendices and booklets, not discussion.
    const closed = minute.lines.findIndex((l) => CLOSING.test(l));
    if (closed >= 0) minute.lines.forEach((_, k) => k > closed && consumed.add(k));
    // Before the first numbered minute come the masthead, attendance and apologies, not discussion.
    const preamble = index === 0 && minute.number === null && minutes.length > 1;
    const told =
      isMinutes && !preamble
        ? discussionItems(
            minute,
            consumed,
            { own, people, formal, meeting, title: minute.title, resolve: resolveYear, decided, around },
            (line, i, task) =>
              ownerLine(
                line,
                i,
                minute.lines,
                lastOfBlock,
                resolved,
                noted,
                { own, meeting, resolve: resolveYear },
                task,
              ),
          )
        : { items: [], marked: [] };
    // An "Action:" line or a table row that repeats a resolution is one item, taking the owner or date it adds.
    // (a line that only names its matter, "Action: Climate Officer — planting site map", takes the resolution's kind)
    const marked = [...told.marked, ...table.items].filter((m) => {
      const bare = readClause(m.text).form === 'none';
      const same = resolved.find((r) => (r.type === m.type || bare) && repeats(m, [r]));
      if (!same) return true;
      same.owner ??= m.owner;
      same.due ??= m.due;
      return false;
    });
    const fresh = [...resolved, ...marked, ...agenda.items];
    // What the discussion agreed and a resolution of the minute records is one item; so is the same matter agreed twice.
    // (the same person doing the same thing is one item whatever kind each reads as: the resolution says which)
    const same = (n: ProposedItem) => (i: ProposedItem) =>
      i.category === n.category || i.type === n.type || (subjectOf(n) !== null && subjectOf(n) === subjectOf(i));
    // ("The Clerk would invite her" right after an item asking that she attend: a step of that item, not a second one)
    const minuteWords = minute.lines.join(' ').replace(/\s+/g, ' ');
    // (the step names who carries the item out when it named no one: "… ask the county council to repair the path.
    // The Clerk will report it online.")
    const stepOf = (n: ProposedItem, k: number) => {
      const carried = pronounStep(n) ? itemBefore(n, [...fresh, ...told.items.slice(0, k)], minuteWords) : undefined;
      if (carried && !carried.owner && n.owner && carried.category === 'action') {
        carried.owner = n.owner;
        carried.owners = n.owners;
      }
      return !!carried;
    };
    const extra = told.items.filter(
      (n, k) =>
        !stepOf(n, k) &&
        !repeats(n, fresh.filter(same(n))) &&
        !repeats(n, told.items.slice(0, k)) &&
        !repeats(
          n,
          items.filter((i) => i.category === n.category && i.source === 'resolution'),
        ),
    );
    const found = [...fresh, ...extra];
    const minuteText = minute.lines.join(' ').replace(/\s+/g, ' ');
    pointBackToMeeting(found, minuteText, meeting);
    stepDues(found, minuteText, { own, meeting, resolve: resolveYear });
    expandTitles(found, minuteText, lines.join(' ').replace(/\s+/g, ' '), (np) => !!np && people.knows(np));
    items.push(...found);
  });
  const reviewed = dated
    .map((m) => m.lines.join(' '))
    .join(' ')
    .replace(/\s+/g, ' ');
  return {
    meeting: { date: meeting },
    nextMeetings: findNextMeetings(dated, meeting, own, resolveYear),
    items: dedupeSummary(
      notCarriedAgain(
        withoutCrossReferences(items),
        reviewed,
        minutes.map((m) => m.number),
      ),
      minutes.map((m) => m.number),
    )
      .flatMap(eachPeriod)
      .map((item) => paperForMeeting(withOwners(item), own)),
    noted,
  };
}

/**
 * A line that is only "Action: <owner>" names the owner of what the resolution just before it
 * decided: it gives its unowned items that owner, or turns a noted decision into an action.
 * A line "Action: X to <task>" just under a resolution that decided an errand no one was named
 * for is how that errand is done: one item, X its owner. Returns whether the line was taken.
 */
function ownerLine(
  line: string,
  i: number,
  lines: string[],
  lastOfBlock: Map<number, { items: ProposedItem[]; noted: NotedEntry[]; lines: number[] }>,
  resolved: ProposedItem[],
  noted: NotedEntry[],
  context: ReadContext,
  task?: { owner: string; text: string },
): boolean {
  const marker = task ? { owner: task.owner, index: 0 } : actionMarker(line.trim());
  if (!marker) return false;
  // on the line of a decision ("The Board requested that … ACTION: KD"), or alone just under one
  const within = [...lastOfBlock.values()].find((b) => b.lines.includes(i));
  const before =
    marker.index === 0
      ? [...lastOfBlock.keys()].filter((k) => k < i && lines.slice(k + 1, i).every((l) => !l.trim())).pop()
      : undefined;
  const earlier = within ?? (before !== undefined ? lastOfBlock.get(before) : undefined);
  if (task) {
    // (the errand the block ends with: a line under a list of decisions follows only the last)
    const last = earlier?.items[earlier.items.length - 1];
    if (!last || last.owner !== null || last.category !== 'action' || (earlier?.noted.length ?? 0) > 0) return false;
    last.owner = task.owner;
    last.due ??= dueFor('action', task.text, context);
    last.text = tidyText(`${last.text.replace(/\.?\s*$/, '.')} ${task.text}`);
    return true;
  }
  if (earlier?.items.length) {
    // the resolution's own owner stands; the line names whoever it left out
    for (const it of earlier.items.filter((it) => it.owner === null)) it.owner = marker.owner;
    return true;
  }
  // (a noted decision becomes the tag's action only where it ends the text above the tag: "The Board APPROVED … The
  // Secretary to arrange …" over "ACTION: Secretary" tags the errand after it, not the approval)
  if (earlier?.noted.length && endsText(lines, i, earlier.noted[earlier.noted.length - 1].text)) {
    const entry = earlier.noted[earlier.noted.length - 1];
    noted.splice(noted.indexOf(entry), 1);
    earlier.noted.pop();
    const item: ProposedItem = {
      minute: entry.minute,
      ref: entry.ref,
      type: TYPE_OF_CATEGORY.action,
      category: 'action',
      owner: marker.owner,
      // ("The Board APPROVED the scores. The Secretary to arrange a session before the end of March.  ACTION: …": the
      // sentence the marker closes says when)
      due: dueFor('action', entry.text, context) ?? dueFor('action', sentenceClosedBy(lines, i, marker.index), context),
      text: entry.text,
      confidence: 0.75,
      source: 'resolution',
      narrative: false,
    };
    resolved.push(item);
    earlier.items.push(item);
    return true;
  }
  return false;
}

/** Whether the text just above line `at` (or before the tag on it) ends with `text`, as the minutes print it. */
function endsText(lines: string[], at: number, text: string): boolean {
  const words = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  const above = lines
    .slice(0, at + 1)
    .map((l, k) => (k === at ? l.replace(/\s*\bactions?\b.*$/i, '') : l))
    .filter((l) => l.trim())
    .pop();
  const tail = words(text).split(' ').slice(-4).join(' ');
  return !above || words(above).endsWith(tail);
}

/** "update reports in 6- and 12-months' time": one item for each period, the first already due at the first. */
function eachPeriod(item: ProposedItem): ProposedItem[] {
  const two = TWO_PERIODS.exec(item.text);
  if (!two || item.due?.kind !== 'within') return [item];
  const amount = /\d/.test(two[2])
    ? Number(two[2])
    : NUMBER_WORDS.indexOf(two[2].toLowerCase() as (typeof NUMBER_WORDS)[number]) + 1;
  return [item, { ...item, due: { ...item.due, amount } }];
}

/** Who does it, as the text opens: "The working group would develop …" and "That the working group develop …". */
function subjectOf(item: ProposedItem): string | null {
  const who = item.owner ?? readClause(item.text).subject;
  return who ? who.toLowerCase().replace(/^the\s+/, '') : null;
}

/** Every owner the item's decision names, the lead first; `owner` is the lead. */
function withOwners(item: ProposedItem): ProposedItem {
  const owners = ownersOf(item.owner);
  return { ...item, owner: owners[0] ?? null, owners };
}

/** "The Clerk would invite her", "Officers will arrange it": a step whose object is only a pronoun for what was just asked. */
function pronounStep(item: ProposedItem): boolean {
  const rest = innermost(readClause(item.text)).clause.rest.trim();
  // (an adverb or a short phrase of manner may follow: "report it online", "send it by email")
  return /^(?:(?:to|with|for)\s+)?(?:him|her|them|it)(?:\s+(?:accordingly|again|too|also|as\s+well|online|[a-z]+ly|(?:by|via|in|through)\s+(?:e-?mail|post|letter|writing|phone|telephone)))?\s*\.?$/i.test(
    rest,
  );
}

/** The one of `items` read from the sentence just before `step` in the minute's text, if any. */
function itemBefore(step: ProposedItem, items: ProposedItem[], text: string): ProposedItem | undefined {
  // (the item's text may be reworded at its head — "To write to him" — so it is found by its last words)
  const at = text.indexOf(step.text.replace(/\.$/, '').slice(-25));
  if (at <= 0) return undefined;
  const start = text.lastIndexOf('. ', at);
  if (start < 0) return undefined;
  const sentence = text.slice(text.lastIndexOf('. ', start - 1) + 1, start + 1);
  // (and at its head too: "To ask the county council …" was read from "… agreed to ask the county council …")
  const head = (t: string) =>
    t
      .replace(/\.$/, '')
      .replace(/^to\s+/i, '')
      .slice(0, 30)
      .toLowerCase();
  return items.find((i) => sentence.toLowerCase().includes(head(i.text)));
}

export { PARAGRAPH_REF, paragraphRefs, tidyText };
export type { Block };
