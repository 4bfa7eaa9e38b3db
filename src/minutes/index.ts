// The minutes parser: text in, proposal out. Pure — no files, no clock, no store. Its steps,
// each a module of its own: layout → headings → decision blocks → clauses → classify → owner
// → due → dates → discussion (with action tables and "Action:" lines beside it).
import { withoutCrossReferences } from './crossReferences.js';
import { actionTable, dueCell } from './actionTable.js';
import { actionLists } from './actionLists.js';
import { agendaItems } from './agendaItems.js';
import { programmeSchedule } from './programmeSchedule.js';
import { agreedRecommendations } from './recommendations.js';
import type { Block } from './block.js';
import { findBlocks } from './blocks.js';
import { flattenedLog } from './flattenedLog.js';
import { withInvitationErrands } from './invitationErrand.js';
import { withoutSetUpBesideFirstMeeting } from './firstMeeting.js';
import { paragraphRefs, PARAGRAPH_REF } from './paragraphs.js';
import { ownBodyOf } from './bodies.js';
import { readBlock, tidyText } from './decisions.js';
import { discussionItems } from './discussionItems.js';
import { callsItselfMinutes, isForwardPlan, isNotes } from './documentKind.js';
import { expandBodies, expandGroups, expandTitles } from './fullTitles.js';
import { withDecisionReferences } from './decisionReferences.js';
import { decisionNumber, underDecisionNumber } from './decisionNumbers.js';
import { labelledClauses } from './labelledClauses.js';
import { carriedLogRows, settledLogRows } from './logBlocks.js';
import { isReportSection, splitMinutes } from './headings.js';
import { layout } from './layout.js';
import { ATTENDANCE_LINE, NUMBER_WORDS } from './lexicon.js';
import { TWO_PERIODS } from './dueSpans.js';
import { findMeetingDate, findNextMeetings } from './meetingDates.js';
import { sameDayElsewhere } from './dateText.js';
import { ownersOf } from './owners.js';
import { ownerPhrase } from './ownerPhrase.js';
import { peopleOf } from './people.js';
import { resolveSubjects } from './subjectOwners.js';
import { printedOnce, repeats, repeatsElsewhere, sharesMatter } from './sameMatter.js';
import { isClauseItem } from './undertakings.js';
import { takenUp } from './takenUp.js';
import { withoutRestatedRows } from './restatedRows.js';
import { carriedToReview, dedupeSummary, notCarriedAgain } from './tableRows.js';
import { readClause } from './grammar.js';
import { withoutPronounErrands } from './pronounErrand.js';
import { pointBackToMeeting } from './thatMeeting.js';
import { paperForMeeting } from './paperForMeeting.js';
import { paperInSeason } from './seasonPaper.js';
import { meetingButOne } from './meetingButOne.js';
import { paperCommentedOn, settledByResolution } from './paperComments.js';
import { answeredNext } from './answeredRequests.js';
import { announcesMeetings } from './meetingLists.js';
import { proposalFell } from './proposalFell.js';
import { isFinding } from './findings.js';
import { bareVerdict } from './bareVerdict.js';
import { recordMended } from './recordMended.js';
import { stepDues } from './stepDue.js';
import { assentOwners } from './assentOwner.js';
import { presenterOf, presenterOwners } from './presenterOwner.js';
import { takeTicked } from './tickedTasks.js';
import { withStemSentences } from './stemSentence.js';
import { ownerLine, type BlockResults } from './actionLines.js';
import { asksOf, bareStep, carriesOut, itemBefore, pronounStep, resolvedStep, sentenceBefore } from './pronounSteps.js';
import type { MinutesProposal, NotedEntry, ParseOptions, ProposedItem } from './types.js';
import { withoutNounOwner } from './nounOwner.js';

export type { MinutesProposal, ProposedItem, NotedEntry, ParseOptions, Source } from './types.js';

/** What only minutes contain: a "Minutes:" heading, the record approved as correct, matters arising. */
const MINUTES_MARK = /^\s*minutes\s*:?\s*$|\b(?:correct|true|accurate)\s+record\b|^\s*matters\s+arising\b/i;

/** The line that ends the meeting's record. */
const CLOSING =
  /\b(?:meeting|chair(?:man|person)?\s+closed\s+the\s+meeting)\s+(?:closed|ended|finished|concluded|terminated|close)\s+(?:at\b|\d{1,2}[.:]\d{2}\s*[ap]\.?m\b)|\bclosed\s+the\s+meeting\s+at\b|^\s*(?:there\s+being|with\s+there\s+being)\s+no\s+(?:further|other)\s+business\b|^\s*signed\b.{0,40}\bchair/i;

