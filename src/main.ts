// The entry point the bundle runs: run the CLI and set the exit code (never process.exit,
// so output is flushed).
import { main } from './cli.js';

process.exitCode = await main();
