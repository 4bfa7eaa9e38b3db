// A minute that closes on its own list of actions: "Agreed actions" (or "Actions agreed:",
// "Action points") over bulleted entries, each "<owner> to <do> … When: <due>" or
// "<owner>: <what>. When: <due>". The list is how the minute records what it agreed — the
// sentences above it tell the discussion that led there — so each entry is one item, its owner
// the entry's subject or label, its due the label ("When:", "By when:", "Due:") gives.
import { fieldedEntries } from './actionFields.js';
import type { OwnBody } from './bodies.js';
import { classify, type Decision } from './classify.js';
import { findDates, firstAfter, statedIso } from './dateText.js';
import { dueCell } from './actionTable.js';
import { isDue, writtenDue } from './dashedLog.js';
import { dueFor, type ReadContext } from './decisions.js';
import { readClause } from './grammar.js';
import { PARTICLES, PREPOSITIONS, TABLE_HEADS, WHOLE_MEMBERSHIP } from './lexicon.js';
import { whoseMeeting } from './ownMeetings.js';
import { cleanOwner, ownerOf } from './owner.js';
import { BRINGING } from './paperForMeeting.js';
import { doneEntry, reportedDone } from './progressNotes.js';
import type { Category, NotedEntry, ProposedItem, StatedDue } from './types.js';
import { TYPE_OF_CATEGORY } from '../domain/types.js';

/** An entry opened by a bullet, as the layout leaves it ("- "), or by a list marker ("1.", "(a)", "b)"). */
const ENTRY = /^(?:-\s+|\(?[a-z0-9]{1,2}[.)]\s+)(?<text>\S.*)$/i;
/** A due field closing an entry: "When: next Panel.", "By when: 31 March", "Deadline – June meeting". */
const DUE_FIELD = /[.;,]?\s*\b(?<label>[A-Za-z][A-Za-z ]{0,14}?)\s*[:–—]\s*(?<due>[^:]{1,60}?)\.?\s*$/;
/** A name as a label: capitalised words and initials, joined by the few words a title holds ("Head of Finance and Resources"). */
const NAME = /^[A-Z][\w.'’&/-]*(?:\s+(?:[A-Z][\w.'’&/-]*|of|and|for|with|the|to|&))*$/;
/** "Recommendation to Cabinet: …", "Referral to the Licensing Committee: …": what goes to another body for its decision. */
const SENT_TO = /^(?:recommendations?|referrals?|references?)\s+to\s+(?<body>\S.*)$/i;

/** Whether a line heads a list of the minute's actions: the nouns of an action record, alone on the line. */
export function actionListHead(line: string): boolean {
  const head = line.trim().replace(/\s*[:–—-]\s*$/, '');
  return /\baction/i.test(head) && TABLE_HEADS.action.test(head);
}

interface Entry {
  lines: number[];
  text: string;
}

/** The entries under the head at `at`: bulleted lines, a line the layout left apart carrying the last one on. */
function entriesUnder(lines: string[], at: number): Entry[] {
  const entries: Entry[] = [];
  for (let j = at + 1; j < lines.length; j++) {
    const line = lines[j].trim();
    if (!line) {
      if (entries.length) break;
      continue;
    }
    const m = ENTRY.exec(line);
    if (m?.groups) entries.push({ lines: [j], text: m.groups.text });
    else if (entries.length && !/[.;]$/.test(entries[entries.length - 1].text)) {
      entries[entries.length - 1].text += ` ${line}`;
      entries[entries.length - 1].lines.push(j);
    } else break;
  }
  return entries;
}

