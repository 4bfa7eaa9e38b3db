import type { Command } from 'commander';
import type { Context } from '../context.js';
import { itemDetailView } from '../domain/view.js';
import { renderItemDetail } from '../render/itemDetail.js';
import { renderJson } from '../render/json.js';
import { tableOptions } from './output.js';
import { prints } from './prints.js';
import { action, ok, type Output } from './run.js';

export interface ShowOptions {
  id: string;
}

export async function runShow(options: ShowOptions, context: Context): Promise<Output> {
  const { item, calendar } = await context.store.item(options.id);
  const view = itemDetailView(item, calendar, context.today);
  if (context.format === 'json') return ok(renderJson(view));
  return ok(renderItemDetail(view, tableOptions(context)));
}

export function register(program: Command): void {
  const command = program
    .command('show <id>')
    .description('show one item in full, with its history')
    .addHelpText('after', '\nExamples:\n  $ actionlog show A12\n  $ actionlog show a12 --json')
    .action(action(runShow, ([id]) => ({ id })));
  // The item and its history as text or JSON; a long history is cut at --limit on a terminal.
  prints(command, { formats: ['table', 'json'], limit: true });
}
