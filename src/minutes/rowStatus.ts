// What a log row's status (and update) cells say of it: finished, going to plan, still open, its due moved, or
// changed at this meeting. Read by the action-table step (`actionTable.ts`).
import { findDates } from './dateText.js';
import { FINISHED_STATUS, FINISHED_WORDS, FINISHING_VERBS, LOG_STATUS_WORDS, alternatives } from './lexicon.js';

/** A status that says the row is done, first ("Complete – quotes reported") or as its last word ("… Close."). */
export function finished(status: string): boolean {
  const last = status.split(/(?<=[.;–—])\s+/).pop() ?? '';
  // (the log told to close or discharge it — "… Close.", "Remove from the list." — is done too)
  return (
    FINISHED_STATUS.test(status) ||
    FINISHED_STATUS.test(last.trim()) ||
    new RegExp(String.raw`^(?:${alternatives([...FINISHING_VERBS])})\b`, 'i').test(last.trim())
  );
}

/**
 * An open row's status and update say nothing was done to it at this meeting: no new due, owner or decision ("In
 * progress. Two suppliers contacted.", "Open – reply awaited"). A word of a change made to the row, or this meeting's
 * day ("agreed 09/03", "Reassigned to … 9 March"), says the meeting did something to it.
 */
export function unchangedHere(status: string, meeting: string | null): boolean {
  if (!OPEN_STATUS.test(status) || ROW_CHANGED.test(status)) return false;
  const day = meeting?.slice(5);
  return !findDates(status).some(
    (d) => day === `${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`,
  );
}

/** Words of a change made to a row (a closed class: what a meeting does to an open action — re-date, re-assign, defer, decide). */
const ROW_CHANGED = new RegExp(
  String.raw`\b(?:${alternatives(['agreed', 'decided', 'resolved', 'deferred', 'reassigned', 're-assigned', 'revised', 'extended', 'moved', 'transferred', 'escalated', 'new due', 'new date', 'now due'])})\b`,
  'i',
);

/**
 * The words of a rated status, its RAG colour left off: "Amber – on track", "GREEN Done", "Complete (Green)", "Carried
 * forward to February (Amber)". A log that rates each row by colour and says what became of it in the same cell puts
 * the colour before or after the words, and the words decide whether the row is done, going to plan or changed. A
 * colour alone ("Amber") says nothing of that and is left as it is.
 */
export function ratedStatus(status: string): string {
  const words = status.replace(RAG_BEFORE, '').replace(RAG_AFTER, '').trim();
  return words || status;
}

/** The colours of a RAG rating (a closed few: red, amber, green, and blue for done in some trackers). */
const COLOUR = String.raw`(?:red|amber|green|blue)`;
/**
 * A colour opening the cell, before a dash or a space: "Amber – on track", "GREEN Done". (A colour and a stop, "Green. New",
 * is a RAG column joined to a status column, whose cells are read one by one already.)
 */
const RAG_BEFORE = new RegExp(String.raw`^${COLOUR}(?:\s*[-–—:;,]\s*|\s+)(?=\S)`, 'i');
/** A colour closing the cell, in brackets or after a dash: "Complete (Green)", "Open – amber". */
const RAG_AFTER = new RegExp(String.raw`\s*(?:\(${COLOUR}\)|[-–—,;]\s*${COLOUR})\s*\.?$`, 'i');

/** A status saying the row goes to plan, its due standing (a closed few: how a log says an action keeps to time). */
export const ON_PLAN =
  /^(?:(?:open|ongoing|in\s+progress)\s*[-–—,;:]?\s*)?(?:on\s+(?:track|target|schedule|course)|progressing)\b/i;

/** A status saying the row is still open (a closed class: the states of an open action in a log). */
export const OPEN_STATUS = new RegExp(
  String.raw`^(?:${alternatives(LOG_STATUS_WORDS.filter((w) => !FINISHED_WORDS.includes(w as (typeof FINISHED_WORDS)[number])))})\b`,
  'i',
);
/** A status that moves the due: "Open - now March 27", "Ongoing – revised to 30/04/27", "Open; extended to June". */
// ("Revised due: Feb-27 (agreed 16/11)": the due named after the word, and the bracket that says when it was agreed left off)
export const REVISED =
  /\b(?:now|revised(?:\s+(?:to|due(?:\s+date)?|date))?|extended\s+to|moved\s+to|new\s+(?:due\s+)?date)\s*:?\s+(?<when>[^.;(]+)/i;

/**
 * A status saying the row was raised at this meeting ("New", "New action", "New – added today"): whatever number the
 * log gives it, it carries no earlier action on. ("New date: 30 April" moves an old row's due: REVISED reads that.)
 */
export const NEW_STATUS = /^new(?:\s+(?:action|item|entry))?\s*(?:$|[-–—.;,(])/i;
