// Decisions worded as instructions that leave a clerk nothing to track, read from their grammar:
// a fallback armed by a condition set before it, a ruling on a hearing carried out at the hearing,
// and a consultee's observations, which are the decision itself.
import { alternatives } from './lexicon.js';
import type { Reading } from './reading.js';
import { lemma } from './predicate.js';

/**
 * "If the agreement has not been completed within six months, the Head of Planning be authorised to refuse …",
 * "Should the sale not complete …, …", "In the event that …, …": a condition set before the decision, so the
 * decision is a fallback — nothing is done unless it happens. (The conjunctions of condition are a closed few.)
 */
const FRONTED_CONDITION = /^(?:that\s+)?(?:if|should|unless|in\s+the\s+event\s+(?:that|of))\s[^,;]{4,200},\s+\S/i;

/**
 * The same after "That," — but only a condition of failure ("That, should the notice not be complied with, the
 * Solicitor be authorised …", "That, unless the lease is signed by May, …"): "That, if the bid succeeds, the Head of
 * Parks let the kiosk" is work to do once it happens.
 */
const FRONTED_FAILURE =
  /^that\s*,\s*(?:should\s[^,;]{0,160}?\bnot\b|unless\s|(?:if|in\s+the\s+event\s+(?:that|of))\s[^,;]{0,160}?\b(?:not|fails?|failure)\b)[^,;]{0,160},\s+\S/i;

/**
 * "Close two branches – rejected as it would leave …", "Option B - Staff to run it: rejected because of the risk", "(b) A
 * joint contract with a neighbour — rejected for now": a decision record's statutory list of the options it considered and
 * rejected, each option followed by its verdict after a dash or colon (or a comma and the reason). The option is worded as
 * an instruction because it was drafted as one; it was turned down, so nothing is done. The verdict may stand in brackets
 * after the option ("C. Let the contract lapse (rejected: the service would stop)", "Buy a second van (not pursued, as
 * …)"): the same verdict, printed another way. The ground may follow "on" as it follows "because" ("– rejected on
 * cost", "– rejected on grounds of risk"): a preposition of reason.
 */
