// Step 5a: the grammar of one clause. A decision is a predicate — its verb, the verb's form
// (to-infinitive, imperative, subjunctive "be noted", modal "will review", finite "notes",
// past "was agreed") and voice — with a subject, and often a clause the verb introduces
// ("agreed that …", "be requested to …", "AUTHORISED X to …"). Classifying, owners and
// dues all read from this, not from phrases.
import {
  ASKING_VERBS,
  BE,
  BODY_NOUNS,
  COMMITMENT_VERBS,
  DETERMINERS,
  MODALS,
  PREPOSITIONS,
  alternatives,
} from './lexicon.js';
import { couldBeVerb, isParticiple, isPunctuation, isShouted, tokenize, type Token } from './words.js';
import { stripLead } from './clauseLead.js';
import { emptyReading, type Form, type Reading } from './reading.js';
import {
  finiteAfterSubject,
  imperativeAt,
  skipAdverbs,
  isAdverb,
  strongAnchor,
  finiteAnchor,
  baseVerbBefore,
  withoutAside,
} from './verbAnchors.js';
import { subjunctiveVerb, verbAfterMembers } from './subjunctive.js';
import { verbAfterRelative } from './relativeSubject.js';
import { afterModal, passiveAfter } from './auxiliaries.js';
import { complement } from './complement.js';

/** Reads one clause. `verbFirst` says the clause completes a stem such as "RESOLVED to:" or "The Committee:-". */
export function readClause(raw: string, verbFirst = false): Reading {
  // "Not to renew the scheme this year": the infinitive of a numbered decision denied, "not" before its "to"
  const lead = stripLead(raw);
  if (/^not\s+to\s+\w/i.test(lead)) return { ...readPredicate(lead.replace(/^not\s+/i, ''), verbFirst), negated: true };
  const reading = readPredicate(raw, verbFirst);
  // "No changes would be made …", "None of the items will …": a subject that denies.
  if (reading.subject && /^(?:no|none|neither|nothing|nobody)\b/i.test(reading.subject.trim()))
    return { ...reading, negated: true };
  // "That a 20mph zone not be added …", "that the Clerk not renew the lease": the subjunctive denied, "not" before its verb
  if (reading.subject && /\s+not$/i.test(reading.subject.trim()))
    return { ...reading, subject: reading.subject.trim().replace(/\s+not$/i, ''), negated: true };
  return reading;
}

