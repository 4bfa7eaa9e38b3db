import type { Command } from 'commander';
import type { Context } from '../context.js';
import { findMeeting } from '../domain/calendar.js';
import { formatUkDate } from '../domain/dates.js';
import { describeCalendar } from '../domain/due.js';
import { signOffItem } from '../domain/lifecycle.js';
import { awaitingSignOff, checkSignOff } from '../domain/signOff.js';
import type { IsoDate, Item, Meeting } from '../domain/types.js';
import { itemView } from '../domain/view.js';
import { usageError } from '../errors.js';
import { renderJson } from '../render/json.js';
import { meetingDate } from './options.js';
import { action, ok, type Output } from './run.js';

export interface SignOffOptions {
  committee: string;
  /** The items to sign off; all those awaiting sign-off when empty. */
  ids: string[];
  /** The meeting, as typed; the committee's latest held meeting when absent. */
  meeting?: string;
}

export async function runSignOff({ committee, ids, meeting: text }: SignOffOptions, context: Context): Promise<Output> {
  const given = text === undefined ? undefined : meetingDate(text, '--meeting');
  const stamp = context.actor();
  const { date, signed } = await context.store.transact('sign-off', stamp, async (tx) => {
    await tx.committee(committee);
    const calendar = await tx.calendar(committee);
    const date = given ?? latestHeld(calendar, committee, context.today);
    const meeting = findMeeting(calendar, date);
    if (!meeting)
      throw usageError(
        `--meeting: ${committee} has no meeting on ${formatUkDate(date)}; ${describeCalendar(calendar)}`,
      );
    if (meeting.cancelled)
      throw usageError(
        `--meeting: the ${committee} meeting of ${formatUkDate(date)} was cancelled; ${describeCalendar(calendar)}`,
      );
    if (date > context.today) {
      throw usageError(
        `--meeting: the ${committee} meeting of ${formatUkDate(date)} has not been held yet (today is ${formatUkDate(context.today)}); a committee signs items off at a meeting it has held`,
      );
    }
    const chosen: Item[] = [];
    if (ids.length === 0)
      chosen.push(...awaitingSignOff(await tx.items({ committee, statuses: [], awaitingSignOff: true }), committee));
    // Each named item once, however often it was named.
    for (const id of ids) {
      const item = await tx.item(id);
      if (!chosen.some((c) => c.id === item.id)) chosen.push(item);
    }
    for (const item of chosen) checkSignOff(item, committee);
    const after = chosen.map((item) => signOffItem(item, date, stamp));
    for (const item of after) await tx.replaceItem(item);
    tx.summary = `signed off ${after.map((i) => i.id).join(', ')} at the ${committee} meeting of ${formatUkDate(date)}`;
    return { date, signed: after.map((item) => itemView(item, calendar, context.today)) };
  });
  if (context.format === 'json') return ok(renderJson(signed));
  if (signed.length === 0)
    return ok(`Nothing to sign off: ${committee} has no done or dropped items awaiting sign-off.`);
  return ok(
    `Signed off ${signed.length} item(s) at the ${committee} meeting of ${formatUkDate(date)}: ${signed.map((i) => i.id).join(', ')}. They leave the carry-forward list.`,
  );
}

export function register(program: Command): void {
  program
    .command('sign-off <committee> [ids...]')
    .description(
      'record that the committee agreed, at a meeting, that done and dropped items (all, or those named) leave the log',
    )
    .option(
      '-m, --meeting <date>',
      "the meeting at which the committee agreed it (default: the committee's latest meeting held, today's included)",
    )
    .addHelpText(
      'after',
      '\nExamples:\n  $ actionlog sign-off llr-jhsc\n  $ actionlog sign-off llr-jhsc --meeting 2025-11-27\n  $ actionlog sign-off llr-jhsc --meeting "27 November 2025" A3 A7',
    )
    .action(
      action(runSignOff, ([committee, ...ids], flags) => ({
        committee,
        ids,
        meeting: flags.meeting as string | undefined,
      })),
    );
}

/** The committee's latest meeting not cancelled, on or before today (a meeting today counts: sign-off is recorded at it or after). */
function latestHeld(calendar: readonly Meeting[], committee: string, today: IsoDate): IsoDate {
  const held = calendar.findLast((m) => !m.cancelled && m.date <= today);
  if (!held)
    throw usageError(
      `${committee} has held no meeting by ${formatUkDate(today)}; give --meeting <date>; ${describeCalendar(calendar)}`,
    );
  return held.date;
}
