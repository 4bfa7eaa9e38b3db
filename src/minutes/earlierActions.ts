// A list of the last meeting's actions, said so by its heading or the line above it: "Action list from the last
// meeting", "Actions from previous meetings", "ACTION LOG (previous meetings)", "Progress on actions from the last
// meeting". Every row of it was raised before this meeting: a row still open whose status says nothing was done to it
// here ("Carried forward", "Ongoing – 1 of 3 received") is already on the log, and a clerk adds nothing for it. (A
// log that does not say whose actions it holds may mix this meeting's rows with earlier ones: its open rows are read as
// before, `actionTable.ts`.)

const LIST = String.raw`(?:actions?|action\s+(?:list|log|table|tracker|sheet|points)|matters\s+arising)`;
const EARLIER = String.raw`(?:the\s+)?(?:last|previous|prior|earlier|preceding)\s+(?:meetings?|minutes|sittings?)`;

/** "Actions from the last meeting", "Action list of previous meetings", "ACTION LOG (previous meetings)". */
const EARLIER_LIST = new RegExp(
  String.raw`\b${LIST}\b[^.;]{0,30}?(?:\b(?:from|of|since|arising\s+from|raised\s+at)\s+${EARLIER}\b|\(\s*${EARLIER}\s*\))`,
  'i',
);

/** Whether a heading or caption says the list under it holds the actions of earlier meetings. */
export function listsEarlierActions(caption: string | null | undefined): boolean {
  return !!caption && EARLIER_LIST.test(caption);
}
