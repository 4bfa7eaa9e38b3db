// Reads a minutes file into plain text, loading the library for its format only when
// that format is read: Word and PDF support is heavy and most runs never need it.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { usageError } from '../../errors.js';

export const ACCEPTED_MINUTES = '.txt, .md, .html, .htm, .docx or .pdf';

type Reader = (bytes: Buffer) => Promise<string>;

const READERS: Record<string, () => Promise<Reader>> = {
  '.txt': async () => async (bytes) => bytes.toString('utf8'),
  '.md': async () => async (bytes) => bytes.toString('utf8'),
  '.html': async () => (await import('./html.js')).readHtml,
  '.htm': async () => (await import('./html.js')).readHtml,
  '.docx': async () => (await import('./docx.js')).readDocx,
  '.pdf': async () => (await import('./pdf.js')).readPdf,
};

export async function readMinutesFile(file: string): Promise<{ text: string; sha256: string }> {
  const extension = path.extname(file).toLowerCase();
  const load = READERS[extension];
  if (!load) throw usageError(`cannot read ${path.basename(file)}: minutes are accepted as ${ACCEPTED_MINUTES}`);
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw usageError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? 'unreadable'}; give a readable ${ACCEPTED_MINUTES} file`);
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  try {
    const text = await (await load())(bytes);
    return { text: text.replace(/^\ufeff/, ''), sha256 };
  } catch (error) {
    throw usageError(`cannot read ${path.basename(file)} as ${extension.slice(1)} (${(error as Error).message.split('\n')[0]}); accepted: ${ACCEPTED_MINUTES}`);
  }
}