const REJECTED_OPTION =
  /\S\s*(?:[:–—]|\s-)\s*(?:was\s+|were\s+)?(?:rejected|not\s+(?:pursued|supported|recommended))\b(?:\s+(?:for\s+now|at\s+this\s+(?:time|stage)))?(?=\s*(?:$|[.;,:(]|\s(?:because|as|since|for|following|given|due|on)\b))|,\s+rejected\s+(?:because|as|since|following|given|due)\b|\(\s*(?:was\s+|were\s+)?(?:rejected|not\s+(?:pursued|supported|recommended))\b\s*(?:[:;,–—)]|-\s|(?:because|as|since|for|following|given|due)\b)/i;

export function rejectedOption(text: string): boolean {
  return REJECTED_OPTION.test(text);
}

/**
 * "(2) the conditions set out in the report, with an extra condition requiring a noise survey", "(a) the conditions in
 * Annex B, with condition 6 amended to require the fence to be built first": a point of a permission granted "subject
 * to:" that only names the conditions it carries. It is a noun phrase, not an instruction — the conditions bind the
 * applicant, and the verbs inside it ("requiring", "to be built") belong to the conditions, not to anyone here.
 */
const CONDITIONS_NAMED =
  /^(?:that\s+)?(?:the|all|any|such)\s+(?:[\w-]+\s+){0,2}?conditions\s+(?:set\s+out|listed|contained|detailed|recommended|attached|proposed|in|at|of)\b(?:(?!\b(?:be|is|are|was|were|will|shall|should|must)\b)[^,;])*?(?:[.;]?\s*$|,\s*(?:with|plus|including|and)\b)/i;

export function conditionsNamed(text: string): boolean {
  return CONDITIONS_NAMED.test(text.trim());
}

export function fallback(text: string): boolean {
  return FRONTED_CONDITION.test(text.trim()) || FRONTED_FAILURE.test(text.trim());
}

/**
 * "the late statement be admitted and read before the hearing resumed", "… after the meeting reconvened at 3.10 pm":
 * a time clause in the past tense whose subject is the sitting itself says the ruling was carried out there.
 * (The verbs by which a sitting goes on after a pause are a closed few.)
 */
const SITTING_WENT_ON = new RegExp(
  String.raw`\b(?:before|after|when|until)\s+the\s+(?:[\w-]+\s+){0,2}?(?:hearing|meeting|sitting|session|sub-committee|committee|panel)\s+(?:${alternatives(['resumed', 'reconvened', 'continued', 'proceeded', 'returned', 'began', 'started', 'closed', 'ended', 'adjourned'])})\b`,
  'i',
);

export function doneAtSitting(text: string): boolean {
  return SITTING_WENT_ON.test(text);
}

/** What a hearing or a meeting takes in as it sits: papers handed up (a closed class of what can be put before it). */
const PAPERS = new RegExp(
  String.raw`\b(?:${alternatives(['documents', 'document', 'statement', 'statements', 'evidence', 'submission', 'submissions', 'representations', 'papers', 'letter', 'letters', 'photographs', 'material', 'plan', 'plans', 'video', 'footage'])})\b`,
  'i',
);
const SITTING = String.raw`(?:hearing|meeting|sitting|session|proceedings)`;

/**
 * The conduct of the sitting itself, ruled on and carried out there and then: late papers admitted ("the additional
 * documents be admitted", "the late statement of the witness be accepted"), who chairs it ("Councillor Imrie chair the
 * hearing"), how it runs ("the hearing follow the procedure in the agenda", "the meeting proceed in the order printed"),
 * and the statutory test for sitting in private ("the public interest in maintaining the exemption outweighs the public
 * interest in disclosure"). Nothing is left to do after the meeting.
 */
export function runsTheSitting(clause: Reading, text: string): boolean {
  if (
    lemma(clause, new Set(['admit', 'accept'])) &&
    clause.passive &&
    PAPERS.test(clause.subject ?? '') &&
    !/\b(?:report|reports)\b/i.test(clause.subject ?? '')
  )
    return true;
  if (
    lemma(clause, new Set(['chair', 'preside'])) &&
    new RegExp(String.raw`^\s*(?:over\s+)?(?:the|this|today['’]s)\s+(?:[\w-]+\s+)?${SITTING}\b\s*[.;]?\s*$`, 'i').test(
      clause.rest,
    )
  )
    return true;
  if (
    new RegExp(
      String.raw`^(?:that\s+)?the\s+${SITTING}\s+(?:follow|proceed|continue|be\s+conducted|be\s+held\s+in\s+accordance)\b`,
      'i',
    ).test(text.trim()) &&
    !/\b(?:on|until|to)\s+\d/.test(text)
  )
    return true;
  return /\bpublic\s+interest\s+in\s+maintaining\s+the\s+exemption\b/i.test(text);
}

/**
 * "to make the following comments to the District Council:", "the observations set out below be made to the planning
 * authority", "to make the comments shown in the table": a consultee's view, printed in the minutes, is the decision;
 * no one is named to act on it. (The nouns of a consultee's view are a closed few.)
 */
const VIEW = String.raw`(?:${alternatives(['comments', 'observations', 'representations', 'views', 'response', 'responses'])})`;
const PRINTED_HERE = new RegExp(
  String.raw`\b(?:the\s+following\s+${VIEW}|${VIEW}\s+(?:(?:set\s+out|listed|given|shown|recorded)\s+)?(?:below|above|in\s+the\s+(?:table|schedule|appendix)|as\s+(?:follows|set\s+out|shown|listed))|${VIEW}\s+(?:set\s+out|listed|shown)\b)`,
  'i',
);

export function consulteeView(clause: Reading, text: string): boolean {
  // (a body makes its observations as a consultee; views "sent to Cabinet" for its decision are a recommendation)
  if (!lemma(clause, new Set(['make']))) return false;
  // (someone named to send them runs an errand: "the Clerk to send the comments to the County Council by Friday")
  const named = !!clause.subject && !clause.passive && /^(?:the\s+)?[A-Z]/.test(clause.subject);
  return !named && PRINTED_HERE.test(text);
}

/**
 * "the press and public be excluded for the following items", "to exclude the public and press": the meeting going
 * into private session, carried out there and then. (Those who may be shut out of a meeting are a closed few.)
 */
export function sitsInPrivate(clause: Reading): boolean {
  return (
    !!lemma(clause, new Set(['exclude'])) &&
    /\b(?:press|public|media|observers)\b/i.test(`${clause.subject ?? ''} ${clause.rest}`)
  );
}

/** A time the thing is extended to: "until 31st December 2026", "to the end of September", "for a further two years". */
const TERM = String.raw`\b(?:until|till|to|up\s+to)\s+(?:the\s+end\s+of\s+|\d{1,2}(?:st|nd|rd|th)?\s+)?(?:${alternatives(['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'])})\b|\bfor\s+(?:a\s+)?(?:further\s+)?(?:\w+\s+)?(?:weeks?|months?|years?)\b`;

/**
 * "The Committee agreed to extend the pilot until 31st December 2026", "to extend the contract for a further two
 * years": the body lengthening a term of its own makes the extension by deciding it; no one is named to do anything.
 * ("the Director extend the lease …" names who does it; "extend the pilot to every centre" widens it — both are work.)
 */
export function extendsTerm(clause: Reading, isOwn: (who: string) => boolean): boolean {
  if (!lemma(clause, new Set(['extend', 'renew', 'prolong'])) || clause.passive) return false;
  if (clause.subject && !isOwn(clause.subject.replace(/\s+(?:agrees|agreed|resolves|resolved|decides|decided)$/i, '')))
    return false;
  return new RegExp(TERM, 'i').test(clause.rest);
}

/**
 * "Street lighting – Councillor Lee to raise", "Cllr Patel to introduce": an agenda's note of who brings the item
 * to this meeting — the verbs of bringing a matter before a meeting (a closed few) with no object, the item itself
 * being what is brought. ("Councillor Lee to raise the matter with the county" has its object: an errand.)
 */
const BRINGS_TO_MEETING = new Set(['raise', 'introduce', 'present', 'move']);

export function bringsItemHere(clause: Reading): boolean {
  return clause.form === 'infinitive' && !clause.passive && !clause.rest.trim() && !!lemma(clause, BRINGS_TO_MEETING);
}

/**
 * "Cllr Dee would leave the chamber during that item", "would withdraw from the meeting during item 5": a member stepping
 * out for an item they declared an interest in does so at this sitting — conduct of the meeting, nothing to track.
 * (The verbs of leaving, and the places left, are a closed few.)
 */
const LEAVING = new Set(['leave', 'withdraw', 'exit']);
const THE_ROOM = /^(?:from\s+)?the\s+(?:room|meeting|chamber|hall|table|discussion|debate)\b/i;

export function withdrawsForItem(clause: Reading): boolean {
  return !clause.passive && !!lemma(clause, LEAVING) && THE_ROOM.test(clause.rest.trim());
}

/**
 * "the Parking Places Order be made as advertised", "that the byelaws be made": a legal instrument is made by
 * the resolution making it. (The instruments a council makes by resolution are a closed few.)
 */
const INSTRUMENT = /\b(?:orders?|bye-?laws?|bylaws?|regulations)$/i;

export function makesInstrument(clause: Reading): boolean {
  return !!lemma(clause, new Set(['make'])) && clause.passive && INSTRUMENT.test(headOf(clause.subject ?? ''));
}

/** The noun phrase before its trailing "for …", "of …": "the byelaws for the pleasure grounds" → "the byelaws". */
function headOf(np: string): string {
  return np.trim().replace(/\s+(?:for|of|in|on|at|under)\s.*$/i, '');
}

/**
 * What is settled within this sitting, at another item of its agenda: "the Panel would consider the matter under item 7",
 * "said it would be discussed at agenda item 12", "Cllr Dee would take no part in item 9", "will not vote on item 4". A
 * matter taken up later in the same meeting, or a member standing aside from an item of it, leaves nothing to track after
 * the meeting. (The verbs of taking up a matter are a closed few; a paper due at a future meeting is another thing.)
 */
const AN_ITEM = String.raw`(?:agenda\s+)?items?\s+(?:no\.?\s*)?[A-Z]{0,4}[\s.]?\d[\w./()-]*`;
const TAKEN_UP_LATER = new RegExp(
  String.raw`\b(?:consider\w*|discuss\w*|look\w*\s+(?:into|at)|deal\w*\s+with|dealt\s+with|take\s+up|taken\s+up|address\w*|debat\w*|return\w*\s+to|come\s+back\s+to|covered|pick\w*\s+up)\b[^.;]{0,40}?\b(?:under|at|during|in)\s+${AN_ITEM}|\btak\w*\s+no\s+part\s+in\s+(?:the\s+(?:debate|discussion|consideration|vote)\s+(?:on|of)\s+)?${AN_ITEM}|\bnot\s+(?:vote|speak)\s+on\s+${AN_ITEM}`,
  'i',
);
const LATER_MEETING = /\b(?:next|future|following|later|subsequent)\s+meeting\b|\bmeeting\s+(?:on|in)\s/i;
/**
 * A member standing aside from this sitting's vote or debate, whatever item it is on or however the item is written:
 * "Cllr Dee would take no part in the vote on item (9)", "… in the vote on Minute 17/26", "would not take part in the
 * voting", "RB would take part in the debate but not in the vote", "would speak but would not vote". The parts
 * of a sitting one takes or declines are a closed few (the debate, the discussion, the vote, the decision); taking part
 * in anything else ("the consultation events", "the site visit") is an errand and is not read here.
 */
const SITTING_PART = String.raw`(?:the\s+)?(?:debate|discussion|consideration|vote|voting|decision)\b`;
const STANDS_ASIDE = new RegExp(
  String.raw`\btak\w*\s+no\s+(?:further\s+)?part\s+in\s+${SITTING_PART}|\bnot\s+(?:to\s+)?tak\w*\s+(?:any\s+)?part\s+in\s+${SITTING_PART}|\bpart\s+in\s+the\s+(?:debate|discussion)\s+but\s+(?:would\s+)?not\s+(?:in\s+${SITTING_PART}|vote\b)`,
  'i',
);

/**
 * The agenda taken in another order at this sitting: "the Chair agreed to take item (9) before item (8)", "item 6 was
 * taken after item 11", "agenda item 4 be considered ahead of item 3". Which item is heard first is settled as the
 * meeting runs (minutes print it as "Order of business"); nothing is left to do. An item's number in brackets is still
 * its number; an item put to a later meeting is not read here (LATER_MEETING).
 */
const ITEM_NUMBER = String.raw`(?:agenda\s+)?items?\s+(?:no\.?\s*)?\(?[A-Z]{0,4}[\s.]?\d[\w./-]*\)?`;
const REORDERED = new RegExp(
  String.raw`\b(?:tak|consider|hear|heard)\w*\s+${ITEM_NUMBER}\s+(?:before|after|ahead\s+of)\s+(?:agenda\s+)?items?\b|${ITEM_NUMBER}\s+(?:(?:be|was|were|is|would\s+be)\s+)?(?:taken|considered|heard)\s+(?:before|after|ahead\s+of)\s+(?:agenda\s+)?items?\b`,
  'i',
);

export function settledAtThisSitting(text: string): boolean {
  return (TAKEN_UP_LATER.test(text) || STANDS_ASIDE.test(text) || REORDERED.test(text)) && !LATER_MEETING.test(text);
}