/** The entry without its due field, and the due the field states. */
function dueField(
  text: string,
  meeting: string | null,
  own: OwnBody,
): { text: string; due: StatedDue; stated: boolean } {
  const m = DUE_FIELD.exec(text);
  if (!m?.groups || !TABLE_HEADS.due.test(m.groups.label.trim())) {
    // ("KP to send the figures to the group - by 23 Oct", "LW to finish the survey - end Nov": the list's "when" column run
    // into the line after a dash, as its owner column may be before one)
    const dashed = /\s[-–—]\s+(?<due>[^-–—]{1,40}?)\.?\s*$/.exec(text);
    // (not "Tomasz - book the hall for the April meeting": a name before the dash is the owner, the errand after it)
    const before = text.slice(0, dashed?.index ?? 0).trim();
    if (!dashed?.groups || !isDue(dashed.groups.due) || before.split(/\s+/).length < 3)
      return { text, due: null, stated: false };
    return {
      text: text.slice(0, dashed.index).trim(),
      due: dueCell(writtenDue(dashed.groups.due), meeting),
      stated: true,
    };
  }
  // (a body's dated sitting, "Panel 2 March 2027", is due that day; another body's, "Cabinet 16 February 2027", is no due
  // of this body's item, as dueOf reads "to Cabinet on 16 February")
  const date = findDates(m.groups.due)[0];
  const sitting = date ? m.groups.due.slice(0, date.index).trim() : '';
  const others = sitting !== '' && whoseMeeting(`to ${sitting} on `, '', own) === 'other';
  const day = date && !others ? (statedIso(date) ?? (meeting ? firstAfter(date, meeting) : null)) : null;
  const due = others ? null : (dueCell(m.groups.due, meeting) ?? (day ? { kind: 'date' as const, date: day } : null));
  return { text: text.slice(0, m.index).trim(), due, stated: true };
}

/** A due that is a meeting of this body: the next, a month's, a dated one. */
const atMeeting = (due: StatedDue) => due?.kind === 'next' || due?.kind === 'month' || due?.kind === 'meeting';

/** The entry brings a paper before the meeting its due names: a verb of bringing, or a paper sent "to the Panel". */
function bringsPaper(what: string, reading: ReturnType<typeof readClause>, own: OwnBody): boolean {
  if (reading.verb && BRINGING.includes(reading.verb.toLowerCase())) return true;
  const to = /\bto\s+(?<np>(?:the|this)\s+[A-Z][\w-]*)\s*$/.exec(what)?.groups?.np;
  return reading.form === 'none' && !!to && own.is(to);
}

/**
 * "Priya - send round the slides", "Cllr Hale – write to the trust", "All - comments to Ann by Friday": a name, a dash
 * and the task — the list's owner column run into the line. The task opens with its verb (a particle or preposition
 * is no verb: "Solar panels - back to the group" names a matter), or the name is everyone at the meeting. A bracket
 * after the name says who they are ("Clerk (Sam Ferris)"), as in an attendance list.
 */
function dashedName(text: string, own: OwnBody): { who: string; what: string } | null {
  const m = /^(?<who>[A-Z][^–—:]{0,40}?)\s+[-–—]\s+(?<what>\S.*)$/.exec(text)?.groups;
  if (!m) return null;
  const who = m.who.replace(/\s*\([^()]{1,40}\)$/, '').trim();
  if (!NAME.test(who) || own.is(who)) return null;
  const reading = readClause(m.what, true);
  const verb = reading.verb?.toLowerCase() ?? '';
  const doing = reading.form === 'imperative' && !PARTICLES.has(verb) && !PREPOSITIONS.has(verb);
  return doing || /^(?:all|everyone|everybody)$/i.test(who) || WHOLE_MEMBERSHIP.test(who)
    ? { who, what: m.what }
    : null;
}

/** "Garden Tidy Scheme - back to the Panel": a matter's name before the dash, the words after it what becomes of it. */
const MATTER_DASH = /^[A-Z][^–—:]{0,40}?\s+[-–—]\s+(?<what>\S.*)$/;

/** An errand before a dash: a doer (initials or a capitalised name, a few words) then "to" and a verb. */
const ERRAND_BEFORE_DASH = /^[A-Z][\w.'’/&-]*(?:\s+[A-Z][\w.'’/&-]*){0,3}\s+to\s+[a-z][^–—]*\s[-–—]\s/;

/** A bare noun phrase (no verb) sent to a sitting of this body, onto its agenda, or to the body itself. */
function paperForThisBody(d: Decision): boolean {
  return (
    d.bare &&
    (d.category === 'work-programme' ||
      d.places.some(
        (p) => p.kind === 'own-meeting' || p.kind === 'own-agenda' || (p.kind === 'own-body' && p.preposition === 'to'),
      ))
  );
}

