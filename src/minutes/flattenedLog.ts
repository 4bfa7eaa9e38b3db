// Step 9a, action logs flattened into lines (a web page's or a PDF's copy of a log table): each row
// opens with the reference of the item that raised it and its matter ("14 – External Bodies",
// "10c)- Working Groups", "3 – Bus shelter (raised Jan 2025)"), perhaps the month it was raised on
// a line of its own, then the action with its owner, due and status cells run on after it — in one
// line or each on a line of its own. The status word ("Ongoing", "In progress", "Completed") is
// where the action's cells end: the owner stands just before it, a due ("By next meeting") between
// them, progress after it. A finished row makes nothing; a step named with another owner in the
// progress ("JC/MA to discuss before the next meeting") is proposed beside the row, less surely,
// and the row's own owner's next step ("Clerk to monitor") carries the row on.
// The log is read from the whole text, before the headings step, since its row references would
// otherwise be taken for minutes' numbers.
import type { ProposedItem, StatedDue } from './types.js';
import type { People } from './people.js';
import { dueOf } from './due.js';
import { CONJUNCTIONS, FINISHED_STATUS, LOG_STATUS_WORDS, TABLE_HEADS, alternatives } from './lexicon.js';

/** "14 – External Bodies", "34- Finance", "10c)- Working Groups", "7a) – Speed watch (raised Feb 2025)", "PC/24/07 – Signs". */
const ROW_START =
  /^(?<ref>(?:[A-Z]{1,4}\/?)?\d{1,4}(?:\/\d{1,4}){0,2}[a-z]?\)?)\s*[–—-]\s*(?<matter>[A-Z][^.]{1,80}?)\s*(?:\((?:raised\s+)?[A-Z][a-z]+\.?\s+\d{4}\))?$/;
/** "(May 2020)": the month the row's action was raised, on a line of its own. */
const RAISED = /^\((?:raised\s+)?[A-Z][a-z]+\.?\s+\d{4}\)$/;
/** A title naming a record of actions: "Outstanding Action points", "Action log", "Actions carried forward". */
const RECORD_TITLE = /\bactions?\b/i;
const STATUS = new RegExp(String.raw`(?<=^|\s)(?:${alternatives(LOG_STATUS_WORDS)})\b\.?`, 'gi');
/** One owner in a cell: initials ("JC") or one capitalised word ("Clerk"); several joined by "/", "&" or ",". */
const ONE = String.raw`(?:[A-Z]{2,4}|[A-Z][a-z]+)`;
const OWNER_CELL = new RegExp(
  String.raw`(?:^|\s)(?<owner>${ONE}(?:\s*[/&,]\s*${ONE})*)(?:\s+(?<due>[Bb]y\s+(?:the\s+)?[^\s]+(?:\s+[a-z]+)?))?\s*$`,
);
/** "JC/MA to discuss prior to next meeting": a step named with its owner. */
const STEP = new RegExp(String.raw`^(?<who>${ONE}(?:\s*[/&,]\s*${ONE})*)\s+to\s+(?<what>[a-z]+\b.*)$`);
/** A step that waits on something ("… once a proposal has been agreed", "… if the rota allows") is not yet one. */
const CONDITIONAL = new RegExp(
  String.raw`\b(?:${alternatives([...CONJUNCTIONS].filter((w) => ['if', 'unless', 'once', 'when', 'whether'].includes(w)))})\b`,
  'i',
);

/** Column heads run together on one line: "Agenda Item   Councillor Due Date Completed". */
function headsLine(line: string): boolean {
  const words = line.trim().split(/\s+/);
  const found: string[] = [];
  for (let k = 0; k < words.length;) {
    const len = [3, 2, 1].find((n) =>
      Object.values(TABLE_HEADS).some((re) => re.test(words.slice(k, k + n).join(' '))),
    );
    if (!len) return false;
    found.push(words.slice(k, k + len).join(' '));
    k += len;
  }
  return found.length >= 3;
}

interface Row {
  ref: string;
  lines: number[];
  body: string;
}

