// Step 10c: a work programme agreed as a schedule — under a minute or a lead-in that names the programme or the
// business of coming meetings, a run of lines each opening with when (a month, with or without its year, a day, or
// "TBC") and then what that meeting takes:
//   "March 2028      Play strategy refresh; Allotment waiting list"      (a spaced table: Month / Item / Lead)
//   "(b) May 2028 – Cemetery fees review"                                (a lettered list, a dash after the month)
//   "14 June 2028:" then "(c) Grass cutting contract - Head of Parks"     (a day as a heading, its entries under it)
// Each topic is one work-programme item due at that meeting; "A; B" on one row are two topics. The layout, not a
// wording, says what the row is: a month or a day opening two or more lines in a row of one minute is a calendar, and
// under a work programme that the resolution sets out "as follows", or under a table's head naming when, a calendar's
// entries are the business it sets.
import type { StatedDue } from '../domain/importPlan.js';
import { agentLike } from './agents.js';
import { findDates, firstAfter, statedIso } from './dateText.js';
import { FULL_MONTHS } from './lexicon.js';
import { listedOwner } from './listedOwner.js';
import type { ProposedItem } from './types.js';
import { tokenize } from './words.js';

/**
 * What names the schedule: this body's programme or plan of work, or the items of its future meetings — not a forward
 * plan, which in councils lists the executive's coming decisions, another body's business.
 */
export const PROGRAMME =
  /\b(?:work|forward|scrutiny|committee|panel|board)\s+programme\b|\bwork\s*plan\b|\b(?:items?|business|topics?)\s+(?:for|at)\s+(?:future|coming|forthcoming)\s+meetings\b/i;

const WHEN = String.raw`(?:\d{1,2}(?:st|nd|rd|th)?\s+)?${FULL_MONTHS}(?:\s+20\d\d)?|TBC|TBA`;
/** A row: a marker may open it, then when, then a dash, a colon or a wide gap, then the business. */
const ROW = new RegExp(
  String.raw`^(?:\(?(?<mark>[a-z])[.)]\s+)?(?<when>${WHEN})(?:\s*[–—:-]\s+|\s{3,}|\t+)(?<what>\S.*)$`,
);
/** A day or a month as the heading of the entries under it: "14 June 2028:", "June 2028 (budget meeting):". */
const DAY_HEAD = new RegExp(String.raw`^(?<when>${WHEN})(?:\s*\([^()]{1,40}\))?\s*:$`);
/** An entry under such a heading: its own marker, "(a)", "b)", "1.", a dash or a bullet. */
export const ENTRY = /^(?:\(?(?<mark>[a-z]|[ivx]{1,4}|\d{1,2})[.)]|[-•*])\s+(?<what>\S.*)$/i;
/**
 * What makes each row a decision: the resolution itself sets the rows out ("RESOLVED: That the work programme be agreed
 * as follows:", "Decision: … as follows:"), or the rows stand under a table's head that names when ("Month   Item
 * Lead", "Meeting date⇥Item"). A list in the discussion ("Members agreed the following items:") is left: such notes
 * list again, in other words, matters the same notes have already given someone (the labelled sets do not count them).
 */
const RESOLVED_AS_FOLLOWS = /^(?:resolved|agreed|decision|decided)?\s*[:–—-]?\s*that\b[^.]*\bas\s+follows\s*:\s*$/i;
const WHEN_HEAD = /^(?:month|date|meeting(?:\s+date)?|date\s+of\s+meeting|committee\s+date)(?:\s{2,}|\t+)\S/i;
/** A document printed after the record: "Appendix A – …", "Annex 2". */
export const APPENDIX = /^(?:appendix|annex|annexe)\b/i;
/** A lead-in that only titles the list: "Items for future meetings:", "Agreed items:", "Forward programme:". */
const LIST_TITLE =
  /^(?:agreed\s+)?(?:(?:items?|topics?|business)\b[^.:]{0,40}|(?:work|forward)\s+programme[^.:]{0,20}):$/i;
/** An "Action: <lead>" line the layout set under a row of a table with a Lead column. */
const LEAD_LINE = /^action\s*:\s*(?<who>[^.;]{2,60})$/i;

function dueOf(when: string, meeting: string | null): StatedDue {
  if (/^TB[CA]$/.test(when)) return { kind: 'future' };
  const day = findDates(when)[0];
  if (day && /^\d/.test(when)) {
    const date = statedIso(day) ?? (meeting ? firstAfter(day, meeting) : null);
    if (date) return { kind: 'meeting', meeting: date };
  }
  const month = new RegExp(FULL_MONTHS).exec(when)?.[0];
  return month ? { kind: 'month', month } : { kind: 'future' };
}