function readPredicate(raw: string, verbFirst: boolean): Reading {
  const text = withoutAside(stripLead(raw));
  const tokens = tokenize(text);
  if (!tokens.length) return emptyReading(text);
  const slice = (from: number) => (from < tokens.length ? text.slice(tokens[from].start) : '');
  const phrase = (from: number, to: number) =>
    to > from ? text.slice(tokens[from].start, tokens[to - 1].end).replace(/[\s,]+$/, '') : '';
  const make = (head: number, form: Form, extra: Partial<Reading> = {}): Reading =>
    complement(
      {
        text,
        subject: null,
        verb: tokens[head].text,
        form,
        passive: false,
        copula: false,
        modal: null,
        negated: false,
        rest: slice(head + 1),
        inner: null,
        asked: null,
        ...extra,
      },
      tokens,
      head,
      readClause,
    );

  // To-infinitive first: "to note the reasons …", "To request that …".
  if (tokens[0].lower === 'to' && tokens[1]?.lower === 'be')
    return passiveAfter(text, tokens, 1, 'infinitive', null, phrase, make);
  // "to otherwise approve", "to formally note": an adverb split from its verb
  const split =
    tokens[0].lower === 'to' &&
    new RegExp(
      String.raw`^(?:${alternatives(['otherwise', 'formally', 'also', 'further', 'then', 'now', 'jointly', 'duly', 'fully', 'finally', 'immediately', 'urgently'])})$`,
    ).test(tokens[1]?.lower ?? '')
      ? 2
      : 1;
  if (tokens[0].lower === 'to' && couldBeVerb(tokens[split])) return make(split, 'infinitive');
  // ("(a) retrospectively approves the return", "formally notes the position": an adverb of manner before the verb a
  // list's stem leads into is no verb of its own — the verb after it heads the clause, in the form it has)
  if (
    verbFirst &&
    /ly$/.test(tokens[0].lower) &&
    isAdverb(tokens[0].lower) &&
    tokens[1] &&
    /^[a-z]+s$/.test(tokens[1].text) &&
    couldBeVerb(tokens[1])
  )
    return make(1, 'finite');
  // A verb in capitals, or a verb a list's stem leads into: "NOTED the outcome", "approves the draft …".
  // (but "Cabinet approves …", "Council NOTES …": a name, then a verb in the present or in capitals, is a subject and its verb)
  const namedSubject =
    /^[A-Z][a-z]+$/.test(tokens[0].text) &&
    BODY_NOUNS.has(tokens[0].lower) &&
    !!tokens[1] &&
    couldBeVerb(tokens[1]) &&
    (/^[a-z]+s$/.test(tokens[1].text) || (isShouted(tokens[1]) && /(?:ES|S)$/.test(tokens[1].text)));
  if (namedSubject && isShouted(tokens[1])) return make(1, 'finite', { subject: tokens[0].text });
  if (
    (isShouted(tokens[0]) && finiteAfterSubject(tokens[0], tokens[1]) && !nameBeforeVerb(tokens)) ||
    (verbFirst && !namedSubject && couldBeVerb(lowerFirst(tokens[0])) && !DETERMINERS.has(tokens[0].lower)) ||
    imperativeAt(tokens)
  ) {
    const alone =
      tokens.length === 1 ||
      isPunctuation(tokens[1]) ||
      new RegExp(
        String.raw`^(?:${alternatives(['as', 'for', 'subject', 'by', 'with', 'unanimously', 'and', 'accordingly'])})$`,
        'i',
      ).test(tokens[1].lower);
    // "NOTED the outcome", "approves the draft": a decision; "considered the action list": a record in the past tense
    const form: Form =
      alone && isParticiple(tokens[0].text)
        ? 'participle'
        : isShouted(tokens[0])
          ? 'finite'
          : /ed$/.test(tokens[0].lower)
            ? 'past'
            : /s$/.test(tokens[0].lower)
              ? 'finite'
              : 'imperative';
    return make(0, form, { passive: alone && isParticiple(tokens[0].text) });
  }
  // A participle alone: "Deferred for a site visit.", "Granted subject to conditions", "Agreed as an accurate record".
  if (
    isParticiple(tokens[0].text) &&
    (tokens.length === 1 ||
      isPunctuation(tokens[1]) ||
      new RegExp(
        String.raw`^(?:${alternatives(['as', 'for', 'subject', 'by', 'to', 'with', 'unanimously', 'and', 'accordingly', 'until', 'pending', 'at', 'in', 'on', 'within', 'again', 'before'])})$`,
        'i',
      ).test(tokens[1].lower))
  ) {
    return make(0, 'participle', { passive: true });
  }
  // "would be put into action …": a predicate whose subject is elsewhere
  if (MODALS.has(tokens[0].lower)) return afterModal(text, tokens, 0, '', phrase, make);
  // Otherwise the predicate follows its subject: a form of "be", a modal, "to", "has" mark it
  // for certain; failing those, a verb straight after a subject that can act.
  const strong = strongAnchor(tokens);
  const finite = finiteAnchor(tokens);
  // "the Chair write to the Minister to ask that funding be restored": the anchor after "to"/"that" belongs to an inner clause.
  // Only a clause boundary between them ("that", "which", "to ask") makes the earlier verb the main one.
  // (so does a subordinating conjunction, a closed class: "the Director provide the figures before the decision is
  // reconsidered", "the Clerk write to them once the hours are agreed": the later "is", "are" is the subordinate clause's)
  const boundary = (from: number, to: number) =>
    tokens.slice(from, to).some(
      (t, k) =>
        /^(?:that|which|who|whom)$/.test(t.lower) ||
        SUBORDINATORS.test(t.lower) ||
        // (and a question word after a participle, opening an indirect question: "the Director provide a note setting out
        // how the changes will be made", "write to them explaining why …" — the "will" is the question's)
        (QUESTION_WORDS.test(t.lower) &&
          [tokens[from + k - 1], tokens[from + k - 2]].some((w) => !!w && /[a-z]{2}ing$/.test(w.lower))) ||
        // (or after a preposition that follows the verb's object, the question being the preposition's object: "officers
        // consult the tenants on how the works are phased", "the Warden advise members about whether the path is safe" —
        // the "are", "is" are the question's. Not a preposition straight after the verb, "officers look at how …": there
        // the verb and its particle ask the question, and round 23 found such requests are the resolution's own errand)
        (k >= 2 && QUESTION_WORDS.test(t.lower) && t.lower !== 'if' && PREPOSITIONS.has(tokens[from + k - 1].lower)) ||
        // (and the one of two words: "the Clerk order the panels as soon as the grant is confirmed")
        (t.lower === 'soon' && tokens[from + k - 1]?.lower === 'as' && tokens[from + k + 1]?.lower === 'as') ||
        (t.lower === 'to' && couldBeVerb(tokens[from + k + 1]) && tokens[from + k + 1].lower !== 'be'),
    );
  const useFinite =
    finite >= 0 &&
    (strong < 0 ||
      (finite < strong && (boundary(finite + 1, strong) || (tokens[strong].lower === 'to' && strong > finite + 1))));
  // "that members who have not done so complete the training": the relative clause's "have … done" is not the verb
  const afterRelative = verbAfterRelative(tokens);
  if (afterRelative > 0 && (strong < 0 || afterRelative < strong) && (finite < 0 || finite >= afterRelative))
    return make(afterRelative, 'subjunctive', { subject: phrase(0, afterRelative) });
  // "that a working party of Cllrs A, B and C prepare a response": a body named by who sits on it is the whole subject,
  // and its verb the base form after the list of names (not its head noun before "of", "a working | party of …")
  const afterMembers = /^\W*that\b/i.test(raw) ? verbAfterMembers(tokens) : -1;
  if (afterMembers > 0 && (strong < 0 || afterMembers < strong) && (finite < 0 || finite >= afterMembers))
    return make(afterMembers, 'subjunctive', { subject: phrase(0, afterMembers) });
  // "That the group develop a plan to be brought to the next meeting": in a that-clause, a base form ending its subject
  // is the verb, and the "to be …" after it says what the thing is for
  const purpose =
    !useFinite && strong > 0 && tokens[strong].lower === 'to' && /^\W*that\b/i.test(raw)
      ? baseVerbBefore(tokens, strong)
      : -1;
  if (purpose > 0) return make(purpose, 'subjunctive', { subject: phrase(0, purpose) });
  // "A member asked what would happen …", "Mrs Grey queried how the trust would fund …": a verb of asking and a question
  // word put a question; its verb is inside the question, and the asking is the clause's own verb, in the past
  const asking = tokens.findIndex(
    (t, k) => k > 0 && ASKING_VERBS.has(t.lower) && QUESTION_WORDS.test(tokens[k + 1]?.lower ?? ''),
  );
  if (asking > 0 && (strong < 0 || asking < strong) && (finite < 0 || finite >= asking))
    return make(asking, 'past', { subject: phrase(0, asking) });
  // "that the next report include a section on X and how it was handled": a question word opens a clause of its own,
  // the object of a verb before it; a "was" or a finite verb after it is that clause's, not the that-clause's
  const question = /^\W*that\b/i.test(raw)
    ? tokens.findIndex((t, k) => k > 1 && t.lower !== 'if' && QUESTION_WORDS.test(t.lower))
    : -1;
  const embedded = question > 0 && Math.min(...[strong, finite].filter((a) => a >= 0)) > question;
  const before = embedded ? subjunctiveVerb(tokens.slice(0, question)) : -1;
  if (before > 0) return make(before, 'subjunctive', { subject: phrase(0, before) });
  const i = useFinite ? finite : strong;
  if (i < 0) {
    // "(requested) that the enforcement team investigate": after "that" a clause must follow, so its verb is the base
    // form that ends the subject — the first word followed by an object, a particle or the end, not by another noun
    const verb = /^\W*that\b/i.test(raw) ? subjunctiveVerb(tokens) : -1;
    return verb > 0 ? make(verb, 'subjunctive', { subject: phrase(0, verb) }) : emptyReading(text);
  }
  const t = tokens[i];
  // ("the Board also …", "the Clerk urgently write …", "the Panel retrospectively endorse …": an adverb of manner
  // between the subject and its verb is neither; "three partners still to return" keeps its "still")
  const subject = phrase(0, i)
    .replace(
      new RegExp(
        String.raw`\s+(?:${alternatives(['also', 'further', 'then', 'therefore', 'unanimously', 'subsequently', 'formally', 'again'])})$`,
        'i',
      ),
      '',
    )
    .replace(/\s+([a-z]+)$/, (all, word: string) => (/ly$/.test(word) && isAdverb(word) ? '' : all));
  if (useFinite) {
    return make(
      i,
      /ed$/i.test(t.text) ||
        new RegExp(
          String.raw`^(?:${alternatives(['took', 'gave', 'made', 'sent', 'brought', 'said', 'wrote', 'met', 'came', 'went', 'held', 'kept', 'sought', 'undertook'])})$`,
          'i',
        ).test(t.text)
        ? 'past'
        : 'finite',
      { subject },
    );
  }
  if (MODALS.has(t.lower)) return afterModal(text, tokens, i, subject, phrase, make);
  if (t.lower === 'be') return passiveAfter(text, tokens, i, 'subjunctive', subject, phrase, make);
  if (/^(?:is|are|was|were)$/.test(t.lower))
    return passiveAfter(text, tokens, i, /^(?:was|were)$/.test(t.lower) ? 'past' : 'finite', subject, phrase, make);
  if (/^(?:has|have|had)$/.test(t.lower)) {
    const been = tokens[i + 1]?.lower === 'been';
    if ((been && tokens[i + 2]?.lower === 'asked') || (been && tokens[i + 2]?.lower === 'requested'))
      return make(i + 2, 'past', { subject, passive: true });
    return make(been && tokens[i + 2] ? i + 2 : i + 1, 'past', {
      subject,
      passive: been && isParticiple(tokens[i + 2]?.text ?? ''),
    });
  }
  if (t.lower === 'to') {
    // "£3.1m of schemes had still to be identified": a need that was, reported in the past, not an instruction
    // ("the roof needs to be repaired" is still one)
    const need = /^(.*?)\s+(had|needed)(?:\s+(?:still|yet|also|now|first))?$/i.exec(subject);
    if (need) {
      const form: Form = 'past';
      const reading =
        tokens[i + 1].lower === 'be'
          ? passiveAfter(text, tokens, i + 1, 'infinitive', need[1], phrase, make)
          : make(i + 1, 'infinitive', { subject: need[1] });
      return { ...reading, form };
    }
    if (tokens[i + 1].lower === 'be') return passiveAfter(text, tokens, i + 1, 'infinitive', subject, phrase, make);
    return make(i + 1, 'infinitive', { subject });
  }
  if (/^(?:do|does|did)$/.test(t.lower)) {
    const { j, negated } = skipAdverbs(tokens, i + 1);
    if (!tokens[j]) return { ...emptyReading(text), subject };
    return make(j, t.lower === 'did' ? 'past' : 'finite', { subject, negated });
  }
  if (COMMITMENT_VERBS.has(t.lower)) return make(i, 'past', { subject });
  // an elliptical passive: "Estimates requested for the work", "Payments approved"
  return make(i, 'participle', { subject, passive: true });
}