export function flattenedLog(
  lines: string[],
  meeting: string | null,
  people: People,
): { items: ProposedItem[]; used: Set<number> } {
  const none = { items: [], used: new Set<number>() };
  const starts = lines.flatMap((l, k) => (ROW_START.test(l.trim()) ? [k] : []));
  if (starts.length < 2) return none;
  const before = lines.slice(0, starts[0]).map((l) => l.trim());
  const headed = before.some(headsLine);
  const titled = before.some((l) => RECORD_TITLE.test(l) && l.split(/\s+/).length <= 14 && !/[.?!]$/.test(l));
  if (!headed && !titled) return none;
  const text = lines.join(' ');
  const isOwner = (cell: string) =>
    cell
      .split(/\s*[/&,]\s*/)
      .every(
        (o) => /^[A-Z]{2,4}$/.test(o) || people.knows(o) || new RegExp(String.raw`\bthe\s+${o}\b`, 'i').test(text),
      );
  const rows: Row[] = starts.map((start, n) => {
    const end = n + 1 < starts.length ? starts[n + 1] : lines.length;
    const own: number[] = [];
    const parts: string[] = [];
    for (let k = start + 1; k < end; k++) {
      const line = lines[k].trim();
      if (!line || RAISED.test(line)) {
        own.push(k);
        continue;
      }
      // (after the last row's status, the text is no longer the log's)
      if (n + 1 === starts.length && parts.some((p) => cellsOf(p, isOwner))) break;
      own.push(k);
      parts.push(line);
    }
    return { ref: ROW_START.exec(lines[start].trim())!.groups!.ref, lines: [start, ...own], body: parts.join(' ') };
  });
  const read = rows.map((row) => ({ row, cells: cellsOf(row.body, isOwner) }));
  // a log, not minutes that mention a status: most rows show their cells
  if (read.filter((r) => r.cells).length * 2 < rows.length) return none;
  const items: ProposedItem[] = [];
  const used = new Set<number>();
  for (const { row, cells } of read) {
    if (!cells) continue;
    row.lines.forEach((k) => used.add(k));
    if (FINISHED_STATUS.test(cells.status)) continue;
    const steps = cells.progress
      .split(/(?<=[.!?])\s+|\s+[–—-]\s+/)
      .map((s) => STEP.exec(s.trim().replace(/[.;]$/, ''))?.groups)
      .filter((s): s is { who: string; what: string } => !!s && isOwner(s.who) && !CONDITIONAL.test(s.what));
    // the row's owner's own next step ("Clerk to monitor") is the row carried on; another's is a step of its own
    // (one that only restates the row — "CW to submit – ongoing" under "CW to submit the claim" — adds nothing)
    const restates = (what: string) => new RegExp(String.raw`\b${/^[a-z]+/.exec(what)?.[0]}\b`, 'i').test(cells.action);
    const own = steps.filter((s) => s.who === cells.owner && !restates(s.what));
    const action = [cells.action, ...own.map((s) => `${s.who} to ${s.what}`)].join(' – ');
    const due: StatedDue = (cells.due ? dueOf(cells.due, meeting) : null) ?? dueOf(action, meeting);
    items.push(itemOf(row.ref, action, cells.owner, due, 0.7));
    for (const step of steps.filter((s) => s.who !== cells.owner && !restates(s.what))) {
      const said = `${step.who} to ${step.what}`;
      items.push(itemOf(row.ref, said, step.who, dueOf(said, meeting), 0.5));
    }
  }
  return { items, used };
}

/** The row's cells: the action before its owner (and due), the status word, the progress after it. */
function cellsOf(body: string, isOwner: (cell: string) => boolean) {
  for (const m of body.matchAll(STATUS)) {
    const head = body.slice(0, m.index).trimEnd();
    const cell = OWNER_CELL.exec(head);
    if (!cell?.groups || !isOwner(cell.groups.owner)) continue;
    const action = head
      .slice(0, cell.index)
      .trim()
      .replace(/[.;,:–—-]+$/, '')
      .trim();
    if (!action) continue;
    return {
      action,
      owner: cell.groups.owner.trim(),
      due: cell.groups.due ?? null,
      status: m[0],
      progress: body.slice(m.index + m[0].length).trim(),
    };
  }
  return null;
}

function itemOf(ref: string, text: string, owner: string, due: StatedDue, confidence: number): ProposedItem {
  return {
    minute: ref,
    ref: null,
    type: 'action',
    category: 'action',
    owner,
    due,
    text,
    confidence,
    source: 'action-table',
    narrative: false,
    // (the row carries on the action the item it cites raised: the import offers it as an update where the log holds it)
    updates: ref.replace(/\)$/, ''),
  };
}
