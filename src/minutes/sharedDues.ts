// The due one part of a clause lends its siblings: a matter put back lends its meeting to what is brought back with
// it, an agenda item its meeting to the invitation "for that item". Used by the decisions step (`decisions.ts`).
import type { ProposedItem } from './types.js';

/**
 * "an item on bus routes at the May meeting, with the operator invited to attend for it": the invitation
 * is to that meeting (not "for the item on policing", which names another).
 */
export function shareItemDue(parts: ProposedItem[]): void {
  const agenda = parts.find((p) => p.category === 'work-programme' && p.due && p.due.kind !== 'future');
  if (!agenda) return;
  for (const part of parts)
    if (
      part.category === 'invitation' &&
      (!part.due || part.due.kind === 'future') &&
      /\bfor\s+(?:that|this|the)\s+item\s*[.;,]?\s*$/i.test(part.text)
    )
      part.due = agenda.due;
}

/**
 * "That the charges be deferred to the next meeting, and that the Finance Officer bring back options": what is
 * brought back with a matter put back comes to the meeting it is put back to.
 */
export function sharePutBackDue(parts: ProposedItem[]): void {
  const putBack = parts.find((p) => p.category === 'deferral' && p.due);
  if (!putBack) return;
  for (const part of parts)
    if (part !== putBack && !part.due && /\b(?:bring|brought|come|coming|report|reporting)\s+back\b/i.test(part.text))
      part.due = putBack.due;
}

/**
 * "Cllr Ross to draft the comments and Clerk to send them by 20th November": a step whose work the next actor takes
 * on — the next errand's object points back at it ("them", "it") — is done by the day the next one is due. Only an
 * action with no due before an action with a day of its own, the second opening on its actor and "to <verb> it/them".
 */
export function shareHandOnDue(parts: ProposedItem[]): void {
  for (let k = 1; k < parts.length; k++) {
    const [step, next] = [parts[k - 1], parts[k]];
    if (
      step.category === 'action' &&
      next.category === 'action' &&
      !step.due &&
      next.due?.kind === 'date' &&
      /^(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,5}to\s+[a-z]+\s+(?:it|them)\b/.test(next.text.trim())
    )
      step.due = next.due;
  }
}
