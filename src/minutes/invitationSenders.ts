// Who sends an invitation the minute agreed: an action record that names the sender makes the invitation theirs, and
// adds no item of its own (a step written after the invitation, "Clerk to invite Mr A", is invitationErrand.ts's). (The labelled sets agree that a named sender owns an invitation; where none is named they
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
