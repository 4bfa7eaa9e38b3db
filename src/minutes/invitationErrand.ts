// An errand of inviting written after the invitation a minute agreed — "Action: Clerk to issue the invitation",
// "→ KA to invite Mrs Patel to 11/05", an action cell "Clerk to invite Mrs Patel" — names who sends the invitation:
// it is that invitation, not a second item, and its owner is the one the errand names (the inviter). A line owning
// several of the minute's items at once ("schedule the reports and invitations") owns each of them.
import type { ProposedItem } from './types.js';
import { repeats } from './sameMatter.js';

/**
 * The errand's own verb of inviting, or the invitation as its thing ("invite", "issue the invitation(s)"); not a
 * participle inside another errand ("write to the chief executives inviting them to nominate …" is a letter).
 */
const INVITING = /\binvit(?:e|ation|ations)\b/i;

/** What the errand does after its owner: "Clerk to issue invitation" → "issue invitation". */
function task(item: ProposedItem): string {
  return item.text.replace(/^.*?\bto\s+(?=[a-z])/, '');
}

/** The minute's items (`found`, in order) with each errand of inviting taken into the invitation it sends. */
export function withInvitationErrands(found: ProposedItem[]): ProposedItem[] {
  const dropped = new Set<ProposedItem>();
  found.forEach((errand, k) => {
    if (errand.category !== 'action' || !errand.owner || !INVITING.test(task(errand))) return;
    const invitations = found.filter((i, j) => j !== k && i.category === 'invitation' && !dropped.has(i));
    if (!invitations.length) return;
    // "schedule the reports and invitations": each part that is not the inviting is an item the minute already has
    const parts = task(errand)
      .split(/\s*(?:,|\band\b)\s*/)
      .filter(Boolean);
    const others = parts.filter((p) => !INVITING.test(p));
    const covered = others.map((p) =>
      found.find(
        (i, j) => j !== k && !invitations.includes(i) && !dropped.has(i) && repeats({ ...errand, text: p }, [i], 0.5),
      ),
    );
    if (covered.some((c) => !c)) return;
    // (one invitation agreed: that one; several: those the errand's words name, or the last before it)
    const named = invitations.filter((i) => sharesName(errand.text, i.text));
    const sent = named.length ? named : [invitations.filter((i) => found.indexOf(i) < k).pop() ?? invitations[0]];
    for (const item of [...sent, ...(covered as ProposedItem[])]) {
      if (item.category === 'invitation' || !item.owner) {
        item.owner = errand.owner;
        item.owners = errand.owners;
      }
      item.due ??= errand.due;
    }
    dropped.add(errand);
  });
  return found.filter((i) => !dropped.has(i));
}

/** A capitalised word (a name) of the errand that the invitation also prints. */
function sharesName(errand: string, invitation: string): boolean {
  const names = errand.match(/(?<=\s)[A-Z][a-z]{2,}\b/g) ?? [];
  return names.some((n) => new RegExp(`\\b${n}\\b`).test(invitation));
}
