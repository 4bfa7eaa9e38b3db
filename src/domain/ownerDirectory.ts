// The owners a clerk may chase: every owner an open item names, and every owner whose
// details the log keeps, once each (owners are one person or body whatever the case or a
// leading "the"), with their details and how many open items they have.
import { compareText } from './order.js';
import { ownerKey } from './owner.js';
import { isActive } from './rules.js';
import type { Item, OwnerContact } from './types.js';

export interface OwnerEntry extends OwnerContact {
  /** Open and in-progress items that name this owner (among their owners). */
  openItems: number;
}

export function ownerDirectory(items: readonly Item[], contacts: readonly OwnerContact[]): OwnerEntry[] {
  const entries = new Map<string, OwnerEntry>();
  for (const contact of contacts) entries.set(ownerKey(contact.name), { ...contact, openItems: 0 });
  for (const item of items) {
    if (!isActive(item)) continue;
    // Each of an item's owners owes it.
    for (const owner of item.owners) {
      const key = ownerKey(owner);
      const entry =
        entries.get(key) ?? entries.set(key, { name: owner, email: null, contact: null, openItems: 0 }).get(key)!;
      entry.openItems++;
    }
  }
  return [...entries.entries()].sort(([a], [b]) => compareText(a, b)).map(([, entry]) => entry);
}

/** Where the owner's details are in `contacts` (matched as owners are), or null. */
export function contactIndex(contacts: readonly OwnerContact[], name: string): number | null {
  const key = ownerKey(name);
  const at = contacts.findIndex((c) => ownerKey(c.name) === key);
  return at === -1 ? null : at;
}
