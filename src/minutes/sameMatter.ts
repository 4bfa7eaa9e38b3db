// Step 10: one matter, one item — a discussion point or action-table row the minute's
// resolution already records, and an authority given as the means of the action before it.
import type { ProposedItem } from './types.js';
import { alternatives } from './lexicon.js';
import { OFFICE_NOUNS } from './lexiconNouns.js';

export const AUTHORISED =
  /\b(?:be|is|are)\s+(?:authorised|authorized|given\s+delegated\s+authority|delegated\s+authority)\s+to\b|\bdelegat(?:e|ed)\s+(?:(?:the\s+)?authority\s+)?to\b/i;

/**
 * The text without the titles of the people it names: "That the Mayor and the Town Treasurer sign the bank
 * reconciliation" and "authority be delegated to the Town Treasurer, in consultation with the Mayor, to settle the
 * insurance renewal" share two people but no matter — two items. A title is a run of capitalised words (with "of" and
 * "and" inside it) holding an office noun ("Town Treasurer", "Head of Finance"); a named matter ("the Riverside
 * Scheme") holds none and stays.
 */
const OFFICE_TITLE = /\b[A-Z][\w'’-]*(?:\s+(?:(?:of|and|for)\s+)?[A-Z][\w'’-]*)*/g;
const OFFICE_WORD = new Set(OFFICE_NOUNS);
const withoutOffices = (text: string): string =>
  text.replace(OFFICE_TITLE, (run) => (run.split(/\s+/).some((w) => OFFICE_WORD.has(w.toLowerCase())) ? ' ' : run));

/** Words common to any decision: sharing them says nothing about the matter. */
const COMMON = new Set([
  'that',
  'this',
  'with',
  'would',
  'will',
  'should',
  'from',
  'have',
  'been',
  'their',
  'there',
  'which',
  'into',
  'meeting',
  'committee',
  'panel',
  'board',
  'report',
  'reports',
  'members',
  'update',
  'further',
  'next',
  'future',
  'agreed',
  'noted',
  'sent',
  'provide',
  'provided',
  'work',
  'programme',
  'also',
  'were',
  'they',
  'them',
  'after',
  'before',
  'about',
  'regarding',
  'council',
]);
// (a plural is its singular: "sites" and "site" are one matter)
// (and initials name a matter as well as any word: "the ICB", "the CQC plan")
const words = (text: string): Set<string> =>
  new Set([
    ...(text.toLowerCase().match(/[a-z]{4,}/g) ?? [])
      .filter((w) => !COMMON.has(w))
      .map((w) => w.replace(/(?<=[^s])s$/, '')),
    ...(text.match(/\b[A-Z]{2,3}\b/g) ?? []).map((w) => w.toLowerCase()),
  ]);

/**
 * A discussion point or action line that the minute's own resolution already records: one item,
 * taking the owner or due date the action line adds ("- [ ] Climate Officer to circulate the
 * draft by 24 September" under "The Climate Officer will draft the response").
 */
export function completes(item: ProposedItem, resolved: ProposedItem[]): boolean {
  const same = resolved.find((r) => repeats(item, [r]));
  if (!same) return false;
  if (!item.narrative) {
    same.owner ??= item.owner;
    same.due ??= item.due;
  }
  return true;
}

/** A discussion point that the minute's own resolution already records. */
export function repeats(item: ProposedItem, resolved: ProposedItem[], share = 0.6): boolean {
  return resolved.some(
    (r) => (r.category === item.category && item.category === 'deferral') || overlap(item.text, r.text) >= share,
  );
}

/**
 * The same matter decided in another minute: by its words alone (two matters put back in two minutes are two
 * deferrals, whatever words of putting back they share).
 */
export function repeatsElsewhere(item: ProposedItem, resolved: ProposedItem[], share = 0.6): boolean {
  return resolved.some((r) =>
    r.minute === item.minute ? repeats(item, [r], share) : overlap(item.text, r.text) >= share,
  );
}

/** Whether two texts share a word of their matter: "the section 19 reports and invitations" and "the section 19 reports be brought". */
export function sharesMatter(first: string, second: string): boolean {
  return overlap(first, second) > 0;
}

/** How much of the shorter of two texts' content words the other holds. */
function overlap(first: string, second: string): number {
  const mine = words(first);
  const theirs = words(second);
  const shared = [...mine].filter((w) => theirs.has(w)).length;
  return shared / Math.max(1, Math.min(mine.size, theirs.size));
}

/** Words any authority shares with its action: sharing them says nothing about the matter. */
const AUTHORITY_WORDS = new RegExp(
  String.raw`^(?:${alternatives(['authorised', 'authorized', 'delegated', 'authority', 'officers', 'officer', 'director', 'council', 'committee', 'that', 'with', 'this', 'their', 'from'])})$`,
);

/**
 * Two parts of one decision about the same matter, or the second authorising the first: "That officers prepare a
 * consultation on the car parks, and that the Director be authorised to approve the consultation document" — the
 * authority is the means of the action before it, so a clerk tracks one item, not two.
 */
export function sameMatter(first: string, second: string): boolean {
  // (an authority is the means of the action before it only when it is about the same thing, not the same people)
  const authority = AUTHORISED.test(second) && !AUTHORISED.test(first);
  const mine = words(authority ? withoutOffices(first) : first);
  const theirs = words(authority ? withoutOffices(second) : second);
  const shared = [...mine].filter((w) => theirs.has(w) && !AUTHORITY_WORDS.test(w)).length;
  if (authority) return shared > 0;
  return shared / Math.max(1, Math.min(mine.size, theirs.size)) >= 0.6;
}

/**
 * "(2) to instruct the Director to prepare a revised plan for the meeting on 5 March" under the minute, and again under
 * "Decision:" in shorter words: a sub-paragraph's number names one decision of its minute, so the same number carrying
 * the same kind of decision twice is the one decision printed twice (the first, fuller print is kept).
 */
export function printedOnce(items: ProposedItem[]): ProposedItem[] {
  return items.filter(
    (item, k) =>
      !item.ref ||
      !items
        .slice(0, k)
        .some(
          (first) =>
            first.ref === item.ref &&
            first.minute === item.minute &&
            first.category === item.category &&
            (first.owner ?? '').toLowerCase() === (item.owner ?? '').toLowerCase(),
        ),
  );
}
