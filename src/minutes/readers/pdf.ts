// Minutes as councils publish them: pdf.js gives positioned pieces of text, which are put
// back into lines (same baseline → same line, a wide gap → a space) and pages, a form feed
// between pages. Page furniture goes first, by position (pageFurniture.ts): a browser's print
// header and footer, and running headers and footers repeated page after page.
import { importPackage } from '../../packageImport.js';
import { withoutFurniture, type Page } from './pageFurniture.js';
import { linesOf, type Piece } from './pdfLines.js';

export async function readPdf(bytes: Buffer): Promise<string> {
  const pdfjs = await importPackage<typeof import('pdfjs-dist/legacy/build/pdf.mjs')>(
    'pdfjs-dist/legacy/build/pdf.mjs',
  );
  const document = await pdfjs.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    verbosity: 0,
  }).promise;
  const pages: Page[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const page = await document.getPage(n);
    const content = await page.getTextContent();
    const pieces: Piece[] = [];
    for (const item of content.items) {
      if (!('str' in item) || !item.str) continue;
      pieces.push({
        str: item.str,
        x: item.transform[4],
        y: item.transform[5],
        width: item.width,
        height: item.height || Math.abs(item.transform[3]),
      });
    }
    const [, bottom, , top] = page.view;
    pages.push({ pieces, bottom, top });
  }
  await document.destroy();
  return withoutFurniture(pages)
    .map((pieces) => linesOf(pieces).join('\n'))
    .join('\n\f\n');
}
