// The commands' run functions, in-process: options and a context in, exit code and output
// out, on each backend. What only a process shows (argument parsing, exit codes through the
// shell, the built bundles) is in tests/e2e.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runAdd } from '../../src/commands/add.js';
import { runCarryForward } from '../../src/commands/carryForward.js';
import { runCommitteeAdd, runCommitteeList } from '../../src/commands/committee.js';
import { runHistory } from '../../src/commands/history.js';
import { runList } from '../../src/commands/list.js';
import { runMeetingAdd, runMeetingCancel } from '../../src/commands/meeting.js';
import { runMeetingList } from '../../src/commands/meetingList.js';
import { runOverdue } from '../../src/commands/overdue.js';
import { runReport } from '../../src/commands/report.js';
import { runShow } from '../../src/commands/show.js';
import { runSignOff } from '../../src/commands/signOff.js';
import { runUndo } from '../../src/commands/undo.js';
import { runDefer, runDone, runDrop, runUpdate } from '../../src/commands/update.js';
import type { Context } from '../../src/context.js';
import type { Palette } from '../../src/render/colour.js';
import { forEachBackend, snapshot, type TestLog } from '../backends.js';
import { execute, testContext } from './context.js';

forEachBackend((backend) => {
  let context: Context & { printed: string[]; log: TestLog };

  beforeEach(async () => {
    context = await testContext({}, backend);
    await runCommitteeAdd({ slug: 'jhsc', name: 'Joint Health Scrutiny Committee' }, context);
    await runMeetingAdd({ committee: 'jhsc', dates: ['2025-06-16', '1 September 2025', '27/11/2025'] }, context);
    await runAdd(
      {
        text: 'Circulate the ICB blueprint',
        committee: 'jhsc',
        meeting: '2025-06-16',
        minute: '53',
        ref: '3',
        category: 'information',
        owner: 'the ICB',
      },
      context,
    );
    await runAdd(
      {
        text: 'Item on dentistry',
        committee: 'jhsc',
        meeting: '2025-06-16',
        minute: '53',
        ref: '2',
        type: 'work-programme',
      },
      context,
    );
  });

  const storeText = () => snapshot(context.log.data);

  describe('run functions', () => {
    it('add says what it added, and list shows it', async () => {
      const added = await runAdd(
        { text: 'Report on waiting times', committee: 'jhsc', meeting: '2025-06-16', owner: 'UHL' },
        context,
      );
      expect(added).toEqual({
        code: 0,
        stdout: 'Added A3 (action, due 1 Sep 2025): Report on waiting times',
        stderr: '',
      });
      const listed = await runList({ owner: 'uhl' }, { ...context, format: 'json' });
      expect(JSON.parse(listed.stdout).map((i: { id: string }) => i.id)).toEqual(['A3']);
    });

    it('bad input: exit 2, one line saying what is accepted, and the log unchanged', async () => {
      const before = storeText();
      const cases = [
        await execute(runAdd, { text: 'x', committee: 'jhsc', meeting: '2025-06-17' }, context),
        await execute(runAdd, { text: 'x', committee: 'nope', meeting: '2025-06-16' }, context),
        await execute(runUpdate, { ids: ['A1'] }, context),
        await execute(runDefer, { ids: ['A9'], to: 'next' }, context),
        await execute(runList, { status: 'finished' }, context),
        await execute(runMeetingAdd, { committee: 'jhsc', dates: ['31/02/2026'] }, context),
      ];
      for (const result of cases) {
        expect(result.code).toBe(2);
        expect(result.stdout).toBe('');
        expect(result.stderr).toMatch(/^actionlog: [^\n]+\n$/);
      }
      expect(cases.map((c) => c.stderr)).toEqual([
        expect.stringContaining('jhsc has no meeting on 17 Jun 2025'),
        expect.stringContaining('no committee "nope"; known committees: jhsc'),
        expect.stringContaining('nothing to update'),
        expect.stringContaining('no item "A9"'),
        expect.stringContaining('--status "finished" is not one of open, in-progress, done, dropped'),
        expect.stringContaining('"31/02/2026" is not a date'),
      ]);
      expect(storeText()).toBe(before);
    });

    it('done, sign-off and undo, each one step', async () => {
      expect((await runDone({ ids: ['a1'], note: 'Sent on 3 July' }, context)).stdout).toMatch(/^Marked done A1/);
      const signed = await runSignOff(
        { committee: 'jhsc', ids: [], meeting: '1 September 2025' },
        { ...context, today: '2025-09-02' },
      );
      expect(signed.stdout).toContain('Signed off 1 item(s) at the jhsc meeting of 1 Sep 2025: A1');
      expect((await runUndo({}, context)).stdout).toMatch(/^Undid #\d+ \(sign-off by clerk/);
      expect((await runShow({ id: 'A1' }, { ...context, format: 'json' })).stdout).toContain('"signedOff": null');
    });

    it('defer and drop record why, and history shows it newest first', async () => {
      await runDefer({ ids: ['A1'], to: 'november', reason: 'Report not ready' }, context);
      await runDrop({ ids: ['A2'], reason: 'Superseded' }, context);
      const history = JSON.parse((await runHistory({}, { ...context, format: 'json' })).stdout);
      expect(history.slice(0, 2).map((h: { command: string }) => h.command)).toEqual(['drop', 'defer']);
      const item = JSON.parse((await runHistory({ id: 'A1' }, { ...context, format: 'json' })).stdout);
      expect(item.at(-1)).toMatchObject({ change: 'deferred', note: 'Report not ready' });
    });

    it('the reports: overdue, carry-forward to a file (the line saying where on stderr), report', async () => {
      const late = { ...context, today: '2025-10-01' };
      expect((await runOverdue({}, late)).stdout).toContain('Circulate the ICB blueprint');
      const file = path.join(context.log.dir, 'carry-forward.md');
      const written = await runCarryForward({ committee: 'jhsc', output: file }, { ...late, format: 'md' });
      expect(written).toEqual({ code: 0, stdout: '', stderr: `Wrote the carry-forward list (Markdown) to ${file}` });
      expect(readFileSync(file, 'utf8')).toContain('Circulate the ICB blueprint');
      expect((await runReport({ committee: 'jhsc' }, late)).stdout).toContain('Red (overdue): 1');
    });

    it('committees and meetings list in every format', async () => {
      expect((await runCommitteeList({}, { ...context, format: 'csv' })).stdout).toBe(
        'slug,name,council\r\njhsc,Joint Health Scrutiny Committee,\r\n',
      );
      await runMeetingCancel({ committee: 'jhsc', date: '2025-09-01', movedTo: '15 September 2025' }, context);
      const meetings = JSON.parse((await runMeetingList({ committee: 'jhsc' }, { ...context, format: 'json' })).stdout);
      expect(meetings.map((m: { date: string; status: string }) => `${m.date} ${m.status}`)).toEqual([
        '2025-06-16 held',
        '2025-09-01 cancelled',
        '2025-09-15 scheduled',
        '2025-11-27 scheduled',
      ]);
    });

    it('colour is a value of the context: the palette given is the one used', async () => {
      const mark = (name: string) => (text: string) => `<${name}>${text}</${name}>`;
      const palette: Palette = {
        bold: mark('b'),
        red: mark('red'),
        yellow: mark('y'),
        green: mark('g'),
        dim: mark('dim'),
      };
      const coloured = await runList({}, { ...context, today: '2025-10-01', colour: palette });
      expect(coloured.stdout).toContain('<b>ID</b>');
      expect(coloured.stdout).toContain('<red>overdue 30d</red>');
      expect((await runList({}, { ...context, today: '2025-10-01' })).stdout).not.toContain('<');
    });
  });
});
