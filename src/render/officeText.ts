// Text from people and imported files, made safe for the XML inside Word, Excel and
// calendar files: terminal escape sequences and bidi overrides go (as for the terminal),
// and so does every character XML 1.0 cannot hold (most C0 controls, lone surrogates,
// U+FFFE/U+FFFF), which would otherwise leave a file Word or Excel calls corrupt.
import { terminalSafeLines } from './sanitize.js';

const NOT_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** The text with line breaks kept (as \n) and tabs as spaces; nothing an XML file cannot hold. */
export function officeText(text: string): string {
  return terminalSafeLines(text).replace(/\r\n?/g, '\n').replace(/\t/g, ' ').replace(NOT_XML, '');
}

/** Excel holds at most 32,767 characters in a cell; longer text is cut, and says so. */
export const EXCEL_CELL_LIMIT = 32_767;

export function excelText(text: string): string {
  const safe = officeText(text);
  if (safe.length <= EXCEL_CELL_LIMIT) return safe;
  const marker = ' … [cut: too long for one Excel cell]';
  return safe.slice(0, EXCEL_CELL_LIMIT - marker.length) + marker;
}
