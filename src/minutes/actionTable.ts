// Step 9a: an action table flattened to text — "Action | Owner | Due", "Min.|Action|Owner|Due
// date", or columns set apart by wide spaces — each row an item with the owner and due its
// columns give, and the minute its "Min." column names.
import type { Category, ProposedItem, StatedDue } from './types.js';
import { categorise } from './classify.js';
import { findDates, firstAfter, statedIso } from './dateText.js';
import { dueOf } from './due.js';
import { TYPE_OF_CATEGORY } from '../domain/types.js';
import { MONTHS } from '../domain/dates.js';

type Column = 'minute' | 'action' | 'owner' | 'due' | 'status';
const HEADS: [Column, RegExp][] = [
  ['minute', /^(?:min(?:ute)?\.?|item|agenda item|ref\.?|no\.?|minute no\.?|item no\.?|#)$/i],
  ['action', /^(?:actions?|action required|actions? agreed|agreed actions?|what|description)$/i],
  ['owner', /^(?:owner|lead|who|responsible|responsibility|by whom|action by|officer|lead officer|person responsible)$/i],
  ['due', /^(?:due|due date|by when|deadline|date|target date|timescale|when|date due|completion date)$/i],
  ['status', /^(?:status|progress|rag|rag status|update|current status|position)$/i],
];
/** A row whose status says it is finished records an old action, not a new one. */
const FINISHED = /^(?:complete|completed|closed|done|superseded|discharged|achieved|cancelled|withdrawn)\b/i;

/** What a row asks for: "Invite …" or "… be invited" is an invitation, a row marked "Deferred" a deferral. */
function rowCategory(text: string, status: string): Category {
  if (/^deferred\b/i.test(status)) return 'deferral';
  if (/^invite\b|\bbe\s+invited\b/i.test(text)) return 'invitation';
  const reading = categorise(text);
  return reading === 'noted' ? 'action' : reading;
}

interface Layout {
  split: (line: string) => string[];
  columns: (Column | null)[];
}

function cellsOf(line: string, bar: boolean): string[] {
  const cells = (bar ? line.split('|') : line.trim().split(/\s{3,}/)).map((c) => c.trim());
  if (bar) {
    if (cells.length && cells[0] === '') cells.shift();
    if (cells.length && cells[cells.length - 1] === '') cells.pop();
  }
  return cells;
}

/** The table's header line: an action column and an owner column, at least. */
export function tableLayout(line: string): Layout | null {
  for (const bar of [true, false]) {
    if (bar && !line.includes('|')) continue;
    const cells = cellsOf(line, bar);
    if (cells.length < 2) continue;
    const columns = cells.map((c) => HEADS.find(([, re]) => re.test(c.replace(/[*_:]/g, '').trim()))?.[0] ?? null);
    if (columns.includes('action') && columns.includes('owner') && columns.filter((c) => c === null).length <= 1) {
      return { split: (l) => cellsOf(l, bar), columns };
    }
  }
  return null;
}

/** A table whose rows say which minute they belong to stands apart from the minute it follows. */
export function tableNamesMinutes(line: string): boolean {
  return tableLayout(line)?.columns.includes('minute') ?? false;
}

function dueCell(cell: string, meeting: string | null): StatedDue {
  const text = cell.trim();
  if (!text || /^(?:-+|n\/?a|tbc|ongoing|asap)$/i.test(text)) return null;
  const date = findDates(text)[0];
  if (date && text.slice(0, date.index).trim() === '' && text.slice(date.end).trim() === '') {
    const iso = statedIso(date) ?? (meeting ? firstAfter(date, meeting) : null);
    if (iso) return { kind: 'date', date: iso };
  }
  // "March" or "March 2026" alone in a due column: that month's meeting.
  const month = new RegExp(`^(${MONTHS.join('|')})(?:\\s+\\d{4})?$`, 'i').exec(text)?.[1];
  if (month) return { kind: 'month', month: month[0].toUpperCase() + month.slice(1).toLowerCase() };
  // "January 2026 meeting", "Next meeting", "Within 2 weeks", "Future meeting", "by 30 June"
  return dueOf(text, meeting) ?? (date ? dueOf(`by ${text}`, meeting) : null);
}

export function actionTable(lines: string[], minute: string | null, meeting: string | null): { items: ProposedItem[]; used: Set<number> } {
  const items: ProposedItem[] = [];
  const used = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const layout = tableLayout(lines[i].trim());
    if (!layout) continue;
    used.add(i);
    let j = i + 1;
    for (; j < lines.length; j++) {
      const line = lines[j].trim();
      if (!line) continue;
      if (/^[-|:\s]+$/.test(line)) {
        used.add(j); // a markdown rule under the header
        continue;
      }
      const cells = layout.split(line);
      if (cells.length < 2 || Math.abs(cells.length - layout.columns.length) > 1) break;
      used.add(j);
      const cell = (c: Column) => {
        const k = layout.columns.indexOf(c);
        return k >= 0 ? (cells[k] ?? '').trim() : '';
      };
      const text = cell('action');
      if (!text || FINISHED.test(cell('status'))) continue;
      const category = rowCategory(text, cell('status'));
      const owner = cell('owner');
      items.push({
        minute: cell('minute').replace(/\.$/, '') || minute,
        ref: null,
        type: TYPE_OF_CATEGORY[category],
        category,
        owner: owner && !/^(?:-+|n\/?a|tbc|all)$/i.test(owner) ? owner : null,
        due: dueCell(cell('due'), meeting) ?? dueOf(text, meeting, category === 'deferral'),
        text,
        confidence: 0.8,
        narrative: false,
      });
    }
    i = j - 1;
  }
  return { items, used };
}
