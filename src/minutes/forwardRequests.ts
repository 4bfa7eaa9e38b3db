// A member's request that a matter come before a later meeting of this body, with the meeting's assent after it: "Cllr
// Kerr asked that the play area be an item on the next agenda. Agreed.", "- BK asked for the heating to be deferred to
// February. Agreed." Whether one member's request for someone's errand is the meeting's is labelled both ways (rounds
// 28–30), so a single member's request is read only for this: a place for the matter at a later sitting of this body —
// its work programme or a deferral — which is the body's forward business whoever asked for it, and which no one runs
// as an errand. (Not a guest invited: who owns the invitation is labelled both ways; not a standing item, every
// meeting's business rather than a later sitting's — round 31's "Left".)
import { agentLike } from './agents.js';
import { namesBody, type OwnBody } from './bodies.js';
import { classify, type Decision } from './classify.js';
import { LATER_SITTING_OR_PROGRAMME } from './laterSitting.js';
import type { People } from './people.js';
import { tokenize } from './words.js';

/** The kinds that put a matter before a later sitting of this body. */
const FORWARD = new Set(['work-programme', 'deferral']);

/** The asker is one person present — a name, a title or initials — and not a body or "members" (discussion.ts reads those). */
function onePerson(who: string, people: People): boolean {
  const w = who.trim().replace(/^the\s+/i, '');
  if (/\b(?:had|has|have|was|were|is|are|had\s+been)$/i.test(w) || namesBody(w)) return false;
  return people.knows(w) || /^[A-Z]{2,3}$/.test(w) || agentLike(tokenize(w));
}

/** The request read as forward business of this body (what is asked, and how it is classified), or null. */
export function forwardRequest(
  who: string,
  what: string,
  own: OwnBody,
  people: People,
): { text: string; decision: Decision } | null {
  // (without a later sitting or a place on the programme a request is only a wish: "asked that the hedges be looked at again")
  if (!onePerson(who, people) || !LATER_SITTING_OR_PROGRAMME.test(what)) return null;
  // ("asked for the heating to be an item next time" is the subjunctive "that the heating be an item next time": the
  // matter is what comes, no one's errand — read so, "the heating" is not taken for someone told to act)
  const asked = /^that\s/i.test(what) ? what : `that ${what.replace(/\bto\s+be\b/i, 'be')}`;
  const decision = classify(asked, own);
  return FORWARD.has(decision.category) ? { text: asked.replace(/^that\s+/i, ''), decision } : null;
}
