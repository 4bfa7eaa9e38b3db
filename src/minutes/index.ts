// The minutes parser: text in, proposal out. Pure — no files, no clock. Each step is its
// own module: normalise → segment → resolutions → clauses → classify → owner → due →
// action tables → meeting dates → narrative actions → agreed agenda items.
import { actionTable } from './actionTable.js';
import { agendaItems } from './agendaItems.js';
import { categorise, splitDecisions } from './classify.js';
import { inlineList, splitClauses } from './clauses.js';
import { isForwardPlan, ownBody, ownName } from './documentKind.js';
import { dueOf } from './due.js';
import { findMeetingDate, findNextMeetings } from './meetingDates.js';
import { narrativeItems } from './narrative.js';
import { normalise } from './normalise.js';
import { actionMarker, cleanOwner, closingOwner, directive, isAgent, recipientBody } from './owner.js';
import { agreedRecommendations } from './recommendations.js';
import { expandTitles } from './fullTitles.js';
import { pointBackToMeeting } from './thatMeeting.js';
import { authorises, completes, repeats } from './sameMatter.js';
import { findBlocks, PARAGRAPH_REF, paragraphRefs } from './resolutions.js';
import { isReportSection, segment } from './segment.js';
import { TYPE_OF_CATEGORY } from '../domain/types.js';
import { type Category, type Clause, type MinutesProposal, type NotedEntry, type ParseOptions, type ProposedItem } from './types.js';

export type { MinutesProposal, ProposedItem, NotedEntry, ParseOptions } from './types.js';

/** Lines only minutes have: who attended, who sent apologies. */
const MINUTES_SIGN = /^(?:present|apologies(?:\s+for\s+absence)?|in attendance|attendance|also present|sederunt|members present|absent)\b\s*[:–-]?/i;

export function parseMinutes(raw: string, options: ParseOptions = {}): MinutesProposal {
  const lines = normalise(raw).split('\n');
  if (isForwardPlan(lines)) return { meeting: { date: null }, nextMeetings: [], items: [], noted: [] };
  const meeting = options.meetingDate ?? findMeetingDate(lines);
  const minutes = segment(lines);
  const own = ownBody(lines);
  const items: ProposedItem[] = [];
  const noted: NotedEntry[] = [];
  const tabled: ProposedItem[] = [];
  // Guesses from the discussion are only worth making in something that is minutes.
  const isMinutes = meeting !== null || lines.some((l) => MINUTES_SIGN.test(l.trim())) || minutes.some((m) => findBlocks(m.lines).length > 0);
  for (const minute of minutes) {
    if (isReportSection(minute.title)) continue;
    const recommended = agreedRecommendations(minute.lines, minute.number);
    const table = actionTable(minute.lines, minute.number, meeting);
    const blocks = findBlocks(minute.lines.map((l, i) => (table.used.has(i) || recommended.used.has(i) ? '' : l)));
    const consumed = new Set([...blocks.flatMap((b) => b.lines), ...table.used, ...recommended.used]);
    const resolved: ProposedItem[] = [...recommended.items];
    const byLine = new Map<number, { items: ProposedItem[]; noted: NotedEntry[] }>();
    for (const block of blocks) {
      const read = splitClauses(block, minute.number).map((clause) => readClause(clause, meeting, own));
      resolved.push(...read.flatMap((r) => r.items));
      noted.push(...read.flatMap((r) => r.noted));
      byLine.set(block.lines[block.lines.length - 1], { items: read.flatMap((r) => r.items), noted: read.flatMap((r) => r.noted) });
    }
    const agenda = agendaItems(minute.lines.map((l, i) => (consumed.has(i) ? '' : l)), minute.number, meeting, minute.title);
    const refs = paragraphRefs(minute.lines);
    const paragraphs: { text: string; ref: string | null }[] = [];
    let lastLine = -2;
    // On an "agenda and minutes" page the agenda's own words come before "Minutes:".
    const record = minute.lines.findIndex((l) => /^minutes:\s*$/i.test(l.trim()));
    minute.lines.forEach((line, i) => {
      if (!line.trim() || consumed.has(i) || agenda.used.has(i) || i < record) return;
      // A line that is only "Action: <owner>" names the owner of what comes just before it.
      const marker = actionMarker(line.trim());
      if (marker && marker.index === 0) {
        const before = [...byLine.keys()].filter((k) => k < i && minute.lines.slice(k + 1, i).every((l) => !l.trim()));
        const earlier = before.length ? byLine.get(before[before.length - 1]) : undefined;
        // "Action: Town Clerk" under a resolution: the owner of what it left without one.
        if (earlier?.items.length) {
          const unowned = earlier.items.filter((it) => it.owner === null);
          for (const it of unowned.length ? unowned : earlier.items.slice(-1)) it.owner = marker.owner;
        }
        else if (earlier?.noted.length) resolved.push(actionFrom(earlier.noted[earlier.noted.length - 1], marker.owner, meeting, noted));
        else if (paragraphs.length) paragraphs[paragraphs.length - 1].text += ` Action: ${marker.owner}`;
        return;
      }
      // A sentence the layout wraps onto the next line is one sentence of the discussion.
      const last = paragraphs[paragraphs.length - 1];
      if (last && lastLine === i - 1 && !/[.!?:;]\s*$/.test(last.text) && !/^(?:- |\(?[a-z0-9]{1,4}[.)]\s|actions?\s*[:–—-])/i.test(line.trim())) last.text += ` ${line.trim()}`;
      // "13.9 The Licensing Officer will send …": the paragraph's number is its ref, not its first word.
      else paragraphs.push({ text: line.trim().replace(PARAGRAPH_REF, ''), ref: refs[i] });
      lastLine = i;
    });
    // "Matters arising" and the action log update actions already tracked: "Clerk to chase again" carries an old
    // action on, while something newly agreed there ("Cllr Jones agreed to put the signs up") is new.
    const review = /\bmatters arising\b|\baction (?:log|tracker|sheet)\b|\b(?:progress on|update on|review of) (?:previous |outstanding )?actions\b/i.test(minute.title);
    const carriedOn = (n: ProposedItem) => review && /\b(?:again|still|continue|continues|chase|chasing|remains?|ongoing|carried forward)\b/i.test(n.text);
    const told = isMinutes ? narrativeItems(paragraphs, minute.number, meeting).filter((n) => !carriedOn(n) && !completes(n, resolved)) : [];
    const found = [...resolved, ...table.items.filter((t) => !repeats(t, resolved)), ...agenda.items, ...told];
    pointBackToMeeting(found, minute.lines.join(' '), meeting);
    expandTitles(found, minute.lines.join(' ').replace(/\s+/g, ' '), lines.join(' ').replace(/\s+/g, ' '));
    items.push(...found);
    tabled.push(...table.items);
  }
  // A summary table of actions at the end repeats what each minute decided: one item each.
  const summary = new Set(tabled.filter((t) => repeats(t, items.filter((i) => i !== t && !tabled.includes(i) && i.minute === t.minute && i.type === t.type))));
  return { meeting: { date: meeting }, nextMeetings: findNextMeetings(minutes, meeting, ownName(lines)), items: items.filter((i) => !summary.has(i)), noted };
}

