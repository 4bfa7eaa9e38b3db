// The root command line's global options and help width: plain values, light enough for the
// entry (main.ts) to use before it loads commander or any command.

/** Every global option: its flags as commander takes them, and its help line (program.ts adds them). */
export const GLOBAL_OPTIONS: readonly (readonly [flags: string, description: string])[] = [
  [
    '--data <file-or-url>',
    'the action log: a file, or postgres://user@host/database (default: $ACTIONLOG_DATA, else ~/.local/share/actionlog/actionlog.json)',
  ],
  ['--as-of <date>', 'treat this date as today (for papers prepared in advance)'],
  [
    '-f, --format <format>',
    "output format: table, json, csv, md or html where the command prints it; docx or xlsx to an --output file; eml for chase's drafts, ics for the calendar; a command's --help says which",
  ],
  ['--json', 'short for --format json'],
  ['--no-color', 'no colour (also off when not on a terminal or when NO_COLOR is set; FORCE_COLOR=1 forces it)'],
  ['--by <name>', 'who is making the change, for the history (default: your user name)'],
  ['--limit <rows>', 'at most this many rows in each table on a terminal (default 50)'],
  ['--no-limit', 'every row, however many'],
];

/** The width help is laid out for (narrower only on a narrower terminal). */
export const HELP_WIDTH = 80;

/** Global options that take a value, so that the value is not taken for the command. */
const VALUE_OPTIONS = new Set(
  GLOBAL_OPTIONS.filter(([flags]) => flags.includes('<')).flatMap(([flags]) =>
    flags.split(/[, ]+/).filter((f) => f.startsWith('-')),
  ),
);

/** The words that are not options or the values of global options (the first `most` of them). */
export function operands(args: readonly string[], most = Infinity): string[] {
  const found: string[] = [];
  for (let i = 0; i < args.length && found.length < most; i++) {
    const arg = args[i];
    if (arg === '--') {
      found.push(...args.slice(i + 1, i + 1 + (most - found.length)));
      break;
    }
    if (arg.startsWith('-') && arg.length > 1) {
      if (VALUE_OPTIONS.has(arg)) i++;
      continue;
    }
    found.push(arg);
  }
  return found;
}
