// An entry's title before what was decided on it: "b) Tennis Club - request for £300 towards nets. Deferred to the
// January meeting …", "(3) 26/0412/FUL - Extension, Mill Cottage  RESOLVED: That the application be deferred …". Clerks
// head a lettered entry of correspondence, grants or planning applications with who asks (or the application's number)
// and what is asked, a dash between, and set the decision after it. The title names the matter the decision is about;
// it decides nothing itself, so when the grammar finds no verb in it but some word taken for one, it is no errand of the
// one who asks.
import type { Decision } from './classify.js';

/** "Name – what is asked", with no "to" after the dash ("Clerk - to chase" is an errand) and no clause after a semicolon. */
const TITLE = /^(?<who>[^\s–—-][^–—;:]{0,60}?)\s+[-–—]\s+(?<what>(?!to\s)[^;:]{2,120}?)[.,]?\s*$/i;

/** Whether a piece of an entry is its title: a name and what it asks or is, and no verb the grammar is sure of. */
export function isEntryTitle(piece: string, decision: Decision): boolean {
  if (decision.category !== 'action' || decision.certain || decision.asked) return false;
  const title = TITLE.exec(piece.trim())?.groups;
  if (!title) return false;
  // (a word only a verb or its tense takes, on either side of the dash — "Clerk - chased the contractor", "programme
  // to be re-costed – Treasurer" — makes a report or a task with its owner, not a title; and so does a deadline after
  // the dash, "– Treasurer, by 31 March")
  const words = `${title.who} ${title.what}`.replace(/\b[A-Z]\w*\b/g, '');
  return !/\b(?:\w+ed|will|would|to|be|been|has|have|had|was|were|is|are|by|from)\b/i.test(words);
}