/** A decision read as noted, then given an owner by the "ACTION: RO" line under it, is an action. */
function actionFrom(entry: NotedEntry, owner: string, meeting: string | null, noted: NotedEntry[]): ProposedItem {
  noted.splice(noted.indexOf(entry), 1);
  const reading = categorise(entry.text);
  const category: Category = reading === 'noted' ? 'action' : reading;
  return { minute: entry.minute, ref: entry.ref, type: TYPE_OF_CATEGORY[category], category, owner, due: dueOf(entry.text, meeting, category === 'deferral'), text: entry.text, confidence: 0.8, narrative: false };
}

/** A stem whose sentence a list finishes: "with the addition of:", "the following items:" — not "Cabinet agreed:". */
const LIST_OPENER = /\b(?:of|for|on|with|including|include|namely|following(?:\s+[a-z]+){0,2}|as follows|below)\s*:\s*$/i;

function readClause(clause: Clause, meeting: string | null, own: (text: string) => string): { items: ProposedItem[]; noted: NotedEntry[] } {
  // "… with the addition of: (a) …; (b) …" on one line: each entry is a decision under the words before the colon.
  const list = inlineList(clause.text);
  if (list && LIST_OPENER.test(`${list.intro}:`)) {
    const read = list.entries.map((text) => readClause({ ...clause, text, stem: `${clause.stem} ${list.intro}:`.trim() }, meeting, own));
    return { items: read.flatMap((r) => r.items), noted: read.flatMap((r) => r.noted) };
  }
  // "RESOLVED to: 1. Ask the Director to …": a numbered clause in the imperative finishes "resolved to".
  if (/^(?:ask|request|instruct|invite|delegate|authorise|refer|recommend)\b/.test(clause.text.toLowerCase()) && /^[A-Z]/.test(clause.text) && (!clause.stem || /\bto\s*:?\s*$/i.test(clause.stem))) {
    clause = { ...clause, text: `to ${clause.text.charAt(0).toLowerCase()}${clause.text.slice(1)}` };
  }
  // "That (a) the report be noted; and (b) the Commissioner provide …": lettered clauses run on one line, each its own.
  const lettered = /^(?:that\s+)?\(a\)\s+/i.test(clause.text) ? clause.text.replace(/^(?:that\s+)?/i, '').split(/(?:^|[;,]?\s+(?:and\s+)?)(?=\([a-h]\)\s)/i).filter((e) => e.trim()) : [];
  if (lettered.length >= 2) {
    const read = lettered.map((entry) => {
      const letter = /^\((?<l>[a-h])\)\s+/i.exec(entry);
      return readClause({ ...clause, text: entry.slice(letter?.[0].length ?? 0).trim(), ref: `${clause.ref ?? ''}(${letter?.groups?.l ?? ''})` }, meeting, own);
    });
    return { items: read.flatMap((r) => r.items), noted: read.flatMap((r) => r.noted) };
  }
  const closing = actionMarker(clause.text) ? null : closingOwner(clause.text);
  const marker = actionMarker(clause.text) ?? closing;
  const text = marker ? clause.text.slice(0, marker.index).trim() : clause.text;
  // "… to buy new pads. Clerk to place the order.": the closing sentence is the action.
  const closingReading = closing ? categorise(clause.text.slice(closing.index)) : 'noted';
  const stemReading = clause.stem ? categorise(clause.stem) : 'noted';
  const stemAgent = clause.stem ? directive(clause.stem) : null;
  const items: ProposedItem[] = [];
  const noted: NotedEntry[] = [];
  for (const said of splitDecisions(text)) {
    // "reported to Cabinet in September" in Cabinet's own minutes is this body's agenda.
    const part = own(said);
    let reading = categorise(part);
    let fromStem = false;
    // "with the addition of:" over a list: each entry read as the end of the sentence the colon breaks.
    // An addition to a work programme is an agenda item, whatever its own words would suggest.
    const joined = LIST_OPENER.test(clause.stem) ? categorise(`${clause.stem.replace(/:\s*$/, '')} ${part}`) : 'noted';
    if (reading === 'noted' || joined === 'work-programme') reading = joined === 'noted' ? reading : joined;
    if (reading === 'noted' && stemReading !== 'noted') {
      reading = stemReading;
      fromStem = true;
    }
    if (reading === 'noted' && closing) reading = closingReading === 'noted' ? 'action' : closingReading;
    // "It was RESOLVED to report the defect to the County Council. ACTION: Clerk": someone is named to act on it.
    if (reading === 'noted' && marker && !closing) reading = 'action';
    if (reading === 'noted') {
      noted.push({ minute: clause.minute, ref: clause.ref, text: tidyText(said) });
      continue;
    }
    const category: Category = reading;
    // A committee scheduling its own business owns it, unless someone is named to bring it.
    const owner = category === 'work-programme' ? (marker?.owner ?? author(directive(part)?.agent ?? stemAgent?.agent ?? null)) : marker?.owner ?? ownerFor(part, category) ?? stemAgent?.agent ?? (fromStem ? ownerFor(clause.stem, category) : null);
    const due = dueOf(part, meeting, category === 'deferral') ?? (clause.stem ? dueOf(clause.stem, meeting) : null);
    const shown = closing ? `${said} ${clause.text.slice(closing.index).trim()}` : said;
    const item: ProposedItem = { minute: clause.minute, ref: clause.ref, type: TYPE_OF_CATEGORY[category], category, owner, due: due ?? (closing ? dueOf(own(shown), meeting) : null), text: tidyText(shown), confidence: clause.confidence, narrative: false };
    const previous = items[items.length - 1];
    if (previous && authorises(previous, item)) {
      Object.assign(previous, { owner: previous.owner ?? item.owner, due: previous.due ?? item.due, text: `${previous.text.replace(/[.;]\s*$/, '')}, and ${item.text.charAt(0).toLowerCase()}${item.text.slice(1)}` });
    } else items.push(item);
  }
  return { items, noted };
}

