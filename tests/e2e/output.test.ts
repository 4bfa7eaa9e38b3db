// What the binary prints when its output goes to a pipe or a file: whole rows, formats a
// command can honour (and a refusal for the rest), plain values in CSV.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { actionlog, mustRun, seededStore } from './cli.js';

const BIN = path.resolve(__dirname, '../../bin/actionlog.js');

const LONG =
  'Ask the ICB and University Hospitals of Leicester to report back on waiting times for hip and knee operations in each of the three areas, with the figures for each quarter of 2024/25 and what is planned to bring them down';

/** The seeded store with one long item (A4), owned by an owner with a long name. */
function storeWithLongItem() {
  const store = seededStore();
  mustRun(store.data)(
    'add',
    LONG,
    '-c',
    'jhsc',
    '-m',
    '2025-06-16',
    '--minute',
    '54',
    '--owner',
    'University Hospitals of Leicester NHS Trust',
  );
  return store;
}

describe('piped tables: one item, one line', () => {
  it('list keeps each row on one line, however long its text, so grep finds whole rows', () => {
    const { data: file } = storeWithLongItem();
    const result = actionlog(file, ['list', '--as-of', '2025-11-20']);
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    // A header and one line per open item (A1–A4), nothing wrapped.
    expect(lines).toHaveLength(5);
    const row = lines.find((line) => line.startsWith('A4'));
    expect(row).toContain(LONG);
    expect(row).toContain('University Hospitals of Leicester NHS Trust');
    expect(row).toMatch(/overdue \d+d$/);
  });

  it('the reports keep each item on one line too', () => {
    const { data: file } = storeWithLongItem();
    for (const args of [['overdue'], ['report'], ['carry-forward', 'jhsc'], ['history']]) {
      const text = actionlog(file, [...args, '--as-of', '2025-11-20']).stdout;
      const hit = text.split('\n').filter((line) => line.includes('hip and knee'));
      expect([args[0], hit.length]).toEqual([args[0], 1]);
      expect(hit[0]).toContain(args[0] === 'history' ? 'A4' : 'what is planned to bring them down');
    }
  });

  it('text with wide characters stays on one line as well', () => {
    const { data: file } = seededStore();
    mustRun(file)('add', `Report on 医疗服务 waiting times: ${LONG}`, '-c', 'jhsc', '-m', '2025-06-16');
    const lines = actionlog(file, ['list', '--as-of', '2025-07-01']).stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(5);
    expect(lines.at(-1)).toContain('what is planned to bring them down');
  });
});

