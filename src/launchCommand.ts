// What each bundle runs (see commandWords.ts): the root program with only the commands it
// holds, or, for `actionlog --help`, stubs made from each command's name and one line,
// worked out at build time (helpIndex.ts), so that the help needs none of their code.
import { Help, type Command } from 'commander';
import { commandSummaries } from './helpIndex.js';
import { rootProgram, runProgram } from './program.js';
import { mark } from './timing.js';

export type Register = (program: Command) => void;

/** Runs the command line with these commands registered; resolves to the exit code. */
export async function launchCommand(registers: Register[], argv: string[] = process.argv): Promise<number> {
  const program = rootProgram();
  for (const register of registers) register(program);
  mark('command registered');
  return runProgram(program, argv);
}

/** `actionlog`, `actionlog --help` and `actionlog help`: the list of commands. */
export async function launchHelp(argv: string[] = process.argv): Promise<number> {
  const program = rootProgram();
  await addSummaries(program);
  return runProgram(program, argv);
}

/** Each command as a stub with the name, usage and description the real one shows in help. */
export async function addSummaries(program: Command): Promise<void> {
  const summaries = await commandSummaries();
  const byName = new Map(summaries.map((s) => [s.name, s]));
  for (const summary of summaries) program.command(summary.name).description(summary.description);
  program.configureHelp({
    ...program.configureHelp(),
    subcommandTerm: (command) => byName.get(command.name())?.term ?? new Help().subcommandTerm(command),
    subcommandDescription: (command) => byName.get(command.name())?.description ?? command.description(),
  });
}
