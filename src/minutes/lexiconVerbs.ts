// The closed classes of verbs (and the phrases built on them) by which minutes record, defer,
// ask, send, report, carry on, speak, commit and hedge — each with why it is closed. Read
// through lexicon.ts.
import { words } from './wordList.js';

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
  // (turning an offer or a request down is refusing it: "to decline the offer of a second bench" — the same closed
  // class of refusal as refuse and reject)
  'decline',
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
  'censure',
  'reprimand',
  'condemn',
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
  // (money allocated at the meeting is spent by the decision itself, as an award is)
  'allocate',
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
  'allocated',
  'refused',
  'rejected',
  'declined',
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
  'carry forward',
  'hold',
  'delay',
);
// ("put off" and "carried forward" only with where to: "residents were put off by the cost", "the balance carried forward")
export const DEFERRING_WORDS =
  /\b(?:defer(?:s|red|ring|ral)?|postpone(?:s|d|ment)?|adjourn(?:s|ed|ment)?|held\s+over|hold\s+over|put\s+back|carried\s+over|(?:put\s+off|carried\s+forward)\s+(?:to|until))\b/i;

/**
 * Participles that give a matter the sitting it was set for ("planned for December", "listed for the next meeting"): the
 * few ways minutes say a thing was put on a timetable, closed as the words of an agenda's planning are.
 */
export const SLOT_PARTICIPLES = words('planned', 'scheduled', 'listed', 'programmed', 'due', 'timetabled');

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

/** The verbs that constitute a body (a closed few): what a body is set up to do, it does. */
export const CONSTITUTING_VERBS = words('set up', 'establish', 'form', 'appoint', 'convene', 'create', 'constitute');

/** Aspect verbs that keep an existing arrangement going, rather than start new work ("continue to liaise"). */
export const CONTINUING_VERBS = words(
  'continue',
  'continues',
  'continued',
  'keep',
  'keeps',
  'remain',
  'remains',
  'stay',
  'stays',
  'maintain',
  'retain',
);
/** The nouns of standing power: delegating these sets up an arrangement, not a task. */
export const STANDING_POWERS =
  /\b(?:functions|powers|decisions|decision-making|responsibilities|(?:all|future)\s+(?:\w+\s+){0,2}decisions?|delegations)\b/i;
