// Who sends an invitation the minute agreed: a record or a step that names the sender makes the invitation theirs, and
// adds no item of its own. (The labelled sets agree that a named sender owns an invitation; where none is named they
// differ — the invitee or no one — and the parser keeps the invitee there.)
import { sharesMatter } from './sameMatter.js';
import type { ProposedItem } from './types.js';

const INVITING = /\binvit/i;

/**
 * "Members agreed to invite … / Action: Clerk to issue the invitation", "Action: A / B – schedule the reports and
 * invitations": a record whose task is the inviting names who sends the invitations the decision above it made — they
 * take its owner, as does an unowned decision beside them whose matter the task names.
 */
export function sendsInvitations(task: { owner: string; text: string }, items: ProposedItem[]): boolean {
  const invitations = items.filter((it) => it.category === 'invitation');
  if (!INVITING.test(task.text) || !invitations.length) return false;
  for (const it of invitations) it.owner = task.owner;
  for (const it of items)
    if (it.owner === null && it.category !== 'deferral' && sharesMatter(task.text, it.text)) it.owner = task.owner;
  return true;
}

/**
 * "Members agreed that the chair of the forum be invited …" and, in the action column or the next sentence, "Clerk to
 * invite Mr Ames": the step is the sending of the minute's invitation — the invitation takes its owner. With more than
 * one invitation in the minute, the step must name its invitee's words.
 */
export function sendsInvitation(step: ProposedItem, found: ProposedItem[]): boolean {
  if (!step.owner || step.category === 'invitation' || !/^\S.{0,60}?\binvit\w*\b/i.test(step.text)) return false;
  const invitations = found.filter((it) => it.category === 'invitation' && it.minute === step.minute);
  const sent = invitations.length === 1 ? invitations : invitations.filter((it) => sharesMatter(step.text, it.text));
  if (sent.length !== 1) return false;
  sent[0].owner = step.owner;
  return true;
}
