// The closed classes of nouns and set phrases minutes are built from: bodies and their
// members, honorifics, attendance lines, decision keywords, months and seasons, the heads of
// action tables and the words of a finished status. Read through lexicon.ts.
import { MONTHS } from '../domain/dates.js';
import { alternatives, words } from './wordList.js';

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
  // (a group's part, as a sub-committee is a committee's: "the events sub-group")
  'sub-group',
  'sub-groups',
  'subgroup',
  'subgroups',
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
// ("Democratic Services", "Legal Services": a council's services, in the plural, are its departments)
export const OFFICER_UNITS = words(
  'team',
  'teams',
  'services',
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
 * The head nouns that, in small letters after "the" or "this", name only a body that sits — "the committee agreed",
 * "the panel asked", "the group RECOMMENDED" — never a person or an organisation ("the council", "the authority",
 * "the executive" in small letters are as often another body's). Closed: the kinds of meeting.
 */
export const SITTING_BODY_NOUNS = words(
  'committee',
  'sub-committee',
  'subcommittee',
  'panel',
  'group',
  'forum',
  'meeting',
);

/**
 * The names of a body's future business: to place a thing in one of these is to put it on
 * this body's agenda.
 */
export const AGENDA_NOUNS =
  /\b(?:work\s*programme|work\s*plan|workplan|forward\s+(?:work\s+)?(?:plan|programme)|planner|agenda|business\s+plan\s+of\s+the\s+committee)\b/i;
export const MEETING_NOUNS = /\b(?:meeting|meetings|session|sitting)\b/i;
/**
 * The names of a gathering that people go to and attend: a sitting, a general meeting's initials, and the few kinds of
 * day that training and consultation are held as. A closed class — how a gathering is called, not what it is about.
 */
export const GATHERING_NOUNS = words(
  'meeting',
  'session',
  'sitting',
  'AGM',
  'EGM',
  'SGM',
  'seminar',
  'conference',
  'workshop',
  'briefing',
  'forum',
  'course',
);
/** The generic names of what comes before a meeting: the forms of business, not their subjects. */
export const PAPER_NOUNS = ['report', 'reports', 'item', 'items', 'paper', 'papers', 'update', 'presentation'];
/** Moving a paper from one sitting to another ("moved from 19.01.26 to 02.03.26"): the deferring words and the few that reschedule. */
export const MOVING_PAPERS = ['moved', 'rescheduled', 'deferred', 'postponed', 'brought forward', 'put back'];

/**
 * The head words of the titles of a body's own office-holders and staff ("Town Clerk", "Head of Parks", "Treasurer"):
 * closed — the offices a council, board or committee appoints to, not the names of its posts.
 */
export const OFFICE_NOUNS = [
  'clerk',
  'officer',
  'officers',
  'secretary',
  'treasurer',
  'chair',
  'chairman',
  'chairwoman',
  'chairperson',
  'convener',
  'convenor',
  'mayor',
  'manager',
  'director',
  'head',
  'chief',
  'executive',
  'adviser',
  'advisor',
  'solicitor',
  'rfo',
  'lead',
  'coordinator',
];

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
  /^(?:(?:present|members?\s+present|panel\s+members\s+present|councillors?\s+present|also\s+present|in\s+attendance|attendance(?:\s+details)?|apologies(?:\s+for\s+absence)?|absent|officers\s+(?:present|in\s+attendance)|sederunt|governors\s+present)\b\s*[:–—-]?|(?:attending|also|officers|clerk|minute\s+taker|members|chair)\s*:)/i;

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
/** The days of the week: closed by the calendar. */
export const DAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
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

/**
 * The words that say which of a row's dates stands ("Revised target", "Original due date"): closed, the ways a date is
 * set, moved or kept. The moved date is the row's due where a log keeps both (DATE_MOVED).
 */
export const DATE_QUALIFIERS = ['revised', 'new', 'current', 'latest', 'updated', 'amended', 'agreed', 'original'];
/** The qualifiers of a date that has been moved or set afresh: beside the original, this one stands. */
export const DATE_MOVED = /^(?:revised|new|current|latest|updated|amended|agreed)\s/i;
/** The words an action log or action table uses for its columns' heads. */
export const TABLE_HEADS = {
  minute: new RegExp(
    String.raw`^(?:${alternatives(['min', 'min.', 'minute', 'minute.', 'item', 'agenda item', 'ref', 'ref.', 'reference', 'no', 'no.', 'minute no', 'minute no.', 'minute ref', 'minute ref.', 'item no', 'item no.', 'action no', 'action no.', '#'])})$`,
    'i',
  ),
  // ("Recommendation | Owner | Target date": an audit's or a review's recommendations, each with the officer who owns it
  // and a date, are errands like any action row; a table is read only where owner or due heads stand beside it)
  action: new RegExp(
    String.raw`^(?:${alternatives(['actions', 'action', 'action required', 'actions agreed', 'action agreed', 'agreed actions', 'agreed action', 'action point', 'action points', 'description', 'task', 'detail', 'recommendation', 'recommendations'])})$`,
    'i',
  ),
  owner: new RegExp(
    String.raw`^(?:${alternatives(['owner', 'owners', 'lead', 'leads', 'who', 'responsible', 'responsibility', 'by whom', 'action by', 'officer', 'lead officer', 'person responsible', 'responsible officer', 'councillor', 'assigned to'])})$`,
    'i',
  ),
  // ("Revised target", "New due date", "Agreed deadline": a log that has moved its dates says which date now stands; the
  // head is still the due column's — not "Revised by", who revised it)
  due: new RegExp(
    String.raw`^(?:${alternatives(['due', 'due date', 'by', 'by when', 'deadline', 'date', 'target date', 'timescale', 'when', 'date due', 'completion date', 'target'])}|(?:${alternatives(DATE_QUALIFIERS)})\s+(?:${alternatives(['due', 'due date', 'deadline', 'date', 'target date', 'target', 'timescale', 'completion date', 'date due'])}))$`,
    'i',
  ),
  // the meeting that raised the row: a row raised at this meeting is new, not an earlier action carried on
  raised: new RegExp(
    String.raw`^(?:${alternatives(['meeting', 'meeting date', 'date of meeting', 'raised', 'date raised', 'date added', 'added', 'opened', 'date opened'])})$`,
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
  // (late is still open: "Overdue. Arborist booked.")
  'overdue',
  'delayed',
  ...FINISHED_WORDS.filter((w) => w !== 'yes'),
] as const;
