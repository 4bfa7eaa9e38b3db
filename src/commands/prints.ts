// What each command prints: the formats it can honour, and whether its tables are cut at
// --limit on a terminal. Declared where the command is wired (`prints(command, LISTS)` in
// register); the run layer (run.ts) refuses any other --format with one line naming these,
// and the help (program.ts) offers --format, --json and --limit only where they do something.
import type { Command } from 'commander';
import type { Format } from '../context.js';

export interface Prints {
  /** The formats it honours; 'table' (the default) first. */
  formats: readonly Format[];
  /** Its tables can be long, so a terminal shows --limit rows of them. */
  limit: boolean;
}

/** A line saying what was done, or the result as JSON: every command that declares nothing. */
export const MESSAGE: Prints = { formats: ['table', 'json'], limit: false };
/** A table of many rows (committees, meetings, history) in the formats a spreadsheet or a document takes. */
export const TABLES: Prints = { formats: ['table', 'json', 'csv', 'md'], limit: true };
/** A list of items or a report: every format, the printable HTML page too. */
export const REPORTS: Prints = { formats: ['table', 'json', 'csv', 'md', 'html'], limit: true };

const declared = new WeakMap<Command, Prints>();

/** Declares what `command` prints; returns it, for chaining. */
export function prints<C extends Command>(command: C, what: Prints): C {
  declared.set(command, what);
  return command;
}

export const printsOf = (command: Command): Prints => declared.get(command) ?? MESSAGE;

/** The words that run the command, as typed: "meeting list". */
export function commandWords(command: Command): string {
  const words: string[] = [];
  for (let c: Command | null = command; c?.parent; c = c.parent) words.unshift(c.name());
  return words.join(' ');
}

/** The formats, as a clerk reads them: "table (the default), json, csv or md". */
export function formatList(formats: readonly Format[]): string {
  const named = formats.map((f) => (f === 'table' ? 'table (the default)' : f));
  return named.length === 1 ? named[0] : `${named.slice(0, -1).join(', ')} or ${named.at(-1)}`;
}

/** Why `command` cannot print `format`, or null when it can. */
export function formatRefusal(command: Command, format: Format): string | null {
  const { formats } = printsOf(command);
  if (formats.includes(format)) return null;
  return `${commandWords(command)} cannot print ${format}; it prints ${formatList(formats)}`;
}
