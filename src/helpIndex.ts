// Each top-level command's name, usage and one-line description, as `actionlog --help`
// lists them, and the whole of that help. Run from source, this registers every command to
// find out; the build (scripts/lib/build-plugins.mjs) replaces this module with the same,
// worked out at build time, so that the help needs none of the commands' code, and the
// plain `actionlog --help` none of commander's either (main.ts prints it).
import type { Command } from 'commander';
import { HELP_WIDTH } from './commandLine.js';

export interface CommandSummary {
  name: string;
  /** The usage shown in the list, e.g. "add [options] <text>". */
  term: string;
  description: string;
}

export async function commandSummaries(): Promise<CommandSummary[]> {
  const { buildProgram } = await import('./cli.js');
  return summariesOf(await buildProgram());
}

/** What `actionlog` alone prints (`bare`), and `actionlog --help`, `-h` or `help` (`full`), at full width. */
export interface RootHelp {
  bare: string;
  full: string;
}

export async function rootHelp(): Promise<RootHelp> {
  const { buildProgram } = await import('./cli.js');
  return rootHelpOf(await buildProgram());
}

export function rootHelpOf(program: Command): RootHelp {
  let full = '';
  program.configureOutput({ writeOut: (text) => (full += text), getOutHelpWidth: () => HELP_WIDTH });
  program.outputHelp();
  return { bare: program.helpInformation(), full };
}

export function summariesOf(program: Command): CommandSummary[] {
  const help = program.createHelp();
  return program.commands.map((command) => ({
    name: command.name(),
    term: help.subcommandTerm(command),
    description: help.subcommandDescription(command),
  }));
}
