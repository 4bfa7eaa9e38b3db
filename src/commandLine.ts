// The root command line's global options and help width: plain values, light enough for the
// entry (main.ts) to use before it loads commander or any command.

/** Every global option: its flags as commander takes them, and its help line (program.ts adds them). */
export const GLOBAL_OPTIONS: readonly (readonly [flags: string, description: string])[] = [
  ['--data <file-or-url>', 'the action log: a file, or postgres://user@host/database (default: $ACTIONLOG_DATA, else ~/.local/share/actionlog/actionlog.json)'],
  ['--as-of <date>', 'treat this date as today (for papers prepared in advance)'],
  ['-f, --format <format>', 'output format: table, json, csv, md or html; to a file (--output) also docx and xlsx, eml (chase) and ics (calendar)'],
  ['--json', 'short for --format json'],
  ['--no-color', 'no colour (also off when not on a terminal or when NO_COLOR is set)'],
  ['--by <name>', 'who is making the change, for the history (default: your user name)'],
  ['--limit <rows>', 'at most this many rows in each table on a terminal (default 50)'],
  ['--no-limit', 'every row, however many'],
];

/** The width help is laid out for (narrower only on a narrower terminal). */
export const HELP_WIDTH = 80;
