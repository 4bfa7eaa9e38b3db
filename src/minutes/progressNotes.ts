// A clerk's or an officer's report lists what has happened since the last meeting in note form: "Fence
// repaired; insurers notified.", "Two quotations received, the third is awaited.", "The laptop has been
// delivered." Each clause is a thing and what became of it — a participle with no "be", "to" or "will" — or a
// state still waited on. Such an entry reports progress; it is not a decision, nor a task.
import type { NotedEntry, Source } from './types.js';

/**
 * A thing and what was done to it: "£640 received on 5th January", "volunteers thanked". The participle ends the clause
 * or opens its adjunct; one before a noun ("considers the revised agreement") only describes it.
 */
const DONE =
  /^(?:[\w£$%'’.,/&()-]+\s+){1,7}?(?:still\s+|now\s+|all\s+|duly\s+)?(?:[a-z]+ed|paid|sent|done|made|given|held|sold|won|taken|brought|built|bought)(?=\s*$|\s+(?:on|in|at|by|to|from|for|with|after|before|under|via|today|yesterday|last|this)\b)/i;
/** A thing and where it stands: "the third is awaited", "decision still pending", "two signs are outstanding". */
const STATE =
  /^(?:[\w£$%'’.,/&()-]+\s+){1,7}?(?:(?:is|are|remains?)\s+)?(?:still\s+)?(?:awaited|pending|outstanding|complete|ongoing|in\s+hand)\b/i;
/** Words that make a clause a decision, an errand or an undertaking rather than a record of what happened. */
const TO_DO = /\b(?:be|to|will|shall|should|would|must|agreed|resolved|asked|requested|recommended|approved)\b/i;
/** Auxiliaries that make "-ed" part of a finite clause, told otherwise (the grammar reads those). */
const AUXILIARY = /\b(?:is|are|was|were|has|have|had|been)\b/i;

function doneClause(clause: string): boolean {
  const text = clause.trim();
  if (!text || TO_DO.test(text)) return false;
  if (STATE.test(text)) return true;
  return DONE.test(text) && !AUXILIARY.test(text);
}

/** Whether a report's entry is progress in note form: its first sentence all clauses of things done or awaited. */
export function progressNote(entry: string): boolean {
  // ("Noticeboard on the Green: …" — a topic before a colon names what the note is about)
  const first = entry
    .split(/(?<=[.!?])\s+(?=[A-Z])/)[0]
    .replace(/^[^:]{2,60}:\s+/, '')
    .replace(/[.!?]\s*$/, '');
  const clauses = first.split(/\s*[;,]\s+|\s+and\s+/);
  return clauses.length > 0 && clauses.every(doneClause);
}

/**
 * An errand with its status set after it, "Clerk to order the bench – done", "AB to send the map (completed)",
 * "check the lease - closed; see item 4": an earlier action reported finished, nothing new to track. The status is a
 * closed class (done, complete, completed, closed), set off by a dash or brackets from the errand it reports on.
 * (Case is spelt out, not /i: what may follow is a new sentence's capital, not "by Friday", a deadline.)
 */
const STATUS_DONE =
  /(?:\s[–—-]\s*|\(\s*)(?:[Nn]ow\s+|[Aa]ll\s+)?(?:[Dd]one|DONE|[Cc]omplete(?:d)?|COMPLETED?|[Cc]losed|CLOSED)\b(?=\s*(?:$|[.;,:)]|\(|[A-Z]|on\b|in\b))/;

export function reportedDone(entry: string, errand = false): boolean {
  const status = STATUS_DONE.exec(entry);
  // (in running prose only an errand, "X to <verb> …", takes a status: "the work – done by volunteers – was praised" reports)
  return !!status && (!errand || /\bto\s+[a-z]+\b/.test(entry.slice(0, status.index)));
}

/** An entry reported done, as the review shows it: noted, saying why, so that the clerk can still make it an item. */
export function doneEntry(text: string, minute: string | null, source: Source): NotedEntry {
  const tidy = text.replace(/\s+/g, ' ').trim();
  return {
    minute,
    ref: null,
    text: tidy.charAt(0).toUpperCase() + tidy.slice(1),
    source,
    confidence: 0.8,
    reason: 'reported done',
  };
}
