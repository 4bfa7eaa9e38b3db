// Reads a minutes file into plain text, loading the library for its format only when
// that format is read: Word and PDF support is heavy and most runs never need it.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { usageError } from '../../errors.js';
import { signatureProblem } from './signature.js';

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
    throw usageError(unreadable(file, (error as NodeJS.ErrnoException).code));
  }
  const name = path.basename(file);
  const wrongKind = signatureProblem(name, extension, bytes);
  if (wrongKind) throw usageError(wrongKind);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  try {
    const text = await (await load())(bytes);
    return { text: text.replace(/^\ufeff/, ''), sha256 };
  } catch (error) {
    const what = extension === '.docx' ? 'a Word document' : extension === '.pdf' ? 'a PDF' : extension.slice(1);
    throw usageError(
      `${name} could not be read as ${what}; it may be damaged or protected (${(error as Error).message.split('\n')[0]}); save it again, or import it as .txt`,
    );
  }
}

/** Why a file could not be opened, in words (no ENOENT). */
function unreadable(file: string, code: string | undefined): string {
  const where = path.isAbsolute(file) ? '' : ` in ${process.cwd()}`;
  if (code === 'ENOENT') return `there is no file "${file}"${where}; check the name, or give the file's full path`;
  if (code === 'EISDIR') return `"${file}" is a folder, not a file; give the minutes file inside it`;
  if (code === 'EACCES' || code === 'EPERM')
    return `you are not allowed to read "${file}"; ask whoever shared it, or copy it somewhere you can read`;
  return `cannot read "${file}" (${code ?? 'unreadable'}); give a readable ${ACCEPTED_MINUTES} file`;
}
