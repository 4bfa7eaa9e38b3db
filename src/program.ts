// The root of the command line — global options, help layout, examples — and the one place
// where a failure becomes a line on stderr and an exit code. Shared by cli.ts (every command
// at once, for tests and scripts) and launch.ts (what the built CLI runs: only its command).
import { Command, CommanderError, Help, Option } from 'commander';
import { GLOBAL_OPTIONS, HELP_WIDTH, operands } from './commandLine.js';
import { formatsDescription, formatsOf, printsOf } from './commands/prints.js';
import { ActionlogError, EXIT_FAILURE, EXIT_USAGE } from './errors.js';
import { terminalSafe } from './render/sanitize.js';
import pkg from '../package.json' with { type: 'json' };

export function rootProgram(): Command {
  const program = new Command('actionlog')
    .description(
      'Track what council committees decide: actions, work-programme items, what is overdue, and the carry-forward list.',
    )
    .version(pkg.version, '-V, --version', 'print the version');
  for (const [flags, description] of GLOBAL_OPTIONS) program.option(flags, description);
  return program
    .configureHelp({
      sortSubcommands: false,
      minWidthToWrap: 30,
      visibleOptions: commandOptions,
      formatHelp: withGlobalOptionsLine,
    })
    .exitOverride()
    .configureOutput({
      outputError: () => undefined,
      getOutHelpWidth: () => helpWidth(process.stdout),
      getErrHelpWidth: () => helpWidth(process.stderr),
    })
    .addHelpText(
      'after',
      `
Words:
  short name  how commands name a committee: llr-jhsc (lower-case letters,
              digits and hyphens); papers show its full name
  category    what a resolution asks for. An action (someone must do something
              and report back): action, information (circulate to members),
              recommendation (to another body). A work-programme item (future
              business for the committee): invitation, deferral, work-programme
  type        action or work-programme: follows from the category; give
              --type alone for the plainest category of that type

Examples:
  $ actionlog init
  $ actionlog committee add llr-jhsc --name "LLR Joint Health Scrutiny Committee"
  $ actionlog meeting add llr-jhsc 2025-06-16 2025-09-01 2025-11-27
  $ actionlog add "Circulate the ICB blueprint to members" -c llr-jhsc -m 2025-06-16 --minute 53 --ref 3
  $ actionlog list --overdue --as-of 2025-11-20`,
    );
}

const OUTPUT_FLAGS = ['-f, --format <format>', '--json', '--limit <rows>', '--no-limit'];
const describe = (flags: string) => GLOBAL_OPTIONS.find(([f]) => f === flags)![1];

/**
 * A command's options in its help: its own, then those of --format, --json and --limit that
 * do something for it (commands/prints.ts), each saying what it does there.
 */
function commandOptions(this: Help, command: Command): Option[] {
  const own = Help.prototype.visibleOptions.call(this, command);
  if (!command.parent || command.commands.length > 0) return own;
  const what = printsOf(command);
  const formats = formatsOf(what);
  // --format where there is a choice beyond a message and JSON; --json alone says it all otherwise.
  const choice = formats.some((format) => format !== 'table' && format !== 'json');
  const added: Option[] = [];
  if (choice) added.push(new Option('-f, --format <format>', formatsDescription(what)));
  if (formats.includes('json'))
    added.push(new Option('--json', choice ? 'short for --format json' : 'print the result as JSON, for scripts'));
  if (what.limit)
    added.push(
      new Option('--limit <rows>', describe('--limit <rows>')),
      new Option('--no-limit', describe('--no-limit')),
    );
  const help = own.findIndex((option) => option.long === '--help');
  return help === -1 ? [...own, ...added] : [...own.slice(0, help), ...added, ...own.slice(help)];
}

/** The options every command takes, named once under a command's own, rather than a block repeated in every command's help. */
const EVERY_COMMAND = GLOBAL_OPTIONS.filter(([flags]) => !OUTPUT_FLAGS.includes(flags)).map(
  ([flags]) => flags.split(' ')[0],
);
const GLOBAL_OPTIONS_LINE = `Every command also takes ${EVERY_COMMAND.slice(0, -1).join(', ')} and ${EVERY_COMMAND.at(-1)}: see "actionlog --help".`;

