// An action log printed as blocks, one per action: a row reference with its fields ("PC-12   Raised:
// … Minute: …"), then "Action:", "Lead:", "Update:" lines, the status at the right margin. A row
// closed ("CLOSED 15/01/26", "Complete") makes nothing new; a row marked NEW that cites one of this
// meeting's own minutes repeats that minute's action, which the minute already gives. Both are
// left out before the minutes are read; rows still open are read as before.

/** A block's first line: a row reference, then fields ("Raised:", "Minute:", "Ref:") after runs of spaces. */
const ROW_OPENS = /^(?<ref>[A-Z]{1,5}[-/ ]?\d{1,4})\s{2,}(?=.*\b(?:raised|minute|opened|date)\s*:)/i;
/** The minute a row was raised at: "Minute: PCCC 25/31". */
const MINUTE_FIELD = /\bminute\s*:\s*(?<minute>[A-Z]{0,6}\s?[\d/.]+[a-z]?)/i;
/** The status cell: the last word at a line's right margin, after a run of spaces or a sentence's end. */
const STATUS_CELL = /(?:\s{3,}|(?<=[.;])\s+)(?<status>[A-Z][A-Za-z]+)(?:\s+\d{1,2}\/\d{1,2}\/\d{2,4})?\s*$/;
const CLOSED = /^(?:closed|complete|completed|done|discharged)$/i;

/** The lines of closed rows, and of new rows repeating this meeting's minutes, in an action log of blocks. */
export function settledLogRows(lines: string[]): Set<number> {
  const settled = new Set<number>();
  const headed = (minute: string) => lines.some((l) => l.trim().startsWith(`${minute} `) && !MINUTE_FIELD.test(l));
  for (let i = 0; i < lines.length; i++) {
    if (!ROW_OPENS.test(lines[i].trim())) continue;
    const block: number[] = [];
    for (let j = i; j < lines.length && lines[j].trim(); j++) block.push(j);
    const statuses = block.flatMap((k) => STATUS_CELL.exec(lines[k])?.groups?.status ?? []);
    const status = statuses[statuses.length - 1] ?? '';
    const minute = MINUTE_FIELD.exec(lines[i])?.groups?.minute?.trim();
    if (CLOSED.test(status) || (/^new$/i.test(status) && minute && headed(minute)))
      for (const k of block) settled.add(k);
    i = block[block.length - 1];
  }
  return settled;
}
