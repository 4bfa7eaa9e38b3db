// What a clause's head verb introduces ("agreed that …", "undertook to …", "ask the Director to …"), apart from grammar.ts, which finds the head verb.
import { namesBody } from './bodies.js';
import { MODALS, REQUEST_PARTICIPLES, REQUEST_VERBS } from './lexicon.js';
import {
  couldBeVerb,
  isFunctionWord,
  isParticiple,
  isPunctuation,
  lemmaIn,
  stems,
  tokenize,
  type Token,
} from './words.js';
import { agentLike } from './agents.js';
import type { Reading } from './reading.js';

/** Verbs that take a clause or an infinitive as what they decide. */
const DECIDING = new Set([
  'agree',
  'resolve',
  'decide',
  'determine',
  'confirm',
  'note',
  'accept',
  'approve',
  'recommend',
  'request',
  'ask',
  'propose',
  'suggest',
  'request',
  'support',
  'endorse',
  'require',
  'instruct',
  'direct',
]);

/**
 * What the head verb introduces: a that-clause, an infinitive, or a person asked to do something.
 * `readClause` reads the clause inside; grammar.ts passes its own, so the two modules do not import each other.
 */
export function complement(
  reading: Reading,
  tokens: Token[],
  head: number,
  readClause: (raw: string) => Reading,
): Reading {
  const rest = tokens.slice(head + 1);
  const text = reading.text;
  const from = (k: number) => (k < rest.length ? text.slice(rest[k].start) : '');
  const verb = reading.verb ?? '';
  const deciding = stems(verb).some((s) => DECIDING.has(s));
  const requestVerb = lemmaIn(verb, REQUEST_VERBS);
  const committing = lemmaIn(
    verb,
    new Set(['agree', 'undertake', 'offer', 'promise', 'volunteer', 'pledge', 'commit']),
  );
  // "be requested to provide …", "were asked to attend"
  if (reading.passive && lemmaIn(verb, REQUEST_PARTICIPLES) && rest[0]?.lower === 'to' && couldBeVerb(rest[1])) {
    return { ...reading, asked: reading.subject, inner: readClause(from(0)) };
  }
  let k = 0;
  if (rest[k] && /^(?:unanimously|also|further)$/.test(rest[k].lower)) k++;
  // "recommended to the Portfolio Holder for Parks that the hedges be cut back to a metre": a verb of asking, "to" and
  // someone, then "that" — the one addressed is the whole noun phrase before "that" (however many "for"s and "and"s
  // it holds), and the that-clause is what is asked; a "to" inside the that-clause starts no infinitive of theirs
  if (requestVerb) {
    const addressed = addressee(rest, k, text);
    if (addressed) return { ...reading, asked: addressed.who, inner: readClause(from(addressed.that)) };
  }
  if (rest[k]?.lower === 'that' && (deciding || requestVerb || committing)) {
    const inner = readClause(from(k));
    // "requested that the Director write …" asks the Director; "requested that the plan be circulated" asks no one
    // (a thing as the subject — "asked that the consultation include a question" — is asked of no one)
    const someone = !!inner.subject && (agentLike(tokenize(inner.subject)) || namesBody(inner.subject));
    return { ...reading, inner, asked: requestVerb && !inner.passive && someone ? inner.subject : reading.asked };
  }
  if (
    rest[k]?.lower === 'to' &&
    (couldBeVerb(rest[k + 1]) || rest[k + 1]?.lower === 'be') &&
    (deciding || committing)
  ) {
    return { ...reading, inner: readClause(from(k)), asked: committing ? reading.subject : null };
  }
  // "AGREED for the review to report to Cabinet …"
  if (rest[k]?.lower === 'for' && deciding) {
    const to = rest.findIndex((t, n) => n > k && t.lower === 'to' && couldBeVerb(rest[n + 1]));
    if (to > k + 1) {
      const inner = readClause(from(to));
      const subject = text.slice(rest[k + 1].start, rest[to - 1].end);
      return { ...reading, inner: { ...inner, subject }, asked: null };
    }
  }
  // "AGREED the information be noted …": a clause without its "that".
  if (deciding && !reading.passive) {
    const be = rest.findIndex((t) => t.lower === 'be');
    if (
      be > 0 &&
      rest[be - 1].lower !== 'to' &&
      rest.slice(0, be).every((t) => (!isPunctuation(t) || t.text === ',') && !MODALS.has(t.lower))
    ) {
      return { ...reading, inner: readClause(from(k)) };
    }
  }
  // "ask the Director to report …", "AUTHORISED the Directors … to oversee …", "DELEGATED AUTHORITY to the Chief Executive, …, to finalise …"
  if (requestVerb) {
    let start = k;
    if (/^(?:authority|powers?)$/i.test(rest[start]?.text ?? '')) start++;
    if (rest[start]?.lower === 'to' && !couldBeVerb(rest[start + 1])) start++;
    const to = infinitiveAfter(rest, start);
    // the one asked is someone who can act: "ask the Director to …", not "requested access to plans … used to monitor …"
    if (
      to > start &&
      (agentLike(rest.slice(start, to).filter((t) => t.text !== ',' || true)) ||
        /^(?:the\s+)?(?:[A-Z]|officers|members)/.test(text.slice(rest[start].start)))
    ) {
      return {
        ...reading,
        asked: cleanAsked(text.slice(rest[start].start, rest[to - 1].end)),
        inner: readClause(from(to)),
      };
    }
    // "delegated to the Head of Planning": the one given authority, with no task named.
    const target = /^(?:delegat|authori[sz])/i.test(verb)
      ? rest.findIndex((t, n) => n >= k && t.lower === 'to' && !couldBeVerb(rest[n + 1]))
      : -1;
    if (target >= 0 && rest[target + 1]) {
      // ("delegate to the Head of Estates the letting of the kiosk": a second object, the task, follows the one given
      // it — a "the" or "a" after a word of the name, not after its own "of" or "and": "the Head of the Paid Service")
      const end = rest.findIndex(
        (t, n) =>
          n > target &&
          (t.text === ',' ||
            t.text === ';' ||
            /^(?:in|until|for|subject|with)$/.test(t.lower) ||
            (n > target + 2 &&
              /^(?:the|a|an)$/.test(t.text) &&
              !isPunctuation(rest[n - 1]) &&
              !isFunctionWord(rest[n - 1].lower))),
      );
      return {
        ...reading,
        asked: cleanAsked(text.slice(rest[target + 1].start, rest[(end > target ? end : rest.length) - 1].end)),
      };
    }
  }
  // "X agreed to …", "undertook to provide …"
  if (committing && rest[k]?.lower === 'to' && couldBeVerb(rest[k + 1]))
    return { ...reading, inner: readClause(from(k)), asked: reading.subject };
  // An object with its own infinitive: "approved an invitation to be sent to …", "supported the approach to be presented to Cabinet".
  const embedded = rest.findIndex(
    (t, n) => n > k && t.lower === 'to' && rest[n + 1]?.lower === 'be' && isParticiple(rest[n + 2]?.text ?? ''),
  );
  if (embedded > 0 && deciding) {
    const subject = text.slice(rest[k].start, rest[embedded - 1].end);
    return { ...reading, inner: { ...readClause(from(embedded)), subject } };
  }
  return reading;
}

