// A shared document's checklist keeps its tasks ticked off: "- [x] Clerk to book the hall", "☑ @Jo Bloggs pay the
// invoice". A ticked task was done before the minutes were written, so nothing is left to track — but the clerk
// reviewing the import sees it, noted, as ticked (a box is easily ticked by mistake). The layout marks each such line;
// each minute takes its own out here, before anything else reads the minute.
import type { Minute, NotedEntry } from './types.js';

/** The mark the layout sets before a ticked task's words (the ticked box's own glyph). */
export const TICKED = '☑ ';

/**
 * The minute without its ticked tasks, and those tasks as noted entries. After the line that ends the meeting's
 * record (`closing`) come copies and annexes — a checklist "collected" again below the minutes — which are not read.
 */
export function takeTicked(minute: Minute, closing: RegExp): { minute: Minute; noted: NotedEntry[] } {
  if (!minute.lines.some((l) => l.startsWith(TICKED))) return { minute, noted: [] };
  const closedAt = minute.lines.findIndex((l) => closing.test(l));
  const noted: NotedEntry[] = [];
  minute.lines.forEach((line, i) => {
    if (!line.startsWith(TICKED) || (closedAt >= 0 && i > closedAt)) return;
    const text = line.slice(TICKED.length).replace(/\s+/g, ' ').trim();
    if (!text) return;
    noted.push({
      minute: minute.number,
      ref: null,
      text: text.charAt(0).toUpperCase() + text.slice(1),
      source: 'resolution',
      confidence: 0.8,
      reason: 'ticked as done',
    });
  });
  return { minute: { ...minute, lines: minute.lines.filter((l) => !l.startsWith(TICKED)) }, noted };
}
