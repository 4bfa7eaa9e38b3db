import type { Command } from 'commander';
import { calendarIndex } from '../domain/calendar.js';
import { itemDetailView } from '../domain/view.js';
import { renderItemDetail } from '../render/itemDetail.js';
import { renderJson } from '../render/json.js';
import { Transaction } from '../store/index.js';
import { tableOptions } from './output.js';
import { action } from './run.js';

export function register(program: Command): void {
  program
    .command('show <id>')
    .description('show one item in full, with its history')
    .addHelpText('after', '\nExamples:\n  $ actionlog show A12\n  $ actionlog show a12 --json')
    .action(
      action(async ([id], _options, context) => {
        const data = await context.store.read();
        // A read-only transaction gives the same id lookup and error as the writing commands.
        const item = new Transaction(data).item(id);
        const view = itemDetailView(item, calendarIndex(data.meetings).get(item.committee) ?? [], context.today);
        if (context.format === 'json') return renderJson(view);
        return renderItemDetail(view, tableOptions(context));
      }),
    );
}