export function parseMinutes(raw: string, options: ParseOptions = {}): MinutesProposal {
  const laid = layout(raw).split('\n');
  // (an action log's closed rows, and new rows repeating this meeting's minutes, add nothing)
  const settled = settledLogRows(laid);
  const unsettled = settled.size ? laid.map((l, k) => (settled.has(k) ? '' : l)) : laid;
  if (isForwardPlan(unsettled)) return { meeting: { date: null }, nextMeetings: [], items: [], noted: [] };
  const meeting = options.meetingDate ?? findMeetingDate(unsettled);
  // (its open rows: one with a new due is carried on, one the minutes reviewed is read there)
  const carried = carriedLogRows(unsettled, (cell) => dueCell(cell, meeting));
  const lines = carried.used.size ? unsettled.map((l, k) => (carried.used.has(k) ? '' : l)) : unsettled;
  const own = ownBodyOf(lines);
  const people = peopleOf(lines);
  const resolveYear = sameDayElsewhere(lines.join(' '));
  // a log flattened into lines is read whole first: its rows' references are no minutes' numbers
  const log = flattenedLog(lines, meeting, people);
  // (a task ticked off in a shared document's checklist is noted, its minute read without it)
  const ticked = withDecisionReferences(
    splitMinutes(log.used.size ? lines.map((l, k) => (log.used.has(k) ? '' : l)) : lines),
  )
    .filter((m) => !isReportSection(m.title))
    .map((m) => takeTicked(m, CLOSING));
  const minutes = ticked.map((t) => t.minute);
  const blocksOf = minutes.map((m) => findBlocks(m.lines, own));
  // Minutes that record decisions under keywords are formal: their discussion is read only for what it says was agreed.
  const formal = blocksOf.some((blocks) => blocks.some((b) => b.found === 'keyword' || b.found === 'inline'));
  const isMinutes =
    meeting !== null ||
    lines.some((l) => ATTENDANCE_LINE.test(l.trim()) || MINUTES_MARK.test(l)) ||
    blocksOf.some((b) => b.length > 0);
  const items: ProposedItem[] = [...log.items, ...carried.items];
  const noted: NotedEntry[] = [];
  // (the minute whose lines print each table row: a log printed under the minute that reviews it keeps its rows' refs)
  const printedIn = new Map<ProposedItem, string | null>();
  // the entries of a list of the next meeting's business, told from the matters of the minutes they may repeat
  const listedForNext = new Set<ProposedItem>();
  // (an action table's due dates are not meetings: the dates are read with its rows left out)
  const dated = minutes.map((m) => ({ ...m }));
  minutes.forEach((minute, index) => {
    const table = actionTable(
      minute.lines,
      minute.number,
      meeting,
      own,
      minutes.map((m) => m.number),
      minute.title,
    );
    for (const row of table.items) printedIn.set(row, minute.number);
    noted.push(...table.noted);
    dated[index].lines = minute.lines.map((l, i) => (table.used.has(i) ? '' : l));
    // A list of the next meeting's agenda items, and recommendations agreed for another body, are read as such before any decision block.
    // (the list of a coming meeting's business ends where the meeting closed: what follows is an annex)
    const closedAt = minute.lines.findIndex((l) => CLOSING.test(l));
    const agenda = agendaItems(
      minute.lines.map((l, i) => (table.used.has(i) || (closedAt >= 0 && i >= closedAt) ? '' : l)),
      minute.number,
      meeting,
      minute.title,
      lines,
    );
    // (a work programme set out as a calendar: each row's topics are the business of the meeting it names)
    const schedule = programmeSchedule(
      minute.lines.map((l, i) => (table.used.has(i) || agenda.used.has(i) ? '' : l)),
      minute.number,
      meeting,
      minute.title,
    );
    const recommended = agreedRecommendations(minute.lines, minute.number);
    const labelled = labelledClauses(minute.lines);
    const listed = actionLists(
      minute.lines,
      minute.number,
      { own, meeting, resolve: resolveYear },
      new Set([...table.used, ...labelled.used]),
    );
    const taken = new Set([
      ...table.used,
      ...agenda.used,
      ...schedule.used,
      ...recommended.used,
      ...labelled.used,
      ...listed.used,
    ]);
    const blocks = withStemSentences(
      [
        ...labelled.blocks,
        ...(taken.size
          ? findBlocks(
              minute.lines.map((l, i) => (taken.has(i) ? '' : l)),
              own,
            )
          : blocksOf[index]),
      ],
      minute.lines,
    );
    const resolved: ProposedItem[] = [...recommended.items];
    const lastOfBlock: BlockResults = new Map();
    const asked = new Set<ProposedItem>();
    for (const block of blocks) {
      const read = readBlock(block, minute.number, { own, meeting, resolve: resolveYear });
      // (a decision printed with its own number, "Decision 15:", is cited by it)
      const number = block.found === 'keyword' ? decisionNumber(minute.lines[block.lines[0]]) : null;
      read.items = underDecisionNumber(read.items, number);
      read.noted = underDecisionNumber(read.noted, number);
      resolved.push(...read.items);
      noted.push(...read.noted);
      if (block.found === 'sentence') for (const it of read.items) asked.add(it);
      lastOfBlock.set(block.lines[block.lines.length - 1], { ...read, lines: block.lines });
    }
    noted.push(...listed.noted);
    // "Members asked that an item on retail crime be added", then "RESOLVED … that retail crime be added to the work
    // programme": what the discussion asked for and the resolution decided is one item, the resolution's — also where
    // the resolution takes the request up in its own words (takenUp.ts: "Members asked that the results be brought
    // back", then "That the survey findings be reported to the Panel in June")
    const formally = resolved.filter((r) => !asked.has(r));
    resolved.splice(
      0,
      resolved.length,
      ...resolved.filter((r) => !asked.has(r) || !formally.some((f) => repeats(r, [f]) || takenUp(r, f))),
    );
    // "Members asked that the response press for a longer settlement", then "RESOLVED that the response be finalised
    // and submitted": a comment on the paper the resolution settles — what became of it is the resolution's
    const resolution = blocks
      .filter((b) => b.found !== 'sentence')
      .flatMap((b) => b.lines.map((k) => minute.lines[k] ?? ''))
      .join(' ');
    const commented = (r: ProposedItem) => {
      const paper = asked.has(r) && !r.owner ? paperCommentedOn(r.text) : null;
      return !!paper && settledByResolution(paper, resolution);
    };
    resolved.splice(0, resolved.length, ...resolved.filter((r) => !commented(r)));
    // (a page printing the minute and then its decision in shorter words prints each numbered decision twice)
    resolved.splice(0, resolved.length, ...printedOnce(resolved));
    // A decision sentence takes only itself: the rest of its paragraph is still discussion.
    const consumed = new Set<number>([
      ...blocks.filter((b) => b.found !== 'sentence').flatMap((b) => b.lines),
      ...taken,
    ]);
    // (with the stem a sentence ends on a colon: "The Board agreed to ask the Committee to:" heads its marked lines)
    const decided = new Set(
      blocks.filter((b) => b.found === 'sentence').flatMap((b) => (b.stem ? [b.stem, ...b.paragraphs] : b.paragraphs)),
    );
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
        : { items: [], marked: [], noted: [] };
    noted.push(...told.noted, ...ticked[index].noted);
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
    // (a minute that closes on its own list of actions records them there: the prose above told how it got there)
    const prose = (i: ProposedItem) =>
      listed.closesOnList && i.category !== 'deferral' && (asked.has(i) || i.source === 'discussion');
    // ("Members asked that the list be published. The Clerk agreed to publish it online.": the request is answered by
    // the undertaking in the next sentence — one errand, the undertaking's — answeredRequests.ts)
    const minuteFlat = minute.lines.join(' ').replace(/\s+/g, ' ');
    const answered = (r: ProposedItem) => asked.has(r) && !!answeredNext(r, told.items, minuteFlat);
    for (const entry of agenda.items) listedForNext.add(entry);
    const fresh = [
      ...resolved.filter((r) => !prose(r) && !answered(r)),
      ...marked,
      ...agenda.items,
      // (an entry of the programme that repeats a matter this meeting already decided is that matter, tracked once)
      // (a topic of two words, "Proposed precept", is too short to tell a repeat by its words)
      ...schedule.items.filter(
        (e) => (e.text.match(/[a-z]{4,}/gi) ?? []).length < 3 || !repeatsElsewhere(e, [...items, ...resolved]),
      ),
      ...listed.items,
    ];
    // What the discussion agreed and a resolution of the minute records is one item; so is the same matter agreed twice.
    // (the same person doing the same thing is one item whatever kind each reads as: the resolution says which)
    // (and a thing the discussion says will be done, naming no one, is the resolution's matter whatever kind the
    // resolution reads as: "the hedge survey results would be split by parish" beside "That the Tree Officer circulate
    // the survey results split by parish" — the resolution says who and what kind)
    const same = (n: ProposedItem) => (i: ProposedItem) =>
      i.category === n.category ||
      i.type === n.type ||
      sameSubject(subjectOf(n), subjectOf(i)) ||
      (!n.owner && i.source === 'resolution');
    // ("The Clerk would invite her" right after an item asking that she attend: a step of that item, not a second one)
    const minuteWords = minute.lines.join(' ').replace(/\s+/g, ' ');
    // (the step names who carries the item out when it named no one: "… ask the county council to repair the path.
    // The Clerk will report it online.")
    const stepOf = (n: ProposedItem, k: number) => {
      const before = itemBefore(n, [...fresh, ...told.items.slice(0, k)], minuteWords);
      // ("Members asked for a note on X. Ms Y agreed to provide this." then "RESOLVED that a note on X be circulated":
      // the request made no item of its own, but the resolution records the same matter — the step is the resolution's)
      const asked = pronounStep(n) && !before ? sentenceBefore(n, minuteWords, true) : undefined;
      const recorded =
        (asked ? fresh.find((r) => repeats({ ...n, text: asked }, [r])) : undefined) ??
        (pronounStep(n) && !before ? resolvedStep(n, fresh) : undefined);
      // ("The Committee AGREED that the risk be escalated … AT to arrange before 5 February.": with no item found in the
      // sentence before, the minute's one resolution is what the step carries out)
      const decidedHere = fresh.filter((r) => r.source === 'resolution');
      const carried =
        pronounStep(n) || bareStep(n, before)
          ? (before ?? recorded)
          : carriesOut(n) && decidedHere.length === 1
            ? decidedHere[0]
            : undefined;
      // ("… RESOLVED to ask the Police to patrol. Clerk to write.": the one asked is who the request goes to; the
      // closing line names who sends it)
      if (carried?.owner && n.owner && carried.category === 'action' && asksOf(carried.text, carried.owner))
        carried.owner = null;
      // (the step's own deadline is the decision's when the decision gave none: "… be escalated. AT to arrange before 5 February")
      if (carried && !carried.due && n.due && carriesOut(n)) carried.due = n.due;
      if (carried && !carried.owner && n.owner && carried.category === 'action') {
        carried.owner = n.owner;
        carried.owners = n.owners;
      }
      return !!carried;
    };
    // (the same matter agreed again may say when: "The VSH agreed to email it." then "- VSH … by email. When: within two weeks")
    const againWithDue = (n: ProposedItem, k: number) => {
      const first = told.items.slice(0, k).find((e) => repeats(n, [e]));
      if (first && n.due) first.due ??= n.due;
      return !!first;
    };
    const extra = told.items.filter(
      (n, k) =>
        !prose(n) &&
        !stepOf(n, k) &&
        !repeats(n, fresh.filter(same(n))) &&
        !againWithDue(n, k) &&
        !repeatsElsewhere(
          n,
          items.filter((i) => i.category === n.category && i.source === 'resolution'),
        ) &&
        // (an undertaking read from a clause of the discussion, by the one the minute's resolution names for an errand on
        // the same matter, is that errand told before it was resolved — undertakings.ts)
        !(
          isClauseItem(n) &&
          fresh.some(
            (r) => r.source === 'resolution' && !!r.owner && r.owner === n.owner && sharesMatter(r.text, n.text),
          )
        ),
    );
    // (a group set up beside the errand to arrange its first meeting: the arranging is the item — firstMeeting.ts)
    const found = withoutSetUpBesideFirstMeeting(withInvitationErrands([...fresh, ...extra]), noted);
    const minuteText = minute.lines.join(' ').replace(/\s+/g, ' ');
    pointBackToMeeting(found, minuteText, meeting);
    stepDues(found, minuteText, { own, meeting, resolve: resolveYear });
    assentOwners(found, minuteText, own);
    presenterOwners(found, presenterOf(minute.title, minute.lines, own), minuteText);
    resolveSubjects(found, minuteText, (np) => !!np && people.knows(np));
    expandTitles(found, minuteText, lines.join(' ').replace(/\s+/g, ' '), (np) => !!np && people.knows(np));
    expandBodies(found, minuteText, (np) => own.is(np));
    expandGroups(found, minuteText);
    items.push(...found);
  });
  // (in notes, an action log is the record: its own numbers are the references of its rows; so in a record that does
  // not call itself minutes)
  const logNumbers = isNotes(lines) || !callsItselfMinutes(lines);
  carriedToReview(items, minutes, printedIn, logNumbers);
  const reviewed = dated
    .map((m) => m.lines.join(' '))
    .join(' ')
    .replace(/\s+/g, ' ');
  const nextMeetings = findNextMeetings(dated, meeting, own, resolveYear);
  // (the whole text, to tell a common noun from a name by whether the minutes ever write it in small letters)
  const whole = lines.join(' ');
  // (an undertaking read from a clause of the discussion that tells, in the same words, a matter a resolution anywhere in the
  // minutes decides is that decision, told where it was debated — undertakings.ts)
  const decidedAlso = items.filter((i) => i.source === 'resolution');
  items.splice(
    0,
    items.length,
    ...items.filter((i) => !isClauseItem(i) || !decidedAlso.some((r) => r.minute !== i.minute && repeats(i, [r]))),
  );
  const proposed = withoutRestatedRows(
    dedupeSummary(
      notCarriedAgain(
        withoutPronounErrands(withoutCrossReferences(items, listedForNext)),
        reviewed,
        minutes.map((m) => m.number),
      ),
      minutes.map((m) => m.number),
      logNumbers,
      { own, meeting },
    ),
    minutes.map((m) => m.number),
    logNumbers,
  )
    .flatMap(eachPeriod)
    .map((item) => paperInSeason(paperForMeeting(withOwners(withoutNounOwner(item, whole, people, own)), own), own))
    .map((item) => meetingButOne(item, nextMeetings, meeting))
    .filter((item) => !announcesMeetings(item.text));
  // (a verdict or status standing alone, "Closed.", "As amended.": what it settles was read with the sentence before it;
  // and the last meeting's record amended or signed, its approval carried out: recordMended.ts. Both are listed with the
  // noted entries, so that the review still shows them)
  const closedOff = proposed.filter((item) => bareVerdict(item.text) || recordMended(item.text));
  // (a motion lost or a proposal voted down, told with its fate, decides nothing; it is listed with the noted entries,
  // saying why, so that the clerk still sees it and can make it an item)
  const fell = proposed.filter((item) => !closedOff.includes(item) && proposalFell(item.text));
  // (a finding, the body's judgement of what a thing is, is the decision itself: noted — findings.ts)
  const found = proposed.filter((item) => !closedOff.includes(item) && !fell.includes(item) && isFinding(item.text));
  return {
    meeting: { date: meeting },
    nextMeetings,
    items: proposed.filter((item) => !closedOff.includes(item) && !fell.includes(item) && !found.includes(item)),
    noted: [...noted, ...fell.map(fellAtAVote), ...found.map(asNoted), ...closedOff.map(asNoted)],
  };
}

