import type { Command } from 'commander';
import { DUE_SPEC_FORMS } from '../domain/due.js';
import { itemView } from '../domain/view.js';
import { dueLabel } from '../render/items.js';
import { renderJson } from '../render/json.js';
import { terminalSafe } from '../render/sanitize.js';
import { addEntry, checkEntry, requireMeeting, type ItemEntry } from './entry.js';
import { meetingDate } from './meeting.js';
import { action } from './run.js';

interface AddOptions {
  committee: string;
  meeting: string;
  minute?: string;
  ref?: string;
  type?: string;
  category?: string;
  owner?: string;
  due?: string;
}

export function register(program: Command): void {
  program
    .command('add <text>')
    .description('record one resolution or work-programme item from a meeting')
    .requiredOption('-c, --committee <slug>', 'the committee that decided it')
    .requiredOption('-m, --meeting <date>', 'the meeting it was decided at (one in the committee\'s calendar)')
    .option('--minute <no>', 'the minute number, as printed (53, 25/08)')
    .option('--ref <ref>', 'the resolution within the minute: (d), 2, (c)(ii)')
    .option('-t, --type <type>', 'action or work-programme (default: from --category, else action)')
    .option('--category <category>', 'action, information, invitation, recommendation, deferral or work-programme')
    .option('-o, --owner <text>', 'who must do it, as the minutes name them')
    .option('-d, --due <spec>', `when: ${DUE_SPEC_FORMS} (default: next for actions, future for work-programme)`)
    .addHelpText(
      'after',
      `
Examples:
  $ actionlog add "Circulate the Model ICB blueprint to members" -c llr-jhsc -m 2025-06-16 --minute 53 --ref 3 --category information --owner "ICB"
  $ actionlog add "Item on dentistry" -c llr-jhsc -m "16 June 2025" --minute 53 --ref 2 --type work-programme --due november`,
    )
    .action(
      action<AddOptions>(async ([text], options, context) => {
        const entry: ItemEntry = { ...options, text };
        checkEntry(entry);
        const source = meetingDate(options.meeting, '--meeting');
        const view = await context.store.transact('add', context.actor(), (tx) => {
          requireMeeting(tx, options.committee, source);
          const item = addEntry(tx, options.committee, source, entry, context);
          tx.summary = `added ${item.id}: ${item.text}`;
          return itemView(item, tx.calendar(options.committee), context.today);
        });
        if (context.format === 'json') return renderJson(view);
        return `Added ${view.id} (${view.type}, due ${dueLabel(view.due, view.effectiveDue)}): ${terminalSafe(view.text)}`;
      }),
    );
}
