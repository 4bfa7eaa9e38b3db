// The closed classes of the discussion: verbs of speech, of asking, of committing and of only
// proposing or hedging, and the phrases of frequency. Read through lexicon.ts.
import { alternatives, words } from './wordList.js';

/** Verbs that commit to nothing but thought ("consider whether", "give consideration to"). */
export const HEDGING =
  /\b(?:would\s+like\s+to|wish(?:es|ed)?\s+to|consider(?:ed|ing)?\s+whether|give\s+(?:this\s+|that\s+|it\s+)?consideration|giv(?:e|en|ing)\s+consideration|think\s+about|hopefully|it\s+is\s+hoped|it\s+was\s+hoped|if\s+possible|where\s+possible|may\s+wish|might\s+wish|could\s+be\s+considered)\b/i;
/**
 * An undertaking taken back in the same breath: "would raise it with colleagues but could not promise anything",
 * "would look into it but could promise nothing", "but could not guarantee a date". The verbs of promising are a closed
 * class (promise, guarantee, commit); negated, they say the speaker has not committed — no errand is given.
 */
export const PROMISE_WITHHELD =
  /\b(?:but|though|although)\s+(?:(?:he|she|they|it|we|I)\s+)?(?:(?:could|can|would|will)\s*(?:not|n['’]t)\s+(?:promise|guarantee|commit)|(?:could|can)\s+(?:promise|guarantee)\s+nothing|made\s+no\s+(?:promises?|commitments?|guarantees?))\b/i;
/** Verbs a speaker uses to report what others do or will do: what follows is reported speech. */
export const SPEECH_VERBS = words(
  'said',
  'reported',
  'advised',
  'explained',
  'stated',
  'confirmed',
  'informed',
  'indicated',
  'noted',
  'highlighted',
  'outlined',
  'added',
  'clarified',
  'responded',
  'replied',
  'commented',
  'mentioned',
  'suggested',
  'proposed',
  'agreed',
  'undertook',
  'offered',
  'promised',
  'assured',
  'emphasised',
  'stressed',
  'acknowledged',
  'announced',
  'presented',
  'introduced',
  'updated',
  'told',
  'asked',
  'requested',
  'queried',
  'raised',
  'expressed',
);
/**
 * The verbs by which someone puts a question or a request to another: a closed class of asking.
 * The one who asks is not the one who answers ("A Member asked …; she said …").
 */
export const ASKING_VERBS = words(
  'asked',
  'queried',
  'enquired',
  'inquired',
  'questioned',
  'sought',
  'wondered',
  'requested',
);

/**
 * The nouns of what is said — a list "the following concerns:" announces is what a decision says, not decisions of
 * its own. Closed: the words for remarks a body passes on.
 */
export const SAID_NOUNS = [
  'comments',
  'concerns',
  'observations',
  'points',
  'views',
  'reasons',
  'issues',
  'questions',
  'grounds',
  'representations',
];
/** The nouns of a commitment given in the discussion ("gave an assurance that she would …"): the undertaking verbs' nouns. */
export const COMMITMENT_NOUNS = ['assurance', 'undertaking', 'commitment', 'promise'];

/** Verbs of making a commitment in the discussion: "undertook to", "agreed to", "offered to". */
export const COMMITMENT_VERBS = words(
  'agreed',
  'undertook',
  'offered',
  'promised',
  'volunteered',
  'pledged',
  'committed',
);
/** Verbs that only propose, in the discussion: a suggestion is not yet a decision. */
export const PROPOSING = new RegExp(
  String.raw`\b(?:was|were|had been)\s+(?:${alternatives(['suggested', 'proposed', 'mooted', 'raised', 'queried', 'discussed', 'questioned', 'recommended'])})\b|\b(?:suggested|proposed|wondered|queried|questioned|asked whether|asked if)\b`,
  'i',
);

/** Frequency phrases: a standing arrangement, not a new thing to track ("reported quarterly"). */
export const FREQUENCY =
  /\b(?:quarterly|annually|monthly|weekly|each\s+(?:year|quarter|month|meeting)|every\s+(?:year|quarter|month|meeting|\w+\s+(?:months|years|weeks))|per\s+(?:year|annum|quarter|month)|a\s+year|twice\s+(?:a|per)\s+year|on\s+a\s+(?:regular|quarterly|monthly|annual|six-monthly)\s+basis|regular(?:ly)?|routinely|as\s+(?:at\s+present|now|currently|before|usual))\b/i;

/**
 * Verbs whose "that" clause states a view, a hope, a suggestion or a question, not something undertaken ("felt that the
 * Clerk would …", "suggested that the Chair write …", "asked that …" by one member): a closed class of verbs of
 * thinking, hoping, proposing and asking, in the forms minutes print.
 */
export const VIEW_VERBS = [
  'felt',
  'feel',
  'feels',
  'thought',
  'think',
  'thinks',
  'believed',
  'believes',
  'considered',
  'considers',
  'hoped',
  'hopes',
  'hope',
  'wished',
  'wishes',
  'expected',
  'expects',
  'suggested',
  'suggests',
  'proposed',
  'proposes',
  'recommended',
  'recommend',
  'recommends',
  'propose',
  'suggest',
  'queried',
  'wondered',
  'questioned',
  'doubted',
  'assumed',
  'trusted',
  'asked',
  'requested',
  'urged',
  'insisted',
  'argued',
  'preferred',
  'stressed',
  'emphasised',
  'emphasized',
  'commented',
  'noted',
  'understood',
  'accepted',
  'acknowledged',
  'recognised',
  'recognized',
];

/** Words that open a question or a condition before a clause ("whether", "if", "once", "until"): a closed class. */
export const QUESTION_WORDS = [
  'whether',
  'if',
  'unless',
  'when',
  'once',
  'until',
  'how',
  'why',
  'what',
  'where',
  'whom',
  'before',
  'after',
  'because',
  'since',
  'although',
  'though',
  'while',
  'whilst',
];