/** Who is named to bring an agenda item — not a committee, which schedules its own business. */
function author(agent: string | null): string | null {
  return agent && !/\b(?:committee|panel|board|commission|forum|cabinet|council|sub-committee)$/i.test(agent) ? agent : null;
}

function ownerFor(text: string, category: Category): string | null {
  if (category === 'invitation') {
    const invited = /(?:^|\bthat\s+)(?<who>[^,;.]{2,80}?)\s+(?:be|are|were)\s+invited\b/i.exec(text.replace(/^\s*that\s+/i, ''))?.groups?.who;
    if (invited && isAgent(invited)) return cleanOwner(invited);
    // "asked the Scrutiny Manager to invite a representative …": the one who sends the invitation.
    const asker = directive(text);
    return asker?.verb === 'invite' ? asker.agent : null;
  }
  if (category === 'recommendation') return recipientBody(text) ?? directive(text)?.agent ?? null;
  return directive(text)?.agent ?? null;
}

function tidyText(text: string): string {
  // "requested that officers write …" under "That the Committee:": the decision's own words.
  const t = text.replace(/^\s*(?:-\s*)?(?:(?:requested|agreed|asked|resolved|decided)\s+)?that\s+/i, '').replace(/[\s;,|]+(?:and|or)?\s*$/i, '').replace(/\s+/g, ' ').trim();
  return t.charAt(0).toUpperCase() + t.slice(1);
}
