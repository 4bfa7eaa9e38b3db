// Step 9c: a due stated beside a step that points back. "Members requested a written update. The
// Head of Policy undertook to do so within four weeks.": the undertaking says when the request is
// due. "Members asked for training before the March meeting. The Officer undertook to arrange
// this.": the request says when the undertaking is due. Only the sentence next to it is read. And
// "replace the string before the switch-on event" after "the switch-on event had been booked for
// 29th November": the day the minute gave the thing it is to be done before; "by the closing date" after "closing
// 18th December": the day it gave the deadline (`deadlineNamedBefore.ts`).
import { dueFor, type ReadContext } from './decisions.js';
import { findDates, firstAfter, statedIso } from './dateText.js';
import type { ProposedItem } from './types.js';
import { whoseMeeting } from './ownMeetings.js';
import { namesBody } from './bodies.js';
import { actionMarker } from './owner.js';
import { periodEnd } from './periodEnd.js';
import { deadlineNamedBefore } from './deadlineNamedBefore.js';

/** A step whose object only points back to what was just asked: "to do so", "would arrange this", "to see to it". */
const POINTS_BACK =
  /\b(?:to|would|will|should)\s+(?:do\s+(?:so|this|that|it)|[a-z]+\s+(?:this|it|them|him|her)(?:\s+(?:up|out|forward|on))?)\b(?<rest>[^.;]{0,60})[.;]?\s*$/i;
