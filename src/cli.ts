// The full program, every command in the registry wired in: for tests, scripts and the
// build's help index. The built CLI loads only the command being run (launch.ts).
import type { Command } from 'commander';
import { COMMAND_MODULE_NAMES, COMMANDS } from './commands/registry.js';
import { rootProgram, runProgram } from './program.js';

export async function buildProgram(): Promise<Command> {
  const program = rootProgram();
  const modules = await Promise.all(COMMAND_MODULE_NAMES.map((name) => COMMANDS[name].load()));
  for (const module of modules) module.register(program);
  return program;
}

/** Runs the CLI with every command registered; resolves to the exit code. */
export async function main(argv: string[] = process.argv): Promise<number> {
  return runProgram(await buildProgram(), argv);
}
