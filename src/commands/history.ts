import type { Command } from 'commander';
import type { Context } from '../context.js';
import { HISTORY_COLUMNS, historyCsvValue, renderHistory } from '../render/itemDetail.js';
import { renderMarkdownColumns } from '../render/markdown.js';
import { renderJson } from '../render/json.js';
import { renderTable, type Column } from '../render/table.js';
import type { HistoryEntry } from '../domain/types.js';
import type { JournalEntry } from '../store/index.js';
import { renderCsv } from '../render/csv.js';
import { tableOptions } from './output.js';
import { prints, TABLES } from './prints.js';
import { action, ok, type Output } from './run.js';

const journalJson = ({ seq, at, by, command, summary, undone }: JournalEntry) => ({
  seq,
  at,
  by,
  command,
  summary,
  undone,
});

const JOURNAL_COLUMNS: Column<ReturnType<typeof journalJson>>[] = [
  { header: '#', value: (j) => String(j.seq) },
  { header: 'When', value: (j) => j.at.slice(0, 16).replace('T', ' ') },
  { header: 'Who', value: (j) => j.by },
  { header: 'Change', value: (j) => (j.undone ? `${j.summary} (undone)` : j.summary), flex: true },
];

export interface HistoryOptions {
  /** One item's history; without, the latest changes to the whole log. */
  id?: string;
}

export async function runHistory({ id }: HistoryOptions, context: Context): Promise<Output> {
  return ok(
    id === undefined
      ? changes(await context.store.journal(), context)
      : itemHistory((await context.store.item(id)).item.history, context),
  );
}

function itemHistory(history: HistoryEntry[], context: Context): string {
  if (context.format === 'json') return renderJson(history);
  if (context.format === 'csv') {
    return renderCsv(
      ['at', 'by', 'change', 'from', 'to', 'note'],
      history.map((h) => [h.at, h.by, h.change, historyCsvValue(h.from), historyCsvValue(h.to), h.note]),
    );
  }
  if (context.format === 'md') return renderMarkdownColumns(HISTORY_COLUMNS, history);
  return renderHistory(history, tableOptions(context));
}

function changes(entries: JournalEntry[], context: Context): string {
  const journal = entries.map(journalJson).reverse();
  if (context.format === 'json') return renderJson(journal);
  if (context.format === 'csv')
    return renderCsv(
      ['seq', 'at', 'by', 'command', 'summary', 'undone'],
      journal.map((j) => [j.seq, j.at, j.by, j.command, j.summary, j.undone ? 'yes' : 'no']),
    );
  if (context.format === 'md') return renderMarkdownColumns(JOURNAL_COLUMNS, journal);
  if (journal.length === 0) return 'No changes yet.';
  return renderTable(JOURNAL_COLUMNS, journal, tableOptions(context));
}

export function register(program: Command): void {
  const command = program
    .command('history [id]')
    .description("an item's history, or without an id the latest changes to the whole log")
    .addHelpText('after', '\nExamples:\n  $ actionlog history A12\n  $ actionlog history --json')
    .action(action(runHistory, ([id]) => ({ id })));
  prints(command, TABLES);
}
