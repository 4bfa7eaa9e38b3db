// Minutes as clerks write them in Word: the document's paragraphs as lines (read by mammoth),
// once two things a plain-text reading loses are written into the document: the markers of
// Word's automatic numbering (wordNumbering.ts), so that "(a) … (d)" made by a numbered list
// reads as the same clauses as typed ones, and the rows of tables of data (wordTables.ts), so
// that an action log's row keeps its action, owner and due together.
import { importPackage } from '../../packageImport.js';
import { strFromU8, strToU8, unzipSync, zipSync, type Unzipped } from 'fflate';
import { numberParagraphsIn } from './wordNumbering.js';
import { flattenDataTables } from './wordTables.js';
import { readXml, writeXml } from './wordXml.js';

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

/** The .docx with its numbered paragraphs' markers written in and its tables of data as rows; as it was when there is neither. */
export function asClerksSeeIt(bytes: Uint8Array): Uint8Array {
  const files = unzipSync(bytes);
  try {
    return rewritten(files) ?? bytes;
  } catch {
    // XML Word would have trouble with too: the text as mammoth reads it (or its own complaint), without markers.
    return bytes;
  }
}

/** The archive rewritten, or null when there is nothing to write in. */
function rewritten(files: Unzipped): Uint8Array | null {
  const main = related(files, '_rels/.rels', '').get('officeDocument') ?? 'word/document.xml';
  const folder = main.slice(0, main.lastIndexOf('/') + 1);
  const parts = related(files, `${folder}_rels/${main.slice(folder.length)}.rels`, folder);
  const read = (name: string | undefined) => (name && files[name] ? strFromU8(files[name]) : null);
  const xml = read(main);
  if (xml === null) return null;
  const document = readXml(xml);
  // Numbers first: a numbered paragraph in a table's cell keeps its marker in the row.
  const numbered = numberParagraphsIn(document, read(parts.get('numbering')), read(parts.get('styles')));
  const tables = flattenDataTables(document);
  if (!numbered && !tables) return null;
  // Stored, not compressed: the archive is read once, straight away.
  return zipSync({ ...files, [main]: strToU8(writeXml(document)) }, { level: 0 });
}

export async function readDocx(bytes: Buffer): Promise<string> {
  const mammoth = (await importPackage<{ default: typeof import('mammoth') }>('mammoth')).default;
  const result = await mammoth.extractRawText({ buffer: Buffer.from(asClerksSeeIt(bytes)) });
  return result.value;
}
