// The entry point the bundle runs: run the CLI, and exit with its code once the output is
// flushed (never mid-write). The CLI itself is a separate chunk, loaded only when
// needed: `--version` is answered from here, at the cost of starting Node and nothing more.
import pkg from '../package.json' with { type: 'json' };
import { mark } from './timing.js';

mark('node started, main loaded');

// `actionlog list | head` closes the pipe early: that is the reader's choice, not a crash.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  process.stdout.write(`${pkg.version}\n`);
} else {
  const { launch } = await import('./launch.js');
  mark('command line loaded');
  const code = await launch();
  process.exitCode = code;
  // Leave as soon as the output is out, rather than wait while V8 finishes collecting a
  // large store's garbage in the background: that wait is time a clerk sees and gains nothing.
  process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
}
