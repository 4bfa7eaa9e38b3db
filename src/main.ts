// The entry point the bundle runs: run the CLI and set the exit code (never process.exit
// mid-write, so output is flushed).
import { main } from './cli.js';

// `actionlog list | head` closes the pipe early: that is the reader's choice, not a crash.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await main();
