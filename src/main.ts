// The entry point of the built CLI (dist/main.js): it answers --version and the plain --help
// itself, at the cost of starting Node and little more, and otherwise loads the one bundle
// that holds the command line (launch.ts) and the command being run (commandLine.ts picks it
// from commands/registry.ts; scripts/build.mjs makes one per command module), then exits
// with its code once the output is flushed (never mid-write).
import pkg from '../package.json' with { type: 'json' };
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
  // A path the bundler leaves alone: the bundles sit beside this file in dist/.
  const bundle = `./cmd-${commandFor(args)}.js`;
  const { run } = (await import(bundle)) as { run(argv: string[]): Promise<number> };
  mark('command line loaded');
  const code = await run(process.argv);
  process.exitCode = code;
  // Leave as soon as the output is out, rather than wait while V8 finishes collecting a
  // large store's garbage in the background: that wait is time a clerk sees and gains nothing.
  process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
}

