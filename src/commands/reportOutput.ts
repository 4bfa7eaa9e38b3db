// Where a report goes: stdout, or with --output a file written atomically (temporary
// file, then rename) so a half-written agenda paper never sits on the shared drive.
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { usageError } from '../errors.js';

const FORMAT_NAMES: Record<string, string> = {
  table: 'text', json: 'JSON', csv: 'CSV', md: 'Markdown', html: 'HTML',
};

/** The text for stdout: the report itself, or a line saying where it was written. */
export async function deliver(report: string, output: string | undefined, what: string, format: string): Promise<string> {
  if (output === undefined) return report;
  const file = path.resolve(output);
  if (output.trim() === '') throw usageError('--output needs a file name');
  try {
    await writeFileAtomic(file, report.endsWith('\n') ? report : `${report}\n`);
  } catch (error) {
    throw usageError(`cannot write ${file}: ${reason(error)}`);
  }
  return `Wrote the ${what} (${FORMAT_NAMES[format] ?? format}) to ${file}`;
}

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'its folder does not exist';
  if (code === 'EISDIR') return 'it is a folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return (error as Error)?.message ?? String(error);
}
