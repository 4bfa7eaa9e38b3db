// The review without a terminal: `--dry-run --json`, edited, given back with `--accept` — and
// importing the same minutes again adding nothing, whatever the clerk changed.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { actionlog, bytes, folderOf, tempStore } from './cli.js';
import { forEachBackend } from '../backends.js';

forEachBackend((backend) => {
  const PANEL = path.resolve(__dirname, '../fixtures/health-panel-minutes.txt');

  /** Minutes whose actions carry no ref: only their wording tells them apart. */
  const UNNUMBERED = `HEALTH SCRUTINY PANEL

  Minutes of the meeting held on Tuesday, 9 September 2025 at 6.00 pm

  31. Community transport

  The Panel heard that the Sunday bus service had been withdrawn in two villages.

  ACTION: Officers to write to the bus operator about the Sunday timetable.
  ACTION: The Democratic Services Officer to circulate the operator's reply to members.

  32. Dates of future meetings

  RESOLVED: That the Panel meet on Tuesday, 11 November 2025.
  `;

  function panel() {
    const store = tempStore(backend);
    actionlog(store.data, ['init']);
    actionlog(store.data, ['committee', 'add', 'hsp', '--name', 'Health Scrutiny Panel']);
    const unnumbered = path.join(store.dir, 'transport.txt');
    writeFileSync(unnumbered, UNNUMBERED);
    return { ...store, unnumbered };
  }

  interface ProposalItem {
    number?: number | number[];
    minute: string | null;
    ref: string | null;
    text: string;
    category?: string;
    owner?: string | null;
    due?: unknown;
    alreadyInLog?: string | null;
  }

  function proposal(file: string, minutes: string): { items: ProposalItem[]; noted: ProposalItem[] } {
    const result = actionlog(file, ['import', minutes, '-c', 'hsp', '--dry-run', '--json']);
    expect(result.code).toBe(0);
    return result.json();
  }

  function accept(file: string, minutes: string, edited: unknown, name = 'proposal.json') {
    const target = path.join(folderOf(file), name);
    writeFileSync(target, JSON.stringify(edited, null, 2));
    return actionlog(file, ['import', minutes, '-c', 'hsp', '--accept', target]);
  }

  describe('import --accept <edited proposal>', () => {
    it('saves what the edited proposal accepts: edited, split, merged, promoted and added items', () => {
      const { data: file } = panel();
      const { items, noted } = proposal(file, PANEL);
      const [b, c, d] = items;
      const reportNoted = noted.find((n) => n.ref === '(a)')!;
      const edited = {
        items: [
          { ...b, owner: 'Director of Adult Social Care' },
          // c is skipped: left out
          // split: both parts keep the number they came from
          { ...d, text: 'A further report on winter pressures be submitted to the January meeting' },
          { ...d, text: 'The report to cover delayed discharges', type: 'action', category: 'action', due: 'next' },
          // a noted resolution made an item
          {
            ...reportNoted,
            category: 'action',
            owner: 'Officers',
            due: { kind: 'next' },
            text: 'Officers to report back on the winter plan',
          },
          // one the importer missed
          {
            minute: '23',
            ref: null,
            text: 'The Chair to write to the ICB about winter funding',
            category: 'action',
            owner: 'the Chair',
            due: '13 January 2026',
          },
        ],
      };
      const saved = accept(file, PANEL, edited);
      expect(saved.stderr).toBe('');
      expect(saved.stdout).toMatch(/^Imported 5 item\(s\) from health-panel-minutes.txt: A1, A2, A3, A4, A5$/m);
      expect(saved.stdout).toMatch(/1 proposed item\(s\) not saved/);
      const list = actionlog(file, ['list', '--json']).json();
      expect(list.map((i: { owner: string }) => i.owner)).toEqual([
        'Director of Adult Social Care',
        null,
        null,
        'Officers',
        'the Chair',
      ]);
      expect(list[2]).toMatchObject({ category: 'action', due: { kind: 'meeting', meeting: '2025-11-11' } });
      expect(list[4]).toMatchObject({
        source: { minute: '23', ref: null },
        due: { kind: 'meeting', meeting: '2026-01-13' },
      });

      const before = bytes(file);
      expect(accept(file, PANEL, edited).stdout).toMatch(/^Imported 0 item\(s\)/);
      expect(bytes(file)).toBe(before);
      // Only what was skipped comes back: the minutes still hold it.
      expect(actionlog(file, ['import', PANEL, '-c', 'hsp', '--yes']).stdout).toMatch(
        /^Imported 1 item\(s\) from health-panel-minutes.txt: A6$/m,
      );
      expect(actionlog(file, ['show', 'A6', '--json']).json().source.ref).toBe(c.ref);
    });

    it('an item with no ref is still the same item after its text was edited: importing again adds nothing', () => {
      const { data: file, unnumbered } = panel();
      const { items } = proposal(file, unnumbered);
      expect(items.map((i) => i.ref)).toEqual([null, null]);
      const edited = {
        items: [{ ...items[0], text: 'Officers to ask the bus company to restore Sunday buses' }, items[1]],
      };
      expect(accept(file, unnumbered, edited).stdout).toMatch(/Imported 2 item\(s\)/);
      // The minutes' wording is kept in the history beside the clerk's.
      expect(actionlog(file, ['show', 'A1', '--json']).json().history[1]).toMatchObject({
        change: 'reviewed',
        from: [{ minute: '31', ref: null, text: items[0].text }],
        to: { minute: '31', ref: null, text: 'Officers to ask the bus company to restore Sunday buses' },
      });
      expect(actionlog(file, ['show', 'A1']).stdout).toMatch(/reviewed +31 Officers to write/);

      const before = bytes(file);
      const again = actionlog(file, ['import', unnumbered, '-c', 'hsp', '--yes']);
      expect(again.stdout).toMatch(/^Imported 0 item\(s\)/);
      expect(bytes(file)).toBe(before);
      const preview = proposal(file, unnumbered);
      expect(preview.items.map((i) => i.alreadyInLog)).toEqual(['A1', 'A2']);
    });

    it('an item whose minute and ref the clerk corrected is still the same item', () => {
      const { data: file } = panel();
      const { items } = proposal(file, PANEL);
      accept(file, PANEL, { items: [{ ...items[0], minute: '23A', ref: '(ii)' }, ...items.slice(1)] });
      expect(actionlog(file, ['show', 'A1', '--json']).json().source).toMatchObject({ minute: '23A', ref: '(ii)' });
      expect(actionlog(file, ['import', PANEL, '-c', 'hsp', '--yes']).stdout).toMatch(/^Imported 0 item\(s\)/);
    });

    it('a merged item stands for both: neither comes back', () => {
      const { data: file } = panel();
      const { items } = proposal(file, PANEL);
      const merged = {
        ...items[0],
        number: [items[0].number, items[1].number],
        text: 'Circulate the staffing figures and invite the ambulance trust',
      };
      expect(accept(file, PANEL, { items: [merged] }).stdout).toMatch(/Imported 1 item\(s\)/);
      expect(actionlog(file, ['import', PANEL, '-c', 'hsp', '--yes']).stdout).toMatch(/^Imported 1 item\(s\)/); // only 23(d), which was left out
      expect(
        actionlog(file, ['list', '--json'])
          .json()
          .map((i: { source: { ref: string } }) => i.source.ref),
      ).toEqual(['(b)', '(d)']);
    });

    it("the proposal's next meetings, edited, are the dates the calendar gains; a proposal for another meeting is refused", () => {
      const { data: file } = panel();
      const document = actionlog(file, ['import', PANEL, '-c', 'hsp', '--dry-run', '--json']).json();
      expect(document.nextMeetings).toEqual(['2025-11-11', '2026-01-13']);
      const other = accept(file, PANEL, { ...document, meeting: { date: '2025-09-16' } });
      expect(other.code).toBe(2);
      expect(other.stderr).toMatch(
        /proposal.json is a proposal for the meeting of 2025-09-16, and these minutes are of 9 Sep 2025; give --meeting/,
      );
      const saved = accept(file, PANEL, { ...document, nextMeetings: ['13 January 2026'] });
      expect(saved.stdout).toMatch(/Added to the hsp calendar: 9 Sep 2025, 13 Jan 2026$/m);
      // 23(b)'s due in the file is the meeting of 11 November, struck out of the calendar: that day stays, as a deadline.
      expect(actionlog(file, ['show', 'A1', '--json']).json().due).toEqual({ kind: 'date', date: '2025-11-11' });
    });

    it.each<[string, unknown, RegExp]>([
      [
        'not a proposal',
        { meeting: {} },
        /proposal.json: expected the --dry-run --json proposal, an object with "items"/,
      ],
      [
        'an item without text',
        { items: [{ minute: '23', ref: '(b)' }] },
        /proposal.json: item 1: "text" is missing or empty/,
      ],
      [
        'an unknown category',
        { items: [{ text: 'x', category: 'urgent' }] },
        /item 1: "category" urgent is not one of action, information/,
      ],
      [
        'a category of the other type',
        { items: [{ text: 'x', type: 'action', category: 'invitation' }] },
        /category invitation belongs to type work-programme, not action/,
      ],
      [
        'a due it cannot read',
        { items: [{ text: 'x', due: { kind: 'soon' } }] },
        /item 1: "due" \{"kind":"soon"\} is not a due; give \{"kind":"meeting"/,
      ],
      [
        'a due month with no meeting',
        { items: [{ text: 'x', due: 'july' }] },
        /item 1: --due july: hsp has no July meeting/,
      ],
      [
        'a number not in the proposal',
        { items: [{ text: 'x', number: 99 }] },
        /item 1: "number" 99 is not a number in the proposal/,
      ],
      [
        'an update of an item not in the log',
        { items: [{ text: 'x', updatesItem: 'A40' }] },
        /item 1: "updatesItem" A40 is not an item of this committee/,
      ],
      [
        'next meetings that are not dates',
        { nextMeetings: ['soon'], items: [] },
        /proposal.json: nextMeetings 1: "soon" is not a date/,
      ],
    ])('refuses %s: exit 2, one line, nothing saved', (_name, edited, message) => {
      const { data: file } = panel();
      const before = bytes(file);
      const result = accept(file, PANEL, edited);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(bytes(file)).toBe(before);
    });

    it.each([
      ['a file that is not JSON', (dir: string) => write(dir, 'p.json', '{ items: ['), /--accept: p.json is not JSON/],
      ['a missing file', (dir: string) => path.join(dir, 'absent.json'), /--accept: cannot read .*absent.json: ENOENT/],
    ])('refuses %s', (_name, make, message) => {
      const { data: file, dir } = panel();
      const result = actionlog(file, ['import', PANEL, '-c', 'hsp', '--accept', make(dir)]);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(message);
    });

    it.each([
      [
        ['--accept', 'p.json', '--yes'],
        /--yes accepts the proposal as it is and --accept the edited one you give; give one of them/,
      ],
      [
        ['--accept', 'p.json', '--dry-run'],
        /--dry-run shows the proposal and --accept saves an edited one; give one of them/,
      ],
    ])('refuses %j', (flags, message) => {
      const { data: file } = panel();
      const result = actionlog(file, ['import', PANEL, '-c', 'hsp', ...flags]);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(message);
    });
  });

  function write(dir: string, name: string, content: string): string {
    const target = path.join(dir, name);
    writeFileSync(target, content);
    return target;
  }
});
