// The closed classes of words the minutes grammar leans on, each with why it is closed: a
// class English (or the form of minutes) fixes, which a new council cannot add to. Nothing
// here names a council, a person, a place, a service or a content verb; the parser finds
// those from the shape of the sentence.

import { words } from './wordList.js';

export { alternatives } from './wordList.js';
// The verb classes and the noun classes are kept by word class in their own modules, and read from here.
export * from './lexiconVerbs.js';
export * from './lexiconNouns.js';
export * from './lexiconSpeech.js';

/** Modal auxiliaries: English has these and no others. "Need to" and "to be" join them as instruction markers. */
export const MODALS = words('will', 'would', 'shall', 'should', 'must', 'may', 'might', 'can', 'could');
/** Modals that commit or instruct; may/might/could only consider. */
export const COMMITTING_MODALS = words('will', 'would', 'shall', 'should', 'must');

/** The forms of "be", "have" and "do": a closed paradigm. */
export const BE = words('be', 'is', 'are', 'was', 'were', 'been', 'being', 'am');
export const PAST_BE = words('was', 'were');
export const HAVE = words('have', 'has', 'had', 'having');

/** The particles of phrasal verbs ("draw up", "set out", "report back"): adverbs English closes. */
export const PARTICLES = words('up', 'out', 'off', 'back', 'down', 'forward', 'together', 'ahead', 'away');

/** Determiners, pronouns, prepositions and conjunctions: function words, a closed part of the language. */
export const DETERMINERS = words(
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'its',
  'their',
  'his',
  'her',
  'our',
  'any',
  'all',
  'each',
  'every',
  'some',
  'both',
  'either',
  'no',
  'such',
  'other',
  'another',
  'further',
  'one',
  'two',
  'three',
  'four',
);
export const PRONOUNS = words(
  'he',
  'she',
  'they',
  'it',
  'we',
  'you',
  'i',
  'this',
  'these',
  'those',
  'there',
  'which',
  'who',
  'whom',
  'what',
  'him',
  'them',
  'us',
);
export const PREPOSITIONS = words(
  'of',
  'for',
  'to',
  'in',
  'on',
  'at',
  'by',
  'with',
  'from',
  'into',
  'onto',
  'about',
  'as',
  'within',
  'without',
  'under',
  'over',
  'after',
  'before',
  'until',
  'till',
  'during',
  'through',
  'throughout',
  'between',
  'across',
  'against',
  'towards',
  'toward',
  'upon',
  'via',
  'per',
  're',
  'regarding',
  'concerning',
  'including',
  'following',
  'pending',
  'subject',
  'than',
  'alongside',
  'behind',
  'beyond',
  'around',
  'among',
  'amongst',
);
export const CONJUNCTIONS = words(
  'and',
  'or',
  'but',
  'nor',
  'if',
  'unless',
  'whether',
  'because',
  'although',
  'though',
  'while',
  'whilst',
  'when',
  'where',
  'once',
  'so',
  'that',
  'than',
);
/** Words ending in -ing that are prepositions, not work to be done ("including the …", "following the meeting"). */
export const ING_PREPOSITIONS = words(
  'including',
  'regarding',
  'following',
  'concerning',
  'according',
  'excluding',
  'notwithstanding',
  'pending',
  'during',
  'surrounding',
  'outstanding',
  'existing',
  'remaining',
  'forthcoming',
  'ongoing',
  'upcoming',
);

/**
 * The offices whose holders take executive decisions alone, to whom a matter is referred for a response as it is to a
 * body: closed — the executive offices of English and Welsh local government and policing (a cabinet, executive or lead
 * member, a portfolio holder, the leader, an elected mayor, a police and crime commissioner).
 */
export const DECIDING_MEMBER = String.raw`(?:(?:Cabinet|Executive|Lead)\s+Member|Portfolio\s+Holder|Executive\s+Councillor|Leader(?:\s+of\s+the\s+Council)?|(?:Elected\s+)?Mayor|(?:Police(?:,\s+Fire)?\s+and\s+Crime\s+)?Commissioner)`;
