// Who takes a commitment on in the discussion, where the sentence tells it in ways the reader of undertakings
// (discussion.ts) did not follow: a phrase of how the matter came up set before a pronoun that undertakes, with no comma
// ("In reply to a supplementary question he agreed …", "During the discussion she undertook …"), and the speaker of the
// sentence's first half taking it on after a semicolon ("Cllr Vance replied that …; she undertook …").
import { alternatives } from './lexicon.js';

/**
 * The one who commits after the phrase: a pronoun and a verb of undertaking (closed), the pronoun then given to the last
 * speaker by the reader of pronouns (discussionSaid.ts). A name or a title after the phrase is left as it was: read so,
 * it found undertakings in fresh 9 05, 35 04 and 93 07, but a bare title then takes the fuller one the attendance list
 * prints, which fresh 77 05 labels short (fresh 79 01 labels the same form long) — held back (docs, Round 27).
 * "In answer to X he said that the report would be ready …" tells what was said, and is left too.
 */
const COMMITTING_SUBJECT = String.raw`(?=(?:he|she|they)\s+(?:${alternatives(['agreed', 'undertook', 'offered', 'promised', 'volunteered'])})\b)`;

/**
 * "During the discussion", "In (the) debate", "Following debate", and "In answer/reply/response to" a few words (the
 * question, and who put it): how the matter came up, set before the clause. The nouns of a debate are a closed few;
 * a phrase of place or time ("In the park …") is not one of them. The question's words hold no clause of their own:
 * "In answer to Cllr Eze he said that the report would …" is not a phrase before "the report would".
 */
const DEBATE_LEAD = new RegExp(
  String.raw`^(?:(?:[Dd]uring|[Ii]n|[Ff]ollowing|[Aa]fter)\s+(?:the\s+(?:ensuing\s+|subsequent\s+)?)?(?:discussion|debate)|[Ii]n\s+(?:answer|reply|response)\s+to(?:\s+(?!(?:he|she|they|it|that|which|who)\b)[\w'’-]+){1,6}?),?\s+${COMMITTING_SUBJECT}`,
);

/**
 * The sentence without a fronted phrase of how the matter came up, comma or not, where a pronoun that undertakes
 * follows it ("In reply to a supplementary question he agreed to …" → "he agreed to …"); otherwise as it was.
 */
export function withoutDebateLead(sentence: string): string {
  const lead = DEBATE_LEAD.exec(sentence);
  return lead ? sentence.slice(lead[0].length) : sentence;
}

/**
 * "Councillor Vance replied that the lease had two years to run; she undertook to send …": after a semicolon, a pronoun
 * and a verb of taking on are the one who spoke in the first half, the words before its verb of reporting speech
 * (closed). Only an explicit undertaking: a bare "; he would model both" after an answer is left (fresh 73 08 labels
 * no item there), as are a passive ("they would be told") and any other verb.
 */
const SPEAKER_THEN_SEMICOLON = new RegExp(
  String.raw`^(?<who>(?:the\s+)?[A-Z][^,;]{1,60}?)\s+(?:${alternatives(['said', 'stated', 'confirmed', 'advised', 'explained', 'indicated', 'replied', 'responded', 'reported'])})\s+[^;]*;\s+(?:and\s+)?(?:he|she|they)\s+(?<rest>(?:agreed|undertook|offered|promised|volunteered)\s+to\s+[a-z].*)$`,
);

/** The second half after a semicolon with its pronoun given to the speaker of the first half, or null. */
export function speakerTakesOn(sentence: string): string | null {
  const said = SPEAKER_THEN_SEMICOLON.exec(sentence)?.groups;
  return said ? `${said.who} ${said.rest}` : null;
}