/** One entry as an item: "<owner>: <what>" names its owner before the colon; otherwise the entry's own subject does. */
function entryItem(text: string, minute: string | null, context: ReadContext): ProposedItem {
  const { own, meeting } = context;
  const field = dueField(text, meeting, own);
  const labelled =
    /^(?<who>[A-Z][^:]{0,60}?)\s*:\s+(?<what>\S.*)$/.exec(field.text)?.groups ?? dashedName(field.text, own);
  // (a label is a name, not a clause: "VSH:", "CDCS with Director of Finance:", never "The Panel agreed:")
  const who = labelled && NAME.test(labelled.who) ? labelled.who : null;
  const what = who ? labelled!.what : field.text;
  const sent = who ? SENT_TO.exec(who)?.groups?.body : undefined;
  // (an entry is a clause with its subject, "HHO to send …", or an imperative, "Circulate the map …")
  const subjectFirst = classify(what, own);
  // (a matter named with no verb and sent to this body — "Fees proposal to the next meeting", "Survey results back to
  // the Panel" — is a paper for its agenda; read verb-first, its first noun would pass for an imperative)
  const decision = subjectFirst.clause.verb
    ? subjectFirst
    : paperForThisBody(subjectFirst)
      ? { ...subjectFirst, category: 'work-programme' as const }
      : classify(what, own, true);
  // (an entry of an action list is something to do: a reading as noted or a bare matter is an errand)
  let category: Category = sent ? 'recommendation' : decision.category === 'noted' ? 'action' : decision.category;
  // (one consulted is not an owner: "CDCS with Director of Finance" is the CDCS's errand)
  const named = sent ?? (who ? who.replace(/\s+with\s+.*$/i, '') : null);
  const reading = readClause(what);
  // (a matter named before a dash is no one's: who acts, if anyone, is read from the words after it
  // — unless the words before the dash are an errand with its doer, "PM to order the swings – done by Friday")
  const matter = who || ERRAND_BEFORE_DASH.test(what) ? undefined : MATTER_DASH.exec(what)?.groups?.what;
  const owner = matter
    ? ownerOf(classify(matter, own, true), category, own)
    : named
      ? cleanOwner(named)
      : (ownerOf(decision, category, own) ??
        (reading.form === 'infinitive' && reading.subject && !reading.passive ? cleanOwner(reading.subject) : null));
  // (the due field names this body's meeting and the entry brings a paper there: "HCIC to bring the data. When: next
  // Panel", "VSH: the audit to the Panel. When: June meeting" — an item of that meeting's agenda)
  if (category === 'action' && atMeeting(field.due) && bringsPaper(what, reading, own)) category = 'work-programme';
  return {
    minute,
    ref: null,
    type: TYPE_OF_CATEGORY[category],
    category,
    owner,
    // (no due field: the entry's own words may say when, "… before the end of July")
    due: field.stated ? field.due : dueFor(category, what, context),
    text: what.charAt(0).toUpperCase() + what.slice(1),
    confidence: 0.8,
    source: 'resolution',
    narrative: false,
  };
}

/** The minute's action lists: one item an entry (noted where reported done), and the lines they take. */
export function actionLists(
  lines: string[],
  minute: string | null,
  context: ReadContext,
  taken: Set<number> = new Set(),
): { items: ProposedItem[]; noted: NotedEntry[]; used: Set<number>; closesOnList: boolean } {
  const items: ProposedItem[] = [];
  const noted: NotedEntry[] = [];
  const used = new Set<number>();
  lines.forEach((line, i) => {
    if (taken.has(i) || !actionListHead(line)) return;
    const entries = entriesUnder(lines, i).filter((e) => !e.lines.some((k) => taken.has(k)));
    if (!entries.length) return;
    used.add(i);
    for (const entry of entries) {
      for (const k of entry.lines) used.add(k);
      // (an earlier action reported finished, "KM to send the summary – done", adds nothing to track: the clerk sees it noted)
      if (reportedDone(entry.text)) noted.push(doneEntry(entry.text, minute, 'resolution'));
      else items.push(entryItem(entry.text, minute, context));
    }
  });
  // (a list under its own head is where the minute records its actions; an entry with fields may stand anywhere)
  const closesOnList = items.length > 0;
  // (an entry closed by its own "Who: … When: …" line: the fields name who acts and by when, over the entry's words)
  for (const entry of fieldedEntries(lines, context.meeting, new Set([...taken, ...used]))) {
    for (const k of entry.lines) used.add(k);
    const item = entryItem(entry.text, minute, context);
    item.owner = cleanOwner(entry.fields.owner!);
    if (entry.fields.dated) item.due = entry.fields.due;
    items.push(item);
  }
  return { items, noted, used, closesOnList };
}
