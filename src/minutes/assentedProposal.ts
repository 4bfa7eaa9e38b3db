// A proposal and the meeting's bare assent after it: "The Chair proposed adding X to the January agenda. Agreed." — the
// proposal is the decision, as it is before "This was agreed." (discussion.ts). A proposal may take a "that" clause or
// a gerund; the gerund is read as the infinitive the decision readers know ("adding X" → "to add X"). Round 43.
import { lemmaIn } from './words.js';
import { readClause } from './grammar.js';
import { classify } from './classify.js';
import type { OwnBody } from './bodies.js';
import {
  CONSTITUTING_VERBS,
  DEFERRING_VERBS,
  RECORDING_VERBS,
  REPORTING_VERBS,
  REQUEST_VERBS,
  SENDING_VERBS,
} from './lexicon.js';

/** The kinds of decision that put business before this body. */
const FORWARD = new Set(['work-programme', 'deferral', 'invitation']);

/** "<someone> proposed/suggested that …" or "… proposed <verb>ing …", the whole sentence; not "Proposed by …". */
const PROPOSAL =
  /^(?<who>(?!(?:proposed|suggested)\b)[A-Z][^;]{1,80}?)\s+(?:also\s+)?(?:proposed|suggested)\s+(?:that\s+(?<that>.+)|(?<ing>[a-z]{2,}ing)\s+(?<rest>.+))$/;

/** The verbs the lexicon knows by their base form, to tell "adding" → "add" from "inviting" → "invite". */
const KNOWN = [CONSTITUTING_VERBS, DEFERRING_VERBS, RECORDING_VERBS, REPORTING_VERBS, REQUEST_VERBS, SENDING_VERBS];

/**
 * The base form of a gerund, by the spelling rules of English "-ing" (closed): a stem the lexicon knows; else a doubled
 * final consonant made single ("putting" → "put", not "adding"); the silent "e" back after "v", "c", "z" or "u", which
 * English does not end a verb on ("moving", "reducing", "issuing"), and after a single vowel and "d", "s", "k" or "t"
 * ending a short stem ("including", "taking", "inviting", "writing"); else the stem as it is ("asking", "holding").
 */
export function gerundBase(gerund: string): string {
  const w = gerund.toLowerCase();
  for (const set of KNOWN) {
    const known = lemmaIn(w, set);
    if (known && known !== w && `${known}ing`.length >= w.length - 1) return known;
  }
  const stem = w.slice(0, -3);
  if (/([bgmnprt])\1$/.test(stem)) return stem.slice(0, -1);
  if (
    /[vczu]$/.test(stem) ||
    /(?:^|[^aeiou])[aeiou][dsk]$/.test(stem) ||
    (/(?:^|[^aeiou])[aeiou]t$/.test(stem) && stem.length <= 5)
  )
    return `${stem}e`;
  return stem;
}

/** The decision a bare "Agreed." takes from the proposal in the sentence before it, or null. */
export function assentedProposal(previous: string, own: OwnBody): string | null {
  const m = PROPOSAL.exec(previous.trim().replace(/[.]\s*$/, ''));
  if (!m?.groups) return null;
  // (a "that" clause that proposes is a subjunctive, a present or "should": "that the Clerk write …", "that it be added
  // …"; "that residents would value …" states a view)
  if (m.groups.that) {
    const clause = readClause(m.groups.that);
    const proposes =
      !clause.copula &&
      (clause.form === 'subjunctive' ||
        clause.form === 'finite' ||
        (clause.form === 'modal' && clause.modal === 'should'));
    return proposes ? m.groups.that : null;
  }
  // (a gerund only where it puts business before this body — an agenda, a sitting, an invitation to it: the sense a
  // bare assent settles at once; a gerund of some other errand is read from the action lines notes keep for it)
  const errand = `to ${gerundBase(m.groups.ing!)} ${m.groups.rest}`;
  return FORWARD.has(classify(errand, own).category) ? errand : null;
}
