// A list for the next agenda often names a matter already given a date earlier in the same minutes and points back
// to it: "noticeboard quotations (see 6e)". The pointer says the entry is that matter again, not a second one.
import type { ProposedItem } from './types.js';

/** "(see 2026/06e)", "(see minute 12)", "(see item 4(b))" closing an entry. */
const SEE_ALSO = /\(\s*(?:see|cf\.?)\s+(?:minute\s+|item\s+)?(?<ref>[\w./-]+(?:\([a-z0-9]+\))?)\s*\)\s*\.?$/i;

/** The words that name a matter: four letters or more, less the few that any entry of such a list may share. */
const matterWords = (text: string) =>
  new Set(
    (text.toLowerCase().match(/[a-z]{4,}/g) ?? []).filter(
      (w) => !/^(?:next|meeting|agenda|item|items|report|update|with|from|that|this|into)$/.test(w),
    ),
  );

/**
 * An entry of the next meeting's list with no pointer that names a matter an earlier minute already sent to that
 * meeting, as the same kind of item (a paper for it, not a deferral): "Village hall roof quotes" listed after
 * "(b) Roof: the Clerk to obtain roof quotes for the next meeting" — the entry is that matter again. Read as a
 * pointer is: both due at the next meeting, and at least two of the entry's words, and half of them, in the earlier
 * item.
 */
function repeatsEarlier(entry: ProposedItem, items: ProposedItem[]): boolean {
  if (entry.due?.kind !== 'next') return false;
  const words = [...matterWords(entry.text)];
  if (words.length < 2) return false;
  return items.some((other) => {
    // (of the same kind: a deferral of the matter and the list's entry are two items — the meeting put its decision
    // off, and the paper is on the agenda — as the shared readings label them)
    if (other === entry || other.minute === entry.minute || !other.minute || other.category !== entry.category)
      return false;
    if (other.due?.kind !== 'next' || items.indexOf(other) > items.indexOf(entry)) return false;
    const theirs = matterWords(other.text);
    const shared = words.filter((w) => theirs.has(w)).length;
    return shared >= 2 && shared * 2 >= words.length;
  });
}

/**
 * The items less those that point back to another minute of this meeting giving an item of the same type, and the
 * entries of a list of the next meeting's business (`listed`) that repeat one.
 */
export function withoutCrossReferences(items: ProposedItem[], listed: Set<ProposedItem> = new Set()): ProposedItem[] {
  return items.filter((item) => {
    const ref = SEE_ALSO.exec(item.text)?.groups?.ref?.toLowerCase();
    if (!ref) return !(listed.has(item) && repeatsEarlier(item, items));
    return !items.some((other) => {
      const minute = other.minute?.toLowerCase();
      if (!minute || other === item || other.minute === item.minute || other.type !== item.type) return false;
      // the minute itself, or one of its lettered parts ("6e", "6(e)")
      return ref.startsWith(minute) && /^(?:[a-z]|\([a-z0-9]+\))?$/.test(ref.slice(minute.length));
    });
  });
}