/**
 * "to the Lead Member for Estates that …", "TO Council on 3 March that …": the noun phrase after the preposition "to",
 * up to the "that" opening the clause asked, when it is someone who can be asked (a name, a title, a body, or a list
 * of them). A date or a sitting after the name ("on 3 March", "at its next meeting") says when, not who.
 */
function addressee(rest: Token[], k: number, text: string): { who: string; that: number } | null {
  if (rest[k]?.lower !== 'to' || !rest[k + 1] || couldBeVerb(rest[k + 1])) return null;
  const that = rest.findIndex((t, n) => n > k + 1 && t.lower === 'that');
  if (that < 0 || rest.slice(k + 1, that).some((t) => /^[;:.]$/.test(t.text))) return null;
  // (an aside in brackets after the name says who they are, "to each partner trust (Ashby, Elmcote and Fenby) that …")
  const who = cleanAsked(text.slice(rest[k + 1].start, rest[that - 1].end))
    .replace(/\s+(?:on|at)\s+(?:\d|its\b|their\b|the\s+meeting\b).*$/i, '')
    .replace(/\s*\([^()]*\)$/, '');
  return who && (agentLike(tokenize(who)) || namesBody(who)) ? { who, that } : null;
}

/** Where "to <verb>" starts after a person named from `start`, skipping ", in consultation with …,". */
function infinitiveAfter(rest: Token[], start: number): number {
  let aside = false;
  for (let n = start + 1; n < rest.length; n++) {
    const t = rest[n];
    if (t.text === ',' && /^(?:in|working|together|supported|with|and)$/.test(rest[n + 1]?.lower ?? '')) aside = true;
    else if (t.text === ',' && aside) aside = false;
    if (!aside && t.lower === 'to' && couldBeVerb(rest[n + 1]) && rest[n + 1].lower !== 'be') return n;
    if (!aside && (t.text === ';' || t.text === ':')) return -1;
  }
  return -1;
}

function cleanAsked(np: string): string {
  return np
    .replace(
      /,?\s*(?:in consultation with|working with|together with|in liaison with|supported by|with the support of)\b.*$/i,
      '',
    )
    .replace(/^(?:that\s+)/i, '')
    .replace(/[\s,]+$/, '')
    .trim();
}
