// Page furniture in a PDF: what is printed on the page but is not the minutes. Two kinds, told
// by where they sit rather than by what they say:
// - running headers and footers (the council's name, the meeting, "Page 3 of 9"): the same
//   words, numbers aside, at the same height near the top or foot of page after page — found
//   piece by piece, because a running header can share a baseline with the page's first line;
// - a browser's print header and footer ("05/12/2026, 09:12  <page title>" across the top, the
//   page's address and "1/2" across the foot), in small type in the outer margin of even a
//   single page: a row there that holds a date and time or an address, or is a page counter, is
//   the browser's, with everything on its baseline.
import { rowsOf, rowText, type Piece } from './pdfLines.js';

export type { Piece };

export interface Page {
  pieces: Piece[];
  /** The page's lower and upper edges, in the same units as the pieces' baselines. */
  bottom: number;
  top: number;
}

/** How near the edges running headers and footers sit: a tenth of the page. */
const RUNNING_BAND = 0.1;
/** Where a browser prints its header and footer: the margin, about a twentieth of the page. */
const PRINT_MARGIN = 0.06;

const near = (page: Page, piece: Piece, share: number): boolean => {
  const band = (page.top - page.bottom) * share;
  return piece.y >= page.top - band || piece.y <= page.bottom + band;
};

/** The same words whatever the page number: digits stand for any number. */
const shape = (text: string): string => text.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim().toLowerCase();
const heightKey = (piece: Piece): number => Math.round(piece.y / 3);

// What browsers print in the margins: Chromium a date and time then the title across the top,
// the address then "1/2" across the foot; Firefox the title then the address across the top,
// "Page 1 of 2" (or "1 of 2") then a date and time across the foot.
const STAMP = /(?:^|\s)\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?\s+\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s|$)/i;
const ADDRESS = /(?:^|\s)(?:(?:https?|file):\/\/\S+|about:blank)(?:\s|$)/i;
const COUNTER = /^(?:page\s+)?\d{1,3}\s*(?:\/|of)\s*\d{1,3}$/i;

/** A row in a page's margin printed by a browser: it holds a date and time, or an address, or is a page counter. */
const browserPrinted = (text: string): boolean => {
  const row = text.trim();
  return STAMP.test(row) || ADDRESS.test(row) || COUNTER.test(row);
};

function median(values: number[]): number {
  const sorted = values.filter((v) => v > 0).sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)] : 0;
}

/** Each page's pieces without its furniture. */
export function withoutFurniture(pages: readonly Page[]): Piece[][] {
  // How many pages carry each piece near their edges, at the same height and in the same words.
  const carried = new Map<string, number>();
  const keysOf = pages.map((page) => {
    const keys = new Set(
      page.pieces
        .filter((piece) => near(page, piece, RUNNING_BAND) && shape(piece.str))
        .map((piece) => `${heightKey(piece)}\u0000${shape(piece.str)}`),
    );
    for (const key of keys) carried.set(key, (carried.get(key) ?? 0) + 1);
    return keys;
  });
  const enough = Math.max(2, Math.ceil(pages.length / 2));
  return pages.map((page, index) => {
    const running = (piece: Piece) =>
      keysOf[index].has(`${heightKey(piece)}\u0000${shape(piece.str)}`) &&
      (carried.get(`${heightKey(piece)}\u0000${shape(piece.str)}`) ?? 0) >= enough;
    const kept = page.pieces.filter(
      (piece) => !(near(page, piece, RUNNING_BAND) && shape(piece.str) && running(piece)),
    );
    // A browser prints them in type smaller than the page's own (the text between the margins).
    const body = median(kept.filter((piece) => !near(page, piece, PRINT_MARGIN)).map((piece) => piece.height));
    const margin = kept.filter((piece) => near(page, piece, PRINT_MARGIN) && (body === 0 || piece.height < 0.9 * body));
    const printed = new Set(
      rowsOf(margin)
        .filter((row) => browserPrinted(rowText(row)))
        .flat(),
    );
    return kept.filter((piece) => !printed.has(piece));
  });
}