function withGlobalOptionsLine(this: Help, command: Command, helper: Help): string {
  const text = Help.prototype.formatHelp.call(this, command, helper);
  return command.parent
    ? `${text.trimEnd()}\n\n${helper.boxWrap(GLOBAL_OPTIONS_LINE, helper.helpWidth ?? HELP_WIDTH)}\n`
    : text;
}

/** Help is laid out for HELP_WIDTH columns, as most command-line tools' is, or for a narrower terminal. */
const helpWidth = (stream: NodeJS.WriteStream): number =>
  stream.isTTY && stream.columns ? Math.min(stream.columns, HELP_WIDTH) : HELP_WIDTH;

// The exit code a command's run function gave, by the root program it ran under.
const exitCodes = new WeakMap<Command, number>();

/** Records the exit code of the command that ran (commands/run.ts). */
export function setExitCode(command: Command, code: number): void {
  let root = command;
  while (root.parent) root = root.parent;
  exitCodes.set(root, code);
}

/** Parses and runs; resolves to the exit code. */
export async function runProgram(program: Command, argv: string[]): Promise<number> {
  try {
    if (argv.length <= 2) {
      process.stdout.write(program.helpInformation());
      return 0;
    }
    // `help <word>` for a word that is no command is an error, not the list of commands.
    if (operands(argv.slice(2), 1)[0] === 'help') {
      const unknown = await unknownWord(program, argv);
      if (unknown) throw new CommanderError(EXIT_USAGE, 'commander.unknownCommand', unknown);
    }
    await program.parseAsync(argv);
    return exitCodes.get(program) ?? 0;
  } catch (error) {
    const { code, line } = failureOf(await withNearestCommand(error, program, argv), helpFor(program, argv));
    if (line) process.stderr.write(line);
    return code;
  }
}

/** Commander's unknown-command error, its suggestion on the same line and found by our rule (unknownCommand.ts). */
async function withNearestCommand(error: unknown, program: Command, argv: string[]): Promise<unknown> {
  if (!(error instanceof CommanderError) || error.code !== 'commander.unknownCommand') return error;
  const unknown = await unknownWord(program, argv);
  return unknown ? new CommanderError(error.exitCode, error.code, unknown) : error;
}

/** The error line's text for a word typed that names no command, after `help` or not; null when every word is one. Loaded only then. */
async function unknownWord(program: Command, argv: string[]): Promise<string | null> {
  const { unknownCommand, unknownCommandMessage } = await import('./unknownCommand.js');
  const words = operands(argv.slice(2));
  const unknown = unknownCommand(program, words[0] === 'help' ? words.slice(1) : words);
  return unknown && unknownCommandMessage(unknown);
}

/** Where to look after a usage error: the help of the command being run, if there is one. */
function helpFor(program: Command, argv: string[]): string {
  const words = ['actionlog'];
  let command = program;
  for (const arg of argv.slice(2)) {
    const sub = command.commands.find((c) => c.name() === arg);
    if (!sub) continue;
    words.push(arg);
    command = sub;
  }
  return `${words.join(' ')} --help`;
}

/** A failure as the exit code and the one line for stderr ('' for help and --version, which are not failures). */
export function failureOf(error: unknown, help = 'actionlog --help'): { code: number; line: string } {
  if (error instanceof CommanderError) {
    if (
      error.code === 'commander.helpDisplayed' ||
      error.code === 'commander.version' ||
      error.code === 'commander.help'
    )
      return { code: 0, line: '' };
    const message = error.message.replace(/^error: /, '').split('\n')[0];
    return { code: EXIT_USAGE, line: `actionlog: ${message} (see "${help}")\n` };
  }
  const debug = process.env.ACTIONLOG_DEBUG === '1' ? `${(error as Error)?.stack ?? String(error)}\n` : '';
  if (error instanceof ActionlogError)
    return { code: error.exitCode, line: `${debug}actionlog: ${terminalSafe(error.message)}\n` };
  const text = error instanceof Error ? error.message : String(error);
  return {
    code: EXIT_FAILURE,
    line: `${debug}actionlog: unexpected error: ${terminalSafe(text)} (set ACTIONLOG_DEBUG=1 for details)\n`,
  };
}
