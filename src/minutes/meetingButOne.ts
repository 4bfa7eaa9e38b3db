// Step 9d: "the next meeting but one" when the minutes print the dates of the meetings to come. "A progress report be
// brought to the next meeting but one" names the second of this body's sittings after this one; where the minutes list
// those sittings ("Dates of future meetings: 14 January, 15 April"), that sitting has a day, and the item is due at it —
// as "the next meeting" is the first. With fewer than two dates listed it stays a meeting to come (due.ts).
import type { ProposedItem } from './types.js';

/** "the next meeting but one": the second sitting to come (the words due.ts reads as a meeting to come). */
const NEXT_BUT_ONE = /\bnext\s+meeting\s+but\s+one\b/i;

/** The item due at the second of this body's meetings to come, where the minutes date them; else the item as it was. */
export function meetingButOne(
  item: ProposedItem,
  nextMeetings: readonly string[],
  meeting: string | null,
): ProposedItem {
  if (item.due?.kind !== 'future' || !NEXT_BUT_ONE.test(item.text)) return item;
  const coming = [...nextMeetings].filter((day) => !meeting || day > meeting).sort();
  return coming.length >= 2 ? { ...item, due: { kind: 'meeting', meeting: coming[1] } } : item;
}
