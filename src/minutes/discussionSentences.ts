// The discussion cut into sentences, each second predicate or errand given its own subject, kept apart from discussion.ts, which reads each sentence.
import { promisedAsErrand } from './promisedThing.js';
import { asks, speechOf } from './answerer.js';
import { agentLike } from './agents.js';
import { readClause } from './grammar.js';
import { FINISHED_WORDS, HONORIFIC_WORDS, SPEECH_VERBS, alternatives } from './lexicon.js';
import { sentences } from './paragraphs.js';
import { expandContractions } from './contractions.js';
import { tokenize } from './words.js';
import { OFFICE_NOUNS } from './lexiconNouns.js';
import { joinedErrands, type Attending } from './notesErrands.js';

/** Who speaks or acts in a clause: the words before its first verb of speech ("Ms Rowe said the works …" → Ms Rowe), else its subject. */
function speakerOf(clause: string): string | null {
  const words = clause.split(/\s+/);
  const at = words.findIndex((w, k) => k > 0 && k <= 12 && SPEECH_VERBS.has(w.toLowerCase()));
  if (at > 0) {
    const who = words.slice(0, at).join(' ');
    if (agentLike(tokenize(who))) return who;
  }
  return readClause(clause).subject;
}

/** A log's status after a dash ("… – Done"), which no one is told to do. */
const STATUS_WORD = String.raw`(?:${FINISHED_WORDS.map((w) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`).join('|')})\b`;
/** A person named with an honorific, or by a first and a last name: "Dr Lin", "Ms Okafor", "Priya Shah". */
/** "the clerk", "the Treasurer": one of the body's own offices, in either case. */
const AN_OFFICE = String.raw`the\s+(?:${alternatives(OFFICE_NOUNS.filter((w) => !['head', 'chief', 'lead', 'executive'].includes(w)))})`;
// Who is sent on an errand after a colon or a comma, "… consent: DS to write …", "Carried forward, the Clerk to chase …":
// initials (one or two sets) or "the" and an office in capitals — not a bare capitalised word, which after a comma is as
// often the start of a phrase ("…, Thanks to the volunteers", "…, Monday to Friday")
const ERRAND_SUBJECT = String.raw`(?:[A-Z]{2,4}(?:\s+(?:and|&)\s+[A-Z]{2,4})?|the\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,3})`;
const NAMED = String.raw`(?:(?:${HONORIFIC_WORDS})\.?\s+(?:[A-Z]\.?\s*)*[A-Z][\w'’-]+|[A-Z][a-z]+\s+[A-Z][\w'’-]+)`;

/**
 * "Members asked how many …, and the Deputy Monitoring Officer said that he would email …": a second main clause whose
 * subject reports that they will act — a title or a name, a verb of saying, the pronoun that is the speaker, "would" or
 * "will" and a verb of their own (not "would be", not "would not") — is that person's commitment, told apart from the
 * question before it (the verbs of saying a closed few).
 */
const SPEAKER_COMMITTING = String.raw`(?:the\s+[A-Z][\w'’-]*(?:\s+(?:[A-Z&][\w'’-]*|of|for|and))*|${NAMED})\s+(?:said|confirmed|stated|indicated|explained|advised|added|replied|responded)\s+(?:that\s+)?(?:he|she|they)\s+(?:would|will)\s+(?!be\b|not\b|have\b)[a-z]`;

/** A personal pronoun standing as a subject: it points back to someone named before. */
export const PRONOUN_SUBJECT = /^(?:he|she|they|it|this|these|those)$/i;

/** Verbs of saying (closed; the verbs of speech less those that commit, ask or propose): what follows is what was said. */
const SAYING = [...SPEECH_VERBS].filter(
  (v) =>
    ![
      'agreed',
      'undertook',
      'offered',
      'promised',
      'asked',
      'requested',
      'proposed',
      'suggested',
      'presented',
      'introduced',
      'raised',
      'expressed',
      'updated',
      'told',
      'queried',
      'noted',
      'outlined',
      'highlighted',
    ].includes(v),
);
/** The speaker: the words before the first verb of saying that opens the clause ("Dana said …", "The Director explained …"). */
const SPEAKER = new RegExp(String.raw`^(?<who>(?:the\s+)?[A-Z][^,;]{0,60}?)\s+(?:${alternatives(SAYING)})\b`);

/**
 * The sentences of a discussion paragraph, with a list's lead-in kept apart: "the following points were noted:" opens
 * reported points. `people`, given for informal notes (no resolutions), are the meeting's own: an errand joined to the
 * sentence before by a comma or a dash and named to one of them by a first name is a sentence of its own
 * (notesErrands.ts).
 */
export function discussionSentences(paragraph: string, people?: Attending): string[] {
  return (
    // (a pronoun's contracted auxiliary written out first: "she'd check" is "she would check")
    // ("… and promised a written note on …": a promised thing is the errand of giving it — promisedThing.ts)
    sentences(promisedAsErrand(expandContractions(paragraph)))
      // "the Executive Member said that the wait had come down, and undertook to send …": the undertaking with its subject
      // ("… did not have the figures but agreed to obtain them": a second predicate after "but" too)
      // (the subject is that of the clause just before, after any semicolon: "X asked …; she said … and undertook …")
      .flatMap((s) => {
        // (an offer after what was said is the speaker's too, "… replied that it was booked and offered to send the
        // dates"; an offer to help names someone else's task — "offered to help reach them" — and stays a remark)
        const m = /,?\s+(?:and|but)\s+(?=(?:undertook|agreed|promised|offered)\s+to\s+(?!help\b)[a-z])/.exec(s);
        const clauseBefore = m ? s.slice(0, m.index).split(/;\s+/).pop()! : '';
        const before = m ? /^(?:he|she|they)\b/i.exec(clauseBefore)?.[0] : null;
        if (m && before && clauseBefore !== s.slice(0, m.index))
          return [s.slice(0, m.index), `${before} ${s.slice(m.index + m[0].length)}`];
        // (the one who spoke, where the clause before is what they said: "Dana said it was, mostly in the
        // east, and agreed to …", "the Officer said the talks had begun in May and undertook to …")
        const speaker = m ? SPEAKER.exec(clauseBefore)?.groups?.who : undefined;
        const subject =
          speaker && agentLike(tokenize(speaker))
            ? speaker
            : m
              ? readClause(clauseBefore).subject?.replace(
                  /^(?:in\s+(?:reply|response)|following\s+[^,]+|after\s+[^,]+)\s*,\s*/i,
                  '',
                )
              : null;
        return m && subject && /^(?:the\s+)?[A-Z]/.test(subject)
          ? [s.slice(0, m.index), `${subject} ${s.slice(m.index + m[0].length)}`]
          : [s];
      })
      // "… asked for the ward figures, which the Head of Service agreed to circulate": the undertaking, its object the
      // noun phrase the relative clause hangs from
      .flatMap((s) => {
        const m =
          /^(?<head>.*?\b(?<np>(?:the|a|an|these|this|those|its|their|his|her)\s+[^,;]{1,80}?)),\s+which\s+(?<who>(?:the\s+)?[A-Z][^,;]{1,60}?)\s+(?<verb>agreed|undertook|promised|offered)\s+to\s+(?<act>[a-z]+)(?<tail>[^;]*)$/.exec(
            s,
          );
        if (!m?.groups) return [s];
        const { head, np, who, verb, act, tail } = m.groups;
        return [`${head}.`, `${who} ${verb} to ${act} ${np}${tail}`];
      })
      // "Members wished to know more and the Treasurer undertook to …": a second main clause, its own subject after "and"
      // with no comma — where the words before hold a verb of their own ("The Chair and the Clerk undertook …" is one
      // subject of two people); an office in small letters is a subject too, as parish minutes print it, and "will" or
      // "would" commits it as "undertook" does ("The Council objects to the scheme and the clerk will send the objection")
      .flatMap((s) => {
        const m = new RegExp(
          String.raw`\s+and\s+(?=(?:the\s+[A-Z][\w'’-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w'’-]*){0,4}|${NAMED}|[A-Z]{2,4}|${AN_OFFICE})\s+(?:(?:undertook|agreed|offered|promised)\s+to\s+[a-z]|(?:will|would)\s+(?!be\b)[a-z]))`,
        ).exec(s);
        if (!m || /,$/.test(s.slice(0, m.index))) return [s];
        const before = readClause(s.slice(0, m.index));
        return before.verb && before.subject && before.form !== 'none'
          ? [s.slice(0, m.index), s.slice(m.index + m[0].length)]
          : [s];
      })
      // "Members thought the matter was for the highways team and the Clerk was asked to invite its manager": a second clause
      // with its own subject, the one the meeting asked to act
      .flatMap((s) => {
        const m =
          /,?\s+and\s+(?=(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s+(?:was|were)\s+(?:asked|requested|instructed)\s+to\s+[a-z])/.exec(
            s,
          );
        // (the words before are a clause with a verb of its own, not a title holding "and": "The Head of Parks and Open Spaces")
        return m && m.index > 12 && readClause(s.slice(0, m.index)).verb
          ? [s.slice(0, m.index), s.slice(m.index + m[0].length)]
          : [s];
      })
      // "Members raised concerns about … and asked that …": a second predicate of the same subject, a request of its own
      .flatMap((s) => {
        const m = /,?\s+and\s+(?:also\s+|further\s+)?(?<verb>asked|requested)\s+that\s+/.exec(s);
        const subject = m ? readClause(s.slice(0, m.index)).subject : null;
        return m && subject && /^(?:the\s+)?[A-Z]/.test(subject)
          ? [s.slice(0, m.index), `${subject} ${m.groups!.verb} that ${s.slice(m.index + m[0].length)}`]
          : [s];
      })
      // "…, and she undertook to …", "…, and it was requested that …": a second main clause with a subject of its own.
      // A pronoun there stands for the subject of the first clause ("Ms Rowe said …, and she undertook to …").
      .flatMap((s) => {
        const m =
          /,\s+and\s+(?<pronoun>he|she|they|it)\s+(?=(?:undertook|agreed|offered|promised|would|will|was\s+(?:also\s+)?(?:agreed|requested|asked|decided))\b)/i.exec(
            s,
          );
        if (!m) return [s];
        const first = s.slice(0, m.index);
        const rest = s.slice(m.index + m[0].length);
        if (m.groups!.pronoun.toLowerCase() === 'it') return /^was\b/i.test(rest) ? [first, `It ${rest}`] : [s];
        // (after a question the pronoun is the one answering, found from the sentences before: "X asked …, and she undertook …")
        const asked = speechOf(first);
        if (asked && asks(asked.verb)) return [first, `${m.groups!.pronoun} ${rest}`];
        const subject = speakerOf(first)?.replace(
          /^(?:in\s+(?:reply|response)|following\s+[^,]+|after\s+[^,]+)\s*,\s*/i,
          '',
        );
        return subject && /^(?:the\s+)?[A-Z]/.test(subject) && !PRONOUN_SUBJECT.test(subject)
          ? [first, `${subject} ${rest}`]
          : [first, `${m.groups!.pronoun} ${rest}`];
      })
      // "…; DM to complete it", "notices: Ann Small to arrange this …", "… raised the bins – Clerk to write", "…, and the Head of Waste Services undertook to …"
      // ("… and officers undertook to …": the body's people in general words take up a commitment too)
      .flatMap((s) =>
        s.split(
          new RegExp(
            String.raw`;\s+(?=[a-z]*\s*[A-Z])|:\s+(?=(?:[A-Z][a-z]+\s+){1,3}to\s+[a-z])|[:,]\s+(?=${ERRAND_SUBJECT}\s+to\s+(?!the\b|a\b|an\b|be\b)[a-z]{3,}\b)|,\s+and\s+(?=the\s+[A-Z][\w'’-]*(?:\s+(?:[A-Z&][\w'’-]*|of|for|and))*(?:\s+\([A-Z][^)]{0,30}\))?\s+(?:undertook|agreed|offered|promised|will|would|was\s+asked)\b)|,?\s+and\s+(?=(?:officers|members|councillors|governors|staff)\s+(?:undertook|agreed|offered|promised)\s+to\b)|\s+[–—-]\s+(?!${STATUS_WORD})(?=(?:the\s+)?(?:[A-Z][\w'’-]*|[A-Z]{2,4})(?:\s+(?:(?:and|&|of|for)\s+)?(?:the\s+)?[A-Z][\w'’-]*){0,5}\s+to\s+[a-z]{3,}\s)|,\s+and\s+(?=${NAMED}\s+(?:undertook|agreed|offered|promised)\s+to\s+(?!consider\b|think\b|reflect\b)[a-z])|,\s+and\s+(?=${SPEAKER_COMMITTING})`,
          ),
        ),
      )
      // "X replied that it would open at Easter; she would circulate the design", "X replied that he did not have the figures
      // and would provide a written answer": a pronoun after the semicolon, or the reported "he" going on with "and would",
      // is the one speaking — what comes after is the speaker's own undertaking
      .flatMap(speakerUndertakes)
      .flatMap((s) => (people ? joinedErrands(s, people) : [s]))
      // "A: DM will bring …", "Q: Governors asked …": the minute's question-and-answer marks
      .map((s) => s.replace(/^[QA]\s*[:.]\s+/, ''))
      .map((s) => s.trim())
      .filter(Boolean)
  );
}

/** What one who answers says, then their own undertaking after it, as two sentences: the second with its speaker. */
const ANSWERS = new RegExp(
  String.raw`^(?<who>(?:the\s+)?[A-Z][^,;]{1,60}?)\s+(?:${alternatives(['replied', 'responded', 'answered', 'said', 'stated', 'confirmed', 'advised', 'explained', 'indicated'])})\s+(?:that\s+)?`,
);
const UNDERTAKING = String.raw`(?=(?:would|will)\s+(?!be\b)[a-z])`;

function speakerUndertakes(sentence: string): string[] {
  const speech = ANSWERS.exec(sentence);
  if (!speech?.groups || !agentLike(tokenize(speech.groups.who))) return [sentence];
  // ("Councillor Harwood (Cabinet Member for Housing) said …": the name is who; the office in brackets says what they are)
  const who = speech.groups.who.replace(/\s*\([^()]*\)\s*$/, '');
  const at = speech[0].length;
  const body = sentence.slice(at);
  const afterSemicolon = new RegExp(String.raw`;\s+(?:he|she|they)\s+${UNDERTAKING}`, 'i').exec(body);
  if (afterSemicolon)
    return [
      `${sentence.slice(0, at + afterSemicolon.index)}.`,
      `${who} ${body.slice(afterSemicolon.index + afterSemicolon[0].length)}`,
    ];
  const goingOn = new RegExp(String.raw`^(?:he|she|they)\s+[^;,]*?\s+and\s+${UNDERTAKING}`, 'i').exec(body);
  if (goingOn)
    return [
      `${sentence.slice(0, at + goingOn[0].length).replace(/\s+and\s+$/, '')}.`,
      `${who} ${body.slice(goingOn[0].length)}`,
    ];
  return [sentence];
}
