// Tables of data in Word — an action log, "Action | Owner | Due | Status" — read row by row.
// A plain-text reading gives each cell as a paragraph of its own, so a row's action, owner and
// due come out as unrelated lines; here each row of such a table becomes one line with its
// cells set apart by " | ", as a flattened table is written. Tables that only lay out the
// minutes (a minute's number beside its text) are left as paragraphs: they are told apart by
// their first row, which in a table of data names the columns.
import type { Document, Element } from '@xmldom/xmldom';
import { child, children, insideChoice, isOn, textRun, W } from './wordXml.js';

/** The words of a cell or paragraph as read: text and tabs, not deleted text or field codes. */
function textOf(element: Element): string {
  let text = '';
  const walk = (node: Element) => {
    for (let at = node.firstChild; at; at = at.nextSibling) {
      if (at.nodeType !== 1) continue;
      const el = at as Element;
      if (el.namespaceURI === W && el.localName === 'del') continue;
      if (el.namespaceURI === W && el.localName === 't') text += el.textContent ?? '';
      else if (el.namespaceURI === W && (el.localName === 'tab' || el.localName === 'br' || el.localName === 'cr'))
        text += ' ';
      else if (el.localName !== 'Choice') walk(el); // a text box's copy for newer readers: the fallback copy is read
    }
  };
  walk(element);
  return text.replace(/\s+/g, ' ').trim();
}

const cellsOf = (row: Element): Element[] => children(row, 'tc');
const paragraphsOf = (cell: Element): string[] => children(cell, 'p').map(textOf).filter(Boolean);

/** A column's name: a few words, no sentence, not a number or a clause marker ("Action", "By whom", "No."). */
function isColumnName(text: string): boolean {
  if (text.length > 32 || text.split(' ').length > 4) return false;
  if (/^[\d(]/.test(text) || /[;:,]$/.test(text)) return false;
  return !text.endsWith('.') || text.length <= 5;
}

/** A table of data: its first row names the columns (or Word repeats it as a header), and every other cell is one paragraph. */
function isDataTable(table: Element): boolean {
  const rows = children(table, 'tr');
  if (rows.length < 2 || table.getElementsByTagNameNS(W, 'tbl').length > 0) return false;
  const [head, ...body] = rows;
  const names = cellsOf(head).map((cell) => paragraphsOf(cell).join(' '));
  if (names.filter(Boolean).length < 2) return false;
  const repeatedHeader = isOn(child(child(head, 'trPr'), 'tblHeader'));
  if (!repeatedHeader && !names.every((name) => name === '' || isColumnName(name))) return false;
  return body.every((row) => cellsOf(row).every((cell) => paragraphsOf(cell).length <= 1));
}

/** Each table of data becomes its rows, one line each ("12(b) | Report on bus shelters | Clerk | March"); false when there is none. */
export function flattenDataTables(document: Document): boolean {
  let changed = false;
  for (const table of Array.from(document.getElementsByTagNameNS(W, 'tbl'))) {
    if (insideChoice(table) || !table.parentNode || !isDataTable(table)) continue;
    for (const row of children(table, 'tr')) {
      const line = cellsOf(row)
        .map((cell) => paragraphsOf(cell).join(' ').replace(/\|/g, '/'))
        .join(' | ');
      const paragraph = document.createElementNS(W, 'w:p');
      paragraph.appendChild(textRun(document, line));
      table.parentNode.insertBefore(paragraph, table);
    }
    table.parentNode.removeChild(table);
    changed = true;
  }
  return changed;
}
