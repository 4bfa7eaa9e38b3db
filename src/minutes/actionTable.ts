// Step 9a: action tables and action logs — "Action | Owner | Due", "Min.|Action|Owner|Due
// date", "No.  Action  By whom  By when", markdown tables, columns set apart by wide spaces —
// each row an item with the owner and due its columns give, and the minute its reference
// column names. A row whose status says it is done or closed makes nothing new; a row citing an
// earlier action's reference is proposed as an update of it.
import type { OwnBody } from './bodies.js';
import type { Category, ProposedItem, StatedDue } from './types.js';
import { classify } from './classify.js';
import { findDates, firstAfter, statedIso } from './dateText.js';
import { dueOf } from './due.js';
import { FINISHED_STATUS, TABLE_HEADS } from './lexicon.js';
import { TYPE_OF_CATEGORY } from '../domain/types.js';
import { MONTHS } from '../domain/dates.js';

type Column = 'minute' | 'action' | 'owner' | 'due' | 'status';
const HEADS = Object.entries(TABLE_HEADS) as [Column, RegExp][];
const NO_ONE = { is: () => false, name: null } satisfies OwnBody;

/** What a row asks for, read as an instruction: a row marked "Deferred" is a deferral, anything else at least an action. */
function rowCategory(text: string, status: string, own: OwnBody): Category {
  if (/^deferred\b/i.test(status)) return 'deferral';
  const decision = classify(text, own, true);
  // a row's meeting is in its due column: "Invite the PCSO … | Next meeting" is an invitation
  if (decision.category === 'action' && /^invit/i.test(decision.askedBy ?? decision.clause.verb ?? '')) return 'invitation';
  return decision.category === 'noted' ? 'action' : decision.category;
}

interface Layout {
  split: (line: string) => string[];
  columns: (Column | null)[];
  /** The reference column is headed "No." or "#": it may only count the rows. */
  rowNumbers: boolean;
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
      const minuteHead = cells[columns.indexOf('minute')] ?? '';
      return { split: (l) => cellsOf(l, bar), columns, rowNumbers: /^(?:no\.?|#|item\s+no\.?)$/i.test(minuteHead.trim()) };
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

export function actionTable(lines: string[], minute: string | null, meeting: string | null, own: OwnBody = NO_ONE): { items: ProposedItem[]; used: Set<number> } {
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
      if (!text || FINISHED_STATUS.test(cell('status'))) continue;
      const category = rowCategory(text, cell('status'), own);
      const owner = cell('owner');
      // "No. 1, 2, 3" counts the rows; a reference ("ICB/25/094", "C134", "12") names a minute
      const raw = cell('minute').replace(/\.$/, '');
      const cited = /^\d{1,2}$/.test(raw) && layout.rowNumbers ? '' : raw;
      items.push({
        minute: cited || minute,
        ref: null,
        type: TYPE_OF_CATEGORY[category],
        category,
        owner: owner && !/^(?:-+|n\/?a|tbc|all)$/i.test(owner) ? owner : null,
        due: dueCell(cell('due'), meeting) ?? dueOf(text, meeting, category === 'deferral'),
        text,
        confidence: 0.8,
        source: 'action-table',
        narrative: false,
        ...(cited && cited !== minute && /\d/.test(cited) ? { updates: cited } : {}),
      });
    }
    i = j - 1;
  }
  return { items, used };
}
