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
 * A matter named and where it stands, set off by a dash: "Gate at the play area – still broken", "Hedge by the car park -
 * cut back on 2 February", "Letter to the landlord - sent, no reply yet", "Website refresh – not started, carry forward".
 * Under matters arising or in a club's notes the clerk names each earlier matter and says what became of it; the name
 * has no verb of its own, and the words after the dash are a participle, "still …", or a state waited on. Nothing new
 * is asked of anyone — unless the status itself names a step ("– still broken; Dean to chase" keeps Dean's errand).
 */
const TOPIC_DASH = /^(?<topic>[^–—:;]{3,80}?)\s+[–—-]\s+(?<status>\S.*)$/;
/** Where an earlier matter stands, opening the words after the dash. */
const STANDS = new RegExp(
  String.raw`^(?:(?:now|all|duly|finally)\s+)?(?:still\s+\S+|[a-z]+ed\b|done|sent|paid|put\s+up|made|held|fixed|` +
    String.raw`awaiting|pending|outstanding|ongoing|in\s+hand|in\s+progress|complete|not\s+(?:yet\s+)?(?:started|available|received|done|heard|begun)|` +
    String.raw`no\s+(?:reply|response|news|further\s+action|change|progress))\b`,
  'i',
);
/** A figure reported against the year before: "Hire income up 8% on last year", "Bar takings down on last year". */
const FIGURE_MOVED =
  /^(?:[\w£$%'’.,/&()-]+\s+){1,6}?(?:up|down)\s+(?:by\s+)?(?:about\s+|some\s+|around\s+)?(?:[\d.,]+\s?%|£[\d,.]+k?|on\s+(?:last|the\s+previous)\s+year)/i;
/** A verb of the name's own, or of someone's errand: the name is then a sentence, not a matter named. */
const NAME_ACTS = /\b(?:to|will|would|shall|should|must|be|is|are|was|were|has|have|had|agreed|asked|reported|said)\b/i;
/** A thing sent and where to ("Letter to the landlord", "Bid to the Lottery fund"): the "to" of a name, not an errand. */
const SENT_TO =
  /\b(?:letters?|e-?mails?|reply|response|requests?|application|complaint|invitation|bid|message|claim|submission|payment|referral)\s+to\b/gi;

/** Whether the text is a matter named and its status after a dash, or a figure reported, with nothing asked of anyone. */
export function statusNote(entry: string): boolean {
  const [head, ...after] = entry.trim().split(/(?<=[.!?])\s+(?=[A-Z])/);
  // (the sentences after it may close the matter, "No further action.", but not give anyone a step, "Bob to chase it.")
  if (TO_DO.test(after.join(' '))) return false;
  const first = head.replace(/[.!?]\s*$/, '');
  if (FIGURE_MOVED.test(first)) return !TO_DO.test(first);
  const named = TOPIC_DASH.exec(first)?.groups;
  if (!named || NAME_ACTS.test(named.topic.replace(SENT_TO, '')) || named.topic.split(/\s+/).length > 10) return false;
  return STANDS.test(named.status) && !TO_DO.test(named.status);
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
