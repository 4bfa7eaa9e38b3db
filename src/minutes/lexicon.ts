// The closed classes of words the minutes grammar leans on, each with why it is closed: a
// class English (or the form of minutes) fixes, which a new council cannot add to. Nothing
// here names a council, a person, a place, a service or a content verb; the parser finds
// those from the shape of the sentence.

const words = (...list: string[]) => new Set(list);

/**
 * A closed class written as a list, made into a pattern's alternatives in the order given (the
 * order is the regex's): each word escaped, a space in a phrase matching any run of white space.
 */
import { MONTHS } from '../domain/dates.js';
export function alternatives(list: readonly string[]): string {
  return list.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, String.raw`\s+`)).join('|');
}

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
 * The verbs by which a body records its view of what was put before it: the decision is
 * complete when made, so nothing is left to track. Minutes use only these to record
 * ("noted", "received", "welcomed", "thanked", "approved", "endorsed", "agreed", …).
 */
export const RECORDING_VERBS = words(
  'note',
  'receive',
  'welcome',
  'thank',
  'approve',
  'endorse',
  'agree',
  'accept',
  'confirm',
  'adopt',
  'support',
  'ratify',
  'acknowledge',
  'commend',
  'sign',
  'grant',
  'refuse',
  'reject',
  'elect',
  'appoint',
  'reappoint',
  're-appoint',
  're-elect',
  'co-opt',
  'record',
  'reaffirm',
  'affirm',
  'declare',
  'congratulate',
  'determine',
  'permit',
  'dismiss',
  'uphold',
  'withdraw',
  'exclude',
  'carry',
  'observe',
  'express',
  'resolve',
  'decide',
  'recognise',
  'recognize',
  'applaud',
  'celebrate',
  'regret',
  'mourn',
  'award',
  'object',
  'pay',
);
/** Past participles of the recording verbs as printed: "GRANTED", "REFUSED", "CARRIED". */
export const RECORDING_PARTICIPLES = words(
  'noted',
  'received',
  'welcomed',
  'thanked',
  'approved',
  'endorsed',
  'agreed',
  'accepted',
  'confirmed',
  'adopted',
  'supported',
  'ratified',
  'acknowledged',
  'commended',
  'signed',
  'granted',
  'refused',
  'rejected',
  'elected',
  'appointed',
  're-appointed',
  'reappointed',
  're-elected',
  'co-opted',
  'recorded',
  'reaffirmed',
  'affirmed',
  'declared',
  'congratulated',
  'determined',
  'permitted',
  'dismissed',
  'upheld',
  'withdrawn',
  'excluded',
  'carried',
  'considered',
  'observed',
  'held',
  'expressed',
  'read',
  'taken',
  'resolved',
  'decided',
  'discussed',
  'debated',
  'presented',
  'made',
  'given',
);

/** Verbs that put a matter to a later meeting: English has few ways to say it. */
export const DEFERRING_VERBS = words(
  'defer',
  'postpone',
  'adjourn',
  'hold over',
  'put back',
  'carry over',
  'hold',
  'delay',
);
export const DEFERRING_WORDS =
  /\b(?:defer(?:s|red|ring|ral)?|postpone(?:s|d|ment)?|adjourn(?:s|ed|ment)?|held\s+over|hold\s+over|put\s+back|carried\s+over)\b/i;

/** "be requested/asked/invited/instructed/… to": the passive that names who is to act. */
export const REQUEST_PARTICIPLES = words(
  'requested',
  'asked',
  'invited',
  'instructed',
  'authorised',
  'authorized',
  'directed',
  'encouraged',
  'tasked',
  'urged',
  'mandated',
  'charged',
  'commissioned',
  'empowered',
  'recommended',
  'required',
  'delegated',
);
/** The same verbs in the active: "ask the Director to …", "REQUESTED that officers …". */
export const REQUEST_VERBS = words(
  'request',
  'ask',
  'invite',
  'instruct',
  'authorise',
  'authorize',
  'direct',
  'encourage',
  'task',
  'urge',
  'mandate',
  'charge',
  'commission',
  'empower',
  'require',
  'delegate',
  'recommend',
  'call',
);

