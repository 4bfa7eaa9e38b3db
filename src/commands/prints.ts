// What each command prints: the formats it can honour, and whether its tables are cut at
// --limit on a terminal. Declared where the command is wired (`prints(command, LISTS)` in
// register); the run layer (run.ts) refuses any other --format with one line naming these,
// and the help (program.ts) offers --format, --json and --limit only where they do something.
import type { Command } from 'commander';
import type { Format } from '../context.js';

export interface Prints {
  /** The formats it prints (on the screen, or to the --output file); its default first. */
  formats: readonly Format[];
  /** The formats it writes only to a file or folder (--output), never on the screen: Word, Excel, email drafts. */
  files?: readonly Format[];
  /** Its tables can be long, so a terminal shows --limit rows of them. */
  limit: boolean;
}

/** Formats that are never printed on the screen: a Word or Excel file, an email draft, is not text. */
export const FILE_ONLY: readonly Format[] = ['docx', 'xlsx', 'eml'];

/** A line saying what was done, or the result as JSON: every command that declares nothing. */
export const MESSAGE: Prints = { formats: ['table', 'json'], limit: false };
/** A table of many rows (committees, meetings, owners, history) in the formats a spreadsheet or a document takes. */
export const TABLES: Prints = { formats: ['table', 'json', 'csv', 'md'], limit: true };
/** A list of items: every format, the printable HTML page too, and an Excel workbook to a file. */
export const LISTS: Prints = { formats: ['table', 'json', 'csv', 'md', 'html'], files: ['xlsx'], limit: true };
/** A report for the agenda pack or the chair: as a list, and a Word paper too. */
export const REPORTS: Prints = {
  formats: ['table', 'json', 'csv', 'md', 'html'],
  files: ['docx', 'xlsx'],
  limit: true,
};

const declared = new WeakMap<Command, Prints>();

/** Declares what `command` prints; returns it, for chaining. */
export function prints<C extends Command>(command: C, what: Prints): C {
  declared.set(command, what);
  return command;
}

export const printsOf = (command: Command): Prints => declared.get(command) ?? MESSAGE;

/** Every format the command honours, printed or written; the first is its default. */
export const formatsOf = ({ formats, files = [] }: Prints): readonly Format[] => [...formats, ...files];

/** The words that run the command, as typed: "meeting list". */
export function commandWords(command: Command): string {
  const words: string[] = [];
  for (let c: Command | null = command; c?.parent; c = c.parent) words.unshift(c.name());
  return words.join(' ');
}

/** Formats as a clerk reads them, the first marked as the default: "table (the default), json, csv or md". */
export function formatList(formats: readonly Format[], marksDefault = true): string {
  const named = formats.map((f, i) => (i === 0 && marksDefault ? `${f} (the default)` : f));
  return named.length === 1 ? named[0] : `${named.slice(0, -1).join(', ')} or ${named.at(-1)}`;
}

/**
 * What the command prints, for its help and its refusals: "table (the default), json, csv,
 * md or html; to the --output file also docx or xlsx", or, for a command that only writes
 * files (chase), "eml (the default), docx or md, to the --output folder".
 */
export function formatsDescription(what: Prints): string {
  const files = what.files ?? [];
  if (what.formats.length === 0) return `${formatList(files)}, to the --output folder`;
  const printed = formatList(what.formats);
  return files.length === 0 ? printed : `${printed}; to the --output file also ${formatList(files, false)}`;
}

/** Why `command` cannot print `format`, or null when it can. */
export function formatRefusal(command: Command, format: Format): string | null {
  const what = printsOf(command);
  if (formatsOf(what).includes(format)) return null;
  const verb = what.formats.length === 0 ? 'writes' : 'prints';
  return `${commandWords(command)} cannot print ${format}; it ${verb} ${formatsDescription(what)}`;
}