/** "Estates strategy - Head of Property": a topic and, after a spaced dash, who brings it — where that reads as a person. */
function topicAndLead(part: string): { text: string; owner: string | null } {
  const listed = listedOwner(part);
  if (listed) return { text: part, owner: listed };
  const dash = /^(?<text>.+?)\s+[–—-]\s+(?<who>[A-Z][^–—]*?)$/.exec(part);
  const who = dash?.groups?.who;
  if (who && who.split(/\s+/).length <= 8 && agentLike(tokenize(who))) return { text: dash.groups!.text, owner: who };
  return { text: part, owner: null };
}

function item(
  minute: string | null,
  mark: string | undefined,
  due: StatedDue,
  part: string,
  lead: string | null,
): ProposedItem | null {
  const entry = part.replace(/[.;,\s]+$/, '').trim();
  if (entry.split(/\s+/).length < 2 && !/^[A-Z]/.test(entry)) return null;
  const { text, owner } = topicAndLead(entry);
  return {
    minute,
    ref: mark ? `(${mark.toLowerCase()})` : null,
    type: 'work-programme',
    category: 'work-programme',
    owner: owner ?? lead,
    due,
    text,
    confidence: 0.75,
    source: 'resolution',
    narrative: false,
  };
}

/**
 * The topics of one row: "A; B" are two. A topic is a noun phrase: the row's business ends where a sentence of the
 * minute runs on after it ("… refresh The item had slipped twice.") or a clause of the resolution resumes ("… – Clerk
 * and that a reserve date be held").
 */
function topics(what: string): string[] {
  return what
    .replace(/(?<=[a-z)])\s+(?=(?:The|This|It|These|They|Members|Officers)\s+\S+\s.*\.\s*$)/, '\u0000')
    .replace(/\s+and\s+that\s+.*$/, '')
    .split('\u0000')[0]
    .split(/\s*;\s*/)
    .filter((p) => p.trim());
}

export function programmeSchedule(
  lines: string[],
  minute: string | null,
  meeting: string | null,
  title = '',
): { items: ProposedItem[]; used: Set<number> } {
  const items: ProposedItem[] = [];
  const used = new Set<number>();
  const named = PROGRAMME.test(title);
  for (let i = 0; i < lines.length; i++) {
    const first = lines[i].trim();
    const row = ROW.exec(first);
    const head = DAY_HEAD.exec(first);
    if (!row && !head) continue;
    // (the programme is named by the minute's title or by the lines just above the schedule)
    const above = lines.slice(Math.max(0, i - 3), i).join(' ');
    if (!named && !PROGRAMME.test(above)) continue;
    // (and the line just above makes each row a decision: the resolution's "as follows:" or the table's head; not a copy
    // of the programme printed in an appendix)
    const before = lines
      .slice(0, i)
      .map((l) => l.trim())
      .filter(Boolean);
    const last = before[before.length - 1] ?? '';
    const decided = RESOLVED_AS_FOLLOWS.test(last) || WHEN_HEAD.test(last);
    if (!decided || before.some((l) => APPENDIX.test(l))) continue;
    const found: ProposedItem[] = [];
    const taken: number[] = [];
    let rows = 0;
    let due: StatedDue = null;
    let j = i;
    for (; j < lines.length; j++) {
      const line = lines[j].trim();
      const r = ROW.exec(line);
      const h = DAY_HEAD.exec(line);
      const e = due && !r && !h ? ENTRY.exec(line) : null;
      if (r?.groups) {
        rows++;
        due = null;
        const lead = LEAD_LINE.exec(lines[j + 1]?.trim() ?? '')?.groups?.who ?? null;
        const when = dueOf(r.groups.when, meeting);
        for (const part of topics(r.groups.what)) {
          const it = item(minute, r.groups.mark, when, part, lead);
          if (it) found.push(it);
        }
        taken.push(j);
        if (lead) taken.push(++j);
      } else if (h?.groups) {
        rows++;
        due = dueOf(h.groups.when, meeting);
        taken.push(j);
      } else if (e?.groups) {
        const it = item(minute, e.groups.mark, due, topics(e.groups.what)[0] ?? '', null);
        if (it) found.push(it);
        taken.push(j);
      } else break;
    }
    // (one dated line under a programme is a sentence about it; a calendar has two rows or more)
    if (rows >= 2 && found.length) {
      items.push(...found);
      taken.forEach((k) => used.add(k));
      // (a lead-in that is only the list's title, "Items for future meetings:", goes with it: it decides nothing)
      const lead = lines.slice(0, i).findLastIndex((l) => !!l.trim());
      if (lead >= 0 && LIST_TITLE.test(lines[lead].trim())) used.add(lead);
      i = j - 1;
    }
  }
  return { items, used };
}
