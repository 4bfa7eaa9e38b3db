// Minutes as clerks write them in Word: the document's paragraphs as lines, with the markers
// of Word's automatic numbering written in (wordNumbering.ts), so that "(a) … (d)" made by a
// numbered list reads as the same clauses as typed ones.
import { strFromU8, strToU8, unzipSync, zipSync, type Unzipped } from 'fflate';
import { numberParagraphs, readXml } from './wordNumbering.js';

const RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** The parts a package's relationships name by type ("officeDocument", "numbering", "styles"), as paths in the archive. */
function related(files: Unzipped, relsPath: string, base: string): Map<string, string> {
  const parts = new Map<string, string>();
  const rels = files[relsPath];
  if (!rels) return parts;
  const root = readXml(strFromU8(rels)).documentElement;
  for (const rel of Array.from(root?.getElementsByTagNameNS(RELATIONSHIPS, 'Relationship') ?? [])) {
    const type = rel.getAttribute('Type')?.split('/').pop();
    const target = rel.getAttribute('Target');
    if (!type || !target || rel.getAttribute('TargetMode') === 'External') continue;
    parts.set(type, target.startsWith('/') ? target.slice(1) : `${base}${target}`);
  }
  return parts;
}

/** The .docx with its numbered paragraphs' markers written in as text; as it was when nothing is numbered. */
export function withNumbersWritten(bytes: Uint8Array): Uint8Array {
  const files = unzipSync(bytes);
  try {
    return numbersWritten(files) ?? bytes;
  } catch {
    // XML Word would have trouble with too: the text as mammoth reads it (or its own complaint), without markers.
    return bytes;
  }
}

/** The archive with the markers written in, or null when nothing is numbered. */
function numbersWritten(files: Unzipped): Uint8Array | null {
  const main = related(files, '_rels/.rels', '').get('officeDocument') ?? 'word/document.xml';
  const folder = main.slice(0, main.lastIndexOf('/') + 1);
  const parts = related(files, `${folder}_rels/${main.slice(folder.length)}.rels`, folder);
  const read = (name: string | undefined) => (name && files[name] ? strFromU8(files[name]) : null);
  const document = read(main);
  const numbering = read(parts.get('numbering'));
  if (document === null || numbering === null) return null;
  const numbered = numberParagraphs(document, numbering, read(parts.get('styles')));
  if (numbered === document) return null;
  // Stored, not compressed: the archive is read once, straight away.
  return zipSync({ ...files, [main]: strToU8(numbered) }, { level: 0 });
}

export async function readDocx(bytes: Buffer): Promise<string> {
  const mammoth = (await import('mammoth')).default;
  const result = await mammoth.extractRawText({ buffer: Buffer.from(withNumbersWritten(bytes)) });
  return result.value;
}
