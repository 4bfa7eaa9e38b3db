// The one rule for a report's format and file (commands/reportOutput.ts destination()).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { destination } from '../../src/commands/reportOutput.js';
import type { Format } from '../../src/context.js';
import { testContext } from './context.js';

const REPORT: Format[] = ['table', 'json', 'csv', 'md', 'html', 'docx', 'xlsx'];

async function resolve(format: Format | undefined, output: string | undefined, accepts: Format[] = REPORT) {
  const context = await testContext(format === undefined ? {} : { format, formatChosen: true });
  try {
    const to = destination(context, output, accepts, 'report');
    return { format: to.format, file: to.file === null ? null : path.basename(to.file) };
  } catch (error) {
    return { error: (error as Error & { exitCode: number }).exitCode, message: (error as Error).message };
  }
}

describe("destination: --format, else the --output extension, else the command's own", () => {
  it.each([
    [undefined, undefined, { format: 'table', file: null }],
    ['json', undefined, { format: 'json', file: null }],
    [undefined, 'paper.docx', { format: 'docx', file: 'paper.docx' }],
    [undefined, 'Paper.XLSX', { format: 'xlsx', file: 'Paper.XLSX' }],
    [undefined, 'report.htm', { format: 'html', file: 'report.htm' }],
    [undefined, 'notes.txt', { format: 'table', file: 'notes.txt' }],
    [undefined, 'no-extension', { format: 'table', file: 'no-extension' }],
    ['md', 'matters.markdown', { format: 'md', file: 'matters.markdown' }],
    ['docx', 'paper.docx', { format: 'docx', file: 'paper.docx' }],
  ] as const)('--format %s --output %s', async (format, output, expected) => {
    expect(await resolve(format, output)).toEqual(expected);
  });

  it.each([
    ['md', 'x.docx', /--format md and --output x\.docx disagree: a \.docx file is Word/],
    ['docx', undefined, /--format docx writes a Word file, not the screen: give --output <file>\.docx/],
    ['xlsx', undefined, /give --output <file>\.xlsx/],
    [undefined, 'x.pdf', /cannot tell the format from "x\.pdf"/],
    ['eml', 'x.eml', /the report is not written as email \(--format eml\)/],
    [undefined, '  ', /--output needs a file name/],
  ] as const)('refuses --format %s --output %s (exit 2)', async (format, output, message) => {
    const result = await resolve(format, output);
    expect(result).toMatchObject({ error: 2, message: expect.stringMatching(message) });
  });

  it('a command that writes fewer formats says which', async () => {
    expect(await resolve(undefined, 'x.docx', ['table', 'json', 'xlsx'])).toMatchObject({
      error: 2,
      message: 'the report is not written as Word (a .docx file); use --format table, json, xlsx',
    });
    expect(await resolve(undefined, undefined, ['ics', 'json'])).toEqual({ format: 'ics', file: null });
  });
});
