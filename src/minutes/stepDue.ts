// Step 9c: a due stated beside a step that points back. "Members requested a written update. The
// Head of Policy undertook to do so within four weeks.": the undertaking says when the request is
// due. "Members asked for training before the March meeting. The Officer undertook to arrange
// this.": the request says when the undertaking is due. Only the sentence next to it is read.
import { dueFor, type ReadContext } from './decisions.js';
import type { ProposedItem } from './types.js';

/** A step whose object only points back to what was just asked: "to do so", "would arrange this", "to see to it". */
const POINTS_BACK =
  /\b(?:to|would|will|should)\s+(?:do\s+(?:so|this|that|it)|[a-z]+\s+(?:this|it|them|him|her)(?:\s+(?:up|out|forward|on))?)\b(?<rest>[^.;]{0,60})[.;]?\s*$/i;
/** The undertaking's own words: someone undertook, agreed, offered or would act. */
const UNDERTAKES =
  /^\s*(?:[A-Z][\w'’.-]*\s+(?:(?:of|and|for|&)\s+)?){1,6}(?:undertook|agreed|offered|promised|would|will)\b/;
/** "be asked to attend for that item": the item just agreed, whose meeting it is. */
const THAT_ITEM = /\b(?:for|at|on|to)\s+(?:that|this|the\s+same)\s+item\b/i;

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
    // (the item's text may be capitalised where the minute's is not: "To arrange this")
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
