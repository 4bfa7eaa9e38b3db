// Which bundle runs a command line. The build (scripts/build.mjs) makes one file per command
// module, `cmd-<module>.js`, holding that command and all it needs, so that a command loads
// one file rather than a dozen chunks; `cmd-help.js` answers `actionlog --help` from the
// commands' summaries, and `cmd-all.js` registers every command, so that commander can name
// a mistyped one and suggest the nearest. Kept apart from launch.ts so that the entry loads
// nothing but this table.

/** Every top-level command, by the word typed, and its module in src/commands (cli.ts lists the same). */
export const COMMAND_MODULES: Readonly<Record<string, string>> = {
  init: 'init',
  committee: 'committee',
  meeting: 'meeting',
  add: 'add',
  record: 'record',
  import: 'import',
  list: 'list',
  show: 'show',
  update: 'update',
  done: 'update',
  drop: 'update',
  defer: 'update',
  overdue: 'overdue',
  'carry-forward': 'carryForward',
  'sign-off': 'signOff',
  report: 'report',
  history: 'history',
  undo: 'undo',
  recover: 'recover',
};

/** The width help is laid out for (narrower only on a narrower terminal). */
export const HELP_WIDTH = 80;

/** Global options that take a value, so that the value is not taken for the command. */
const VALUE_OPTIONS = new Set(['--data', '--as-of', '-f', '--format', '--by', '--limit']);

const moduleOf = (word: string | undefined): string | undefined =>
  word !== undefined && Object.hasOwn(COMMAND_MODULES, word) ? COMMAND_MODULES[word] : undefined;

/** The bundle for these arguments (process.argv without node and the script): a module name, 'help' or 'all'. */
export function bundleFor(args: string[]): string {
  const [first, second] = operands(args);
  if (first === undefined || (first === 'help' && second === undefined)) return 'help';
  return moduleOf(first === 'help' ? second : first) ?? 'all';
}

/** The first two words that are not options or their values. */
function operands(args: string[]): (string | undefined)[] {
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
