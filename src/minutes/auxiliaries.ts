// After a modal or a form of "be" ("will review", "be noted", "are to attend"): the verb the auxiliary carries, apart from grammar.ts, which finds where the predicate is.
import { emptyReading, type Form, type Reading } from './reading.js';
import { skipAdverbs } from './verbAnchors.js';
import { couldBeVerb, isParticiple, isShouted, type Token } from './words.js';

export type Maker = (head: number, form: Form, extra?: Partial<Reading>) => Reading;

export function afterModal(
  text: string,
  tokens: Token[],
  i: number,
  subject: string,
  phrase: (a: number, b: number) => string,
  make: Maker,
): Reading {
  const skipped = skipAdverbs(tokens, i + 1);
  let j = skipped.j;
  const negated = skipped.negated;
  // "would need to be added", "will have to write"
  if (/^(?:need|needs|have|has)$/.test(tokens[j]?.lower ?? '') && tokens[j + 1]?.lower === 'to') j += 2;
  if (tokens[j]?.lower === 'have' && (isParticiple(tokens[j + 1]?.text ?? '') || tokens[j + 1]?.lower === 'been'))
    return make(Math.min(tokens.length - 1, j + (tokens[j + 1].lower === 'been' ? 2 : 1)), 'past', {
      subject,
      modal: tokens[i].lower,
      negated,
    });
  if (tokens[j]?.lower === 'be')
    return { ...passiveAfter(text, tokens, j, 'modal', subject, phrase, make), modal: tokens[i].lower, negated };
  if (!tokens[j] || !couldBeVerb(tokens[j]))
    return { ...emptyReading(text), subject, modal: tokens[i].lower, form: 'modal', negated };
  return make(j, 'modal', { subject, modal: tokens[i].lower, negated });
}

/** After a form of "be": a participle makes a passive ("be noted", "were received"), "to" an instruction ("are to attend"). */
export function passiveAfter(
  text: string,
  tokens: Token[],
  i: number,
  form: Form,
  subject: string | null,
  _phrase: (a: number, b: number) => string,
  make: Maker,
): Reading {
  const { j, negated } = skipAdverbs(tokens, i + 1);
  const next = tokens[j];
  // "is going to ask", "are going to write": the present of "be going to" is the future, as "will" is (not "was going
  // to", an intention past)
  if (
    /^(?:is|are|am)$/.test(tokens[i].lower) &&
    next?.lower === 'going' &&
    tokens[j + 1]?.lower === 'to' &&
    couldBeVerb(tokens[j + 2])
  )
    return make(j + 2, 'modal', { subject, modal: 'will', negated });
  if (next?.lower === 'to' && couldBeVerb(tokens[j + 1])) {
    // "is to be circulated", "are to attend": an instruction in the present.
    if (tokens[j + 1].lower === 'be') return passiveAfter(text, tokens, j + 1, 'infinitive', subject, _phrase, make);
    return make(j + 1, 'infinitive', { subject, negated });
  }
  if (next && (isParticiple(next.text) || (isShouted(next) && /ED$/.test(next.text)))) {
    // "be being considered", "been"
    return make(j, form, { subject, passive: true, negated });
  }
  if (next?.lower === 'being' && tokens[j + 1] && isParticiple(tokens[j + 1].text))
    return make(j + 1, form, { subject, passive: true, negated });
  return {
    ...emptyReading(text),
    subject,
    verb: tokens[i].text,
    form,
    copula: true,
    negated,
    rest: next ? text.slice(next.start) : '',
  };
}
