// A decision that lets a thing go ahead: "the fete to go ahead on Saturday 10 July", "That the parking scheme proceed,
// with Church Lane left out", "Agreed to go ahead." Going ahead is what the thing does, not what anyone is asked to do:
// the meeting has settled that it happens, and the steps that make it happen are given to someone in clauses of their
// own ("… Clerk to book the band"). So the clause is the decision recorded — unless someone is named to go ahead ("the
// Clerk proceed with the order": an errand), the verb takes a task ("proceed with the purchase", "go ahead and order
// the bench"), or another body is asked to let it go ahead ("recommend to Cabinet that the scheme proceed": Cabinet's
// to decide, so a "that" or a verb of sending before the thing keeps the clause as it was read).
import { agentLike } from './agents.js';
import { tokenize } from './words.js';

/** What may open the clause before the thing: "that", a keyword, "it was agreed", "members agreed". */
const OPENING = String.raw`(?:(?:that|resolved|agreed|decided|it\s+was\s+(?:agreed|resolved|decided)(?:\s+that)?|(?:members|the\s+\w+)\s+agreed(?:\s+that)?)\s*[:–—-]?\s*)*`;

/** The verb, in the forms a decision gives it: "to go ahead", "should go ahead", "proceed", "goes ahead". */
const GOES = String.raw`(?:(?:to|should|shall|will|would|can|may|could)\s+)?(?:go(?:es)?\s+ahead|proceeds?)`;

const GOES_AHEAD = new RegExp(String.raw`^${OPENING}(?:(?<thing>[^,;:]{1,80}?)\s+)?${GOES}\b(?<rest>.*)$`, 'i');

/**
 * What may follow: nothing, or when and where it happens and in what shape ("on Sat 10 July", "in 2027", "as planned",
 * ", with Church Lane removed"). Not "with"/"to" straight after the verb: "proceed with the purchase", "proceed to
 * tender" name a task.
 */
const ONLY_HOW =
  /^\s*(?:[.;]?\s*$|,\s*with(?:out)?\b|(?:on|in|at|from|during|this|next|as\s+(?:planned|proposed|agreed|scheduled|advertised))\b)/i;

/** A step inside what follows: an infinitive, a modal, someone asked — then the clause holds more than the decision. */
const STEP =
  /\b(?:to\s+(?!the\b|a\b|an\b|be\s+\w+ed\b)[a-z]+|will|would|shall|must|should|asked|requested|subject\s+to|and\s+(?:to\s+)?[a-z]+\s+the)\b/i;

/**
 * The head nouns of things that happen or are carried out (a closed few): a capitalised "Summer Picnic" or "Fernley
 * Parking Scheme" reads like a name, but its head says it is an event or a scheme, not someone who can act.
 */
const HAPPENS =
  /^(?:fete|fair|picnic|festival|event|show|concert|parade|market|bazaar|party|night|day|walk|trip|visit|tour|race|match|scheme|project|works?|trial|pilot|sale|survey|consultation|programme|service|plan|purchase)s?$/i;

/** Whether the thing before the verb is someone who can act (then going ahead is their errand). */
function someone(thing: string): boolean {
  const words = thing.replace(/\s+(?:19|20)\d\d$/, '').split(/\s+/);
  const head = words[words.length - 1] ?? '';
  return !HAPPENS.test(head) && agentLike(tokenize(thing));
}

/** Whether the clause only lets a thing go ahead, naming no one to act. */
export function goesAhead(text: string): boolean {
  const m = GOES_AHEAD.exec(text.trim());
  if (!m?.groups) return false;
  const { rest } = m.groups;
  // ("To go ahead.": the "to" of the verb, no thing named)
  const thing = (m.groups.thing ?? '').replace(/^to$/i, '').trim();
  // (a "that" or a verb of sending inside: "recommend to Cabinet that the scheme proceed" is Cabinet's to decide)
  if (/\b(?:to|and)$/i.test(thing) || /\b(?:that|recommend\w*|ask\w*|request\w*|refer\w*)\b/i.test(thing)) return false;
  if (thing && someone(thing)) return false;
  return ONLY_HOW.test(rest) && !STEP.test(rest);
}
