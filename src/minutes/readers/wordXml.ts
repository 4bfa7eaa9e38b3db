// Reading and writing WordprocessingML with xmldom: namespaced look-ups that do not depend on
// the prefix a producer chose, and XML that cannot be read failing quietly.
import { DOMParser, XMLSerializer, type Document, type Element } from '@xmldom/xmldom';

export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

/** XML that cannot be read throws (quietly: nothing on the console), for the caller to fall back. */
export function readXml(xml: string): Document {
  const parser = new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') throw new Error(message);
    },
  });
  return parser.parseFromString(xml, 'text/xml');
}

export const writeXml = (document: Document): string => new XMLSerializer().serializeToString(document);

/** The element's children in Word's namespace with this local name ("p", "tc", "numPr"). */
export const children = (parent: Element | null | undefined, name: string): Element[] => {
  const found: Element[] = [];
  if (!parent) return found;
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1 && (node as Element).namespaceURI === W && (node as Element).localName === name)
      found.push(node as Element);
  }
  return found;
};
export const child = (parent: Element | null | undefined, name: string): Element | null =>
  children(parent, name)[0] ?? null;
export const attr = (element: Element | null | undefined, name: string): string | null =>
  element?.hasAttributeNS(W, name) ? element.getAttributeNS(W, name) : null;
/** The w:val of the named child: most of Word's properties are written so. */
export const val = (parent: Element | null | undefined, name: string): string | null =>
  attr(child(parent, name), 'val');

/** A switch property (<w:isLgl/>, <w:tblHeader w:val="false"/>): on when present, unless its value says off. */
export const isOn = (element: Element | null): boolean =>
  element !== null && !['0', 'false', 'off'].includes(attr(element, 'val') ?? 'true');

/** Inside the copy of a text box that newer readers use (mc:Choice); mammoth, like older readers, reads the fallback copy. */
export function insideChoice(element: Element): boolean {
  for (let node = element.parentNode; node; node = node.parentNode) {
    if (node.nodeType === 1 && (node as Element).namespaceURI === MC && (node as Element).localName === 'Choice')
      return true;
  }
  return false;
}

/** A run of text, spaces kept. */
export function textRun(document: Document, text: string): Element {
  const run = document.createElementNS(W, 'w:r');
  const t = document.createElementNS(W, 'w:t');
  t.setAttribute('xml:space', 'preserve');
  t.appendChild(document.createTextNode(text));
  run.appendChild(t);
  return run;
}
