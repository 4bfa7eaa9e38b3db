// Wires the commands into commander and turns every failure into one line and an exit code.
import { Command, CommanderError } from 'commander';
import { ActionlogError, EXIT_FAILURE, EXIT_USAGE } from './errors.js';
import { terminalSafe } from './render/sanitize.js';
import * as init from './commands/init.js';
import * as committee from './commands/committee.js';
import * as meeting from './commands/meeting.js';
import * as add from './commands/add.js';
import * as list from './commands/list.js';
import * as show from './commands/show.js';
import * as update from './commands/update.js';
import * as history from './commands/history.js';
import * as undo from './commands/undo.js';
import * as overdue from './commands/overdue.js';
import * as carryForward from './commands/carryForward.js';
import * as signOff from './commands/signOff.js';
import * as chairReport from './commands/report.js';
import * as record from './commands/record.js';
import * as recover from './commands/recover.js';
import pkg from '../package.json' with { type: 'json' };

const COMMANDS = [init, committee, meeting, add, record, list, show, update, overdue, carryForward, signOff, chairReport, history, undo, recover];

export function buildProgram(): Command {
  const program = new Command('actionlog')
    .description('Track what council committees decide: actions, work-programme items, what is overdue, and the carry-forward list.')
    .version(pkg.version, '-V, --version', 'print the version')
    .option('--data <file>', 'the action log file (default: $ACTIONLOG_DATA, else ~/.local/share/actionlog/actionlog.json)')
    .option('--as-of <date>', 'treat this date as today (for papers prepared in advance)')
    .option('-f, --format <format>', 'output format: table, json, csv, md or html')
    .option('--json', 'short for --format json')
    .option('--no-color', 'no colour (also off when not on a terminal or when NO_COLOR is set)')
    .option('--by <name>', 'who is making the change, for the history (default: your user name)')
    .configureHelp({ showGlobalOptions: true, sortSubcommands: false })
    .exitOverride()
    .configureOutput({ outputError: () => undefined });
  for (const command of COMMANDS) command.register(program);
  program.addHelpText(
    'after',
    `
Examples:
  $ actionlog init
  $ actionlog committee add llr-jhsc --name "LLR Joint Health Scrutiny Committee"
  $ actionlog meeting add llr-jhsc 2025-06-16 2025-09-01 2025-11-27
  $ actionlog add "Circulate the ICB blueprint to members" -c llr-jhsc -m 2025-06-16 --minute 53 --ref 3
  $ actionlog list --overdue --as-of 2025-11-20`,
  );
  return program;
}

/** Runs the CLI; resolves to the exit code. */
export async function main(argv: string[] = process.argv): Promise<number> {
  const program = buildProgram();
  try {
    if (argv.length <= 2) {
      process.stdout.write(program.helpInformation());
      return 0;
    }
    await program.parseAsync(argv);
    return 0;
  } catch (error) {
    return report(error);
  }
}

function report(error: unknown): number {
  if (error instanceof CommanderError) {
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return 0;
    const message = error.message.replace(/^error: /, '').split('\n')[0];
    process.stderr.write(`actionlog: ${message} (see "actionlog --help")\n`);
    return EXIT_USAGE;
  }
  if (process.env.ACTIONLOG_DEBUG === '1') process.stderr.write(`${(error as Error)?.stack ?? String(error)}\n`);
  if (error instanceof ActionlogError) {
    process.stderr.write(`actionlog: ${terminalSafe(error.message)}\n`);
    return error.exitCode;
  }
  const text = error instanceof Error ? error.message : String(error);
  process.stderr.write(`actionlog: unexpected error: ${terminalSafe(text)} (set ACTIONLOG_DEBUG=1 for details)\n`);
  return EXIT_FAILURE;
}
