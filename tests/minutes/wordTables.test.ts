// Word tables as a clerk made them: a table of data (an action log) read row by row, a table
// that only lays out the minutes read as its paragraphs, as before.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { readMinutesFile } from '../../src/minutes/readers/index.js';

const dir = mkdtempSync(path.join(tmpdir(), 'actionlog-word-tables-'));

const cell = (...paragraphs: string[]) =>
  new TableCell({ children: paragraphs.map((text) => new Paragraph({ children: [new TextRun(text)] })) });
const row = (cells: (string | string[])[], header = false) =>
  new TableRow({ tableHeader: header, children: cells.map((c) => (Array.isArray(c) ? cell(...c) : cell(c))) });

async function read(name: string, ...children: (Paragraph | Table)[]): Promise<string> {
  const file = path.join(dir, name);
  writeFileSync(
    file,
    await Packer.toBuffer(
      new Document({
        sections: [{ children: [new Paragraph('5. Action log'), ...children, new Paragraph('6. Any other business')] }],
      }),
    ),
  );
  return (await readMinutesFile(file)).text.replace(/\n{2,}/g, '\n');
}

describe('tables in Word minutes', () => {
  it('a table of data comes through row by row, its cells set apart by " | "', async () => {
    const text = await read(
      'log.docx',
      new Table({
        rows: [
          row(['Ref', 'Action', 'Owner', 'Due', 'Status']),
          row(['12(b)', 'Report on bus shelters', 'Clerk', 'March 2026', 'In progress – quotes awaited']),
          row(['NEW', 'Survey the bus stops | shelters', 'Officers', '', 'Open']),
        ],
      }),
    );
    expect(text).toBe(
      [
        '5. Action log',
        'Ref | Action | Owner | Due | Status',
        '12(b) | Report on bus shelters | Clerk | March 2026 | In progress – quotes awaited',
        'NEW | Survey the bus stops / shelters | Officers |  | Open',
        '6. Any other business',
        '',
      ].join('\n'),
    );
  });

  it('a header row Word repeats on each page marks a table of data, whatever it says', async () => {
    const text = await read(
      'header.docx',
      new Table({
        rows: [
          row(['Minute reference of the original decision', 'What the committee asked for'], true),
          row(['53/2', 'Circulate the blueprint']),
        ],
      }),
    );
    expect(text).toContain('53/2 | Circulate the blueprint');
  });

  it('a table that lays out the minutes (numbers beside whole minutes) stays paragraphs', async () => {
    const text = await read(
      'layout.docx',
      new Table({
        rows: [
          row(['45.', ['Apologies', 'Apologies were received from Councillor Carr.']]),
          row(['46.', ['Play area', 'RESOLVED: That the Clerk obtain quotations.']]),
        ],
      }),
    );
    expect(text).toContain('45.\nApologies\nApologies were received from Councillor Carr.\n46.');
    expect(text).not.toContain('|');
  });

  it('a table of who was present stays paragraphs', async () => {
    const text = await read(
      'present.docx',
      new Table({
        rows: [
          row(['Present:', 'Councillors R Okafor (Chair), L Brennan and T Hollis']),
          row(['Apologies:', 'Councillor S Carr']),
        ],
      }),
    );
    expect(text).toContain('Present:\nCouncillors R Okafor (Chair), L Brennan and T Hollis');
    expect(text).not.toContain('|');
  });
});
