// Step 10: the items agreed for a coming meeting's agenda — "Agreed Agenda Items:" under
// "Date of next meeting", or "three items listed for the next … Committee on 26 January
// 2023 – (i) … (ii) …" — each a work-programme item due at that meeting; an item from the
// list "deferred to the meeting taking place on 16 March 2023" becomes a deferral.
import type { ProposedItem } from './types.js';
import type { StatedDue } from '../domain/importPlan.js';
import { findDates, firstAfter, statedIso } from './dateText.js';
import { dueOf } from './due.js';
import { DEFERRING_WORDS } from './lexicon.js';
import { listedOwner } from './listedOwner.js';

/** A topic for a future meeting of this body: listed under the resolution's title (surer), or named in the discussion. */
function agendaItem(
  minute: string | null,
  ref: string | null,
  due: StatedDue,
  text: string,
  source: 'resolution' | 'discussion',
): ProposedItem {
  const listed = source === 'resolution';
  return {
    minute,
    ref,
    type: 'work-programme',
    category: 'work-programme',
    owner: listedOwner(text),
    due,
    text,
    confidence: listed ? 0.8 : 0.6,
    source,
    narrative: !listed,
  };
}

/** "… for the next Performance Scrutiny Committee on 26 January 2023 –": that meeting. */
function meetingNamed(intro: string, meeting: string | null): StatedDue {
  for (const d of findDates(intro)) {
    const date = statedIso(d) ?? (meeting ? firstAfter(d, meeting) : null);
    if (date && (!meeting || date > meeting)) return { kind: 'meeting', meeting: date };
  }
  const stated = dueOf(intro, meeting);
  return stated?.kind === 'month' ? stated : null;
}

const ENTRY = /^(?:- )?(?:\(?(?<ref>[ivx]{1,4}|[a-z]|\d{1,2})[.)]\s*)(?<text>\S.*)$/i;

/** A minute that is itself the list: "Items for the next agenda", "Future agenda items". */
const LIST_TITLE =
  /\b(?:items?|matters?|topics?)\s+for\s+(?:the\s+)?(?:next|future|forthcoming)\s+(?:agenda|meeting)s?\b|\b(?:future|next)\s+(?:meeting\s+)?agenda\s+items?\b/i;

const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december';

/**
 * A line in the prose that opens a list of a coming meeting's business: "Agreed agenda items:", "Items for the next
 * agenda:", "the following items for the next meeting:" — or a named month's, "Items for the February agenda:" (round
 * 34), as the same words in a minute's title already were (MONTH_LIST_TITLE).
 */
const INTRO = new RegExp(
  String.raw`\b(?:agreed\s+)?agenda items\b|\bitems?\b.{0,60}\b(?:for|at)\s+the\s+next\b|\bitems?\s+for\s+(?:the\s+)?(?:next|following)\s+(?:agenda|meeting)\b|\bitems?\s+for\s+(?:the\s+)?(?:${MONTHS})\s+agenda\b`,
  'i',
);

/**
 * The same list for a named month's sitting: "Items for the March agenda" — the clerk names the agenda by the month it
 * will be taken in; only "for" an agenda (not "from" one, not a "meeting" that may be another body's) makes the list.
 * ("Items for next month's agenda" is not taken: its lists name standing business the labels leave out — round 30.)
 */
const MONTH_LIST_TITLE = new RegExp(
  String.raw`\b(?:items?|matters?|topics?)\s+for\s+(?:the\s+)?(?<month>${MONTHS})\s+agenda\b`,
  'i',
);

/**
 * Business this body did not reach, put back to its next sitting as a list: a line "The following items were carried
 * forward to the next meeting for lack of time:" over marked entries. Each entry is a deferral, due when the entry says
 * (a month it names) or else at the next meeting. Only "to the next" sitting or agenda ("Matters carried forward from
 * the last meeting" is the previous meeting's business reviewed; "actions carried forward" are errands still open), and
 * only a line that opens a list with a colon: a minute merely titled so was tried and withdrawn (round 37), its entries
 * are labelled with owners and extras the list alone cannot tell.
 */
const CARRIED_TO_NEXT =
  /\b(?:items?|matters?|business)\s+(?:(?:were|was|are|is|have\s+been|had\s+been)\s+)?(?:carried\s+(?:forward|over)|held\s+over|deferred|put\s+back|postponed)\s+(?:to|until)\s+(?:the\s+)?next\s+(?:meeting|agenda)\b/i;

/** A list's entry that carries its own marker: a dash, a bullet, "(i)", "a)", "1.". */
const MARKED_ENTRY = /^(?:[-•*]\s|\(?(?:[ivx]{1,4}|[a-z]|\d{1,2})[.)]\s)/i;

