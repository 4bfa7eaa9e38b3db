// Scores the minutes parser against hand-read labels (the seeds' and minutes-dev's
// expected.json): items are matched by reference where one is printed, else by kind and
// the words of the summary; then type, owner, due, meeting date and next meetings are
// compared the way a clerk would.
import type { MinutesProposal, ProposedItem } from '../../src/minutes/index.js';
import { ownersOf } from '../../src/minutes/owners.js';

export interface ExpectedItem {
  ref: string | null;
  kind: string;
  owner: string | null;
  due: { type: string; month?: string; date?: string; amount?: number; unit?: string };
  summary: string;
  narrative?: boolean;
}

export interface Expected {
  meetingDate: string | null;
  nextMeetings: string[];
  items: ExpectedItem[];
}

export interface Score {
  expected: number;
  proposed: number;
  matched: number;
  typeRight: number;
  ownerRight: number;
  dueRight: number;
  /** Matched items whose label prints a reference, and how many of those we filed under it. */
  refPrinted: number;
  refRight: number;
  meetingDateRight: boolean;
  nextMeetingsRight: boolean;
  misses: string[];
  extras: string[];
  wrong: string[];
}

const TYPE_OF: Record<string, ProposedItem['type']> = {
  action: 'action',
  'information-request': 'action',
  recommendation: 'action',
  invitation: 'work-programme',
  deferral: 'work-programme',
  'work-programme': 'work-programme',
};

/** "17" + "(d)" → "17(d)"; "9" + "2" → "9/2"; decimal paragraphs stand alone. */
export function printedRef(minute: string | null, ref: string | null): string | null {
  if (!ref) return minute;
  if (!minute) return ref;
  if (ref.startsWith('(')) return `${minute}${ref}`;
  if (/^[A-Z]{0,3}\d+\.\d+/.test(ref)) return ref;
  return `${minute}/${ref}`;
}

/**
 * One notation for the comparison: a clause printed "a)" is the clause "(a)" and "1)" is "(1)" (read before spaces
 * go, so "12/26 a)" is "12/26(a)"); a clause number printed "2." after the minute ("C/9 2.") is "(2)"; a minute
 * number printed in brackets ("(41)", "(41)(ii)", "(42)1.") is the number; a minute "14a" is "14(a)"; the word
 * "Minute" a heading prints before its number ("Minute 41/26  Taxi fares") is no part of the reference.
 */
const refKey = (ref: string | null) =>
  (ref ?? '')
    .toLowerCase()
    .replace(/^minute\s+(?=\S*\d)/, '')
    .replace(/(^|[^(a-z0-9])([a-z0-9]{1,5})\)/g, '$1($2)')
    .replace(/(\s|\))(\d{1,3})\.(?=\s|$)/g, '$1($2)')
    .replace(/\s+/g, '')
    .replace(/^\((\d{1,4})\)/, '$1')
    .replace(/^(\d{1,4})([a-z])$/, '$1($2)');

/**
 * A clause printed "2." under minute 18/26 has no printed notation of its own: labellers write it "18/26/2" or
 * "18/26(2)" (both are found in our sets, by different writers), so a bare clause number is compared both ways; so
 * is a numbered clause with a lettered part ("3(a)" under 16 is "16/3(a)" or "16(3)(a)").
 */
