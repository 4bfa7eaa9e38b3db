// Page furniture told by position: a browser's print header and footer on even one page, and
// running headers and footers repeated near the edges of page after page.
import { describe, expect, it } from 'vitest';
import { withoutFurniture, type Page, type Piece } from '../../src/minutes/readers/pageFurniture.js';
import { linesOf } from '../../src/minutes/readers/pdfLines.js';

// An A4 page in points; a piece is a run of text at (x, baseline y).
const piece = (str: string, x: number, y: number, height = 11): Piece => ({
  str,
  x,
  y,
  width: str.length * height * 0.5,
  height,
});
const page = (...pieces: Piece[]): Page => ({ pieces, bottom: 0, top: 842 });
const body = (top: number, ...lines: string[]) => lines.map((line, i) => piece(line, 56, top - i * 16));
const text = (pages: Page[]) => withoutFurniture(pages).map((pieces) => linesOf(pieces).join('\n'));

/** What Chromium prints in the margins: date and time with the page's title at the top, its address and the page count at the foot. */
const browser = (stamp: string, n: number, of: number) => [
  piece(stamp, 24, 819, 8),
  piece('Minutes - Ashcombe Parish Council', 245, 819, 8),
  piece('fi', 24, 17, 8), // pdf.js gives a ligature apart
  piece('le:///C:/Users/clerk/Downloads/minutes.html', 29, 17, 8),
  piece(`${n}/${of}`, 558, 17, 8),
];

describe('page furniture', () => {
  it.each(['05/12/2025, 09:41', '12/5/25, 9:41 AM', '5.12.2025, 09:41'])(
    "a browser's header and footer on a single printed page (%s)",
    (stamp) => {
      const [printed] = text([
        page(...browser(stamp, 1, 1), ...body(780, '12. Play area', 'RESOLVED: That the Clerk obtain quotations.')),
      ]);
      expect(printed).toBe('12. Play area\nRESOLVED: That the Clerk obtain quotations.');
    },
  );

  it("Firefox's header and footer: the title then the address at the top, the page count then the date and time at the foot", () => {
    const firefox = [
      piece('Minutes - Ashcombe Parish Council', 36, 815, 8),
      piece('https://www.ashcombe-pc.example/minutes/2026-03', 380, 815, 8),
      piece('Page 1 of 1', 36, 22, 8),
      piece('05/03/2026, 10:02', 480, 22, 8),
    ];
    const [printed] = text([page(...firefox, ...body(780, '12. Play area'))]);
    expect(printed).toBe('12. Play area');
  });

  it('a web address at the foot of the page, alone or with the page count', () => {
    const [printed] = text([
      page(
        piece('https://democracy.example.gov.uk/ieListDocuments.aspx?MId=123', 24, 17, 8),
        piece('3/4', 558, 17, 8),
        ...body(780, '7. Roads'),
      ),
    ]);
    expect(printed).toBe('7. Roads');
  });

  it('a running header repeated on every page goes, even where it shares a baseline with the first line of a page', () => {
    const header = (y: number) => piece('Ashcombe Parish Council · Full Council · 3 March 2026', 324, y, 9);
    const pages = [
      page(header(804), ...body(780, 'ASHCOMBE PARISH COUNCIL', '41. Apologies')),
      page(header(804), piece('44. Village hall roof', 47, 799, 14), ...body(760, 'RESOLVED:')),
      page(header(804), ...body(780, '46. Date of the next meeting')),
    ];
    expect(text(pages)).toEqual([
      'ASHCOMBE PARISH COUNCIL\n41. Apologies',
      '44. Village hall roof\n\nRESOLVED:',
      '46. Date of the next meeting',
    ]);
  });

  it('a running footer whose page number changes ("Page 2 of 3") goes', () => {
    const firstLines = ['41. Apologies', 'RESOLVED:', '46. Date of the next meeting'];
    const pages = firstLines.map((line, n) =>
      page(...body(780, line), piece(`Full Council 3 March 2026 – Page ${n + 1} of 3`, 200, 30, 9)),
    );
    expect(text(pages)).toEqual(firstLines);
  });

  it('keeps what only looks like furniture: a first line that does not repeat, an address or a time in the body, a repeated line mid-page', () => {
    const pages = [
      page(
        ...body(820, 'MINUTES OF THE PARKS PANEL'),
        ...body(600, 'The survey is at https://example.org/parks', '10:30 The Panel resumed.'),
        ...body(400, 'RESOLVED:'),
      ),
      page(...body(820, '5. Allotments'), ...body(400, 'RESOLVED:')),
    ];
    expect(text(pages)).toEqual([
      'MINUTES OF THE PARKS PANEL\n\nThe survey is at https://example.org/parks\n10:30 The Panel resumed.\n\nRESOLVED:',
      '5. Allotments\n\nRESOLVED:',
    ]);
  });

  it("a page's own first line, in its own type, stays even where it holds a date and time", () => {
    const [printed] = text([
      page(
        ...body(
          812,
          'Minutes of the meeting held on 3/3/2026, 19:30 at the Village Hall',
          '12. Play area',
          'RESOLVED: That the Clerk obtain quotations.',
        ),
      ),
    ]);
    expect(printed).toMatch(/^Minutes of the meeting held on 3\/3\/2026, 19:30/);
  });

  it('a two-page document: furniture on both pages is enough to tell', () => {
    const pages = ['Present: Councillors A and B', 'That the Clerk write to the school.'].map((line) =>
      page(piece('Draft – subject to approval', 56, 812, 9), ...body(780, line)),
    );
    expect(text(pages)).toEqual(['Present: Councillors A and B', 'That the Clerk write to the school.']);
  });
});