/** The conjunctions that open a subordinate clause of time, condition or cause: a closed class. */
const SUBORDINATORS = new RegExp(
  String.raw`^(?:${alternatives(['before', 'after', 'until', 'once', 'when', 'whenever', 'unless', 'because', 'while', 'whilst', 'if', 'since', 'although'])})$`,
);

/** The words that open an indirect question ("asked whether …", "queried how …"): closed, the question words. */
const QUESTION_WORDS = new RegExp(
  String.raw`^(?:${alternatives(['what', 'whether', 'why', 'how', 'when', 'where', 'which', 'who', 'if'])})$`,
);

const lowerFirst = (t: Token): Token => ({ ...t, text: t.text.charAt(0).toLowerCase() + t.text.slice(1) });

/**
 * "NHS Thames Reach ICB be asked to …": initials in capitals that run on into a name, then "be", a modal or
 * "to", are the subject's name, not a verb printed in capitals ("NOTED the report").
 */
function nameBeforeVerb(tokens: Token[]): boolean {
  let k = 1;
  while (tokens[k] && /^[A-Z]/.test(tokens[k].text)) k++;
  const next = tokens[k]?.lower ?? '';
  // (a name has a word in small letters: "DELEGATED AUTHORITY to …" is a verb and its object, both in capitals)
  const named = tokens.slice(1, k).some((t) => /[a-z]/.test(t.text));
  return k > 1 && named && !/ED$/.test(tokens[0].text) && (BE.has(next) || MODALS.has(next) || next === 'to');
}
