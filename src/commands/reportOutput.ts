// Where a report goes: stdout, or with --output a file written atomically (temporary
// file, flushed, then renamed) so a half-written agenda paper never sits on the shared
// drive. The same mechanism as the store's own writes (store/atomicWrite.ts).
import path from 'node:path';
import { usageError } from '../errors.js';
import { writeAtomic } from '../store/atomicWrite.js';
import { ok, type Output } from './run.js';

const FORMAT_NAMES: Record<string, string> = {
  table: 'text', json: 'JSON', csv: 'CSV', md: 'Markdown', html: 'HTML',
};

/**
 * The report on stdout; or, with --output, nothing there, the report having gone to the
 * file, and a line saying where on stderr, so that stdout holds only the report (with
 * --json, one JSON document or nothing, as scripts expect).
 */
export async function deliver(report: string, output: string | undefined, what: string, format: string): Promise<Output> {
  if (output === undefined) return ok(report);
  const file = path.resolve(output);
  if (output.trim() === '') throw usageError('--output needs a file name');
  try {
    await writeAtomic(file, report.endsWith('\n') ? report : `${report}\n`);
  } catch (error) {
    throw usageError(`cannot write ${file}: ${reason(error)}`);
  }
  return ok('', `Wrote the ${what} (${FORMAT_NAMES[format] ?? format}) to ${file}`);
}

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'its folder does not exist';
  if (code === 'EISDIR') return 'it is a folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return (error as Error)?.message ?? String(error);
}
