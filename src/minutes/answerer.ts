// Who a pronoun in the discussion stands for once a question has been put. In reported
// speech a member asks and an officer or the chair answers: "A Member asked about agency staff;
// she said that …" — "she" is the one answering, not the one who asked.
import { agentLike } from './agents.js';
import { ASKING_VERBS, SPEECH_VERBS } from './lexicon.js';
import { tokenize } from './words.js';

/** Whether a verb only puts a question or a request to someone else. */
export const asks = (verb: string): boolean => ASKING_VERBS.has(verb.toLowerCase());

/** "asked the Director whether …", "questioned Ms Rowe about …": the one a question is put to. */
const ADDRESSEE =
  /^(?:asked|questioned)\s+(?<who>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:of|for|and|the|[A-Z][\w'’.-]*))*?)\s+(?:whether|if|how|what|why|when|where|which|who|about|for|to)\b/;

/** "The Assistant Director, Communities": a post, a comma, and its service in capitals — nothing fronted. */
const POST_AND_SERVICE =
  /^[Tt]he\s+[A-Z][\w'’-]*(?:\s+(?:of|for|and|[A-Z][\w'’-]*))*,\s+[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*){0,3}$/;

/** A sentence's first verb of speech and who speaks: "In reply, Ms Rowe said …" → Ms Rowe, said. */
export function speechOf(sentence: string): { who: string; verb: string; rest: string } | null {
  const words = sentence.split(/\s+/);
  const at = words.findIndex((w, k) => k > 0 && k <= 12 && SPEECH_VERBS.has(w.toLowerCase()));
  if (at < 0) return null;
  // (a fronted phrase closed by a comma is not the speaker: "In reply, Ms Rowe said …")
  // (but a post with its service after a comma is one speaker: "The Assistant Director, Communities said …")
  const before = words.slice(0, at).join(' ');
  const who = (POST_AND_SERVICE.test(before) ? before : before.replace(/^.*,\s*/, '')).trim();
  if (!who || !/^(?:the\s+)?[A-Z]/.test(who) || !agentLike(tokenize(who))) return null;
  return { who, verb: words[at], rest: words.slice(at + 1).join(' ') };
}

/**
 * The speaker a later pronoun stands for after a sentence whose speaker is `who`: that speaker,
 * unless they only asked — then the one they asked, if named, else whoever spoke before.
 */
export function speakerAfter(who: string, verb: string, rest: string, previous: string | null): string | null {
  if (!ASKING_VERBS.has(verb.toLowerCase())) return who;
  const asked = ADDRESSEE.exec(`${verb} ${rest.trim()}`)?.groups?.who;
  return asked ?? previous;
}
