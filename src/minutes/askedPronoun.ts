// "Members asked her to include the slot figures", "the Chair asked him to write to the Panel": a request whose object
// is only a pronoun for the one who has just spoken, kept apart from discussionSaid.ts, which gives the other pronouns.

/** The asker (a name, a title or "Members"; not itself a pronoun), then "asked him/her to" and a verb in small letters. */
const ASKED_PRONOUN =
  /^(?<asker>(?:[A-Z][\w'’.-]*|the\s+[A-Z][\w'’.-]*)(?:\s+[\w'’.&-]+){0,6}?)\s+(?:then\s+|also\s+|further\s+)?asked\s+(?:him|her)\s+to\s+(?=[a-z])/;

/** A subject that is itself a pronoun: "She asked him to …" names neither side. */
const PRONOUN_ASKER = /^(?:he|she|they|it|this|that|we)\b/i;

/**
 * `sentence` with "asked him/her to" naming `speaker`, the one who had the floor before it ("Dr Ruddock said she would
 * return in March. Members asked her to include …" — the request is Dr Ruddock's to carry out, as "asked Dr Ruddock
 * to include" would be); unchanged where nobody has spoken yet, the asker is a pronoun or the speaker is the asker.
 */
export function withAskedNamed(sentence: string, speaker: string | null): string {
  if (!speaker) return sentence;
  const asked = ASKED_PRONOUN.exec(sentence);
  if (!asked?.groups) return sentence;
  const asker = asked.groups.asker.trim();
  if (PRONOUN_ASKER.test(asker) || asker.toLowerCase() === speaker.trim().toLowerCase()) return sentence;
  return sentence.replace(/\basked\s+(?:him|her)\s+to\s+(?=[a-z])/, `asked ${speaker} to `);
}
