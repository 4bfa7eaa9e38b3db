// The entry point of the built CLI (dist/main.js): it answers --version and the plain --help
// itself, at the cost of starting Node and little more, and otherwise loads the one bundle
// that holds the command line (launch.ts) and the command being run (commandLine.ts picks it
// from commands/registry.ts; scripts/build.mjs makes one per command module), then exits
// with its code once the output is flushed (never mid-write).
import pkg from '../package.json' with { type: 'json' };
import { requireBundle, saveCodeCache } from './bundles.js';
import { HELP_WIDTH } from './commandLine.js';
import { commandFor } from './commands/registry.js';
import { rootHelp } from './helpIndex.js';
import { mark } from './timing.js';

mark('node started, main loaded');

// `actionlog list | head` closes the pipe early: that is the reader's choice, not a crash.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

const args = process.argv.slice(2);
// The plain help, as commander would print it at full width, is worked out at build time.
const plainHelp = args.length === 0 || (args.length === 1 && ['--help', '-h', 'help'].includes(args[0]));
const fullWidth = !process.stdout.isTTY || (process.stdout.columns ?? 0) >= HELP_WIDTH;
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  process.stdout.write(`${pkg.version}\n`);
} else if (plainHelp && fullWidth) {
  // The text is part of this file: a few kilobytes cost every command less to parse than
  // a file of their own cost the help to load.
  const help = await rootHelp();
  process.stdout.write(args.length === 0 ? help.bare : help.full);
} else {
  if (process.env.ACTIONLOG_V8_DEFAULTS !== '1') await youngGenerationInOneStep();
  const data = dataOption(args) || process.env.ACTIONLOG_DATA;
  if (data && /^postgres(?:ql)?:/i.test(data)) {
    // Connecting to a database log is mostly waiting for the server: begun now, the wait
    // overlaps the loading of the command (the store takes the connection, store.ts).
    // (The store's bundle, as scripts/build.mjs names it; the command's store takes the same one.)
    requireBundle<typeof import('./store/postgres/store.js')>('./lazy-store-postgres-store.js').connectEarly(data);
  }
  // The bundles sit beside this file in dist/ (bundles.ts).
  const { run } = requireBundle<{ run(argv: string[]): Promise<number> }>(`./cmd-${commandFor(args)}.js`);
  mark('command line loaded');
  const code = await run(process.argv);
  process.exitCode = code;
  // Leave as soon as the output is out, rather than wait while V8 finishes collecting a
  // large store's garbage in the background: that wait is time a clerk sees and gains nothing.
  process.stdout.write('', () =>
    process.stderr.write('', () => {
      saveCodeCache();
      process.exit(code);
    }),
  );
}

/** The last --data value on the command line (as commander takes it), before any "--". */
function dataOption(args: string[]): string | undefined {
  let value: string | undefined;
  for (let i = 0; i < args.length && args[i] !== '--'; i++) {
    if (args[i] === '--data') value = args[++i];
    else if (args[i].startsWith('--data=')) value = args[i].slice('--data='.length);
  }
  return value;
}

/**
 * Lets V8 grow the space where new objects start (the young generation) to its full size
 * (16 MB at most, Node's own limit) the first time it grows, instead of doubling it step by
 * step. Reading a store makes tens of thousands of objects that all live to the end of the
 * command; growing by doubling, V8 copies them between ever larger spaces, which at 10,000
 * items took 35 ms of a report's 90 ms of work and pushed `report --format html` from 1.27×
 * to 1.4–1.7× the read floor in the bench (README, Performance).
 *
 * Node documents setting V8 flags after start-up as unsafe in general. This one only sizes
 * that space and is read each time the space grows; it changes no result. It is set before
 * the store is read, `tests/e2e/v8Flag.test.ts` holds every write to the same bytes with and
 * without it, and ACTIONLOG_V8_DEFAULTS=1 leaves V8 as it is.
 */
async function youngGenerationInOneStep(): Promise<void> {
  // Loaded here, not with the entry: node:v8 brings modules that --version does not need.
  const { setFlagsFromString } = await import('node:v8');
  setFlagsFromString('--semi-space-growth-factor=16');
}
