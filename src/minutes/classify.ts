// Step 5: what a resolution asks for — nothing to track (noted, received, welcomed,
// thanked, minutes approved), or an action, a request for information, an invitation, a
// recommendation to another body, a deferral, or an item for the work programme.
import type { Category } from './types.js';
import { directive, isBody, recipientBody, recommendedTo } from './owner.js';
import { MONTHS } from '../domain/dates.js';
import { sentToAnotherBody } from './otherBodies.js';

export type Reading = Category | 'noted';

const AMENDMENT = /^(?:to\s+)?amend\b|\bbe amended to\b/i;
const MINUTES = /\b(?:minutes?|decisions|record of proceedings)\b[^.]*\b(?:correct|true|accurate)\b[^.]*\brecord\b|\b(?:approve|confirm|sign|accept)\w*\s+(?:the\s+)?minutes?\b|\bminutes?\b[^.]*\b(?:be|were|are|was)\s+(?:approved|confirmed|signed|taken as read|adopted|accepted)\b/i;
const OUT_OF_PLANNER = /\b(?:remove|removed|delete|deleted|transfer|transferred|withdraw|withdrawn)\b.*\b(?:planner|work ?programme|work ?plan|forward plan)\b/i;
/** "performance data continue to be reported to the Board quarterly": how things already run, nothing new to track. */
const STANDING = /\bcontinues?\s+to\s+be\s+[a-z]+(?:ed|en)\b|\bcontinues?\s+to\s+(?:report|receive|monitor|present|provide)\b|\bas\s+(?:at\s+present|now|currently|before)\b\s*\.?$/i;
const OTHER_BODY_CONDITION = /,?\s*subject\s+to\s+(?:the\s+)?(?:[A-Z][\w&'’-]*\s+(?:and\s+)?){1,5}(?:Committee|Board|Panel|Cabinet|Council|Group)\s+[a-z]+ing\b.*$/;
const DEFER = /\bdefer(?:red|ral|s)?\b|\bput back to\b/i;
/** "invited to …", "asked that X attend", and "receive a presentation from the Healthwatch organisations". */
const INVITE = /\bbe\s+(?:asked|requested)\s+to\s+attend\b|\b(?:receive|hear)\s+(?:a\s+)?presentation\s+from\s+(?:the\s+)?[A-Z]|\binvite\s+(?:the\s+|a\s+)?[A-Z][\w&'’ -]{2,60}?\s+to\s+(?:attend|explain|present|speak|address|update|give)\b|\binvit\w*\b.{0,100}?\b(?:meeting|committee|panel|board|commission|session of the)\b|\b(?:asked|requested)\s+that\s+(?:the\s+)?[A-Z][\w ()'’-]{2,60}?\s+(?:attend|be present)\b/i;
const NOTING = /^(?:(?:to\s+(?:otherwise\s+)?|it be\s+|be\s+)?not(?:e|ed)\b|(?:the\s+\w+\s+)?agreed to note\b)|\bNOTED\b/i;
const WORK_PROGRAMME = [
  /\b(?:added|add|included?|include|placed?|put|scheduled?|programmed?)\b.{0,80}\b(?:work ?programme|work ?plan|forward (?:work )?(?:plan|programme)|agenda|planner)\b/i,
  /\bstand(?:ing|ard) items?\b/i,
  /\b(?:work ?programme|work ?plan|forward (?:work )?(?:plan|programme))\b.{0,40}\bto include\b/i,
  /\b(?:reports?|updates?|items?|presentations?|sessions?|papers?|reviews?|responses?)\b.{0,160}\b(?:be|to be|would be|will be|is|are|being)\s+(?:submitted|brought|presented|considered|scheduled|received|reported|made|given|provided|added|included|prepared|discussed)\b.{0,80}\b(?:meeting|session|agenda)\b/i,
  /\b(?:meeting|agenda)\b.{0,40}\bincludes?\b.{0,30}\b(?:report|item|update|presentation)\b/i,
  /\bscheduled for\b/i,
  /\b(?:provide|bring|submit|present)\s+(?:a|an|the)\s+(?:\w+\s+){0,3}(?:report|update|response)\b.{0,120}\bmeeting\b/i,
  /\bconsider\b.{0,120}\b(?:at|to)\s+(?:a|the|its)\s+(?:future|next|following)\b/i,
  // "report the outcome, with any changes, to the Authority's meeting in March": a clause under "X be asked to:"
  /^(?:to\s+)?(?:report|bring|submit|present)\s+(?:back\s+)?(?:on\s+)?(?:the|a|an|its|their)\b.{0,160}\bto\s+(?:the|a|its)\b.{0,60}\bmeeting\b/i,
  // "receive a further update at the next meeting"
  new RegExp(`^(?:to\\s+)?(?:receive|consider|have|schedule)\\s+(?:a|an)\\s+(?:further\\s+|progress\\s+|final\\s+|follow-up\\s+)?(?:report|update|presentation|briefing)\\b.{0,80}\\b(?:at|to)\\s+(?:a|the|its)\\s+(?:next|future|following|${MONTHS.join('|')})\\b`, 'i'),
  // "report back on the changes at the Cabinet meeting on 20 January"
  /\breport\s+back\b.{0,160}\b(?:at|to)\s+(?:the|a|its)\s+(?:[\w'’-]+\s+){0,3}?meeting\b/i,
  // "noted, with the addition of an item on oral health"; "agreed to add an item on …"
  /\baddition\s+of\s+(?:a|an)\s+(?:\w+\s+){0,2}?(?:item|report|update|session)\b|\badd\s+(?:a|an)\s+(?:\w+\s+){0,2}?(?:item|report|session)\s+on\b/i,
  // "the Service Manager report back to the Committee on the pilot within six months": the report is the item
  /\breport(?:s|ing)?\s+back\s+to\s+(?:the|this)\s+(?:Sub-)?(?:Committee|Panel|Board|Commission|Authority|Group)\b/i,
  // "the work programme be agreed with the addition of the libraries review": an addition to this committee's programme
  /\b(?:work ?programme|work ?plan|forward (?:work )?plan|agenda)\b[^.;:]{0,60}\baddition\s+of\b[^:]*?\S\s*$/i,
  // "the work programme be agreed, subject to the addition of the leisure contract at a future meeting"
  /\baddition\s+of\b.{0,100}\b(?:at|to|for)\s+(?:a|the)\s+(?:future|next|following)\s+meeting\b/i,
  // "to ask the Climate Officer to bring a map of planting sites to the next meeting"
  new RegExp(`\\b(?:bring|present|table)\\s+(?:a|an|the)\\s+(?:[\\w'’-]+\\s+){0,6}?to\\s+(?:the|a|its)\\s+(?:next|future|following|${MONTHS.join('|')})\\b[^.;]{0,20}\\bmeeting\\b`, 'i'),
  // "The Board REQUESTED a further update at its meeting on 12 March"
  /\b(?:request(?:s|ed)?|ask(?:s|ed)\s+for|receive)\s+(?:a|an)\s+(?:further\s+|progress\s+|final\s+|follow-up\s+)?(?:report|update|presentation|briefing|deep[- ]dive|review|session)\b.{0,60}\b(?:at|to)\s+(?:a|the|its)\b.{0,30}\b(?:meeting|Board|Committee|Panel|session)\b/i,
  // "return to the Committee in June with an update on digital inclusion"
  /\breturn(?:ing)?\s+to\s+(?:the|this)\s+(?:Sub-)?(?:Committee|Panel|Board|Commission|Authority)\b.{0,80}\b(?:update|report|progress)\b/i,
  // "agreed to receive a further report on temporary accommodation in the new municipal year"
  /^(?:agreed\s+)?(?:to\s+)?receive\s+(?:a|an)\s+(?:further|progress|follow-up|final|annual)\s+(?:report|update|presentation|briefing)\b/i,
  // "partners be asked to report at the March 2026 meeting on …": the report is an item of that meeting
  /\b(?:report|present|update)\s+(?:back\s+)?(?:at|to)\s+(?:the|a|its)\s+(?:[\w'’-]+\s+){0,3}?meeting\b/i,
  // "the work programme be agreed, with the addition of the parking strategy for the meeting on 4 February"
  /\baddition\s+of\s+[^.;]{3,100}?\b(?:for|at|to)\s+(?:the|a|its)\s+(?:[\w'’-]+\s+){0,3}?meeting\b/i,
  // "Members requested that the Committee receive a further update in six months"
  /\b(?:committee|panel|board|members|commission)\s+(?:should\s+)?receive\s+(?:a|an)\s+(?:further|progress|follow-up|final|annual)\s+(?:report|update|presentation|briefing)\b/i,
  // "to come back to the Commission before it is signed"
  /\b(?:come|coming|return|returning)\s+back\s+to\s+(?:the|a)\s+(?:[\w'’-]+\s+){0,3}?(?:meeting|committee|commission|panel|board|cabinet)\b/i,
  // "the revised plan and the Trust's response to the next Board meeting"
  new RegExp(`\\b(?:reports?|updates?|responses?|papers?|plans?|reviews?|strateg(?:y|ies))\\b[^.;]{0,100}?\\bto\\s+(?:the|a)\\s+(?:next|future|following|${MONTHS.join('|')})\\b[^.;]{0,30}?\\b(?:meeting|board|committee|panel|cabinet|session)\\b`, 'i'),
  // "the results be reported to a future meeting", "… be brought back to the March meeting"
  new RegExp(`\\b(?:be|being)\\s+(?:reported|brought|submitted|presented|considered|returned|revisited|re-?considered|taken)\\s+(?:back\\s+)?(?:to|at|before)\\s+(?:a|the|an|its)\\s+(?:(?:future|next|following|subsequent|later|${MONTHS.join('|')})\\b[\\w\\s]{0,20}?\\s)?(?:sub-)?(?:meeting|session|board|committee|panel|cabinet)\\b`, 'i'),
];
const INFORMATION = /\bcircula\w*\b|\b(?:e-?mail\w*|sen[dt]|provide[ds]?|share[ds]?|forward\w*|distribut\w*)\b.{0,80}\bto\s+(?:all\s+)?(?:the\s+)?(?:members|councillors|the committee|the panel|the board)\b|\bprovide\s+(?:members\s+with\s+)?an update\b|\b(?:provide|send|supply|give|e-?mail|forward)\w*\s+(?:all\s+)?(?:the\s+)?(?:members|councillors|governors|trustees)\b|\bpress releases\b/i;
const CONSIDERING = /\b(?:consider\w*|consideration|ensure|review|look at)\b/i;
const ACTION = [
  /\b(?:be|is|are|to be|should be|would be|will be)\s+(?:made|published|placed|sent|written|arranged|undertaken|carried out|prepared|produced|reviewed|investigated|explored|developed|repeated|progressed|implemented|established|set up|commissioned|procured|delegated|completed|finalised|contacted|organised|obtained|drafted)\b/i,
  /\bdelegat(?:e|ed|es|ing)\s+(?:(?:the\s+)?authority\s+)?to\b/i,
  /\b(?:be|is|are|to be|should be|would be|will be)\s+(?:served|issued|erected|installed|ordered|purchased|bought|repaired|replaced|advertised|publicised|notified|chased|renewed|re-?tendered|tendered|cleared|painted|fitted|put up|taken forward|followed up|pursued|sought|requested|investigated|costed|checked)\b/i,
  /\bto\s+(?:nominate|arrange|write|contact|send|prepare|investigate|explore|organise|undertake|produce|seek|obtain|liaise|draft|commission|pursue|chase|follow up|report back)\b/i,
  /\b(?:APPROVED|AGREED|ENDORSED|SUPPORTED)\b.*\b(?:reviewing|developing|undertaking|preparing|producing|establishing|creating|implementing|adopting)\b/,
];
/** Capitalised verbs that only record a view; any other ("AUTHORISED", "REPEATED") asks for action. */
const RECORDING_CAPS = /^(GRANTED|REFUSED|PERMITTED|REJECTED|DECLINED|WITHDRAWN|CARRIED|NOTED|RECEIVED|WELCOMED|THANKED|ENDORSED|APPROVED|AGREED|ACCEPTED|CONFIRMED|SUPPORTED|ADOPTED|RATIFIED|COMMENDED|ACKNOWLEDGED|CONSIDERED|RESOLVED|DECIDED|RECOMMENDED|ELECTED|APPOINTED)$/;

export function categorise(raw: string): Reading {
  const text = raw.replace(/^\s*that\s+/i, '');
  if (AMENDMENT.test(text) || MINUTES.test(text) || OUT_OF_PLANNER.test(text) || STANDING.test(text)) return 'noted';
  if (DEFER.test(text)) return 'deferral';
  if (INVITE.test(text)) return 'invitation';
  if (recommendedTo(text)) return 'recommendation';
  const agent = directive(text);
  // A report for another body's meeting is work for someone here, not an item on this agenda.
  const meetingWork = WORK_PROGRAMME.some((re) => re.test(text)) && !sentToAnotherBody(text);
  if (agent) {
    // "the Director bring a report to the March meeting": an agenda item, with its author named.
    // "to instruct the Executive Director to report back within six months": the report is the item.
    if (agent.verb === 'report' && /\breport\s+back\b/i.test(text)) return 'work-programme';
    // "the Complaints Sub-Committee review the protocol and report back to the Panel": a sub-body's task, done outside this meeting.
    if (/\b(?:sub-committee|sub-group|(?:task(?:\s+and\s+finish)?|working|review)\s+group)$/i.test(agent.agent) && /\band\s+(?:to\s+)?report\s+back\b/i.test(text)) return 'action';
    // "providers be asked to report at the June meeting": asked to bring an item to this committee.
    if (meetingWork && /^(?:asked|requested|instructed)$/.test(agent.verb) && /\b(?:asked|requested|instructed)\s+to\s+(?:report|present|bring|submit)\b/i.test(text)) return 'work-programme';
    if (meetingWork && /^(consider|receive|discuss|review|scrutinise|examine|look|submit|bring|present|report|table|provide|prepare|produce|give)$/.test(agent.verb)) return 'work-programme';
    if (INFORMATION.test(text)) return 'information';
    if (CONSIDERING.test(text) && /\b(?:be|is|are)\s+requested\b/i.test(text) && isBody(agent.agent)) return 'recommendation';
    return 'action';
  }
  if (meetingWork) return 'work-programme';
  if (NOTING.test(text)) return 'noted';
  if (INFORMATION.test(text)) return 'information';
  if (recipientBody(text)) return 'recommendation';
  // "APPROVED the strategy, subject to the Finance Committee reviewing the phasing": that work is the other body's.
  if (ACTION.some((re) => re.test(text.replace(OTHER_BODY_CONDITION, '')))) return 'action';
  const caps = /\b([A-Z]{5,}ED)\b/.exec(text)?.[1];
  if (caps && !RECORDING_CAPS.test(caps)) return 'action';
  return 'noted';
}

/**
 * One resolution may decide two things — "agreed to note the changes; and that they be
 * submitted to the Constitution Committee", or an approval "subject to enquiries being
 * made" — each part is read on its own.
 */
/** "to accept the quote and the Clerk was asked to place the order": a second decision, with its own agent. */
/** "agreed to add an item, and asked that the Director attend for it": two decisions. */
const AND_ASKED = /,?\s+and\s+(?=(?:asked|requested)\s+that\b)/;
const ASKED_AGENT = /,?\s+and\s+(?=(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,4}?(?:[A-Z][\w'’-]*|officers)\s+(?:was|were)\s+(?:asked|requested|instructed|tasked|authorised)\s+to\b)/;

function splitAskedAgent(part: string): string[] {
  return part.split(ASKED_AGENT).flatMap((p) => p.split(AND_ASKED));
}

/** "to note the report, and to ask the Climate Officer to bring a map": the noting, then a decision of its own. */
/** "the work programme be agreed, subject to the addition of …": the agreement, and the addition as a decision of its own. */
const SUBJECT_TO_ADDITION = /,?\s+subject\s+to\s+(?=the\s+addition\s+of\b)/i;
const AFTER_NOTING = /^((?:to\s+)?note\b[^;]*?),?\s+and\s+(?=to\s+[a-z]+\s)/i;

export function splitDecisions(text: string): string[] {
  if (SUBJECT_TO_ADDITION.test(text)) return text.split(SUBJECT_TO_ADDITION).flatMap(splitDecisions);
  const noting = AFTER_NOTING.exec(text);
  if (noting) return [noting[1], ...splitDecisions(text.slice(noting[0].length))];
  const parts = text.split(/;\s*and\s+that\s+|;\s+and\s+(?=(?:the|any|a|an)\s)|\s+and\s+that\s+(?=(?:the|any|a|an|officers|members)\b|[a-z]+\s+(?:be|are|is)\s+[a-z]+ed\b)/i).flatMap(splitAskedAgent);
  const out: string[] = [];
  for (const part of parts) {
    const condition = /\bsubject to\s+(?<what>[^;]{5,300}?\bbeing\s+(?:made|undertaken|carried out|received|obtained|completed|agreed)\b[^;]*?),\s*(?<rest>to\s+[a-z]+\b.*)$/i.exec(part);
    if (condition?.groups) {
      out.push(`${condition.groups.what.replace(/\s+being\s+/, ' to be ')}`, part.slice(0, condition.index).replace(/[-–:\s]+$/, '') + ' ' + condition.groups.rest);
    } else out.push(part);
  }
  return out.map((p) => p.trim()).filter((p) => p.length > 2);
}
