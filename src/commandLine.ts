// The root command line's global options, and which command module a command line runs:
// light enough for the entry (main.ts) to decide before it loads commander or any command.
import { moduleOf, type CommandModuleName } from './commands/registry.js';

/** Every global option: its flags as commander takes them, and its help line (program.ts adds them). */
export const GLOBAL_OPTIONS: readonly (readonly [flags: string, description: string])[] = [
  ['--data <file>', 'the action log file (default: $ACTIONLOG_DATA, else ~/.local/share/actionlog/actionlog.json)'],
  ['--as-of <date>', 'treat this date as today (for papers prepared in advance)'],
  ['-f, --format <format>', 'output format: table, json, csv, md or html'],
  ['--json', 'short for --format json'],
  ['--no-color', 'no colour (also off when not on a terminal or when NO_COLOR is set)'],
  ['--by <name>', 'who is making the change, for the history (default: your user name)'],
  ['--limit <rows>', 'at most this many rows in each table on a terminal (default 50)'],
  ['--no-limit', 'every row, however many'],
];

/** The width help is laid out for (narrower only on a narrower terminal). */
export const HELP_WIDTH = 80;

/** Global options that take a value, so that the value is not taken for the command. */
const VALUE_OPTIONS = new Set(
  GLOBAL_OPTIONS.filter(([flags]) => flags.includes('<')).flatMap(([flags]) => flags.split(/[, ]+/).filter((f) => f.startsWith('-'))),
);

/**
 * What these arguments (process.argv without node and the script) run: a command module,
 * 'help' for the list of commands, or 'all' for a word that is no command (every command is
 * then loaded, so that commander can suggest the nearest).
 */
export function commandFor(args: readonly string[]): CommandModuleName | 'help' | 'all' {
  const [first, second] = operands(args);
  if (first === undefined || (first === 'help' && second === undefined)) return 'help';
  return moduleOf(first === 'help' ? second : first) ?? 'all';
}

/** The first two words that are not options or their values. */
function operands(args: readonly string[]): (string | undefined)[] {
  const found: string[] = [];
  for (let i = 0; i < args.length && found.length < 2; i++) {
    const arg = args[i];
    if (arg === '--') {
      found.push(...args.slice(i + 1, i + 3));
      break;
    }
    if (arg.startsWith('-') && arg.length > 1) {
      if (VALUE_OPTIONS.has(arg)) i++;
      continue;
    }
    found.push(arg);
  }
  return [found[0], found[1]];
}
