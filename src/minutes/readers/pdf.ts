// Minutes as councils publish them: pdf.js gives positioned pieces of text, which are put
// back into lines (same baseline → same line, a wide gap → a space) and pages, a form
// feed between pages so that page furniture can be recognised and dropped.

interface Piece {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export async function readPdf(bytes: Buffer): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, useSystemFonts: false, disableFontFace: true, verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const page = await document.getPage(n);
    const content = await page.getTextContent();
    const pieces: Piece[] = [];
    for (const item of content.items) {
      if (!('str' in item) || !item.str) continue;
      pieces.push({ str: item.str, x: item.transform[4], y: item.transform[5], width: item.width, height: item.height || Math.abs(item.transform[3]) });
    }
    pages.push(linesOf(pieces).join('\n'));
  }
  await document.destroy();
  return pages.join('\n\f\n');
}

export function linesOf(pieces: Piece[]): string[] {
  const rows: Piece[][] = [];
  for (const piece of [...pieces].sort((a, b) => b.y - a.y || a.x - b.x)) {
    const row = rows.find((r) => Math.abs(r[0].y - piece.y) <= Math.max(2, piece.height * 0.4));
    if (row) row.push(piece);
    else rows.push([piece]);
  }
  const lines: string[] = [];
  let previousY: number | null = null;
  let lineHeight = 12;
  for (const row of rows) {
    row.sort((a, b) => a.x - b.x);
    let text = '';
    let end: number | null = null;
    for (const piece of row) {
      const gap = end === null ? 0 : piece.x - end;
      if (end !== null && gap > piece.height * 0.15 && !text.endsWith(' ') && !piece.str.startsWith(' ')) text += gap > piece.height * 3 ? '   ' : ' ';
      text += piece.str;
      end = piece.x + piece.width;
    }
    const y = row[0].y;
    lineHeight = row[0].height || lineHeight;
    // A gap of more than a line and a half between baselines is a paragraph break.
    if (previousY !== null && previousY - y > lineHeight * 1.8) lines.push('');
    lines.push(text.trimEnd());
    previousY = y;
  }
  return lines;
}
