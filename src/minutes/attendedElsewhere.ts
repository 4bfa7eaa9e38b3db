// Who attends where. To be asked to attend a meeting of this body is an invitation; to attend a meeting of someone
// else's — "that Cabinet meeting" — or to go somewhere on this body's behalf ("attend
// the hearing on behalf of the Council and present its objection") is an errand run for this body. The words before
// "meeting" say whose it is: a determiner and a time ("the next", "a future", "the March") leave it this body's; another
// body's name ("that Cabinet meeting", "the Town Council meeting") makes it someone else's.
import { namesBody, type OwnBody } from './bodies.js';
import type { Place } from './places.js';
import { FULL_MONTHS, alternatives } from './lexicon.js';

/** The words that may stand between "attend" and "meeting" and still leave the meeting this body's (a closed few). */
export const DETERMINER_OR_TIME = new RegExp(
  String.raw`^(?:${alternatives(['the', 'a', 'an', 'its', 'this', 'that', 'next', 'future', 'following', 'subsequent', 'later', 'forthcoming', 'further', 'special', 'extraordinary', 'ordinary', 'relevant', 'appropriate', 'each', 'every', 'any', 'all', 'one', 'two', 'both', 'first', 'second'])}|${FULL_MONTHS}|\d{4}|\d{1,2}(?:st|nd|rd|th)?)$`,
  'i',
);

/**
 * "attend the next meeting", "attend a future meeting", "attend the March meeting", "attend the Panel meeting",
 * "attend meetings of the Panel": a meeting of this body (the old reading of "attend … meeting"), now not where a name
 * before "meeting" is another body's.
 */
export function attendsMeetingHere(text: string, own: OwnBody): boolean {
  if (/\battend\s+(?:\w+\s+){0,3}sessions?\s+of\b/i.test(text)) return true;
  for (const m of text.matchAll(/\battend\s+(?<words>(?:[\w'’&-]+\s+){0,3}?)meetings?\b/gi)) {
    const words = m.groups!.words.trim().split(/\s+/).filter(Boolean);
    const named = words.filter((w) => !DETERMINER_OR_TIME.test(w));
    // (only a name marks another body's sitting: a plain noun before "meeting" — "a site meeting", "the annual
    // meeting" — is left as it was read, for invitations to this body are worded that way too)
    if (!named.some((w) => /^[A-Z]/.test(w)) || own.is(named.join(' '))) return true;
  }
  return false;
}

/**
 * "on behalf of the Committee", "to represent the Panel": whoever goes, goes as this body's delegate. So too on behalf of
 * another body ("attend the hearing on behalf of the Town Council", a committee's member for its parent council), where
 * no one is invited and the sitting attended is not this body's.
 */
export function attendsForThisBody(text: string, own: OwnBody, places: Place[]): boolean {
  const who =
    /\b(?:on\s+behalf\s+of|to\s+represent|representing)\s+(?:the\s+|this\s+)?(?<who>[A-Z][\w&'’-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w&'’-]*){0,4})/.exec(
      text,
    )?.groups?.who;
  if (!/\battend/i.test(text) || !who) return false;
  return (
    own.is(who) ||
    (namesBody(who) &&
      !/\binvit/i.test(text) &&
      !places.some((p) => p.kind === 'own-meeting' || p.kind === 'own-body') &&
      !attendsMeetingHere(text, own))
  );
}