/**
 * A minute reference in brackets closing an entry: "(12(b))", "(B.12)", "(AB/26/12(c))", "(4.2)", "(min. 12)" — a
 * clause letter, a prefix of capitals or a dotted number marks it as a minute; a bare year span ("(2027/28)"), a sum or
 * a name is not one.
 */
const CITES_MINUTE =
  /\((?:min(?:ute)?s?\.?\s*)?(?:(?:[A-Z]{1,4}[./ ](?:\d{1,4}\/)*\d{1,4}(?:\.\d{1,3})?|(?:\d{1,4}\/)*\d{1,4}\.\d{1,3}|(?:\d{1,4}\/)*\d{1,4}(?=\())(?:\((?:[a-z]|[ivx]{1,4}|\d{1,2})\))?|(?:min(?:ute)?s?\.?\s*)(?:\d{1,4}\/)*\d{1,4})\)$/;

/** Whether `entry` closes on a reference to a minute or paragraph that opens a line of this document. */
function citesMinuteOf(entry: string, document: string[]): boolean {
  const cited = CITES_MINUTE.exec(entry)?.[0];
  if (!cited) return false;
  // ("(12(b))" → "12", "(min. 4.2)" → "4.2": the minute or paragraph the clause belongs to)
  const base = cited
    .slice(1, -1)
    .replace(/^min(?:ute)?s?\.?\s*/i, '')
    .replace(/\([^()]*\)$/, '');
  const opens = new RegExp(String.raw`^\s*\(?${base.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(?![\d/])`);
  return document.some((line) => opens.test(line));
}

function listedUnderTitle(
  lines: string[],
  title: string,
  minute: string | null,
  meeting: string | null,
  document: string[],
): { items: ProposedItem[]; used: Set<number> } {
  const month = MONTH_LIST_TITLE.exec(title)?.groups?.month;
  const due: StatedDue = month
    ? { kind: 'month', month: month[0].toUpperCase() + month.slice(1).toLowerCase() }
    : /\bnext\b/i.test(title)
      ? { kind: 'next' }
      : { kind: 'future' };
  const items: ProposedItem[] = [];
  const used = new Set<number>();
  // (the list ends at a blank line after its entries, unless the next line is marked as an entry too: what follows —
  // "The Chair reminded members …", an "ACTIONS ARISING" table — is the minute's other business)
  let ended = false;
  lines.forEach((line, i) => {
    if (ended) return;
    if (!line.trim() && items.length) {
      const after = lines.slice(i + 1).find((l) => l.trim()) ?? '';
      if (!MARKED_ENTRY.test(after.trim())) ended = true;
      return;
    }
    // (an entry may carry a task's mark, as a shared document's checkbox list does: "Action: …")
    const letter = /^\(?(?<ref>[a-z]|[ivx]{1,4})\)\s/i.exec(line.trim())?.groups?.ref;
    const ref = letter ? `(${letter.toLowerCase()})` : null;
    const text = line
      .trim()
      .replace(/^(?:- |\(?(?:[ivx]{1,4}|[a-z]|\d{1,2})[.)]\s*)/i, '')
      .replace(/^action\s*:\s*/i, '');
    if (!text || /^(?:none|nil|no items?)\b/i.test(text)) return;
    used.add(i);
    for (const part of text.split(/\s*;\s*/)) {
      const entry = part.replace(/[.\s]+$/, '').trim();
      if (entry.split(/\s+/).length < 2) continue;
      // ("Boiler quotes (12(b))", "Boiler quotes (B.12)": the entry cites the minute of this meeting that asked for it —
      // that minute's item, already proposed there, not a second one)
      if (citesMinuteOf(entry, document)) continue;
      // ("Bus shelter – this item was put back to the January meeting": an entry put back says to when)
      if (DEFERRING_WORDS.test(entry)) {
        const item = agendaItem(minute, null, dueOf(entry, meeting, true) ?? due, entry, 'resolution');
        items.push({ ...item, category: 'deferral' });
        continue;
      }
      items.push(agendaItem(minute, ref, due, entry, 'resolution'));
    }
  });
  return { items, used };
}

/**
 * "The items scheduled for the next Committee meeting were A and B.", "Items due at the next meeting: A; B": a
 * sentence naming what a coming meeting of this body will take, each topic listed after "were"/"are"/a colon. The
 * topics are read as a list: commas and semicolons part them, and "and" where what follows opens with a determiner
 * or both sides are names of two words or more ("the Health and Wellbeing Plan" is one).
 */
const INLINE_LIST =
  /^(?:- )?(?:the\s+)?(?:agenda\s+)?(?:items?|topics?|matters?|reports?|business)\s+(?:(?:[a-z]+ed|due)\s+)?(?:for|at)\s+(?<when>(?:(?:the|its|this)\s+)?[^.:;]{0,50}?\bmeeting\b[^.:;]{0,40}?)\s*(?:(?:were|are|would\s+be|will\s+be|include[sd]?)\s*:?|:)\s+(?<list>\S.*?)\.?\s*$/i;
const OPENS_ENTRY = /^(?:(?:the|a|an)\s|[A-Z])/;

function topicsOf(list: string): string[] {
  const content = (part: string) => part.replace(/^(?:the|a|an)\s+/i, '').split(/\s+/).length;
  return list
    .split(/\s*[;,]\s*/)
    .flatMap((part) => {
      const and = /^(?<left>.+?)\s+and\s+(?<right>.+)$/.exec(part);
      if (!and?.groups) return [part];
      const { left, right } = and.groups;
      const second =
        /^(?:the|a|an)\s/i.test(right) ||
        (content(left) >= 2 && right.split(/\s+/).length >= 2 && /^[A-Z]/.test(right));
      return second ? [left, right] : [part];
    })
    .map((t) => t.replace(/^and\s+/i, '').trim())
    .filter(Boolean);
}

/** "… for the next Committee meeting on 14 September …" anywhere in the minutes: the day their "next meeting" is. */
function nextMeetingDay(lines: string[], meeting: string | null): StatedDue {
  for (const line of lines) {
    const said = /\bnext\b[^.;:]{0,40}?\bmeeting\b\s+(?:on|of|to\s+be\s+held\s+on)\s+[^.;:]{3,30}/i.exec(line);
    const day = said ? meetingNamed(said[0], meeting) : null;
    if (day?.kind === 'meeting') return day;
  }
  return null;
}

function inlineList(line: string, minute: string | null, meeting: string | null, next: StatedDue): ProposedItem[] {
  const m = INLINE_LIST.exec(line.trim());
  if (!m?.groups || !OPENS_ENTRY.test(m.groups.list)) return [];
  const topics = topicsOf(m.groups.list);
  if (!topics.every((t) => OPENS_ENTRY.test(t))) return [];
  const when = m.groups.when;
  const due: StatedDue =
    meetingNamed(when, meeting) ?? (/\bnext\b/i.test(when) ? (next ?? { kind: 'next' }) : { kind: 'future' });
  return topics.map((text) => agendaItem(minute, null, due, text, 'discussion'));
}

export function agendaItems(
  lines: string[],
  minute: string | null,
  meeting: string | null,
  title = '',
  document: string[] = lines,
): { items: ProposedItem[]; used: Set<number> } {
  if (LIST_TITLE.test(title) || MONTH_LIST_TITLE.test(title))
    return listedUnderTitle(lines, title, minute, meeting, document);
  const items: ProposedItem[] = [];
  const used = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const intro = lines[i].trim();
    const told = inlineList(intro, minute, meeting, nextMeetingDay(document, meeting));
    if (told.length) {
      items.push(...told);
      used.add(i);
      continue;
    }
    // ("The following items were carried forward to the next meeting:": each entry put back, a deferral)
    const carried = CARRIED_TO_NEXT.test(intro) && /:\s*$/.test(intro);
    if (!carried && (!INTRO.test(intro) || !/[:–—-]\s*$|items:?$/i.test(intro))) continue;
    const explicit = carried || /^agreed\b/i.test(intro);
    const due = meetingNamed(intro, meeting) ?? { kind: 'next' as const };
    const entries: ProposedItem[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const line = lines[j].trim();
      if (!line) continue;
      const entry = ENTRY.exec(line);
      if (!entry?.groups) break;
      used.add(j);
      const ref = /^\d+$/.test(entry.groups.ref) ? entry.groups.ref : `(${entry.groups.ref.toLowerCase()})`;
      const text = entry.groups.text.replace(/[;.]\s*$/, '');
      const item = agendaItem(minute, ref, due, text, explicit ? 'resolution' : 'discussion');
      entries.push(carried ? { ...item, category: 'deferral', due: dueOf(text, meeting, true) ?? due } : item);
    }
    used.add(i);
    // "item (iii) … be deferred to the meeting taking place on 16 March 2023"
    for (const later of lines.slice(j, j + 4)) {
      for (const m of later.matchAll(/\bitem\s+\((?<ref>[ivx]+|[a-z]|\d+)\)[^.]*?\bdeferred\b[^.]*/gi)) {
        const entry = entries.find((e) => e.ref === `(${m.groups!.ref.toLowerCase()})` || e.ref === m.groups!.ref);
        if (entry) Object.assign(entry, { category: 'deferral', due: dueOf(m[0], meeting, true) });
      }
    }
    items.push(...entries);
    i = j - 1;
  }
  return { items, used };
}
