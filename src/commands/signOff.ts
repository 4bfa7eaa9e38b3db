import type { Command } from 'commander';
import { findMeeting } from '../domain/calendar.js';
import { formatUkDate } from '../domain/dates.js';
import { describeCalendar } from '../domain/due.js';
import { signOffItem } from '../domain/lifecycle.js';
import { awaitingSignOff, checkSignOff } from '../domain/signOff.js';
import type { Item } from '../domain/types.js';
import { itemView } from '../domain/view.js';
import { usageError } from '../errors.js';
import { renderJson } from '../render/json.js';
import { meetingDate } from './meeting.js';
import { action } from './run.js';

export function register(program: Command): void {
  program
    .command('sign-off <committee> [ids...]')
    .description('record that the committee agreed, at a meeting, that done and dropped items (all, or those named) leave the log')
    .requiredOption('-m, --meeting <date>', 'the meeting at which the committee agreed it')
    .addHelpText('after', '\nExamples:\n  $ actionlog sign-off llr-jhsc --meeting 2025-11-27\n  $ actionlog sign-off llr-jhsc --meeting "27 November 2025" A3 A7')
    .action(
      action<{ meeting: string }>(async ([committee, ...ids], options, context) => {
        const date = meetingDate(options.meeting, '--meeting');
        const stamp = context.actor();
        const signed = await context.store.transact('sign-off', stamp, (tx) => {
          tx.committee(committee);
          const calendar = tx.calendar(committee);
          const meeting = findMeeting(calendar, date);
          if (!meeting) throw usageError(`--meeting: ${committee} has no meeting on ${formatUkDate(date)}; ${describeCalendar(calendar)}`);
          if (meeting.cancelled) throw usageError(`--meeting: the ${committee} meeting of ${formatUkDate(date)} was cancelled; ${describeCalendar(calendar)}`);
          const chosen: Item[] = ids.length ? [...new Map(ids.map((id) => [tx.item(id).id, tx.item(id)])).values()] : awaitingSignOff(tx.data.items, committee);
          for (const item of chosen) checkSignOff(item, committee);
          const after = chosen.map((item) => signOffItem(item, date, stamp));
          for (const item of after) tx.replaceItem(item);
          tx.summary = `signed off ${after.map((i) => i.id).join(', ')} at the ${committee} meeting of ${formatUkDate(date)}`;
          return after.map((item) => itemView(item, calendar, context.today));
        });
        if (context.format === 'json') return renderJson(signed);
        if (signed.length === 0) return `Nothing to sign off: ${committee} has no done or dropped items awaiting sign-off.`;
        return `Signed off ${signed.length} item(s) at the ${committee} meeting of ${formatUkDate(date)}: ${signed.map((i) => i.id).join(', ')}. They leave the carry-forward list.`;
      }),
    );
}
