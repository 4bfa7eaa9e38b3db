// Issue 13 through the built binary, each file opened by the reader a person's program
// would use: Word with mammoth (and LibreOffice → PDF → pdftotext where installed), Excel
// with exceljs, the email drafts with mailparser, the calendar with ical.js. Run
// `npm run build` first.
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import ICAL from 'ical.js';
import { simpleParser } from 'mailparser';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { inOrder, officeSkipReason, pdfPages, toPdf } from '../render/papers/office.js';
import { forEachBackend, type TestLog } from '../backends.js';
import { actionlog, bytes, mustRun, seededStore } from './cli.js';

const AS_OF = ['--as-of', '2025-11-20'];
forEachBackend((backend) => {
  let store: TestLog;

  // The seeded JHSC (A1 the ICB, overdue since 1 Sep; A2 unscheduled; A3 due 27 Nov), its
  // council, a second owner, an item with no owner, hostile text, and a rearranged meeting.
  beforeAll(() => {
    store = seededStore(backend);
    const run = mustRun(store.data);
    run('committee', 'set', 'jhsc', '--council', 'Leicester City Council');
    run(
      'add',
      'Report on waiting times at the LRI',
      '-c',
      'jhsc',
      '-m',
      '2025-06-16',
      '--minute',
      '54',
      '--owner',
      'UHL',
      '--due',
      '2025-11-27',
    );
    run('add', 'Write to the minister about dentistry', '-c', 'jhsc', '-m', '2025-06-16', '--minute', '55');
    run(
      'add',
      '=HYPERLINK("http://x.example","click") <b>bold</b>',
      '-c',
      'jhsc',
      '-m',
      '2025-09-01',
      '--minute',
      '12',
      '--owner',
      'UHL',
      '--due',
      'future',
      '--type',
      'work-programme',
    );
    run('update', 'A1', '--note', 'Blueprint promised by the ICB for October', '--by', 'Governance Officer');
    run('meeting', 'cancel', 'jhsc', '2026-01-22', '--moved-to', '2026-01-29', ...AS_OF);
    run('owner', 'set', 'the icb', '--email', 'icb.governance@example.nhs.uk', '--contact', 'Dr Jane Smith');
  });

  const run = (...args: string[]) => actionlog(store.data, [...args, ...AS_OF]);
  const out = (name: string) => path.join(store.dir, name);

  /** Bad input: exit 2, one line on stderr matching `message`, nothing on stdout, the store unchanged. */
  function refused(args: string[], message: RegExp): void {
    const before = bytes(store.data);
    const result = run(...args);
    expect(result.code, result.stderr).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(message);
    expect(bytes(store.data)).toBe(before);
  }

  async function wordText(file: string): Promise<string> {
    return (await mammoth.extractRawText({ path: file })).value.replace(/\s+/g, ' ');
  }

  async function workbook(file: string): Promise<ExcelJS.Workbook> {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    return book;
  }

  /** The sheet's rows as arrays of cell values, from its header row (the one starting "ID"). */
  function rowsOf(sheet: ExcelJS.Worksheet): ExcelJS.CellValue[][] {
    const rows: ExcelJS.CellValue[][] = [];
    sheet.eachRow((row) => rows.push((row.values as ExcelJS.CellValue[]).slice(1)));
    return rows.slice(rows.findIndex((r) => r[0] === 'ID'));
  }

  describe('Word and Excel papers (--format docx|xlsx, or the --output extension)', () => {
    it('carry-forward as Word: council, title, meeting, the sections in order, the rows', async () => {
      const result = run('carry-forward', 'jhsc', '--output', out('cf.docx'));
      expect(result).toMatchObject({ code: 0, stdout: '' });
      expect(result.stderr).toBe(`Wrote the carry-forward list (Word) to ${out('cf.docx')}\n`);
      const text = await wordText(out('cf.docx'));
      expect(text).toContain('Leicester City Council');
      expect(text).toContain('Joint Health Scrutiny Committee');
      expect(text).toContain('Thursday 27 November 2025');
      const order = [
        'Completed',
        'Due at this meeting',
        'Carried forward',
        'Work programme: scheduled',
        'Work programme: unscheduled',
      ].map((h) => text.indexOf(h));
      expect(
        order.every((at, i) => at >= 0 && (i === 0 || at > order[i - 1])),
        text,
      ).toBe(true);
      expect(text).toContain('Circulate the ICB blueprint to members');
      expect(text).toContain('Blueprint promised by the ICB for October');
      const html = (await mammoth.convertToHtml({ path: out('cf.docx') })).value;
      expect(html).toContain('<table>');
      expect(html).not.toContain('<b>bold</b>');
    });

    it("overdue and the chair's report as Word, with --format docx or from the extension", async () => {
      expect(run('overdue', '--format', 'docx', '--output', out('overdue.docx')).code).toBe(0);
      expect(await wordText(out('overdue.docx'))).toMatch(/Overdue actions.*Circulate the ICB blueprint to members/);
      expect(run('report', '--output', out('chair.docx')).code).toBe(0);
      const chair = await wordText(out('chair.docx'));
      expect(chair).toContain('Leicester City Council');
      expect(chair).toContain('Report on waiting times at the LRI');
    });

    it.skipIf(Boolean(officeSkipReason))(
      `the Word paper opens in LibreOffice and prints${officeSkipReason ? ` (${officeSkipReason})` : ''}`,
      { timeout: 180_000 },
      () => {
        const pdf = toPdf({ 'cf.docx': readFileSync(out('cf.docx')) })['cf.docx'];
        const pages = pdfPages(pdf);
        expect(pages[0]).toContain('Leicester City Council');
        expect(inOrder(pages.join(' '), 'Carried forward')).toBe(true);
        expect(pages.join(' ')).toMatch(/Page 1 of \d/);
      },
    );

    it("list, overdue, carry-forward and report as Excel: header row, real dates, no formula from people's text", async () => {
      for (const [args, file] of [
        [['list', '--all'], 'list.xlsx'],
        [['overdue'], 'overdue.xlsx'],
        [['carry-forward', 'jhsc'], 'cf.xlsx'],
        [['report'], 'chair.xlsx'],
      ] as const) {
        const result = run(...args, '--output', out(file));
        expect(result.code, result.stderr).toBe(0);
        expect(result.stderr).toContain('(Excel)');
      }
      const list = await workbook(out('list.xlsx'));
      const rows = rowsOf(list.worksheets[0]);
      expect(rows[0].slice(0, 2)).toEqual(['ID', 'Type']);
      const ids = rows.slice(1).map((r) => r[0]);
      expect(ids).toEqual(expect.arrayContaining(['A1', 'A2', 'A3', 'A4', 'A5', 'A6']));
      const hostile = list.worksheets[0].getColumn(1).values.findIndex((v) => v === 'A6');
      const cells = (list.worksheets[0].getRow(hostile).values as ExcelJS.CellValue[]).slice(1);
      expect(cells).toContain('=HYPERLINK("http://x.example","click") <b>bold</b>');
      expect(cells.some((c) => typeof c === 'object' && c !== null && 'formula' in c)).toBe(false);
      expect(cells.some((c) => c instanceof Date)).toBe(true);
      const views = list.worksheets[0].views[0] as { state?: string; ySplit?: number };
      expect(views).toMatchObject({ state: 'frozen' });
      const cf = await workbook(out('cf.xlsx'));
      expect(cf.worksheets.length).toBeGreaterThan(1);
    });

    it('a text format follows the extension: .md, .json, .csv, .html', () => {
      expect(run('overdue', '--output', out('o.md')).code).toBe(0);
      expect(readFileSync(out('o.md'), 'utf8')).toMatch(/^# Overdue actions/);
      expect(run('overdue', '--output', out('o.json')).code).toBe(0);
      expect(JSON.parse(readFileSync(out('o.json'), 'utf8'))[0].id).toBe('A1');
      expect(run('list', '--output', out('l.csv')).code).toBe(0);
      expect(readFileSync(out('l.csv'), 'utf8')).toMatch(/^id,/);
      expect(run('report', '--output', out('r.html')).code).toBe(0);
      expect(readFileSync(out('r.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/i);
    });

    it('refuses, changing and writing nothing: Word or Excel to the screen, a clash, an unknown extension, a format a command does not write', () => {
      refused(
        ['carry-forward', 'jhsc', '--format', 'docx'],
        /--format docx writes a Word file, not the screen: give --output <file>\.docx/,
      );
      refused(['list', '--format', 'xlsx'], /give --output <file>\.xlsx/);
      refused(
        ['carry-forward', 'jhsc', '--format', 'md', '--output', out('x.docx')],
        /--format md and --output .*x\.docx disagree: a \.docx file is Word/,
      );
      refused(['report', '--json', '--output', out('x.csv')], /--format json and --output .*x\.csv disagree/);
      refused(['overdue', '--output', out('x.pdf')], /cannot tell the format from ".*x\.pdf"/);
      refused(['list', '--output', out('x.docx')], /the list is not written as Word \(a \.docx file\)/);
      // A --format the command does not write is refused by the run layer, as for every command (commands/prints.ts).
      refused(
        ['list', '--format', 'eml'],
        /list cannot print eml; it prints table \(the default\), json, csv, md or html; to the --output file also xlsx/,
      );
      refused(
        ['calendar', '--format', 'docx', '--output', out('x.docx')],
        /calendar cannot print docx; it prints ics \(the default\) or json/,
      );
      for (const name of ['x.docx', 'x.csv', 'x.pdf']) expect(existsSync(out(name))).toBe(false);
    });
  });

  describe('owners and the council', () => {
    it('owner set keeps the details under the name the items give; owner list shows every owner', () => {
      const owners = run('owner', 'list', '--json').json();
      expect(owners).toEqual([
        { name: 'the ICB', email: 'icb.governance@example.nhs.uk', contact: 'Dr Jane Smith', openItems: 1 },
        { name: 'UHL', email: null, contact: null, openItems: 2 },
      ]);
      expect(run('owner', 'list').stdout).toMatch(
        /Owner\s+Email\s+Contact\s+Open items\nthe ICB\s+icb\.governance@example\.nhs\.uk/,
      );
    });

    it('refuses an address that is none, and a set with nothing to set', () => {
      refused(['owner', 'set', 'UHL', '--email', 'uhl at nhs'], /--email "uhl at nhs" is not an email address/);
      refused(['owner', 'set', 'UHL', '--email', 'uhl@nhs'], /is not an email address/);
      refused(['owner', 'set', 'UHL'], /nothing to set; give --email <address> or --contact <name>/);
    });

    it('committee add --council and committee list; set "" clears it; undo puts it back', () => {
      const scratch = seededStore(backend);
      const own = (...args: string[]) => actionlog(scratch.data, args);
      expect(
        own('committee', 'add', 'hwb', '--name', 'Health and Wellbeing Board', '--council', 'Rutland County Council')
          .code,
      ).toBe(0);
      expect(own('committee', 'list', '--json').json()).toEqual([
        { slug: 'jhsc', name: 'Joint Health Scrutiny Committee', council: null },
        { slug: 'hwb', name: 'Health and Wellbeing Board', council: 'Rutland County Council' },
      ]);
      expect(own('committee', 'set', 'hwb', '--council', '').stdout).toBe("hwb's papers now name no council\n");
      expect(own('undo').code).toBe(0);
      expect(own('committee', 'list', '--json').json()[1].council).toBe('Rutland County Council');
      expect(own('committee', 'set', 'nope', '--council', 'X')).toMatchObject({
        code: 2,
        stderr: expect.stringContaining('no committee "nope"'),
      });
    });
  });

  describe('chase', () => {
    it('writes an email draft per owner, with the reply sheet attached; warns of owners with no address and items with no owner', async () => {
      const folder = out('chase');
      const result = run('chase', '--output', folder, '--by', 'Jo Clerk');
      expect(result.code, result.stderr).toBe(0);
      expect(readdirSync(folder).sort()).toEqual(['the-icb.eml', 'uhl.eml']);
      expect(result.stdout).toContain('Nothing was sent.');
      const warnings = result.stderr.trim().split('\n');
      expect(warnings).toEqual([
        expect.stringMatching(/^Warning: 2 item\(s\) to chase have no owner, so no letter: A5, A3 /),
        expect.stringMatching(/^Warning: no email address for UHL: uhl\.eml has an empty To/),
      ]);
      const mail = await simpleParser(readFileSync(path.join(folder, 'the-icb.eml')));
      expect(mail.to).toMatchObject({ value: [{ name: 'Dr Jane Smith', address: 'icb.governance@example.nhs.uk' }] });
      expect(mail.headers.get('x-unsent')).toBe('1');
      expect(mail.text).toContain('Circulate the ICB blueprint to members');
      expect(mail.text).toContain('Jo Clerk');
      expect(mail.text).toContain('Leicester City Council');
      expect(mail.html).toContain('<table');
      expect(mail.attachments.map((a) => a.filename)).toEqual(['the-icb-reply.xlsx']);
      const uhl = await simpleParser(readFileSync(path.join(folder, 'uhl.eml')));
      expect(uhl.to).toBeUndefined();
      expect(uhl.text).toContain('Report on waiting times at the LRI');
    });

    it('as Word letters with the reply sheet beside each, or Markdown; --owner picks owners', async () => {
      const folder = out('letters');
      expect(run('chase', '--format', 'docx', '--owner', 'uhl', '--output', folder).code).toBe(0);
      expect(readdirSync(folder).sort()).toEqual(['uhl-reply.xlsx', 'uhl.docx']);
      const text = await wordText(path.join(folder, 'uhl.docx'));
      expect(text).toContain('Report on waiting times at the LRI');
      expect(text).toMatch(/ID Status Update Due/);
      const sheet = rowsOf((await workbook(path.join(folder, 'uhl-reply.xlsx'))).worksheets[0]);
      expect(sheet[0].slice(0, 4)).toEqual(['ID', 'Status', 'Update', 'Due']);
      expect(run('chase', '--format', 'md', '--output', out('md')).code).toBe(0);
      expect(readFileSync(out('md/the-icb.md'), 'utf8')).toContain('| ID | Status | Update | Due |');
    });

    it('refuses without a folder, in a format it does not write, or into a file', () => {
      refused(['chase'], /--output <folder> is required/);
      refused(
        ['chase', '--json', '--output', out('c')],
        /chase cannot print json; it writes eml \(the default\), docx or md, to the --output folder/,
      );
      expect(existsSync(out('c'))).toBe(false);
      writeFileSync(out('a-file'), 'x');
      refused(['chase', '--output', out('a-file')], /is a file; give a folder/);
    });
  });

  describe('apply: the returned sheet', () => {
    /** The ICB's reply sheet as the owner sends it back: A1 done with a note. */
    async function filledReply(): Promise<string> {
      const folder = mkdtempSync(path.join(tmpdir(), 'actionlog-reply-'));
      expect(run('chase', '--owner', 'icb', '--output', folder).code).toBe(0);
      const mail = await simpleParser(readFileSync(path.join(folder, 'the-icb.eml')));
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(mail.attachments[0].content as unknown as ArrayBuffer);
      const sheet = book.worksheets[0];
      const header = sheet.getRow(rowsOfIndex(sheet));
      const row = sheet.getRow(header.number + 1);
      expect(row.getCell(1).value).toBe('A1');
      row.getCell(2).value = 'Completed';
      row.getCell(3).value = 'Blueprint circulated to members on 18 November';
      const file = path.join(folder, 'icb-returned.xlsx');
      await book.xlsx.writeFile(file);
      return file;
    }

    const rowsOfIndex = (sheet: ExcelJS.Worksheet): number => {
      for (let r = 1; r <= 10; r++) if (sheet.getRow(r).getCell(1).value === 'ID') return r;
      throw new Error('no header row');
    };

    it('round trip: the sheet chase attached, filled in, applies as one change from the owner; again changes nothing; one undo', async () => {
      const scratch = { ...store };
      const file = await filledReply();
      const before = bytes(scratch.data);
      const dry = run('apply', file, '--dry-run');
      expect(dry.code, dry.stderr).toBe(0);
      expect(dry.stdout).toMatch(/^Would update 1 item\(s\) from icb-returned\.xlsx/);
      expect(dry.stdout).toContain(
        'A1 (row 2), from the ICB: status open → done; update "Blueprint circulated to members on 18 November"',
      );
      expect(bytes(scratch.data)).toBe(before);

      const applied = run('apply', file);
      expect(applied.code, applied.stderr).toBe(0);
      expect(applied.stdout).toMatch(/^Updated 1 item\(s\) from icb-returned\.xlsx, as one change/);
      const shown = run('show', 'A1', '--json').json();
      expect(shown.status).toBe('done');
      expect(shown.history.at(-1)).toMatchObject({
        by: 'the ICB',
        note: 'Blueprint circulated to members on 18 November',
      });

      const afterApply = bytes(scratch.data);
      const again = run('apply', file);
      expect(again.stdout).toMatch(/^Nothing to change/);
      expect(bytes(scratch.data)).toBe(afterApply);

      expect(run('undo').stdout).toMatch(/^Undid #\d+ \(apply/);
      expect(run('show', 'A1', '--json').json().status).toBe('open');
    });

    it('a sheet with bad rows changes nothing and lists each; --skip-bad applies the rest', () => {
      const csv = out('returned.csv');
      writeFileSync(
        csv,
        'id,STATUS, Up date ,due,Notes\nA1,finished,,,\nA99,done,,,\nA4,,Report drafted; with the Trust board in December,,ignored\nA3,in progress,,31/02/2026,\n',
      );
      const before = bytes(store.data);
      const result = run('apply', csv);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr.trim().split('\n')).toEqual([
        expect.stringMatching(
          /^actionlog: returned\.csv has 3 row\(s\) that cannot be applied, so nothing was changed/,
        ),
        '  row 2 (A1): Status "finished" is not one of open, in progress, done or dropped',
        '  row 3 (A99): no item A99 in the log',
        expect.stringMatching(/^ {2}row 5 \(A3\): Due "31\/02\/2026" is not a date/),
      ]);
      expect(bytes(store.data)).toBe(before);
      expect(run('apply', csv, '--dry-run').code).toBe(2);

      const skipped = run('apply', csv, '--skip-bad', '--by', 'UHL Governance');
      expect(skipped.code).toBe(0);
      expect(skipped.stdout).toContain(
        'A4 (row 4), from UHL Governance: update "Report drafted; with the Trust board in December"',
      );
      expect(skipped.stderr).toMatch(/^3 row\(s\) of returned\.csv could not be applied and were skipped/);
      expect(run('undo').code).toBe(0);
      expect(bytes(store.data)).not.toBe(before); // undo is itself recorded
      expect(run('show', 'A4', '--json').json().latestUpdate).toBeNull();
    });

    it('refuses a file that is not there, or not a sheet', () => {
      refused(['apply', out('nope.xlsx')], /cannot read .*nope\.xlsx: there is no such file/);
      writeFileSync(out('notes.txt'), 'ID,Status\n');
      refused(['apply', out('notes.txt')], /a returned sheet is accepted as \.xlsx or \.csv/);
      writeFileSync(out('noid.csv'), 'Ref,Status\nA1,done\n');
      refused(['apply', out('noid.csv')], /has no ID column/);
    });
  });

  describe('several ids', () => {
    it('done, update --note, defer and drop change them all as one change, undone in one step', () => {
      const scratch = seededStore(backend);
      const own = (...args: string[]) => actionlog(scratch.data, [...args, ...AS_OF]);
      const journal = () => own('history', '--json').json().length;
      const before = journal();
      expect(own('update', 'A1', 'a3', '--note', 'Chased on 20 November').stdout).toBe(
        'Updated A1 (open, due 1 Sep 2025): Circulate the ICB blueprint to members\nUpdated A3 (open, due 27 Nov 2025): Update on ICB changes\n',
      );
      expect(journal()).toBe(before + 1);
      const done = own('done', 'A1', 'A3', '--note', 'Both taken', '--json').json();
      expect(done.map((i: { id: string; status: string }) => [i.id, i.status])).toEqual([
        ['A1', 'done'],
        ['A3', 'done'],
      ]);
      expect(journal()).toBe(before + 2);
      expect(own('undo').stdout).toMatch(/done A1, A3 \(2 items\)/);
      expect(
        own('list', '--json')
          .json()
          .map((i: { status: string }) => i.status),
      ).toEqual(['open', 'open', 'open']);
      expect(own('defer', 'A1', 'A3', '--to', '2026-03-12', '--reason', 'Waiting for the ICB').code).toBe(0);
      expect(own('drop', 'A1', 'A2', '--reason', 'Superseded').code).toBe(0);
    });

    it('an unknown id, or one that cannot take the change, among them changes none of them', () => {
      const scratch = seededStore(backend);
      const own = (...args: string[]) => actionlog(scratch.data, [...args, ...AS_OF]);
      const before = bytes(scratch.data);
      expect(own('done', 'A1', 'A99')).toMatchObject({
        code: 2,
        stdout: '',
        stderr: expect.stringContaining('no item "A99"'),
      });
      expect(own('done', 'A1')).toMatchObject({ code: 0 });
      const afterOne = bytes(scratch.data);
      expect(own('done', 'A3', 'A1')).toMatchObject({ code: 2, stderr: 'actionlog: A1 is already done\n' });
      expect(bytes(scratch.data)).toBe(afterOne);
      expect(own('update', 'A1', 'A3', '--text', 'x')).toMatchObject({
        code: 2,
        stderr: expect.stringContaining('--text corrects one item'),
      });
      expect(before).not.toBe(afterOne);
    });
  });

  describe('calendar', () => {
    it('writes the meetings as iCalendar: each with what is due, the cancelled one marked, the rearranged one at its new date', () => {
      const result = run('calendar', 'jhsc', '--output', out('meetings.ics'));
      expect(result).toMatchObject({
        code: 0,
        stdout: '',
        stderr: `Wrote the meetings calendar (iCalendar) to ${out('meetings.ics')}\n`,
      });
      const calendar = new ICAL.Component(ICAL.parse(readFileSync(out('meetings.ics'), 'utf8')));
      const events = calendar.getAllSubcomponents('vevent').map((event) => ({
        day: (event.getFirstPropertyValue('dtstart') as ICAL.Time).toString(),
        status: event.getFirstPropertyValue('status'),
        description: String(event.getFirstPropertyValue('description')),
      }));
      expect(events.map((e) => [e.day, e.status])).toEqual([
        ['2025-06-16', 'CONFIRMED'],
        ['2025-09-01', 'CONFIRMED'],
        ['2025-11-27', 'CONFIRMED'],
        ['2026-01-22', 'CANCELLED'],
        ['2026-01-29', 'CONFIRMED'],
        ['2026-03-12', 'CONFIRMED'],
      ]);
      expect(events[2].description).toContain('Report on waiting times at the LRI');
      expect(events[3].description).toMatch(/29 January 2026/);
    });

    it('prints to the screen, or JSON; refuses another format', () => {
      expect(run('calendar').stdout).toMatch(/^BEGIN:VCALENDAR/);
      expect(run('calendar', 'jhsc', '--json').json()[2]).toMatchObject({
        committee: 'jhsc',
        date: '2025-11-27',
        status: 'scheduled',
        due: ['A3', 'A4'],
      });
      refused(['calendar', '--output', out('meetings.csv')], /the meetings calendar is not written as CSV/);
      refused(['calendar', 'nope'], /no committee "nope"/);
    });
  });
});
