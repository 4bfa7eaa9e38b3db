// The committees' meetings as a calendar file (.ics) for Outlook or Google Calendar, each
// meeting with what is due there; cancelled ones marked so, rearranged ones at their new date.
import type { Command } from 'commander';
import type { Context } from '../context.js';
import { meetingCalendar } from '../domain/meetingCalendar.js';
import { meetingsIcs } from '../render/papers.js';
import { renderJson } from '../render/json.js';
import { unknownCommittee } from '../store/index.js';
import { ACTIVE_STATUSES } from '../domain/types.js';
import { prints } from './prints.js';
import { deliver, destination } from './reportOutput.js';
import { action, type Output } from './run.js';

export interface CalendarOptions {
  committee?: string;
  output?: string;
}

export async function runCalendar(options: CalendarOptions, context: Context): Promise<Output> {
  const to = destination(context, options.output, ['ics', 'json'], 'meetings calendar');
  const data = await context.store.view({ committee: options.committee, statuses: ACTIVE_STATUSES });
  const committee =
    options.committee === undefined ? undefined : data.committees.find((c) => c.slug === options.committee);
  if (options.committee && !committee) throw unknownCommittee(options.committee, data.committees);
  const meetings = meetingCalendar(data, { committee: options.committee }, context.today);
  if (to.format === 'json') {
    const json = meetings.map(({ due, ...meeting }) => ({ ...meeting, due: due.map((item) => item.id) }));
    return deliver(renderJson(json), to, 'meetings calendar');
  }
  const name = committee ? `${committee.name} meetings` : 'Committee meetings';
  return deliver(await meetingsIcs(meetings, { today: context.today, name }), to, 'meetings calendar');
}

export function register(program: Command): void {
  const command = program
    .command('calendar [committee]')
    .description(
      "the committees' meetings as an iCalendar file (.ics) to import into Outlook or Google Calendar, each with what is due there",
    )
    .option(
      '--output <file>',
      'write the calendar to this file (.ics; .json for the meetings as JSON) instead of the screen',
    )
    .addHelpText(
      'after',
      [
        '',
        'Cancelled meetings stay in the calendar, marked cancelled and saying where their business',
        'went; a rearranged meeting is an event at its new date.',
        '',
        'Examples:',
        '  $ actionlog calendar --output meetings.ics',
        '  $ actionlog calendar llr-jhsc --output llr-jhsc-meetings.ics',
        '  $ actionlog calendar llr-jhsc --json',
      ].join('\n'),
    )
    .action(action(runCalendar, ([committee], flags) => ({ ...flags, committee }) as CalendarOptions));
  prints(command, { formats: ['ics', 'json'], limit: false });
}
