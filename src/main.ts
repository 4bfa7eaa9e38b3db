// The entry point the bundle runs: run the CLI and set the exit code (never process.exit
// mid-write, so output is flushed). The CLI itself is a separate chunk, loaded only when
// needed: `--version` is answered from here, at the cost of starting Node and nothing more.
import pkg from '../package.json' with { type: 'json' };

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
  process.exitCode = await launch();
}
