// Another decision-maker's own business, told in the discussion: "Cabinet would take a decision in March", "the Cabinet
// Member would take the decision at his decision meeting on 4 May", "the Chair said the Trust Board would receive the
// draft at its meeting in January". A body, or an executive member, deciding in its own time at its own sitting is the
// course of that body's business, told so that members know when — no errand of this meeting (what this body sends it
// is a recommendation, read from the resolution).
import { namesBody, type OwnBody } from './bodies.js';
import { DECIDING_MEMBER } from './lexicon.js';

/** Who the sentence says will act, after any verb of speech: "Ms Rae said [the Board] would …", "[Cabinet] will …". */
const FUTURE_OF = new RegExp(
  String.raw`^(?:[^.;]{0,100}?\b(?:said|confirmed|explained|advised|reported|stated|added|replied)\s+(?:that\s+)?)?(?:the\s+)?(?<who>[A-Z][\w&'’,-]*(?:\s+[\w&'’,-]+){0,7}?)\s+(?:would|will)\s+(?:then\s+|now\s+|also\s+|formally\s+)?(?<rest>(?!be\b)[a-z].*)$`,
);

/** Deciding, the act of a decision-maker (a closed few ways to say it): "take a decision", "make the final decision", "decide". */
const DECIDES =
  /^(?:(?:take|make|reach)\s+(?:a|the|its|his|her|their)\s+(?:[\w-]+\s+){0,2}decisions?\b|(?:decide|determine)\b)/i;
/** At the decision-maker's own sitting: "at its meeting on …", "at his decision meeting", "at their next session". */
const OWN_SITTING = /\b(?:at|during)\s+(?:its|his|her|their)\s+(?:[\w-]+\s+){0,2}(?:meeting|session|sitting)\b/i;

const MEMBER = new RegExp(String.raw`^(?:the\s+)?${DECIDING_MEMBER}\b`, 'i');

/** Whether the sentence tells what another body or an executive member will decide, or take, at its own sitting. */
export function othersDecide(text: string, own: OwnBody): boolean {
  const m = FUTURE_OF.exec(text.trim())?.groups;
  if (!m) return false;
  const who = m.who.replace(/,.*$/, '').trim();
  const decider = MEMBER.test(who) || (namesBody(who) && !own.is(who));
  return decider && (DECIDES.test(m.rest) || OWN_SITTING.test(m.rest));
}
