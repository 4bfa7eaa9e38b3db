// A proposal told with its fate, when the fate is that it fell at a vote: "An amendment to add £500 was LOST (4 for, 6
// against).", "On being put to the vote the motion was lost.", "Proposal to open on Sundays – voted down 3-5.", "A
// motion to close the café was not seconded." The words of the proposal are worded as something to do (they were
// drafted so), but the meeting did not take it up: nothing was decided, and a clerk tracks none of it. The fate must
// close the clause — a lost motion followed by what the meeting did instead ("was lost and the Clerk will bring costed
// options") is still read — and what follows a semicolon or a full stop takes the item back where it decides anything
// more ("…; the Clerk will write to the applicant", "…; the band to be invited to re-apply": the labels of several read
// sets track such a tail, and some the refusal with it). Read after every reader, on the item's own words, so it holds
// whichever reader proposed the line (a motion in prose, a line of notes, a lettered clause).
import { readClause } from './grammar.js';
import { MODALS } from './lexicon.js';

/**
 * The verdicts of a vote, or of the meeting's own procedure, by which a proposal falls: the past passive ("was lost",
 * "were defeated", "was not carried", "was not seconded") or the bare participle after a dash ("– voted down"). A
 * closed few, and only those: "not agreed", "not supported", "rejected" are also how a body answers another's proposal
 * — a parish's comment on a planning application, a response to a consultation — which the labels track as its answer.
 */
const FELL = String.raw`(?:lost|defeated|voted\s+down|not\s+(?:carried|seconded))`;

/**
 * How the verdict is joined to the proposal: "was"/"were", a dash, a comma, or nothing. Not the perfect ("the bookings
 * that had been lost" tells what happened before, inside a decision).
 */
const JOIN = String.raw`(?:\s+(?:was|were)\s+|\s*[–—-]\s*|,\s*|\s+)`;

/** What may follow the verdict and still close it: a count of votes ("3-4", "2 to 3", "by 5 votes to 3"), a reason in brackets. */
const AFTER = String.raw`(?:\s*(?:on\s+a\s+vote\s+of\s+|by\s+)?\d{1,2}\s*(?:-|–|to|votes?\s+to)\s*\d{1,2}(?:\s+votes?)?(?:\s+with\s+\d{1,2}\s+abstentions?)?)?(?:\s*\([^)]*\))?\s*[.!]?\s*$`;

/** The verdict closing the clause, the proposal before it: no "be" (a resolution "That … be rejected" decides). */
const FALLS = new RegExp(String.raw`^(.+?)${JOIN}${FELL}${AFTER}`, 'i');

/** A clause that itself records the body deciding: "That …", "RESOLVED", "It was agreed that …", a body's "agreed/resolved". */
const DECIDES =
  /^\s*(?:that\b|resolved\b|agreed\b|decided\b|it\s+was\b)|\b(?:resolved|agreed|decided)\s+(?:that|to)\b/i;

/**
 * Whether the words after the verdict decide something more: a clause that looks forward (an instruction, a modal, a
 * "to" + verb, a subjunctive), whoever its subject — "…; the Clerk will write to the applicant", "…; the group to be
 * invited to re-apply", "…; to come back in the spring". Only a tail that reports (the substantive motion "was
 * CARRIED", a member "did not vote") or has no verb leaves the item a proposal that fell.
 */
function decidesMore(tail: string): boolean {
  const clause = readClause(tail.trim());
  if (clause.verb && clause.form !== 'past' && clause.form !== 'none') return true;
  // (a "to" before a word, or a modal, looks forward even where the grammar finds no subject: "money to roll into
  // the next quarter", "it may come back")
  const words = tail.toLowerCase().match(/[a-z]+/g) ?? [];
  return words.some((w, k) => (w === 'to' && /^[a-z]{2,}$/.test(words[k + 1] ?? '')) || MODALS.has(w));
}

/**
 * Whether the item's words are a proposal the meeting let fall, and nothing else: the verdict closes the first clause,
 * and whatever follows after a semicolon or a full stop only reports.
 */
export function proposalFell(text: string): boolean {
  const flat = text.replace(/\s+/g, ' ').trim();
  const cut = /;\s+|\.\s+(?=[A-Z])/.exec(flat);
  const head = cut ? flat.slice(0, cut.index) : flat;
  const tail = cut ? flat.slice(cut.index + cut[0].length) : '';
  const fell = FALLS.exec(head);
  if (!fell || DECIDES.test(fell[1])) return false;
  // (a relative clause or a perfect inside the decision: "a report on the bookings which were lost", "that had been lost")
  if (/\b(?:that|which|who|had|has|have|been|be|being)$/i.test(fell[1].trim())) return false;
  // (the proposal has words of its own: a bare "Lost." is a verdict on something printed elsewhere)
  if ((fell[1].match(/[A-Za-z]{3,}/g) ?? []).length < 2) return false;
  return !tail || !decidesMore(tail);
}
