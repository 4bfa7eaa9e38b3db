// The root of the command line — global options, help layout, examples — and the one place
// where a failure becomes a line on stderr and an exit code. Shared by cli.ts (every command
// at once, for tests and scripts) and launch.ts (what the built CLI runs: only its command).
import { Command, CommanderError } from 'commander';
import { GLOBAL_OPTIONS, HELP_WIDTH } from './commandLine.js';
import { ActionlogError, EXIT_FAILURE, EXIT_USAGE } from './errors.js';
import { terminalSafe } from './render/sanitize.js';
import pkg from '../package.json' with { type: 'json' };

export function rootProgram(): Command {
  const program = new Command('actionlog')
    .description('Track what council committees decide: actions, work-programme items, what is overdue, and the carry-forward list.')
    .version(pkg.version, '-V, --version', 'print the version');
  for (const [flags, description] of GLOBAL_OPTIONS) program.option(flags, description);
  return program
    .configureHelp({ showGlobalOptions: true, sortSubcommands: false, minWidthToWrap: 30 })
    .exitOverride()
    .configureOutput({ outputError: () => undefined, getOutHelpWidth: () => helpWidth(process.stdout), getErrHelpWidth: () => helpWidth(process.stderr) })
    .addHelpText(
      'after',
      `
Examples:
  $ actionlog init
  $ actionlog committee add llr-jhsc --name "LLR Joint Health Scrutiny Committee"
  $ actionlog meeting add llr-jhsc 2025-06-16 2025-09-01 2025-11-27
  $ actionlog add "Circulate the ICB blueprint to members" -c llr-jhsc -m 2025-06-16 --minute 53 --ref 3
  $ actionlog list --overdue --as-of 2025-11-20`,
    );
}

/** Help is laid out for HELP_WIDTH columns, as most command-line tools' is, or for a narrower terminal. */
const helpWidth = (stream: NodeJS.WriteStream): number => (stream.isTTY && stream.columns ? Math.min(stream.columns, HELP_WIDTH) : HELP_WIDTH);

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
    await program.parseAsync(argv);
    return exitCodes.get(program) ?? 0;
  } catch (error) {
    const { code, line } = failureOf(error, helpFor(program, argv));
    if (line) process.stderr.write(line);
    return code;
  }
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
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return { code: 0, line: '' };
    const message = error.message.replace(/^error: /, '').split('\n')[0];
    return { code: EXIT_USAGE, line: `actionlog: ${message} (see "${help}")\n` };
  }
  const debug = process.env.ACTIONLOG_DEBUG === '1' ? `${(error as Error)?.stack ?? String(error)}\n` : '';
  if (error instanceof ActionlogError) return { code: error.exitCode, line: `${debug}actionlog: ${terminalSafe(error.message)}\n` };
  const text = error instanceof Error ? error.message : String(error);
  return { code: EXIT_FAILURE, line: `${debug}actionlog: unexpected error: ${terminalSafe(text)} (set ACTIONLOG_DEBUG=1 for details)\n` };
}
