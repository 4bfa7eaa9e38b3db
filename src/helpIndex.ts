// Each top-level command's name, usage and one-line description, as `actionlog --help`
// lists them. Run from source, this registers every command to find out; the build
// (scripts/lib/help-index.mjs) replaces this module with the same list worked out at
// build time, so that the help needs none of the commands' code.
import type { Command } from 'commander';

export interface CommandSummary {
  name: string;
  /** The usage shown in the list, e.g. "add [options] <text>". */
  term: string;
  description: string;
}

export async function commandSummaries(): Promise<CommandSummary[]> {
  const { buildProgram } = await import('./cli.js');
  return summariesOf(buildProgram());
}

export function summariesOf(program: Command): CommandSummary[] {
  const help = program.createHelp();
  return program.commands.map((command) => ({
    name: command.name(),
    term: help.subcommandTerm(command),
    description: help.subcommandDescription(command),
  }));
}