/** A proposal that fell, as the review shows it: noted, saying why. */
function fellAtAVote({ minute, ref, text, source, confidence }: ProposedItem): NotedEntry {
  return { minute, ref, text, source, confidence, reason: 'fell at a vote' };
}

/** An item that only records, as the review shows it: noted. */
function asNoted({ minute, ref, text, source, confidence }: ProposedItem): NotedEntry {
  return { minute, ref, text, source, confidence };
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

/**
 * Whether two subjects name one person: the same words, or a bare title and the fuller title it stands for ("the
 * Actuary" and "the Fund Actuary", "the Director" and "the Director of Housing") — the minute prints the full title
 * once and the short one after it.
 */
function sameSubject(a: string | null, b: string | null): boolean {
  if (!a || !b) return false;
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return (
    /^[a-z][\w'’-]*$/.test(short) &&
    /^[a-z]/.test(long) &&
    new RegExp(String.raw`(?:^|\s)${short}\b`).test(long) &&
    long.split(/\s+/).length <= 6
  );
}

/** Who does it, as the text opens: "The working group would develop …" and "That the working group develop …". */
function subjectOf(item: ProposedItem): string | null {
  const who = item.owner ?? readClause(item.text).subject;
  return who ? who.toLowerCase().replace(/^the\s+/, '') : null;
}

/** Every owner the item's decision names, the lead first; `owner` is the lead. */
function withOwners(item: ProposedItem): ProposedItem {
  const owners = ownersOf(ownerPhrase(item.owner));
  return { ...item, owner: owners[0] ?? null, owners };
}

export { PARAGRAPH_REF, paragraphRefs, tidyText };
export type { Block };
