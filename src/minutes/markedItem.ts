// An item an "Action:" line or a line's owner column marks: "Action: Clerk to write to the school", "ACTION 4: RP to
// seek quotes", "… broken. MP". Read as the line has it, for the minute it stands in; kept apart from
// discussionItems.ts, which finds the lines.
import { classify } from './classify.js';
import { dueFor, tidyText } from './decisions.js';
import type { DiscussionContext } from './discussionSaid.js';
import { readClause } from './grammar.js';
import type { ProposedItem } from './types.js';
import { TYPE_OF_CATEGORY } from '../domain/types.js';

export function markedItem(
  text: string,
  minute: string | null,
  ref: string | null,
  owner: string | null,
  updates: string | undefined,
  context: DiscussionContext,
): ProposedItem {
  // (a thing with its passive, "the slides to be sent round to members", is read as it stands: its first word, "Revised
  // price list to be sent …", is no imperative; so is a guest asked to a meeting by the officer named before "to",
  // "Clerk to invite the warden to the May meeting": whoever writes, the guest is on that meeting's agenda)
  const subjectFirst = classify(text, context.own);
  const top = readClause(text);
  const decision =
    (subjectFirst.clause.passive && subjectFirst.clause.subject) ||
    (subjectFirst.category === 'invitation' && top.subject && top.form === 'infinitive' && !top.passive)
      ? subjectFirst
      : classify(text, context.own, true);
  const category = decision.category === 'noted' || decision.category === 'deferral' ? 'action' : decision.category;
  return {
    minute,
    ref,
    type: TYPE_OF_CATEGORY[category],
    category,
    owner,
    due: dueFor(category, text, context),
    text: tidyText(text),
    confidence: 0.75,
    source: 'resolution',
    narrative: false,
    ...(updates ? { updates } : {}),
  };
}
