// Wires every command into commander (see program.ts for the root and error handling).
// Tests and scripts use this; the built CLI loads only the bundle of the command asked for —
// a command added here must be added to commandWords.ts's table too (the build checks).
import type { Command } from 'commander';
import { rootProgram, runProgram } from './program.js';
import * as init from './commands/init.js';
import * as committee from './commands/committee.js';
import * as meeting from './commands/meeting.js';
import * as add from './commands/add.js';
import * as list from './commands/list.js';
import * as show from './commands/show.js';
import * as update from './commands/update.js';
import * as history from './commands/history.js';
import * as undo from './commands/undo.js';
import * as overdue from './commands/overdue.js';
import * as carryForward from './commands/carryForward.js';
import * as signOff from './commands/signOff.js';
import * as chairReport from './commands/report.js';
import * as record from './commands/record.js';
import * as recover from './commands/recover.js';
import * as importMinutes from './commands/import.js';

const COMMANDS = [init, committee, meeting, add, record, importMinutes, list, show, update, overdue, carryForward, signOff, chairReport, history, undo, recover];

export function buildProgram(): Command {
  const program = rootProgram();
  for (const command of COMMANDS) command.register(program);
  return program;
}

/** Runs the CLI with every command registered; resolves to the exit code. */
export async function main(argv: string[] = process.argv): Promise<number> {
  return runProgram(buildProgram(), argv);
}