/** The undertaking's own words: someone undertook, agreed, offered or would act. */
const UNDERTAKES =
  /^\s*(?:[A-Z][\w'’.-]*\s+(?:(?:of|and|for|&)\s+)?){1,6}(?:undertook|agreed|offered|promised|would|will)\b/;
/** "attend that meeting", "at the same meeting": a meeting named just before. */
const THAT_MEETING = /\b(?:that|the\s+same)\s+meeting\b/i;
/** "be asked to attend for that item": the item just agreed, whose meeting it is. */
const THAT_ITEM = /\b(?:for|at|on|to)\s+(?:that|this|the\s+same)\s+item\b/i;

/** "when it considers the request", "when the Board takes the matter": the sitting a matter referred goes to. */
const WHEN_IT_CONSIDERS =
  /\bwhen\s+(?:it|they|the\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4})\s+(?:considers?|considered|takes?|took|discuss(?:es|ed)?|meets|met)\s+(?:the|this|that)\s+(?:request|matter|recommendation|referral|item|report|proposal)\b/i;

export function stepDues(items: ProposedItem[], minuteText: string, context: ReadContext): void {
  const text = minuteText.replace(/\s+/g, ' ');
  for (const [k, item] of items.entries()) {
    if (item.due || item.category === 'deferral') continue;
    const itemAgreed = () =>
      [...items.slice(0, k), ...items.slice(k + 1)].findLast((i) => i.category === 'work-programme' && i.due)?.due ??
      null;
    if (THAT_ITEM.test(item.text)) {
      item.due = itemAgreed();
      continue;
    }
    // "… would give the Licensing Committee the figures when it considered the request": at the sitting the matter was
    // referred to
    if (WHEN_IT_CONSIDERS.test(item.text)) {
      const referred = items.find((i) => i.category === 'recommendation' && i.due && i.due.kind !== 'future')?.due;
      if (referred) {
        item.due = referred;
        continue;
      }
    }
    // "… bring a review to the next meeting. The Committee also requested that X attend that meeting": the meeting just named
    if (THAT_MEETING.test(item.text)) {
      const meetingDue = items
        .slice(0, k)
        .findLast((i) => i.due?.kind === 'next' || i.due?.kind === 'month' || i.due?.kind === 'meeting')?.due;
      if (meetingDue) {
        item.due = meetingDue;
        continue;
      }
    }
    // "… including a special meeting on 12 January. That the Chief Executive be invited to the special meeting": the day the
    // minute gave the meeting the item names by its kind
    const named = namedMeetingDay(item.text, text, context);
    if (named) {
      item.due = { kind: 'meeting', meeting: named };
      continue;
    }
    // (the item's text may be capitalised where the minute's is not: "To arrange this")
    const event =
      eventDay(item.text, text, context.meeting) ??
      closingDay(item.text, text, context.meeting) ??
      deadlineNamedBefore(item.text, text, context.meeting) ??
      periodEnd(item.text, text, context.meeting);
    if (event) {
      item.due = { kind: 'date', date: event };
      continue;
    }
    const at = text.toLowerCase().indexOf(item.text.replace(/\.$/, '').slice(-25).toLowerCase());
    if (at < 0) continue;
    const end = sentenceEnd(text, at);
    const start = text.lastIndexOf('. ', at) + 1;
    const next = text.slice(end + 1, sentenceEnd(text, end + 1) + 1);
    // the step after the item says when: "… undertook to do so within four weeks"
    const step = UNDERTAKES.test(next) ? POINTS_BACK.exec(next) : null;
    if (step?.groups?.rest?.trim()) {
      item.due = dueFor(item.category, step.groups.rest, context);
      if (item.due) continue;
    }
    // the item is the step, pointing back and saying nothing more: the request before it says when
    const own = POINTS_BACK.exec(text.slice(start, end + 1));
    if (own && !own.groups?.rest?.trim()) {
      const before = text.slice(text.lastIndexOf('. ', start - 2) + 1, start);
      // ("… asked whether the Portfolio Holder could attend for that item. The Officer would invite him.")
      item.due = THAT_ITEM.test(before) ? itemAgreed() : dueFor(item.category, before, context);
    }
  }
}

function sentenceEnd(text: string, from: number): number {
  const end = text.indexOf('. ', from);
  return end < 0 ? text.length - 1 : end;
}

/** "to the special meeting", "at the extraordinary meeting", "for the joint meeting": a sitting named by its kind (a closed few), no day of its own. */
const KIND_OF_MEETING = String.raw`(?:special|extraordinary|additional|extra|joint|budget|reconvened|adjourned)`;
const THE_KIND_MEETING = new RegExp(
  String.raw`\b(?:to|at|for|before|attend)\s+the\s+(?<kind>${KIND_OF_MEETING})\s+(?:[a-z]+\s+)?meeting\b(?!\s+(?:on|in|of|held)\b)`,
  'i',
);

/** "the Council would hold", "Cabinet will convene", "the Forum is holding": who holds the meeting named next. */
const HOLDER =
  /(?:^|\b)(?:the\s+)?(?<np>(?:[A-Z][\w&'’-]*\s+(?:(?:and|of|&)\s+)?){0,4}[A-Z][\w&'’-]*)\s+(?:(?:would|will|is\s+to|are\s+to|was\s+to|is|are|was)\s+)?(?:hold|holds|holding|convene|convenes|convening|call|calls|calling)\s+$/;

/** The day the minute gave, before the item, to "a special meeting (of the Panel) on 12 January" — this body's, still to come. */
function namedMeetingDay(itemText: string, minuteText: string, context: ReadContext): string | null {
  const kind = THE_KIND_MEETING.exec(itemText)?.groups?.kind;
  if (!kind) return null;
  const itemAt = minuteText.toLowerCase().indexOf(itemText.trim().slice(0, 30).toLowerCase());
  const before = itemAt >= 0 ? minuteText.slice(0, itemAt) : minuteText;
  const introduced = new RegExp(String.raw`\b(?:a|an)\s+${kind}\s+(?:[a-z]+\s+)?meeting\b`, 'gi');
  for (const found of before.matchAll(introduced)) {
    const after = before.slice(found.index, found.index + found[0].length + 80);
    const date = findDates(after).find((d) => !/[.;]/.test(after.slice(0, d.index).replace(/\.(?=\d)/g, '')));
    if (!date) continue;
    if (whoseMeeting(after.slice(0, date.index), after.slice(date.end), context.own) === 'other') continue;
    // ("the Council would hold a special meeting on …": the body that holds it, named before it)
    const holder = HOLDER.exec(before.slice(Math.max(0, found.index - 80), found.index))?.groups?.np?.trim();
    if (holder && namesBody(holder) && !context.own.is(holder)) continue;
    const day = statedIso(date) ?? (context.meeting ? firstAfter(date, context.meeting) : null);
    if (day && (!context.meeting || day > context.meeting)) return day;
  }
  return null;
}

/** "before the switch-on event", "ahead of the open day", "before the trial ends", "before the budget is set" (at the budget meeting the minute dated): what the item is to be done before. */
const BEFORE_THING =
  /\b(?:before|ahead\s+of|in\s+time\s+for)\s+the\s+(?<thing>(?:[\w'’-]+\s+){0,2}?[\w'’-]+)(?:\s+(?:ends|closes|finishes|expires|starts|begins|opens|is\s+held|takes\s+place|is\s+(?:set|agreed|approved|fixed)))?\s*[.;]?\s*$/i;

/** The day the minute gave, before the item, to the thing the item is to be done before — when it gave one, still to come. */
function eventDay(itemText: string, minuteText: string, meeting: string | null): string | null {
  const thing = BEFORE_THING.exec(itemText.trim())?.groups?.thing;
  if (!thing || /\b(?:meeting|end|deadline)$/i.test(thing)) return null;
  const lower = minuteText.toLowerCase();
  const itemAt = lower.indexOf(itemText.trim().slice(0, 30).toLowerCase());
  const word = new RegExp(String.raw`\b${thing.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\b`, 'g');
  for (const named of lower.matchAll(word)) {
    if (itemAt >= 0 && named.index >= itemAt) break;
    const after = minuteText.slice(named.index, named.index + thing.length + 80);
    // ("the switch-on event had been booked for 29th November": the same sentence names the thing and its day)
    const date = findDates(after).find((d) => !/[.;]/.test(after.slice(0, d.index).replace(/\.(?=\d)/g, '')));
    if (!date) continue;
    const day = statedIso(date) ?? (meeting ? firstAfter(date, meeting) : null);
    return day && (!meeting || day > meeting) ? day : null;
  }
  return null;
}

/** A response, as the verb says: "To respond supporting …", "the Clerk reply objecting …", "submit comments". */
const RESPONDS =
  /^(?:(?:that\s+)?(?:[A-Z][\w'’.-]*\s+){0,4}?(?:to\s+)?)?(?:respond|reply|comment|answer|(?:make|submit|send)\s+(?:a\s+|its\s+|the\s+council['’]s\s+)?(?:response|representations|comments|submission))\b/i;
/** What a body consults on, with a day it closes: a closed class of the ways views are invited. */
const CONSULTING = /\b(?:consultation|survey|questionnaire|call\s+for\s+(?:evidence|views)|engagement)\b/i;
/** The day before it: "closing 31st January", "closes on 31 January", "a deadline of 31 January", "responses due by …". */
const CLOSING_DAY =
  /\b(?:clos(?:ing|es)|ends|deadline(?:\s+(?:is|of))?|responses?\s+(?:are\s+)?due)\s+(?:on\s+|by\s+|of\s+)?(?:the\s+)?(?:\w+day,?\s+)?$/i;

/**
 * "Consultation on garden waste collections, closing 31st January. Resolved: To respond supporting …": a response is due
 * when the consultation the minute names before it closes.
 */
function closingDay(itemText: string, minuteText: string, meeting: string | null): string | null {
  if (!RESPONDS.test(itemText.trim())) return null;
  const itemAt = minuteText.toLowerCase().indexOf(itemText.trim().slice(0, 30).toLowerCase());
  const before = itemAt >= 0 ? minuteText.slice(0, itemAt) : minuteText;
  if (!CONSULTING.test(before)) return null;
  const closing = findDates(before)
    .filter((d) => CLOSING_DAY.test(before.slice(Math.max(0, d.index - 40), d.index)))
    .pop();
  const day = closing ? (statedIso(closing) ?? (meeting ? firstAfter(closing, meeting) : null)) : null;
  return day && (!meeting || day > meeting) ? day : null;
}

/** The sentence that a marker at `index` on line `at` closes ("… before the end of March 2026.      ACTION: Company Secretary"). */
export function sentenceClosedBy(lines: string[], at: number, index: number): string {
  // (a tag line above closes the errand it stands under: "ACTION: NO - by 11 February" is no part of the next sentence)
  const above = lines.slice(Math.max(0, at - 4), at);
  const tagAt = above.findLastIndex((l) => actionMarker(l.trim())?.index === 0);
  const upTo = [...above.slice(tagAt + 1), lines[at].trim().slice(0, index)].join(' ').replace(/\s+/g, ' ').trim();
  const sentences = upTo.split(/(?<=[.!?])\s+(?=[A-Z])/);
  return sentences[sentences.length - 1] ?? '';
}
