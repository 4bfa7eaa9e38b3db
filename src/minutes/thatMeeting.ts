// Step 9b: "… to attend that meeting" straight after "The next meeting will be held on 14 April
// 2026": the meeting the sentence points back to is the dated one before it.
import type { ProposedItem } from './types.js';
import { findDates, firstAfter, statedIso } from './dateText.js';

const BACK_REFERENCE = /\b(?:that|the same|this)\s+meeting\b/i;
/** The dated meeting a sentence just before names: "next meeting … on 14 April", "meet again on 3 June". */
const MEETING_NEAR = /\b(?:meeting|meet(?:s)?\s+again|reconvene)\b/i;

export function pointBackToMeeting(items: ProposedItem[], minuteText: string, meeting: string | null): void {
  const text = minuteText.replace(/\s+/g, ' ');
  for (const item of items) {
    if (item.due || !BACK_REFERENCE.test(item.text)) continue;
    const lower = text.toLowerCase();
    const own = item.text.replace(/\s+/g, ' ').toLowerCase();
    const found = [40, 20].map((n) => lower.indexOf(own.slice(0, n))).find((k) => k >= 0) ?? -1;
    if (found < 0) continue;
    // Only the sentence or two just before: a date further back is not the one "that meeting" means.
    const before = text.slice(Math.max(0, found - 200), found);
    const sentences = before.split(/(?<=[.!?])\s+/);
    const window = sentences.slice(-2).join(' ');
    const dates = findDates(window).filter((d) => MEETING_NEAR.test(window.slice(Math.max(0, d.index - 80), d.index)));
    const last = dates[dates.length - 1];
    if (!last) continue;
    const date = statedIso(last) ?? (meeting ? firstAfter(last, meeting) : null);
    if (date && (!meeting || date > meeting)) item.due = { kind: 'meeting', meeting: date };
  }
}