describe('--format where a command cannot honour it', () => {
  it.each([
    [
      ['meeting', 'list', '--format', 'html'],
      /meeting list cannot print html; it prints table \(the default\), json, csv or md/,
    ],
    [['show', 'A1', '--format', 'md'], /show cannot print md; it prints table \(the default\) or json/],
    [['committee', 'list', '--format', 'html'], /committee list cannot print html/],
    [['history', '--format', 'html'], /history cannot print html/],
    [
      ['add', 'x', '-c', 'jhsc', '-m', '2025-06-16', '--format', 'csv'],
      /add cannot print csv; it prints table \(the default\) or json/,
    ],
    [['done', 'A1', '--format', 'md'], /done cannot print md/],
    [['import', 'minutes.txt', '-c', 'jhsc', '--dry-run', '--format', 'csv'], /import cannot print csv/],
    // The papers' commands (issue 13) declare theirs as every command does.
    [
      ['owner', 'list', '--format', 'html'],
      /owner list cannot print html; it prints table \(the default\), json, csv or md$/m,
    ],
    [
      ['owner', 'set', 'the ICB', '--email', 'icb@example.org', '--format', 'md'],
      /owner set cannot print md; it prints table \(the default\) or json/,
    ],
    [
      ['committee', 'set', 'jhsc', '--council', 'Leicester City Council', '--format', 'csv'],
      /committee set cannot print csv/,
    ],
    [['calendar', '--format', 'csv'], /calendar cannot print csv; it prints ics \(the default\) or json$/m],
    [
      ['chase', '--output', 'drafts', '--json'],
      /chase cannot print json; it writes eml \(the default\), docx or md, to the --output folder$/m,
    ],
    [['apply', 'reply.csv', '--format', 'html'], /apply cannot print html/],
    [
      ['list', '--format', 'docx', '--output', 'list.docx'],
      /list cannot print docx; it prints table \(the default\), json, csv, md or html; to the --output file also xlsx$/m,
    ],
  ])('%j is refused with exit 2, one line naming what it prints, and nothing changed', (args, message) => {
    const { data: file } = seededStore();
    const before = actionlog(file, ['history', '--json']).stdout;
    const result = actionlog(file, args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(actionlog(file, ['history', '--json']).stdout).toBe(before);
  });

  it('a format a command can print is still accepted', () => {
    const { data: file } = seededStore();
    expect(actionlog(file, ['meeting', 'list', '--format', 'md']).code).toBe(0);
    expect(actionlog(file, ['show', 'A1', '--format', 'table']).code).toBe(0);
    expect(actionlog(file, ['list', '--format', 'html']).stdout).toMatch(/^<!DOCTYPE html>/i);
  });

  it("the papers' commands print and write what they declare", () => {
    const { data: file, dir } = seededStore();
    expect(actionlog(file, ['owner', 'list', '--format', 'csv']).stdout).toMatch(/^name,email,contact,open_items\r?\n/);
    expect(actionlog(file, ['calendar', '--format', 'json']).json()).toBeInstanceOf(Array);
    expect(actionlog(file, ['calendar']).stdout).toMatch(/^BEGIN:VCALENDAR/);
    for (const args of [
      ['report', '--format', 'docx', '--output', 'report.docx'],
      ['carry-forward', 'jhsc', '--format', 'xlsx', '--output', 'matters-arising.xlsx', '--as-of', '2025-11-20'],
      ['list', '--format', 'xlsx', '--output', 'list.xlsx'],
      ['chase', '--format', 'md', '--output', 'letters', '--as-of', '2025-11-20'],
    ]) {
      const result = actionlog(file, args);
      expect([args, result.code, result.stderr]).toEqual([
        args,
        0,
        expect.not.stringMatching(/cannot print|^actionlog:/),
      ]);
    }
    expect(
      existsSync(path.join(dir, 'report.docx')) &&
        existsSync(path.join(dir, 'matters-arising.xlsx')) &&
        existsSync(path.join(dir, 'list.xlsx')),
    ).toBe(true);
    expect(readdirSync(path.join(dir, 'letters')).some((name) => name.endsWith('.md'))).toBe(true);
  });
});

describe('history --format csv', () => {
  it("prints an item's changes as plain values, not JSON", () => {
    const { data: file } = seededStore();
    const run = mustRun(file);
    run('update', 'A1', '--status', 'in-progress', '--owner', 'LLR ICB', '--by', 'clerk');
    run('defer', 'A1', '--to', '2026-01-22', '--reason', 'Report not ready', '--by', 'clerk', '--as-of', '2025-08-01');
    const csv = actionlog(file, ['history', 'A1', '--format', 'csv']).stdout;
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('at,by,change,from,to,note');
    expect(csv).not.toMatch(/"""|\{|\}/);
    expect(lines.some((line) => /,clerk,status,open,in-progress,/.test(line))).toBe(true);
    expect(lines.some((line) => /,clerk,owners,the ICB,LLR ICB,/.test(line))).toBe(true);
    expect(lines.some((line) => /,clerk,deferred,2025-09-01,2026-01-22,Report not ready$/.test(line))).toBe(true);
  });
});

describe('list --all with --status', () => {
  it('--status chooses the statuses even beside --all', () => {
    const { data: file } = seededStore();
    const run = mustRun(file);
    run('done', 'A1');
    run('drop', 'A2', '--reason', 'Superseded');
    const ids = (args: string[]) =>
      actionlog(file, ['list', ...args, '--json'])
        .json()
        .map((i: { id: string }) => i.id);
    expect(ids(['--all', '--status', 'done,dropped'])).toEqual(['A1', 'A2']);
    expect(ids(['--status', 'done', '--all'])).toEqual(['A1']);
    expect(ids(['--all'])).toEqual(['A1', 'A2', 'A3']);
  });
});

describe('colour: NO_COLOR and FORCE_COLOR as the conventions say', () => {
  const RED = '\u001b[31m';
  /** The seeded store as of a day when A1 is overdue (shown red when there is colour). */
  const listed = (env: Record<string, string>, args: string[] = []) =>
    actionlog(seededStore().data, ['list', '--as-of', '2025-11-20', ...args], undefined, env).stdout;

  it('FORCE_COLOR forces colour even into a pipe; --no-color, FORCE_COLOR=0 or an empty FORCE_COLOR do not', () => {
    expect(listed({ NO_COLOR: '', FORCE_COLOR: '1' })).toContain(`${RED}overdue`);
    expect(listed({ NO_COLOR: '1', FORCE_COLOR: '1' })).toContain(RED);
    expect(listed({ NO_COLOR: '', FORCE_COLOR: '1' }, ['--no-color'])).not.toContain('\u001b[');
    expect(listed({ NO_COLOR: '', FORCE_COLOR: '0' })).not.toContain('\u001b[');
    expect(listed({ NO_COLOR: '', FORCE_COLOR: '' })).not.toContain('\u001b[');
  });

  const hasScript = spawnSync('script', ['--version']).status === 0;
  it.skipIf(!hasScript)('on a terminal, NO_COLOR counts only when set to something', () => {
    const { data: file } = seededStore();
    const onTerminal = (noColor: string) =>
      spawnSync('script', ['-qec', `'${process.execPath}' '${BIN}' list --as-of 2025-11-20`, '/dev/null'], {
        encoding: 'utf8',
        env: {
          PATH: process.env.PATH,
          HOME: path.dirname(file),
          ACTIONLOG_DATA: file,
          TERM: 'xterm',
          NO_COLOR: noColor,
          TZ: 'Europe/London',
        },
      }).stdout;
    expect(onTerminal('')).toContain(`${RED}overdue`);
    expect(onTerminal('1')).toMatch(/overdue/);
    expect(onTerminal('1')).not.toContain('\u001b[31m');
  });
});
