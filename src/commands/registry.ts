// The one list of actionlog's commands: the words that run each command module and a loader
// that loads it only when one of them is typed. The command line (launch.ts), the full
// program for tests and scripts (cli.ts), `actionlog --help` and the build all derive from
// this table (main.ts picks the bundle with commandFor, below). A new command is a module that exports `register(program)` and one line here;
// tests/cli/registry.test.ts fails if a command is reachable one way and not the other.
import type { Command } from 'commander';
import { operands } from '../commandLine.js';

/** What a command module exports: its wiring into commander (options, help, its run functions). */
export interface CommandModule {
  register(program: Command): void;
}

interface CommandEntry {
  /** The top-level words this module registers, in the order `actionlog --help` lists them. */
  words: readonly string[];
  load(): Promise<CommandModule>;
}

export const COMMANDS = {
  init: { words: ['init'], load: () => import('./init.js') },
  committee: { words: ['committee'], load: () => import('./committee.js') },
  meeting: { words: ['meeting'], load: () => import('./meeting.js') },
  owner: { words: ['owner'], load: () => import('./owner.js') },
  add: { words: ['add'], load: () => import('./add.js') },
  record: { words: ['record'], load: () => import('./record.js') },
  import: { words: ['import'], load: () => import('./import.js') },
  list: { words: ['list'], load: () => import('./list.js') },
  show: { words: ['show'], load: () => import('./show.js') },
  update: { words: ['update', 'done', 'drop', 'defer'], load: () => import('./update.js') },
  overdue: { words: ['overdue'], load: () => import('./overdue.js') },
  carryForward: { words: ['carry-forward'], load: () => import('./carryForward.js') },
  signOff: { words: ['sign-off'], load: () => import('./signOff.js') },
  chase: { words: ['chase'], load: () => import('./chase.js') },
  apply: { words: ['apply'], load: () => import('./apply.js') },
  calendar: { words: ['calendar'], load: () => import('./calendar.js') },
  move: { words: ['move'], load: () => import('./move.js') },
  report: { words: ['report'], load: () => import('./report.js') },
  history: { words: ['history'], load: () => import('./history.js') },
  undo: { words: ['undo'], load: () => import('./undo.js') },
  recover: { words: ['recover'], load: () => import('./recover.js') },
  migrate: { words: ['migrate'], load: () => import('./migrate.js') },
} as const satisfies Record<string, CommandEntry>;

export type CommandModuleName = keyof typeof COMMANDS;

export const COMMAND_MODULE_NAMES = Object.keys(COMMANDS) as CommandModuleName[];

/** The module that a top-level word runs; undefined for a word that is no command. */
export function moduleOf(word: string | undefined): CommandModuleName | undefined {
  if (word === undefined) return undefined;
  return COMMAND_MODULE_NAMES.find((name) => (COMMANDS[name].words as readonly string[]).includes(word));
}

/**
 * What these arguments (process.argv without node and the script) run: a command module,
 * 'help' for the list of commands, or 'all' for a word that is no command (every command is
 * then loaded, so that commander can suggest the nearest).
 */
export function commandFor(args: readonly string[]): CommandModuleName | 'help' | 'all' {
  const [first, second] = operands(args, 2);
  if (first === undefined || (first === 'help' && second === undefined)) return 'help';
  return moduleOf(first === 'help' ? second : first) ?? 'all';
}
