// Real Word tables for report items: a header row that repeats on each page, rows that do
// not break across pages, fixed column widths that fit the page, and RAG shaded and worded.
import {
  BorderStyle,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  WidthType,
  type ITableCellOptions,
} from 'docx';
import { RAGS, type Rag } from '../../domain/rag.js';
import type { ReportItem } from '../../domain/reportItem.js';
import { ragLabel, type ReportColumn } from '../reportDoc.js';
import { paragraphs } from './text.js';
import { columnWidths, HEADER_FILL, RAG_FILL, SIZE } from './style.js';

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };
const MARGINS = { top: 40, bottom: 40, left: 80, right: 80 };

const shade = (fill: string): ITableCellOptions['shading'] => ({ type: ShadingType.CLEAR, color: 'auto', fill });

function cell(text: string, width: number, options: { bold?: boolean; fill?: string | null } = {}): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: MARGINS,
    ...(options.fill ? { shading: shade(options.fill) } : {}),
    children: paragraphs(text, { size: SIZE.table, bold: options.bold }),
  });
}

export function itemTable(columns: readonly ReportColumn[], rows: readonly ReportItem[], width: number): Table {
  const widths = columnWidths(
    columns.map((c) => c.header),
    width,
  );
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map((c, i) => cell(c.header, widths[i], { bold: true, fill: HEADER_FILL })),
  });
  const body = rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: columns.map((c, i) =>
          c.rag
            ? cell(c.value(row), widths[i], { bold: true, fill: RAG_FILL[row.rag] })
            : cell(c.value(row), widths[i]),
        ),
      }),
  );
  return new Table({
    rows: [header, ...body],
    columnWidths: widths,
    width: { size: width, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    borders: BORDERS,
  });
}

/** The RAG counts as one row of shaded, worded cells. */
export function countsTable(counts: Record<Rag, number>, width: number): Table {
  const each = Math.floor(width / RAGS.length);
  const widths = RAGS.map(() => each);
  return new Table({
    rows: [
      new TableRow({
        children: RAGS.map((rag) =>
          cell(`${ragLabel(rag)}: ${counts[rag]}`, each, { bold: true, fill: RAG_FILL[rag] }),
        ),
      }),
    ],
    columnWidths: widths,
    width: { size: each * RAGS.length, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    borders: BORDERS,
  });
}
