import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pdf } from '../minutes/helpers/pdf.js';
import { docx } from '../minutes/helpers/zip.js';
import { forEachBackend } from '../backends.js';
import { actionlog, bytes, tempStore } from './cli.js';

const MINUTES = path.resolve(__dirname, '../fixtures/health-panel-minutes.txt');

forEachBackend((backend) => {
  function panelStore() {
    const store = tempStore(backend);
    actionlog(store.data, ['init']);
    actionlog(store.data, ['committee', 'add', 'hsp', '--name', 'Health Scrutiny Panel']);
    return store;
  }

  describe('import', () => {
    it('--dry-run --json prints the contract and writes nothing', () => {
      const { data: file } = panelStore();
      const before = bytes(file);
      const result = actionlog(file, ['import', MINUTES, '-c', 'hsp', '--dry-run', '--json']);
      expect(result.code).toBe(0);
      const proposal = result.json();
      expect(Object.keys(proposal)).toEqual(['meeting', 'nextMeetings', 'items', 'noted']);
      expect(proposal.meeting).toEqual({ date: '2025-09-09' });
      expect(proposal.nextMeetings).toEqual(['2025-11-11', '2026-01-13']);
      expect(
        proposal.items.map((i: { minute: string; ref: string; category: string }) => [i.minute, i.ref, i.category]),
      ).toEqual([
        ['23', '(b)', 'information'],
        ['23', '(c)', 'invitation'],
        ['23', '(d)', 'work-programme'],
      ]);
      expect(Object.keys(proposal.items[0]).sort()).toEqual([
        'alreadyInLog',
        'category',
        'confidence',
        'due',
        'minute',
        'number',
        'owner',
        'owners',
        'ref',
        'source',
        'text',
        'type',
      ]);
      expect(proposal.items.map((i: { number: number }) => i.number)).toEqual([1, 2, 3]);
      // The noted resolutions whole, numbered on from the items, so that a script can move one into the items.
      const dates = proposal.noted.find((n: { minute: string }) => n.minute === '24');
      expect(dates).toEqual({
        number: expect.any(Number),
        minute: '24',
        ref: null,
        text: expect.stringMatching(/Panel meet on Tuesday, 11 November 2025 and Tuesday, 13 January 2026, at 6.00 pm/),
        source: 'resolution',
        trackedAs: null,
      });
      expect(dates.number).toBeGreaterThan(3);
      expect(proposal.items[2].due).toEqual({ kind: 'meeting', meeting: '2026-01-13' });
      expect(proposal.noted.map((n: { ref: string | null }) => n.ref)).toContain('(a)');
      expect(bytes(file)).toBe(before);
    });

    it('--yes saves the meeting, its next dates and the items in one change; importing again adds nothing', () => {
      const { data: file } = panelStore();
      const saved = actionlog(file, ['import', MINUTES, '-c', 'hsp', '--yes']);
      expect(saved.code).toBe(0);
      expect(saved.stdout).toMatch(/Imported 3 item\(s\) from health-panel-minutes.txt: A1, A2, A3/);
      expect(
        actionlog(file, ['meeting', 'list', 'hsp', '--json'])
          .json()
          .map((m: { date: string }) => m.date),
      ).toEqual(['2025-09-09', '2025-11-11', '2026-01-13']);
      const item = actionlog(file, ['show', 'A1', '--json']).json();
      expect(item).toMatchObject({
        source: { meeting: '2025-09-09', minute: '23', ref: '(b)' },
        due: { kind: 'meeting', meeting: '2025-11-11' },
      });
      expect(item.history[0].note).toMatch(/^imported from health-panel-minutes.txt \(sha256 [0-9a-f]{16}\)$/);
      expect(actionlog(file, ['history', '--json']).json()[0]).toMatchObject({
        command: 'import',
        summary: expect.stringMatching(/imported 3 item/),
      });

      const before = bytes(file);
      const again = actionlog(file, ['import', MINUTES, '-c', 'hsp', '--yes']);
      expect(again.stdout).toMatch(/Imported 0 item/);
      expect(bytes(file)).toBe(before);
      expect(actionlog(file, ['undo']).stdout).toMatch(/imported 3 item/);
    });

    it.each([
      [
        'html',
        (dir: string) =>
          write(
            dir,
            'minutes.html',
            `<html><body><h1>Health Scrutiny Panel</h1><p>Minutes of the meeting held on Tuesday, 9 September 2025</p><h2>23. Winter planning</h2><p>RESOLVED:</p><p>(a) That the report be noted;</p><p>(b) That the Director of Adult Social Care be requested to circulate the winter staffing figures to members.</p></body></html>`,
          ),
      ],
      [
        'docx',
        (dir: string) =>
          write(
            dir,
            'minutes.docx',
            docx([
              'Minutes of the meeting held on Tuesday, 9 September 2025',
              '23. Winter planning',
              'RESOLVED:',
              '(a) That the report be noted;',
              '(b) That the Director of Adult Social Care be requested to circulate the winter staffing figures to members.',
            ]),
          ),
      ],
      [
        'pdf',
        (dir: string) =>
          write(
            dir,
            'minutes.pdf',
            pdf([
              [
                'Minutes of the meeting held on Tuesday, 9 September 2025',
                '23. Winter planning',
                'RESOLVED:',
                '(a) That the report be noted;',
                '(b) That the Director of Adult Social Care be requested to',
                'circulate the winter staffing figures to members.',
              ],
            ]),
          ),
      ],
    ])('reads minutes saved as .%s', (_kind, make) => {
      const { data: file, dir } = panelStore();
      const proposal = actionlog(file, ['import', make(dir), '-c', 'hsp', '--dry-run', '--json']).json();
      expect(proposal.meeting.date).toBe('2025-09-09');
      expect(proposal.items).toHaveLength(1);
      expect(proposal.items[0]).toMatchObject({ minute: '23', ref: '(b)', category: 'information' });
      expect(proposal.items[0].text).toMatch(/circulate the winter staffing figures to members/);
    });

    it('the same minutes as text, as Word with automatic numbering and as a browser-printed PDF propose the same', () => {
      const { data: file } = panelStore();
      const formats = path.resolve(__dirname, '../fixtures/formats');
      const [text, word, printed] = ['txt', 'docx', 'pdf'].map((extension) => {
        const result = actionlog(file, [
          'import',
          path.join(formats, `ashcombe-minutes.${extension}`),
          '-c',
          'hsp',
          '--dry-run',
          '--json',
        ]);
        expect(result.code).toBe(0);
        return result.json();
      });
      expect(text.items.length).toBeGreaterThanOrEqual(5);
      expect(word).toEqual(text);
      expect(printed).toEqual(text);
    });

    it.each([
      [
        'no terminal and neither --yes nor --dry-run',
        ['import', MINUTES, '-c', 'hsp'],
        /needs a terminal; add --dry-run to see the proposal, --yes to accept it all, or --accept <file>/,
      ],
      ['an unknown committee', ['import', MINUTES, '-c', 'nope', '--dry-run'], /no committee "nope"/],
      ['a missing file', ['import', 'missing.pdf', '-c', 'hsp', '--dry-run'], /there is no file "missing.pdf" in /],
      // The file is the first thing wrong here; asking for a terminal would send the clerk the wrong way.
      [
        'a missing file, without a terminal',
        ['import', 'missing.pdf', '-c', 'hsp'],
        /there is no file "missing.pdf" in /,
      ],
      [
        'a file type it cannot read',
        ['import', 'actionlog.json', '-c', 'hsp', '--dry-run'],
        /accepted as \.txt, \.md, \.html, \.htm, \.docx or \.pdf/,
      ],
      [
        'a bad --meeting',
        ['import', MINUTES, '-c', 'hsp', '--meeting', '32/13/2025', '--yes'],
        /--meeting "32\/13\/2025" is not a date/,
      ],
    ])('%s: exit 2, store unchanged', (_name, args, message) => {
      const { data: file } = panelStore();
      const before = bytes(file);
      const result = actionlog(file, args);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(bytes(file)).toBe(before);
    });

    it('a dry run works before any log exists, and creates none', () => {
      const { data: file } = tempStore(backend);
      const result = actionlog(file, ['import', MINUTES, '-c', 'hsp', '--dry-run', '--json']);
      expect(result.code).toBe(0);
      expect(result.json().items).toHaveLength(3);
      expect(bytes(file)).toBe('');
    });

    it('minutes with no date need --meeting', () => {
      const { data: file, dir } = panelStore();
      const minutes = write(
        dir,
        'extract.txt',
        'RESOLVED:\n1. That the Clerk write to the highways authority about the footpath.\n',
      );
      expect(actionlog(file, ['import', minutes, '-c', 'hsp', '--yes']).stderr).toMatch(
        /could not find the meeting's date in extract.txt; give it with --meeting/,
      );
      actionlog(file, ['meeting', 'add', 'hsp', '2025-09-09', '2025-11-11']);
      const saved = actionlog(file, [
        'import',
        minutes,
        '-c',
        'hsp',
        '--meeting',
        '9 September 2025',
        '--yes',
        '--json',
      ]).json();
      expect(saved.items[0]).toMatchObject({
        owner: expect.stringMatching(/Clerk/),
        due: { kind: 'meeting', meeting: '2025-11-11' },
      });
    });
  });
});

function write(dir: string, name: string, content: string | Buffer): string {
  const target = path.join(dir, name);
  writeFileSync(target, content);
  return target;
}
