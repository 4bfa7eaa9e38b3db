// The columns the Excel sheets choose from: the same facts as the other formats, with
// dates as real dates and counts as numbers, so a clerk can sort and filter them.
import { RAG_WORDS } from '../../domain/rag.js';
import type { ReportItem } from '../../domain/reportItem.js';
import type { Due } from '../../domain/types.js';
import { citation } from '../../domain/view.js';
import { RAG_FILL } from '../ragFill.js';
import { dueLabel } from '../labels.js';
import { isoToDate, type SheetColumn } from './sheet.js';

type Column = SheetColumn<ReportItem>;

const dueDate = (due: Due): string | null =>
  due.kind === 'date' ? due.date : due.kind === 'meeting' ? due.meeting : null;

export const XL = {
  id: { header: 'ID', value: (i) => i.id, bold: true },
  committee: { header: 'Committee', value: (i) => i.committee },
  decided: { header: 'Decided', value: (i) => isoToDate(i.source.meeting) },
  minute: { header: 'Minute', value: (i) => citation(i.source) || null },
  text: { header: 'Item', value: (i) => i.text, wrap: true },
  owner: { header: 'Owner', value: (i) => i.owners.join('; ') || null, wrap: true },
  type: { header: 'Type', value: (i) => i.type },
  status: { header: 'Status', value: (i) => i.status },
  due: { header: 'Due', value: (i) => isoToDate(i.effectiveDue) },
  dueAs: { header: 'Due as recorded', value: (i) => dueLabel(i.due, i.effectiveDue) },
  firstDue: { header: 'First due', value: (i) => (i.deferrals ? isoToDate(dueDate(i.originalDue)) : null) },
  deferred: { header: 'Times deferred', value: (i) => i.deferrals },
  daysOverdue: { header: 'Days overdue', value: (i) => i.daysOverdue },
  carried: { header: 'Times carried', value: (i) => i.timesCarried },
  rag: { header: 'RAG', value: (i) => RAG_WORDS[i.rag], fill: (i) => RAG_FILL[i.rag], bold: true },
  stale: { header: 'Stale', value: (i) => (i.stale ? 'stale: unplaced for over 6 months' : null) },
  update: { header: 'Latest update', value: (i) => i.latestUpdate?.note ?? null, wrap: true },
  updateOn: { header: 'Update on', value: (i) => isoToDate(i.latestUpdate?.at.slice(0, 10) ?? null) },
  updateBy: { header: 'Update by', value: (i) => i.latestUpdate?.by ?? null },
  signedOff: { header: 'Signed off', value: (i) => isoToDate(i.signedOff) },
} satisfies Record<string, Column>;

/** What every sheet of items shows, whichever report it comes from. */
export const ITEM_COLUMNS: Column[] = [
  XL.id,
  XL.decided,
  XL.minute,
  XL.text,
  XL.owner,
  XL.status,
  XL.due,
  XL.dueAs,
  XL.firstDue,
  XL.deferred,
  XL.daysOverdue,
  XL.carried,
  XL.rag,
  XL.update,
  XL.updateOn,
  XL.updateBy,
];