const printedRefs = (p: ProposedItem) =>
  p.minute && p.ref && /^\d{1,3}(?:\(|$)/.test(p.ref)
    ? [printedRef(p.minute, p.ref), `${p.minute}(${p.ref.replace(/^\d+/, '$&)')}`]
    : [printedRef(p.minute, p.ref)];

/** Filed under the printed reference: the minute and clause together, or the clause alone where that is all the label prints. */
export const refMatches = (expected: string, p: ProposedItem) =>
  printedRefs(p).some((r) => refKey(r) === refKey(expected)) || refKey(p.ref) === refKey(expected);

export function normaliseOwner(owner: string | null): string {
  return (owner ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\bthe\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The owners match: the label's owner phrase, read as a list with the parser's own reading of
 * lists, against the item's owners, the lead first — so the lead is compared, and so is everyone
 * else the label names ("the Chair, RB and the Clerk").
 */
function sameOwners(expected: string | null, item: ProposedItem): boolean {
  const want = ownersOf(expected).map(normaliseOwner);
  const got = (item.owners ?? ownersOf(item.owner)).map(normaliseOwner);
  return want.length === got.length && want.every((o, k) => o === got[k]);
}

const STOP = new Set([
  'that',
  'this',
  'with',
  'from',
  'have',
  'been',
  'will',
  'would',
  'should',
  'their',
  'there',
  'which',
  'into',
  'meeting',
  'committee',
]);
const wordsOf = (text: string) =>
  new Set((text.toLowerCase().match(/[a-z0-9]{3,}/g) ?? []).filter((w) => !STOP.has(w)));

export function overlap(a: string, b: string): number {
  const x = wordsOf(a);
  const y = wordsOf(b);
  const shared = [...x].filter((w) => y.has(w)).length;
  return shared / Math.max(1, Math.min(x.size, y.size));
}

/**
 * A span as the deadline it makes, in the smallest unit its kind is counted in: a year is twelve months,
 * a week seven days (DESIGN: a span is a deadline date). Months and days do not convert: a month's length varies.
 */
function span(amount: number | undefined, unit: string | undefined): string {
  const singular = (unit ?? '').replace(/s$/, '');
  if (singular === 'year') return `${(amount ?? 0) * 12} month`;
  if (singular === 'week') return `${(amount ?? 0) * 7} day`;
  return `${amount} ${singular}`;
}

export function dueMatches(expected: ExpectedItem['due'], item: ProposedItem): boolean {
  const due = item.due;
  switch (expected.type) {
    case 'next-meeting':
      return due?.kind === 'next' || (due === null && item.type === 'action');
    case 'named-meeting':
      return due?.kind === 'month' && due.month.toLowerCase() === expected.month?.toLowerCase();
    case 'date':
      return (
        (due?.kind === 'date' && due.date === expected.date) ||
        (due?.kind === 'meeting' && due.meeting === expected.date)
      );
    case 'within':
      return due?.kind === 'within' && span(due.amount, due.unit) === span(expected.amount, expected.unit);
    case 'future-meeting':
      return due?.kind === 'future' || (due === null && item.type === 'work-programme');
    default:
      return (
        due === null ||
        (due.kind === 'next' && item.type === 'action') ||
        (due.kind === 'future' && item.type === 'work-programme')
      );
  }
}

export function scoreFile(proposal: MinutesProposal, expected: Expected): Score {
  const wanted = expected.items.filter((i) => i.kind !== 'noted');
  const pool = [...proposal.items];
  const pairs: [ExpectedItem, ProposedItem][] = [];
  const unmatched: ExpectedItem[] = [];
  const take = (e: ExpectedItem, candidates: ProposedItem[]) => {
    const best = candidates.sort((a, b) => overlap(e.summary, b.text) - overlap(e.summary, a.text))[0];
    pool.splice(pool.indexOf(best), 1);
    pairs.push([e, best]);
  };
  for (const e of wanted) {
    const byRef = e.ref ? pool.filter((p) => refMatches(e.ref!, p)) : [];
    if (byRef.length) take(e, byRef);
    else unmatched.push(e);
  }
  for (const e of unmatched) {
    const close = pool.filter((p) => overlap(e.summary, p.text) >= 0.3);
    const sameType = close.filter((p) => p.type === TYPE_OF[e.kind]);
    if (close.length) take(e, sameType.length ? sameType : close);
  }
  const label = (p: ProposedItem) => `${printedRef(p.minute, p.ref) ?? '-'} ${p.category} ${p.text.slice(0, 70)}`;
  const wrong: string[] = [];
  let typeRight = 0,
    ownerRight = 0,
    dueRight = 0,
    refPrinted = 0,
    refRight = 0;
  for (const [e, p] of pairs) {
    const t = p.type === TYPE_OF[e.kind];
    const o = sameOwners(e.owner, p);
    const d = dueMatches(e.due, p);
    const r = e.ref === null || refMatches(e.ref, p);
    typeRight += Number(t);
    ownerRight += Number(o);
    dueRight += Number(d);
    if (e.ref !== null) {
      refPrinted += 1;
      refRight += Number(r);
    }
    if (!t || !o || !d || !r)
      wrong.push(
        `${e.ref ?? '-'}: ${!t ? `type ${p.type}≠${TYPE_OF[e.kind]} ` : ''}${!o ? `owner "${p.owner}"≠"${e.owner}" ` : ''}${!d ? `due ${JSON.stringify(p.due)}≠${JSON.stringify(e.due)} ` : ''}${!r ? `ref ${printedRef(p.minute, p.ref)}≠${e.ref}` : ''}`,
      );
  }
  const next = [...proposal.nextMeetings].sort().join(',');
  return {
    expected: wanted.length,
    proposed: proposal.items.length,
    matched: pairs.length,
    typeRight,
    ownerRight,
    dueRight,
    refPrinted,
    refRight,
    meetingDateRight: (proposal.meeting.date ?? null) === (expected.meetingDate ?? null),
    nextMeetingsRight: next === [...expected.nextMeetings].sort().join(','),
    misses: wanted
      .filter((e) => !pairs.some(([x]) => x === e))
      .map((e) => `${e.ref ?? '-'} ${e.kind}: ${e.summary.slice(0, 70)}`),
    extras: pool.map(label),
    wrong,
  };
}

export interface Totals {
  recall: number;
  precision: number;
  type: number;
  owner: number;
  due: number;
  /** Of the matched items whose label prints a reference, the share filed under it. */
  reference: number;
  meetingDates: number;
  nextMeetings: number;
}

export function totals(scores: Score[]): Totals {
  const sum = (f: (s: Score) => number) => scores.reduce((n, s) => n + f(s), 0);
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  const matched = sum((s) => s.matched);
  return {
    recall: ratio(
      matched,
      sum((s) => s.expected),
    ),
    precision: ratio(
      matched,
      sum((s) => s.proposed),
    ),
    type: ratio(
      sum((s) => s.typeRight),
      matched,
    ),
    owner: ratio(
      sum((s) => s.ownerRight),
      matched,
    ),
    due: ratio(
      sum((s) => s.dueRight),
      matched,
    ),
    reference: ratio(
      sum((s) => s.refRight),
      sum((s) => s.refPrinted),
    ),
    meetingDates: ratio(
      sum((s) => Number(s.meetingDateRight)),
      scores.length,
    ),
    nextMeetings: ratio(
      sum((s) => Number(s.nextMeetingsRight)),
      scores.length,
    ),
  };
}

/** The issue's targets (issue 11). The seeds must meet theirs; minutes-dev is held by a ratchet until it does. */
export const TARGETS: Record<'seeds' | 'minutes-dev', Partial<Totals>> = {
  seeds: { recall: 1, precision: 1, type: 1, owner: 1, due: 1, reference: 1, meetingDates: 1, nextMeetings: 1 },
  'minutes-dev': { recall: 0.95, precision: 0.95, reference: 0.95 },
};
