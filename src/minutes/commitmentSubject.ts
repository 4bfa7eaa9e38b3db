// Who takes a commitment on in the discussion, where the sentence tells it in ways the reader of undertakings
// (discussion.ts) did not follow: a phrase of how the matter came up set before a pronoun that undertakes, with no comma
// ("In reply to a supplementary question he agreed …", "During the discussion she undertook …"), and the speaker of the
// sentence's first half taking it on after a semicolon ("Cllr Vance replied that …; she undertook …").
import { alternatives } from './lexicon.js';
import { namesBody } from './bodies.js';

/** The verbs of undertaking (closed). */
const UNDERTAKING = alternatives(['agreed', 'undertook', 'offered', 'promised', 'volunteered']);

/**
 * The one who commits after the phrase: a pronoun and a verb of undertaking, the pronoun then given to the last speaker
 * by the reader of pronouns (discussionSaid.ts); or (round 31) a title or a name, capitalised words that may hold "of",
 * "for" or "and" ("the Leader", "the Portfolio Holder for Housing", "the Deputy Chief Fire Officer", "Councillor Ince"),
 * before "undertook/agreed … to" — checked by `namedCommits` not to be a body. A bare member title ("the Cabinet
 * Member", "the Lead Member") is left: the attendance list prints it with its portfolio, and the labels give it short in
 * fresh 77 05 and long in fresh 79 01 (round 27). "In answer to X he said that the report would be ready …" tells what
 * was said, and is left too.
 */
const COMMITTING_SUBJECT = String.raw`(?=(?:he|she|they)\s+(?:${UNDERTAKING})\b|(?<named>(?:the\s+)?(?:[A-Z][\w'’-]*\s+(?:(?:of|for|and)\s+(?:the\s+)?)?){0,5}[A-Z][\w'’-]*)\s+(?:${UNDERTAKING})\s+to\s+[a-z])`;

/** A named subject that commits: not a body ("After discussion the Board agreed to hold …" is its resolution in prose). */
function namedCommits(named: string): boolean {
  return (
    !namesBody(named) &&
    !/\bMember$/.test(named) &&
    !/^(?:the\s+)?(?:Members|Councillors|Governors|Trustees)$/i.test(named)
  );
}

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
  if (!lead) return sentence;
  const named = lead.groups?.named;
  return named && !namedCommits(named) ? sentence : sentence.slice(lead[0].length);
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