/** Verbs of passing a paper on: what "information for members" (DESIGN: circulate to members) is made of. */
export const SENDING_VERBS = words(
  'circulate',
  'distribute',
  'send',
  'email',
  'e-mail',
  'forward',
  'share',
  'provide',
  'supply',
  'copy',
  'give',
  'issue',
  'pass',
  'make available',
  'update',
  'brief',
  'inform',
  'notify',
  'advise',
);
/** The members of a body as a whole ("Members", "all councillors", "the members of the Panel"): the body's people, not one of them. */
export const WHOLE_MEMBERSHIP =
  /^(?:all\s+)?(?:the\s+)?(?:members|councillors|governors|trustees)(?:\s+of\s+the\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?$/i;
/** Of these, the ones whose recipient is the members when none is named ("the map be circulated"). */
export const SENDING_TO_MEMBERS = words('circulate', 'distribute');
/** The ways minutes name the members of the body itself as the recipient. */
export const MEMBERS = words(
  'members',
  'councillors',
  'governors',
  'trustees',
  'directors',
  'board members',
  'committee members',
  'panel members',
  'all members',
  'all councillors',
  'all governors',
  'everyone',
);
/** The generic words for the people who sit on or serve any body — its members and its officers — not particular roles: closed by what a meeting is. */
export const PARTICIPANTS = words(
  'members',
  'councillors',
  'governors',
  'trustees',
  'directors',
  'officers',
  'officer',
  'staff',
  'partners',
  'everyone',
  'all',
);

/** Verbs of bringing a matter before a meeting: what places it on an agenda. */
export const REPORTING_VERBS = words(
  'report',
  'present',
  'bring',
  'move',
  'take',
  'submit',
  'table',
  'come',
  'return',
  'go',
  'consider',
  'receive',
  'review',
  'revisit',
  'discuss',
  'add',
  'include',
  'schedule',
  'programme',
  'place',
  'put',
  'list',
  'provide',
  'give',
  'update',
  'reconsider',
  'examine',
  'scrutinise',
  'monitor',
  'look',
);

/** Aspect verbs that keep an existing arrangement going, rather than start new work ("continue to liaise"). */
export const CONTINUING_VERBS = words(
  'continue',
  'continues',
  'continued',
  'keep',
  'keeps',
  'remain',
  'remains',
  'maintain',
  'retain',
);
/** The nouns of standing power: delegating these sets up an arrangement, not a task. */
export const STANDING_POWERS =
  /\b(?:functions|powers|decisions|decision-making|responsibilities|(?:all|future)\s+(?:\w+\s+){0,2}decisions?|delegations)\b/i;
/** Verbs that commit to nothing but thought ("consider whether", "give consideration to"). */
export const HEDGING =
  /\b(?:would\s+like\s+to|wish(?:es|ed)?\s+to|consider(?:ed|ing)?\s+whether|give\s+(?:this\s+|that\s+|it\s+)?consideration|giv(?:e|en|ing)\s+consideration|think\s+about|hopefully|it\s+is\s+hoped|it\s+was\s+hoped|if\s+possible|where\s+possible|may\s+wish|might\s+wish|could\s+be\s+considered)\b/i;
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
 * The head nouns English uses to name a body that meets or an organisation. A noun phrase
 * ending in one ("the Constitution Committee", "NHS bodies") names a body, not a person.
 */
export const BODY_NOUNS = words(
  'committee',
  'committees',
  'sub-committee',
  'subcommittee',
  'board',
  'boards',
  'panel',
  'panels',
  'cabinet',
  'council',
  'councils',
  'commission',
  'authority',
  'authorities',
  'executive',
  'forum',
  'group',
  'groups',
  'partnership',
  'partnerships',
  'assembly',
  'court',
  'trust',
  'trusts',
  'company',
  'companies',
  'agency',
  'agencies',
  'association',
  'office',
  'network',
  'networks',
  'department',
  'directorate',
  'service',
  'services',
  'body',
  'bodies',
  'organisation',
  'organisations',
  'organization',
  'partners',
  'providers',
  'government',
  'parliament',
  'ministry',
  'consortium',
  'alliance',
  'society',
  'federation',
  'team',
  'teams',
  'unit',
  'system',
  'commissioners',
  'operators',
  'operator',
  'provider',
  'party',
  'parties',
  'police',
  'force',
  'forces',
);
/** The parts of an organisation its officers work in: asked to act, they do the work (an action); they decide nothing for it. Closed: how an organisation divides its staff. */
export const OFFICER_UNITS = words(
  'team',
  'teams',
  'department',
  'departments',
  'directorate',
  'directorates',
  'unit',
  'units',
  'section',
  'sections',
);
/** The head nouns of a meeting body itself: what "the Committee" (this body) is called. */
export const MEETING_BODY_NOUNS = words(
  'committee',
  'sub-committee',
  'subcommittee',
  'board',
  'panel',
  'cabinet',
  'council',
  'commission',
  'authority',
  'forum',
  'group',
  'executive',
  'assembly',
  'session',
  'meeting',
);

/**
 * The names of a body's future business: to place a thing in one of these is to put it on
 * this body's agenda.
 */
export const AGENDA_NOUNS =
  /\b(?:work\s*programme|work\s*plan|workplan|forward\s+(?:work\s+)?(?:plan|programme)|planner|agenda|business\s+plan\s+of\s+the\s+committee)\b/i;
export const MEETING_NOUNS = /\b(?:meeting|meetings|session|sitting)\b/i;

/** Honorifics and titles that open a person's name. */
export const HONORIFICS = new RegExp(
  String.raw`^(?:${alternatives(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'cllr', 'councillor', 'county councillor', 'borough councillor', 'district councillor', 'ward councillor', 'sir', 'dame', 'lord', 'lady', 'rev', 'revd', 'reverend', 'canon', 'pc', 'ps', 'insp', 'inspector', 'supt', 'superintendent', 'alderman', 'deputy'])})\.?$`,
  'i',
);
export const HONORIFIC_WORDS = alternatives([
  'Mr',
  'Mrs',
  'Ms',
  'Miss',
  'Mx',
  'Dr',
  'Prof',
  'Professor',
  'Cllr',
  'Councillor',
  'County Councillor',
  'Borough Councillor',
  'District Councillor',
  'Sir',
  'Dame',
  'Lord',
  'Lady',
  'Rev',
  'Revd',
  'Reverend',
  'Canon',
  'PC',
  'Alderman',
]);

/** The lines that list who attended: the form of minutes, not their content. */
export const ATTENDANCE_LINE =
  /^(?:(?:present|members?\s+present|panel\s+members\s+present|councillors?\s+present|also\s+present|in\s+attendance|attendance(?:\s+details)?|apologies(?:\s+for\s+absence)?|absent|officers\s+(?:present|in\s+attendance)|sederunt|governors\s+present)\b\s*[:–—-]?|(?:attending|officers|clerk|minute\s+taker|members|chair)\s*:)/i;

/** The keywords that head a decision. */
export const DECISION_KEYWORDS = new RegExp(
  String.raw`^(?:${alternatives(['resolved', 'agreed', 'decided', 'decisions', 'decision', 'the decision', 'determined', 'recommended', 'resolution', 'outcome'])})$`,
  'i',
);

/** Month names (the domain's list) and their short forms. */
export const MONTH_NAMES = MONTHS;
export const MONTH_PATTERN =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
export const FULL_MONTHS = `(?:${alternatives(MONTH_NAMES.map((m) => m[0]!.toUpperCase() + m.slice(1)))})`;
/** The seasons and the year's parts, which name no meeting: a future one. */
export const SEASONS =
  /\b(?:(?:in|during|by|before|for)\s+(?:the\s+)?(?:spring|summer|autumn|winter|new\s+year|early\s+part\s+of\s+the\s+year)|later\s+in\s+the\s+(?:year|municipal\s+year|programme)|(?:next|this|the\s+new|the\s+next)\s+(?:municipal|financial|civic|academic)\s+year|(?:spring|summer|autumn)\s+term|in\s+due\s+course)\b/i;
/** Number words for periods ("within six months"). */
export const NUMBER_WORDS = [
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
] as const;
/** Words of time that point to a later meeting: "next", "future", "following". */
export const LATER = new RegExp(
  String.raw`\b(?:${alternatives(['next', 'future', 'following', 'subsequent', 'later', 'forthcoming', 'coming', 'upcoming'])})\b`,
  'i',
);

/** The words an action log or action table uses for its columns' heads. */
export const TABLE_HEADS = {
  minute: new RegExp(
    String.raw`^(?:${alternatives(['min', 'min.', 'minute', 'minute.', 'item', 'agenda item', 'ref', 'ref.', 'reference', 'no', 'no.', 'minute no', 'minute no.', 'minute ref', 'minute ref.', 'item no', 'item no.', 'action no', 'action no.', '#'])})$`,
    'i',
  ),
  action: new RegExp(
    String.raw`^(?:${alternatives(['actions', 'action', 'action required', 'actions agreed', 'action agreed', 'agreed actions', 'agreed action', 'action point', 'description', 'task', 'detail'])})$`,
    'i',
  ),
  owner: new RegExp(
    String.raw`^(?:${alternatives(['owner', 'owners', 'lead', 'leads', 'who', 'responsible', 'responsibility', 'by whom', 'action by', 'officer', 'lead officer', 'person responsible', 'councillor', 'assigned to'])})$`,
    'i',
  ),
  due: new RegExp(
    String.raw`^(?:${alternatives(['due', 'due date', 'by when', 'deadline', 'date', 'target date', 'timescale', 'when', 'date due', 'completion date', 'target'])})$`,
    'i',
  ),
  status: new RegExp(
    String.raw`^(?:${alternatives(['status', 'progress', 'rag', 'rag status', 'update', 'current status', 'position', 'completed', 'comments', 'comment', 'outcome'])})$`,
    'i',
  ),
};
/** The labels under which a record names who is to act ("Owner: …", "To be actioned by: …"). Closed: the field names of an action's owner. */
export const OWNER_LABELS = [
  'owner',
  'owners',
  'to be actioned by',
  'actioned by',
  'responsible officer',
  'lead officer',
  'person responsible',
  'responsibility',
  'assigned to',
] as const;
/** Verbs of marking an action finished ("agreed to close both", "discharged the action"). Closed: the ways a log records an end. */
export const FINISHING_VERBS = words('close', 'discharge', 'complete', 'remove', 'sign off', 'mark', 'delete', 'clear');
/** The names of a record of actions ("ACTION TABLE", "Action log"): a heading, never an owner. Closed: the kinds of document a list of actions is kept in. */
export const ACTION_RECORDS = new RegExp(
  String.raw`^(?:${alternatives(['table', 'log', 'list', 'sheet', 'tracker', 'summary', 'points', 'plan', 'register', 'notes', 'items', 'schedule', 'update', 'updates', 'arising'])})$`,
  'i',
);
/** A status that says an action is finished: nothing new to track. */
export const FINISHED_WORDS = [
  'complete',
  'completed',
  'closed',
  'done',
  'superseded',
  'discharged',
  'achieved',
  'cancelled',
  'withdrawn',
  'resolved',
  'finished',
  'actioned',
  'yes',
] as const;
export const FINISHED_STATUS = new RegExp(String.raw`^(?:${alternatives(FINISHED_WORDS)})\b`, 'i');
/** The words of a log's status cell, open or finished ("Ongoing", "In progress", "Completed"). Closed: the states a log records. */
export const LOG_STATUS_WORDS = [
  'ongoing',
  'on going',
  'on-going',
  'in progress',
  'open',
  'outstanding',
  'pending',
  'not started',
  'on hold',
  'carried forward',
  ...FINISHED_WORDS.filter((w) => w !== 'yes'),
] as const;
