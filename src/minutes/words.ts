// Words as the grammar sees them: a clause cut into tokens that keep their place in the text,
// and the inflections of English verbs, so that "noted", "notes" and "NOTED" are one verb.
import { BE, CONJUNCTIONS, DETERMINERS, HAVE, MODALS, PREPOSITIONS, PRONOUNS, alternatives } from './lexicon.js';

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
}

const TOKEN = /[A-Za-z0-9À-ÿ][A-Za-z0-9À-ÿ'’&.\-/]*[A-Za-z0-9À-ÿ]|[A-Za-z0-9À-ÿ]|[(),;:–—]/g;

export function tokenize(text: string): Token[] {
  return [...text.matchAll(TOKEN)].map((m) => {
    // "Cllr." keeps its stop; a word at a sentence's end does not.
    const word = m[0].replace(/\.(?=$)/, '');
    return { text: word, lower: word.toLowerCase().replace(/’/g, "'"), start: m.index, end: m.index + word.length };
  });
}

/** Irregular verbs: English has a fixed set of them. Past and participle → base. */
const IRREGULAR: Record<string, string> = {
  undertook: 'undertake',
  undertaken: 'undertake',
  made: 'make',
  gave: 'give',
  given: 'give',
  took: 'take',
  taken: 'take',
  held: 'hold',
  sent: 'send',
  brought: 'bring',
  went: 'go',
  gone: 'go',
  came: 'come',
  read: 'read',
  met: 'meet',
  told: 'tell',
  wrote: 'write',
  written: 'write',
  done: 'do',
  did: 'do',
  kept: 'keep',
  sought: 'seek',
  thought: 'think',
  began: 'begin',
  begun: 'begin',
  saw: 'see',
  seen: 'see',
  spoke: 'speak',
  spoken: 'speak',
  withdrew: 'withdraw',
  withdrawn: 'withdraw',
  upheld: 'uphold',
  chose: 'choose',
  chosen: 'choose',
  found: 'find',
  led: 'lead',
  left: 'leave',
  paid: 'pay',
  said: 'say',
  sat: 'sit',
  stood: 'stand',
  understood: 'understand',
  drew: 'draw',
  drawn: 'draw',
  shown: 'show',
  known: 'know',
  knew: 'know',
  spent: 'spend',
  built: 'build',
  bought: 'buy',
  won: 'win',
  lost: 'lose',
  put: 'put',
  set: 'set',
  cut: 'cut',
  let: 'let',
  shut: 'shut',
  outlined: 'outline',
  became: 'become',
  felt: 'feel',
  heard: 'hear',
  rose: 'rise',
  risen: 'rise',
  fell: 'fall',
  fallen: 'fall',
  forgot: 'forget',
  forgotten: 'forget',
  overseen: 'oversee',
  oversaw: 'oversee',
  arose: 'arise',
  arisen: 'arise',
};
export const IRREGULAR_PARTICIPLES = new Set([
  'given',
  'taken',
  'held',
  'sent',
  'brought',
  'gone',
  'read',
  'met',
  'told',
  'written',
  'done',
  'kept',
  'sought',
  'begun',
  'seen',
  'spoken',
  'withdrawn',
  'upheld',
  'chosen',
  'found',
  'led',
  'left',
  'paid',
  'said',
  'understood',
  'drawn',
  'shown',
  'known',
  'spent',
  'built',
  'bought',
  'won',
  'lost',
  'put',
  'set',
  'cut',
  'let',
  'shut',
  'made',
  'undertaken',
  'heard',
  'risen',
  'fallen',
  'overseen',
  'arisen',
  'become',
  'come',
]);

/** The base forms a word could be an inflection of: "referred" → refer, "copies" → copy. */
export function stems(word: string): string[] {
  const w = word.toLowerCase().replace(/’/g, "'");
  const out = [w];
  if (IRREGULAR[w]) out.push(IRREGULAR[w]);
  const push = (s: string) => s.length >= 2 && out.push(s);
  if (w.endsWith('ies')) push(`${w.slice(0, -3)}y`);
  if (w.endsWith('ied')) push(`${w.slice(0, -3)}y`);
  if (w.endsWith('es')) push(w.slice(0, -2));
  if (w.endsWith('s') && !w.endsWith('ss')) push(w.slice(0, -1));
  if (w.endsWith('ed')) {
    push(w.slice(0, -2));
    push(w.slice(0, -1));
    if (/([bcdfglmnprstz])\1ed$/.test(w)) push(w.slice(0, -3));
  }
  if (w.endsWith('ing')) {
    push(w.slice(0, -3));
    push(`${w.slice(0, -3)}e`);
    if (/([bcdfglmnprstz])\1ing$/.test(w)) push(w.slice(0, -4));
  }
  return out;
}

/** The base form of `word` found in `set`, if it is an inflection of one. */
export function lemmaIn(word: string, set: ReadonlySet<string>): string | null {
  return stems(word).find((s) => set.has(s)) ?? null;
}

export function isParticiple(word: string): boolean {
  const w = word.toLowerCase();
  return (
    (/^[a-z][a-z-]*(?:ed|en)$/.test(w) &&
      !new RegExp(
        String.raw`^(?:${alternatives(['need', 'seen', 'green', 'between', 'even', 'often', 'when', 'then', 'often', 'open', 'women', 'children', 'citizen', 'garden', 'kitchen', 'token', 'screen', 'listen'])})$`,
      ).test(w)) ||
    IRREGULAR_PARTICIPLES.has(w)
  );
}

export function isFunctionWord(lower: string): boolean {
  return (
    DETERMINERS.has(lower) ||
    PRONOUNS.has(lower) ||
    PREPOSITIONS.has(lower) ||
    CONJUNCTIONS.has(lower) ||
    MODALS.has(lower) ||
    BE.has(lower) ||
    HAVE.has(lower) ||
    /^(?:not|to|do|does|did)$/.test(lower)
  );
}

export const isCapitalised = (t: Token): boolean => /^[A-Z]/.test(t.text);
/** A word printed in capitals, as minutes print their verbs of decision ("NOTED", "AGREED TO DEFER"). */
export const isShouted = (t: Token): boolean => t.text.length >= 2 && /^[A-Z][A-Z'’-]+$/.test(t.text);
export const isOpen = (t: Token): boolean => t.text === '(';
export const isClose = (t: Token): boolean => t.text === ')';
export const isPunctuation = (t: Token): boolean => /^[(),;:–—]$/.test(t.text);

/** A lowercase word that can head a verb phrase: not a function word, not a number. */
export function couldBeVerb(t: Token | undefined): boolean {
  if (!t || isPunctuation(t)) return false;
  // (a word in capitals with no vowel letter is initials, never a verb: "LCFS to circulate …", "HR to advise …" — every
  // English verb is spelt with one, "NOTES", "AGREED", "TRY")
  if (isShouted(t)) return t.text.length >= 3 && /[AEIOUY]/.test(t.text);
  // (no English verb ends in -ity, -ism or -ology: "maternity", "tourism", "technology" are nouns; nor in -isation:
  // "each partner organisation nominates …" — the verb is the -ise word it is made from)
  // ("be recommended to full Council for adoption": "full" is the adjective of a body's name, never a verb after "to")
  return (
    /^[a-z][a-z-]+$/.test(t.text) &&
    !isFunctionWord(t.lower) &&
    t.lower !== 'full' &&
    !/(?:ity|ism|ology|[iy][sz]ations?)$/.test(t.lower)
  );
}
