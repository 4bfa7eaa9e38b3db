// A list for the next agenda often names a matter already given a date earlier in the same minutes and points back
// to it: "noticeboard quotations (see 6e)". The pointer says the entry is that matter again, not a second one.
import type { ProposedItem } from './types.js';

/** "(see 2026/06e)", "(see minute 12)", "(see item 4(b))" closing an entry. */
const SEE_ALSO = /\(\s*(?:see|cf\.?)\s+(?:minute\s+|item\s+)?(?<ref>[\w./-]+(?:\([a-z0-9]+\))?)\s*\)\s*\.?$/i;

/** The items less those that point back to another minute of this meeting giving an item of the same type. */
export function withoutCrossReferences(items: ProposedItem[]): ProposedItem[] {
  return items.filter((item) => {
    const ref = SEE_ALSO.exec(item.text)?.groups?.ref?.toLowerCase();
    if (!ref) return true;
    return !items.some((other) => {
      const minute = other.minute?.toLowerCase();
      if (!minute || other === item || other.minute === item.minute || other.type !== item.type) return false;
      // the minute itself, or one of its lettered parts ("6e", "6(e)")
      return ref.startsWith(minute) && /^(?:[a-z]|\([a-z0-9]+\))?$/.test(ref.slice(minute.length));
    });
  });
}
