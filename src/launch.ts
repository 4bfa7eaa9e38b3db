// The command line with only the command being run loaded: the root program (program.ts),
// and the one command module the arguments name (commandLine.ts, commands/registry.ts); for
// `actionlog --help`, stubs made from each command's name and one line, worked out at build
// time (helpIndex.ts), so that the help needs none of their code; for a word that is no
// command, every command, so that commander can name the nearest.
import { Help, type Command } from 'commander';
import { commandFor, COMMAND_MODULE_NAMES, COMMANDS, type CommandModule } from './commands/registry.js';
import { commandSummaries } from './helpIndex.js';
import { rootProgram, runProgram } from './program.js';
import { mark } from './timing.js';

/** Runs the command line; resolves to the exit code. `loaded` is the command's module when the caller has it already. */
export async function launch(argv: string[] = process.argv, loaded?: CommandModule): Promise<number> {
  const choice = commandFor(argv.slice(2));
  const program = rootProgram();
  if (choice === 'help') {
    await addSummaries(program);
  } else {
    const names = choice === 'all' ? COMMAND_MODULE_NAMES : [choice];
    const modules = loaded ? [loaded] : await Promise.all(names.map((name) => COMMANDS[name].load()));
    for (const module of modules) module.register(program);
    mark('command registered');
  }
  return runProgram(program, argv);
}

/** Each command as a stub with the name, usage and description the real one shows in help. */
async function addSummaries(program: Command): Promise<void> {
  const summaries = await commandSummaries();
  const byName = new Map(summaries.map((s) => [s.name, s]));
  for (const summary of summaries) program.command(summary.name).description(summary.description);
  program.configureHelp({
    ...program.configureHelp(),
    subcommandTerm: (command) => byName.get(command.name())?.term ?? new Help().subcommandTerm(command),
    subcommandDescription: (command) => byName.get(command.name())?.description ?? command.description(),
  });
}
