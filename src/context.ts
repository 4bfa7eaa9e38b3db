// Everything a command needs from the outside world, gathered once at the top as values: the
// store, today (from --as-of or the clock), the output format, colour, the terminal's width,
// and who is acting. A run function sees only this (tests/commands build one by hand).
import os from 'node:os';
import path from 'node:path';
import { parseDate, toIso, typedDateProblem } from './domain/dates.js';
import type { IsoDate } from './domain/types.js';
import { usageError } from './errors.js';
import { colourChoice, loadPalette, type Palette } from './render/colour.js';
import { openStore, type ActionStore, type Actor } from './store/index.js';

/** What a command can print on the screen. */
export const TEXT_FORMATS = ['table', 'json', 'csv', 'md', 'html'] as const;
/** What only goes to a file (Word, Excel, an email draft, a calendar): each command says which it writes. */
export const FILE_FORMATS = ['docx', 'xlsx', 'eml', 'ics'] as const;
export const FORMATS = [...TEXT_FORMATS, ...FILE_FORMATS] as const;
export type TextFormat = (typeof TEXT_FORMATS)[number];
export type FileFormat = (typeof FILE_FORMATS)[number];
export type Format = (typeof FORMATS)[number];

export interface GlobalOptions {
  data?: string;
  asOf?: string;
  format?: string;
  json?: boolean;
  color?: boolean;
  by?: string;
  /** --limit <rows> as typed, or false for --no-limit. */
  limit?: string | false;
}

export interface Context {
  store: ActionStore;
  today: IsoDate;
  format: Format;
  /** True when the user did not choose a format, so a command may pick its own default. */
  formatChosen: boolean;
  /** The colours, or null when colour is off (render/colour.ts: --no-color, FORCE_COLOR, NO_COLOR, not a terminal). */
  colour: Palette | null;
  /** Terminal width for tables; null when not on a terminal, where tables have no width limit (one row, one line). */
  columns: number | null;
  /** stdout is a terminal: tables get borders. */
  terminal: boolean;
  /** Most rows a terminal table shows before saying how many it left out; null for all. */
  limit: number | null;
  /** stdin and stdout are both a terminal, so prompting is allowed. */
  interactive: boolean;
  actor(): Actor;
  /** The name --by gave, or null: who signs a chase letter, and whom a returned sheet's updates are from. */
  by: string | null;
  /** Writes to stdout at once: what a command shows before it asks a question. */
  print(text: string): void;
}

export function defaultStorePath(env: NodeJS.ProcessEnv = process.env): string {
  const base = env.XDG_DATA_HOME || path.join(os.homedir(), '.local', 'share');
  return path.join(base, 'actionlog', 'actionlog.json');
}

/** Where the log is, as given: a file path or a postgres: location (openStore tells which). */
export function storeLocation(options: GlobalOptions, env: NodeJS.ProcessEnv = process.env): string {
  return options.data || env.ACTIONLOG_DATA || defaultStorePath(env);
}

export function parseFormat(options: GlobalOptions): Format {
  if (options.json) {
    if (options.format && options.format !== 'json')
      throw usageError(`--json and --format ${options.format} disagree; give one`);
    return 'json';
  }
  const format = (options.format ?? 'table').toLowerCase();
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw usageError(`--format "${options.format}" is not a format; use one of ${FORMATS.join(', ')}`);
  }
  return format as Format;
}

/** A page of rows on a terminal, so that 30,000 items do not scroll past; piped output is never cut. */
export const DEFAULT_TABLE_LIMIT = 50;

export function parseLimit(value: string | false | undefined, terminal: boolean): number | null {
  if (value === false) return null;
  if (value === undefined) return terminal ? DEFAULT_TABLE_LIMIT : null;
  const rows = Number(value);
  if (!Number.isInteger(rows) || rows < 1)
    throw usageError(`--limit "${value}" is not a number of rows; give a whole number from 1, or --no-limit`);
  return rows;
}

export function parseAsOf(value: string | undefined, clock: () => Date): IsoDate {
  if (value === undefined) return toIso(clock());
  const problem = typedDateProblem(value);
  if (problem !== null) throw usageError(`--as-of "${value}" ${problem}`);
  return parseDate(value)!;
}

function whoAmI(): string {
  try {
    return os.userInfo().username;
  } catch {
    return process.env.USER || 'unknown';
  }
}

/** The context of a command run from the command line, with these global options. */
export async function makeContext(options: GlobalOptions, clock: () => Date = () => new Date()): Promise<Context> {
  const format = parseFormat(options);
  const today = parseAsOf(options.asOf, clock);
  const colour = colourChoice({
    noColorFlag: options.color === false,
    env: process.env,
    terminal: Boolean(process.stdout.isTTY),
  });
  return {
    // Only `init` at the default location, which nobody chose, may create the log's folder.
    store: openStore(storeLocation(options), {
      createFolder: !options.data && !process.env.ACTIONLOG_DATA,
      onWait: () => process.stderr.write('Waiting for another change to finish…\n'),
    }),
    today,
    format,
    formatChosen: Boolean(options.json || options.format),
    colour: colour === null ? null : await loadPalette(colour),
    columns: process.stdout.isTTY ? process.stdout.columns || 100 : null,
    terminal: Boolean(process.stdout.isTTY),
    limit: parseLimit(options.limit, Boolean(process.stdout.isTTY)),
    // stdout first: piped output never needs stdin, which costs a few milliseconds to set up.
    interactive: Boolean(process.stdout.isTTY && process.stdin.isTTY),
    // Only changes record who made them: a read need not ask the system for the user name.
    actor: () => ({ at: clock().toISOString(), by: options.by?.trim() || whoAmI() }),
    by: options.by?.trim() || null,
    print: (text) => process.stdout.write(text),
  };
}
