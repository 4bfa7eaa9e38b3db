// An action log printed as blocks, one per action: a row reference with its fields ("PC-12   Raised:
// … Minute: …"), then "Action:", "Lead:", "Update:" lines, the status at the right margin. A row
// closed ("CLOSED 15/01/26", "Complete") makes nothing new; a row marked NEW that cites one of this
// meeting's own minutes repeats that minute's action, which the minute already gives. Both are
// left out before the minutes are read; rows still open are read as before.

import type { ProposedItem, StatedDue } from './types.js';

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

/** The due a row's field now holds: "Due: 31/12/2025  →  REVISED 27/02/2026", "Due: Jan 2026 → Mar 2026". */
const REVISED_DUE = /\bdue\s*:\s*[^→]*?(?:→|->)\s*(?:revised\s+(?:to\s+)?)?(?<when>[^\s].*?)\s*$/i;
/** A row's field on a line of its own: "Action: …", "Lead: SL   Due: …". */
const FIELD = (name: string) => new RegExp(String.raw`\b${name}\s*:\s*(?<value>.+?)(?=\s{2,}\w+\s*:|\s{3,}|$)`, 'i');

/**
 * Rows still open in an action log of blocks. One whose due was moved ("→ REVISED 27/02/2026") is that action carried
 * on with its new due — an item, its lead the owner, filed later under the minute that reviewed the log. One with no
 * new due that the minutes' own text cites ("PC-111 remained on track") was reviewed there: whatever the review
 * decided is read from the minute, and the row adds nothing. Returns the items and the lines both kinds take.
 */
export function carriedLogRows(
  lines: string[],
  dueOf: (cell: string) => StatedDue,
): { items: ProposedItem[]; used: Set<number> } {
  const items: ProposedItem[] = [];
  const used = new Set<number>();
  const blocks: { ref: string; lines: number[] }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const opens = ROW_OPENS.exec(lines[i].trim());
    if (!opens?.groups) continue;
    const block: number[] = [];
    for (let j = i; j < lines.length && lines[j].trim(); j++) block.push(j);
    blocks.push({ ref: opens.groups.ref, lines: block });
    i = block[block.length - 1];
  }
  const inLog = new Set(blocks.flatMap((b) => b.lines));
  const text = lines.filter((_, k) => !inLog.has(k)).join(' ');
  for (const { ref, lines: block } of blocks) {
    const field = (name: string) =>
      block.map((k) => FIELD(name).exec(lines[k].trim())?.groups?.value.trim()).find(Boolean) ?? null;
    const revised = block.map((k) => REVISED_DUE.exec(lines[k])?.groups?.when).find(Boolean);
    const action = field('action');
    if (revised && action) {
      items.push({
        minute: null,
        ref: null,
        type: 'action',
        category: 'action',
        owner: field('lead') ?? field('owner'),
        due: dueOf(revised.replace(/\s{3,}.*$/, '')),
        text: action,
        confidence: 0.7,
        source: 'action-table',
        narrative: false,
        updates: ref,
        carried: true,
      });
      for (const k of block) used.add(k);
    } else if (new RegExp(String.raw`(?<![\w-])${ref.replace(/[-/]/g, '[-/ ]?')}(?![\w-])`).test(text))
      for (const k of block) used.add(k);
  }
  return { items, used };
}
