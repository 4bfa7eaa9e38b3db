// What every step asks of a clause's predicate: whether it instructs at all, whether it hangs on a
// condition, and whether its verb is one of a class (by lemma, so "reviewed", "reviews" and "review" are one).
import { HONORIFIC_WORDS, RECORDING_VERBS, alternatives } from './lexicon.js';
import type { Reading } from './reading.js';
import { lemmaIn, stems } from './words.js';

/**
 * The clause's verb as a member of the class, or null — a phrasal verb with the word after it
 * ("carried forward", "put back", "signed off"), where the class lists it so.
 */
export function lemma(r: Reading, set: ReadonlySet<string>): string | null {
  if (!r.verb) return null;
  const verb = r.verb.toLowerCase();
  const next = /^\s*([a-z]+)\b/i.exec(r.rest)?.[1]?.toLowerCase();
  const phrasal = next ? stems(verb).find((s) => set.has(`${s} ${next}`)) : undefined;
  return phrasal ? `${phrasal} ${next}` : lemmaIn(verb, set);
}

/** "… would be put into action if a lock-down came": a condition; "see if an upgrade would be needed" asks a question. */
export function conditional(text: string): boolean {
  return new RegExp(
    String.raw`\b(?<!\b(?:${alternatives(['see', 'check', 'ask', 'establish', 'know', 'find out', 'enquire', 'investigate', 'determine', 'explore', 'consider', 'whether', 'assess', 'confirm'])})\s+)if\b`,
    'i',
  ).test(text);
}

/** A person by name: an honorific and a capitalised name ("Cllr Pryce", "Ms A. Rowe"). */
const PERSON = new RegExp(String.raw`^(?:${HONORIFIC_WORDS})\.?\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*$`);

/** Whether a clause instructs: to-infinitive, imperative, subjunctive, a committing modal, a present verb after its subject. */
export function instruction(clause: Reading): boolean {
  if (clause.copula) return false;
  switch (clause.form) {
    case 'infinitive':
    case 'imperative':
    case 'subjunctive':
      return true;
    case 'modal':
      return /^(?:will|would|shall|should|must)$/.test(clause.modal ?? '');
    case 'finite':
      return true;
    case 'participle':
      // ("Cllr Pryce substituted for Cllr Tait", "Ms Rowe attended as an observer": a person and an -ed verb is the
      // past tense, what happened — a thing with a participle may be what is to be done, "quotes obtained for …")
      if (PERSON.test(clause.subject?.trim() ?? '')) return false;
      return !lemmaIn((clause.verb ?? '').toLowerCase(), RECORDING_VERBS);
    default:
      return false;
  }
}
