// A body's calendar and the work an approval commits to: readings of a clause that classify sets apart.
import type { OwnBody } from './bodies.js';
import { ING_PREPOSITIONS, MONTH_PATTERN, NUMBER_WORDS, alternatives } from './lexicon.js';
import { lemma } from './predicate.js';
import type { Reading } from './reading.js';

const MEETS = new Set(['meet', 'convene', 'reconvene']);
/** Prepositions that put a meeting inside another noun's phrase (closed). */
const PREPOSITIONS_BEFORE = ['on', 'at', 'of', 'for', 'from', 'to', 'in', 'about', 'after', 'before', 'with', 'by'];

/** Work an approval commits to, written as a list of gerunds: "including adopting …, reviewing … and developing …". */
export function gerundWork(text: string): boolean {
  const list = /\bincluding\b(.*)$/i.exec(text)?.[1] ?? '';
  const found = [
    ...list.matchAll(
      new RegExp(
        String.raw`\b([a-z]{4,}ing)\s+(?:${alternatives(['the', 'a', 'an', 'its', 'their', 'new', 'further', 'and'])})\b`,
        'gi',
      ),
    ),
  ].filter((m) => !ING_PREPOSITIONS.has(m[1].toLowerCase()));
  return found.length >= 2;
}

/** Scheduling the body's own meetings is its calendar, not an item: "agreed to meet on …", "the next meeting will be held on …". */
export function schedulesMeeting(clause: Reading, own: OwnBody): boolean {
  // ("The Sub-Committee will next meet on 5 March": the grammar takes the adverb for the verb)
  const adverb = /^(?:next|again|also|then|shortly)$/i.test(clause.verb ?? '')
    ? /^\s*(?<verb>meet|convene|reconvene)\b\s*(?<rest>.*)$/i.exec(clause.rest)?.groups
    : undefined;
  if (adverb) return schedulesMeeting({ ...clause, verb: adverb.verb, rest: ` ${adverb.rest}` }, own);
  // (meeting someone — "meet the landowner", "meet with the SENCo" — is an errand, not the calendar)
  // ("to hold an informal evidence session", "to hold a litter pick on 7 March": a sitting or an event of its own, on its calendar)
  const meetsItself =
    (lemma(clause, MEETS) &&
      !new RegExp(
        String.raw`^\s*(?:with\b|(?:${alternatives(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'each', 'all', 'both'])})\s|[A-Z])`,
      ).test(clause.rest)) ||
    (!clause.passive &&
      /^hold$/i.test(clause.verb ?? '') &&
      (/^\s*(?:a|an|another|its|their)\s/i.test(clause.rest) ||
        // ("to hold the switch-on on Saturday 29 November": the event put on a day)
        /^\s*the\s[^,;]{1,40}?\s(?:on|at)\s+(?:[A-Z][a-z]+day\b|\d)/.test(clause.rest)));
  // ("The Area Forum will meet on 26 March": any body meeting on a day, no one met, is a date in its calendar, not a task)
  // (unless it goes on to an errand of the same subject: "meet on 23 November and bring the draft budget to …")
  const onADay =
    /^\s*(?:on|in|at|next|again)\b/i.test(clause.rest) &&
    /\d|day\b/i.test(clause.rest) &&
    !/\band\s+(?!(?:then|again|also|on|at|in|from|every|each|thereafter)\b)[a-z]+\s+[a-z]/.test(clause.rest);
  // ("the hearing be held in public", "the item be taken in private": how this sitting is held, not business to come)
  if (
    /\b(?:meeting|hearing|sitting|item|session)$/i.test(clause.subject ?? '') &&
    /^\s*(?:in\s+(?:public|private|camera|closed\s+session)|remotely|virtually)\b/i.test(clause.rest)
  )
    return true;
  return (
    (meetsItself &&
      (!clause.subject ||
        own.is(clause.subject) ||
        /^(?:members|councillors|governors)$/i.test(clause.subject) ||
        (onADay && !clause.passive))) ||
    // ("the meeting to start at 6pm", "AGM to follow on Monday 11 May": a meeting placed in time; an AGM is a meeting)
    // ("the next ordinary meeting of the District Council be held on …": the meeting, whosever it is)
    // ("the Annual Meeting in 2028 will be held on …", "further meetings are scheduled for …": the year it falls in is no
    // part of the meeting's name, and a meeting scheduled is placed in time as one held is)
    (/\b(?:meetings?|AGM|EGM)$/i.test(
      (clause.subject ?? '')
        .replace(/\s+(?:in|for)\s+\d{4}(?:\/\d{2,4})?$/i, '')
        .replace(/\s+of\s+(?:the\s+)?(?:[A-Z][\w&'’-]*\s*)+$/, ''),
    ) &&
      new RegExp(String.raw`^(?:${SITTING_VERBS})$`, 'i').test(clause.verb ?? '')) ||
    // ("the Panel's meeting to consider the budget be held on 5 February", "the meeting on 5 March will be held at the
    // Guildhall", "the meeting of the Committee scheduled for 13 January be cancelled": the meeting named by what it is
    // for, its day or its setting is still the meeting, and cancelling or rearranging it is its calendar too — not a meeting
    // with someone, nor a thing said of a meeting, "the item on the March meeting be moved")
    // ("the meeting scheduled for 19 January be moved to 26 January", "… be rescheduled", "… be postponed to …": the
    // meeting put on another day is rearranged, in the closed few verbs that say so)
    (meetingIsHead(clause.subject ?? '') &&
      !/^\s*with\b/i.test(clause.rest) &&
      new RegExp(String.raw`^(?:${SITTING_VERBS}|${alternatives(MEETING_MOVED)})$`, 'i').test(clause.verb ?? ''))
  );
}

/**
 * The participles that cancel, move or keep a meeting already in the calendar (closed): "the meeting scheduled for 9
 * March be moved to 16 March", "the October meeting be changed to a Thursday", "the reserve meeting date of 4 May be
 * kept". Said of the meeting itself, it is the body's calendar; said of an item ("the item be moved to the March
 * meeting") the subject is the item, and it is put back (a deferral).
 */
const MEETING_MOVED = [
  'cancelled',
  'canceled',
  'rearranged',
  're-arranged',
  'rescheduled',
  'postponed',
  'moved',
  'changed',
  'kept',
  'retained',
];

/** The verbs that place a meeting in time (closed: held, scheduled, starts, follows …). */
const SITTING_VERBS = alternatives([
  'held',
  'scheduled',
  'take',
  'takes',
  'start',
  'starts',
  'commence',
  'begin',
  'close',
  'be',
  'follow',
  'follows',
]);

/**
 * A subject whose head noun is a meeting, with what follows it saying which meeting — what it is for ("to consider …"),
 * its day ("on 5 March", "in 2028"), its setting ("scheduled for …") or its body ("of the Board") — and no preposition
 * before it ("the item on the March meeting" is an item). A meeting's date is the meeting in the calendar: "the reserve
 * meeting date of 4 May". An adverb may say how it was set ("the meeting provisionally arranged for …", "previously
 * fixed for …"): it is the same meeting.
 */
function meetingIsHead(subject: string): boolean {
  const head = new RegExp(
    String.raw`^(?<before>.*?)\b(?:[Mm]eetings?|AGM|EGM)(?:\s+dates?)?(?:\s+(?:to\s+[a-z]+\b|of\s+(?:the\s+)?[A-Z\d]|(?:${alternatives(['on', 'in', 'for'])})\b|(?:[a-z]+ly\s+)?(?:${alternatives(['scheduled', 'set', 'arranged', 'fixed', 'planned', 'due'])})\b).*)?$`,
  ).exec(subject);
  return (
    !!head &&
    !new RegExp(String.raw`\b(?:${alternatives([...PREPOSITIONS_BEFORE])})\b`, 'i').test(head.groups?.before ?? '')
  );
}

/**
 * A term that ends or opens on a day, stated in the present ("the period for compliance ends on 31 March", "the
 * consultation closes on Friday"): a date in someone's calendar, not a task. The whole clause must be the statement;
 * an errand after it ("…; the Clerk will renew it") is read apart.
 */
/**
 * A term's date set off after a comma as an absolute clause — "…, the survey to close on 9 March 2027" —
 * says when the term ends, as "the consultation closes on …" does; the clause before it is what was decided. The
 * text without it (or the text as it was). So does the clause without its subject, the term of what was just decided:
 * "the draft was approved for consultation, to run from 1 December to 12 January", "…, to close on 12 January".
 */
export function withoutTermClause(text: string): string {
  const cut = new RegExp(
    String.raw`,\s*(?:(?:the|its|their|this|a)\s+[^;:,]{2,40}?\s+)?to\s+(?:${TERM_VERBS}|run)\s+(?:on|at|by|from|until|till)\s+(?:\w+day,?\s+)?\d[^;:,]{0,40}[.;]?$`,
    'i',
  ).exec(text);
  return cut ? `${text.slice(0, cut.index)}${/[.;]$/.test(cut[0]) ? cut[0].slice(-1) : ''}` : text;
}

/** The verbs by which a term ends or opens (a closed class). */
const TERM_VERBS = alternatives(['end', 'expire', 'close', 'lapse', 'begin', 'open', 'commence', 'start', 'run out']);

/**
 * "Thursday 18 February 2027 is held in reserve", "14 March will be used only if the budget is vetoed": a date as the
 * subject of its clause is the body's calendar — a date acts on nothing and is no one's errand.
 */
export function dateAsSubject(text: string): boolean {
  return /^(?:(?:and\s+)?that\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*(?:,?\s+\d{4})?\s+(?:is|are|be|will|would|shall|remains?)\b/i.test(
    text.trim(),
  );
}

export function datedFact(text: string): boolean {
  return /^(?:(?:and\s+)?that\s+)?(?:the|its|their|this|a)\s+[^;:,]{2,60}?\s(?:ends|expires|closes|lapses|begins|opens|commences|runs\s+out)\s+(?:on|at)\s+(?:\w+day\s+)?\d[^;:,]{0,30}[.]?$/i.test(
    text.trim(),
  );
}

/**
 * "That the consultation run for six weeks from 1 March", "(b) the consultation run for ten weeks, closing on 30 April",
 * "Consultation would run until 9 May": how long a consultation lasts, set or told, is a term in the calendar, as its
 * closing day is ("the consultation closes on …", `datedFact`) — the work of consulting is given to someone elsewhere
 * ("the Licensing Manager carry out the consultation"), or not at all. Only a consultation (or its
 * period) as the subject, "run" or "last", and nothing after the verb but the term's length and days: any other word
 * ("… and report the responses") may carry an errand, and the clause is read as before.
 */
export function consultationRuns(text: string): boolean {
  const found = new RegExp(
    String.raw`^(?:(?:and\s+)?that\s+)?(?:(?:the|a|its|their|this)\s+)?(?:[\w-]+\s+){0,3}?consultation(?:\s+period)?\s+(?:(?:would|will|should|shall|to|is\s+to)\s+)?(?:run|runs|last|lasts)\s+(?<term>.*)$`,
    'i',
  ).exec(text.trim().replace(/[.;]$/, ''));
  if (!found?.groups) return false;
  const words = found.groups.term.split(/[\s,]+/).filter(Boolean);
  return /^(?:for|until|till|from|to|between)$/i.test(words[0] ?? '') && words.every((w) => TERM_WORD.test(w));
}

/** The words a consultation's term is told in: its length, its days, and the prepositions and participles between them. */
const TERM_WORD = new RegExp(
  String.raw`^(?:${alternatives(['for', 'until', 'till', 'from', 'to', 'between', 'and', 'on', 'in', 'of', 'the', 'closing', 'ending', 'starting', 'beginning', 'opening', 'weeks', 'week', 'months', 'month', 'days', 'day', 'working', 'calendar', ...NUMBER_WORDS])}|\d{1,4}(?:st|nd|rd|th)?|${MONTH_PATTERN}|(?:mon|tues|wednes|thurs|fri|satur|sun)day)$`,
  'i',
);
