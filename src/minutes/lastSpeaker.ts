// Who has the floor after a sentence of the discussion, so a later "she" means them; kept apart from discussionItems.ts, which reads the paragraphs.
import { speakerAfter, speechOf } from './answerer.js';
import type { DiscussionContext } from './discussionSaid.js';
import { readClause } from './grammar.js';
import { SPEECH_VERBS, alternatives } from './lexicon.js';

/** A pronoun that points back to a speaker already named. */
const PRONOUN_WORD = /^(?:he|she|they|it|this)$/i;

/** The one speaking after `resolved` (its pronouns already given to `lastSpeaker`): a name or a title speaking takes the floor. */
export function speakerAfterSentence(
  resolved: string,
  lastSpeaker: string | null,
  context: DiscussionContext,
): string | null {
  const speaker = readClause(resolved);
  // (a person named as the subject of any verb is the one a later "she" means: "Cllr Lee described the verge. She agreed …")
  const person = (np: string) =>
    context.people.knows(np) ||
    new RegExp(
      String.raw`^(?:the\s+)?(?:${alternatives(['Councillor', 'Cllr', 'Mr', 'Mrs', 'Ms', 'Miss', 'Dr', 'Prof'])})\b`,
    ).test(np);
  // (one who only asks is not the one who answers: "A Member asked about X. She said …" is the officer)
  const spoken = speechOf(resolved);
  if (spoken && !PRONOUN_WORD.test(spoken.who)) return speakerAfter(spoken.who, spoken.verb, spoken.rest, lastSpeaker);
  if (
    speaker.subject &&
    speaker.verb &&
    (SPEECH_VERBS.has(speaker.verb.toLowerCase()) || person(speaker.subject)) &&
    /^[A-Z]/.test(speaker.subject) &&
    !/^(?:he|she|they|it|this)$/i.test(speaker.subject)
  )
    return speakerAfter(
      speaker.subject
        .replace(/^(?:in\s+response|in\s+reply)[^,]*,\s*/i, '')
        // ("Quarter 2 The Head of Service introduced …": the end of a heading run into the sentence, before its subject)
        .replace(/^(?:[\w'’-]+\s+){1,4}?(?=The\s+[A-Z])/, ''),
      speaker.verb,
      speaker.rest,
      lastSpeaker,
    );
  return lastSpeaker;
}
