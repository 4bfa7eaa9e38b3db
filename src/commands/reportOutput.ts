// Where a report goes, and in what format: the one rule every command that writes a report
// uses (list, overdue, carry-forward, report, calendar). Then the report itself: stdout, or
// with --output a file written atomically (temporary file, flushed, then renamed) so that a
// half-written agenda paper never sits on the shared drive — the same mechanism as the
// store's own writes (store/atomicWrite.ts).
import path from 'node:path';
import type { Context, Format } from '../context.js';
import { usageError } from '../errors.js';
import { writeAtomic } from '../store/atomicWrite.js';
import { FILE_ONLY } from './prints.js';
import { ok, type Output } from './run.js';

export const FORMAT_NAMES: Record<Format, string> = {
  table: 'text',
  json: 'JSON',
  csv: 'CSV',
  md: 'Markdown',
  html: 'HTML',
  docx: 'Word',
  xlsx: 'Excel',
  eml: 'email',
  ics: 'iCalendar',
};

/** The format a file's extension names. */
const EXTENSION_FORMATS: Record<string, Format> = {
  '.docx': 'docx',
  '.xlsx': 'xlsx',
  '.html': 'html',
  '.htm': 'html',
  '.md': 'md',
  '.csv': 'csv',
  '.json': 'json',
  '.txt': 'table',
  '.ics': 'ics',
  '.eml': 'eml',
};

export interface Destination<F extends Format> {
  format: F;
  /** The file, resolved; null for stdout. */
  file: string | null;
}

/**
 * The format and the file: `--format` (or `--json`) when given, else the extension of the
 * `--output` file, else the command's first format. Refused with exit 2, before anything is
 * read or written: a format and an extension that disagree (`--format md --output x.docx`),
 * an extension that names no format actionlog writes, a format this report is not written
 * in, and a Word or Excel file with nowhere to go (no `--output`).
 */
export function destination<F extends Format>(
  context: Context,
  output: string | undefined,
  accepts: readonly F[],
  what: string,
): Destination<F> {
  if (output !== undefined && output.trim() === '') throw usageError('--output needs a file name');
  const extension = output === undefined ? '' : path.extname(output).toLowerCase();
  const named = EXTENSION_FORMATS[extension];
  // A format other than the default was chosen, whatever formatChosen says (a context made by hand).
  const chosen = context.formatChosen || context.format !== 'table' ? context.format : undefined;
  if (chosen && named && chosen !== named) {
    throw usageError(
      `--format ${chosen} and --output ${output} disagree: a ${extension} file is ${FORMAT_NAMES[named]}; give one of them, or the same format in both`,
    );
  }
  if (!chosen && extension !== '' && !named) {
    throw usageError(
      `cannot tell the format from "${output}": name the file ${extensionsOf(accepts)}, or give --format ${accepts.join('|')}`,
    );
  }
  const format = (chosen ?? named ?? accepts[0]) as F;
  if (!accepts.includes(format)) {
    const how = chosen ? `--format ${format}` : `a ${extension} file`;
    throw usageError(
      `the ${what} is not written as ${FORMAT_NAMES[format]} (${how}); use --format ${accepts.join(', ')}`,
    );
  }
  if (output === undefined && FILE_ONLY.includes(format)) {
    throw usageError(
      `--format ${format} writes a ${FORMAT_NAMES[format]} file, not the screen: give --output <file>${extensionOf(format)}`,
    );
  }
  return { format, file: output === undefined ? null : path.resolve(output) };
}

const extensionOf = (format: Format): string =>
  Object.keys(EXTENSION_FORMATS).find((e) => EXTENSION_FORMATS[e] === format) ?? '';

const extensionsOf = (formats: readonly Format[]): string =>
  formats
    .map(extensionOf)
    .filter((e) => e !== '')
    .join(', ');

/**
 * The report on stdout; or, with a file, nothing there, the report having gone to the file,
 * and a line saying where on stderr, so that stdout holds only the report (with --json, one
 * JSON document or nothing, as scripts expect).
 */
export async function deliver(report: string | Buffer, to: Destination<Format>, what: string): Promise<Output> {
  if (to.file === null) return ok(report.toString());
  await writeFile(to.file, typeof report === 'string' && !report.endsWith('\n') ? `${report}\n` : report);
  return ok('', `Wrote the ${what} (${FORMAT_NAMES[to.format]}) to ${to.file}`);
}

/** A file written atomically; a usage error (exit 2) saying why it could not be. */
export async function writeFile(file: string, content: string | Buffer): Promise<void> {
  try {
    await writeAtomic(file, content);
  } catch (error) {
    throw usageError(`cannot write ${file}: ${reason(error)}`);
  }
}

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'its folder does not exist';
  if (code === 'EISDIR') return 'it is a folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return (error as Error)?.message ?? String(error);
}
