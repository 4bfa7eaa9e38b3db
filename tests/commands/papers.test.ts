// The issue-13 run functions in-process: what they print and change, beside the end-to-end
// tests (tests/e2e/papers.test.ts) that read their files back.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runAdd } from '../../src/commands/add.js';
import { runApply } from '../../src/commands/apply.js';
import { runChase } from '../../src/commands/chase.js';
import { runCommitteeAdd, runCommitteeSet } from '../../src/commands/committee.js';
import { runMeetingAdd } from '../../src/commands/meeting.js';
import { runOwnerList, runOwnerSet } from '../../src/commands/owner.js';
import type { Context } from '../../src/context.js';
import { forEachBackend, snapshot, type TestLog } from '../backends.js';
import { execute, testContext } from './context.js';

const dir = () => mkdtempSync(path.join(tmpdir(), 'actionlog-papers-'));

forEachBackend((backend) => {
  let context: Context & { log: TestLog };
  const storeText = () => snapshot(context.log.data);

  beforeEach(async () => {
    context = await testContext({ today: '2025-11-20' }, backend);
    await runCommitteeAdd({ slug: 'jhsc', name: 'Joint Health Scrutiny Committee' }, context);
    await runMeetingAdd({ committee: 'jhsc', dates: ['2025-06-16', '2025-09-01', '2025-11-27'] }, context);
    await runAdd(
      { text: 'Circulate the blueprint', committee: 'jhsc', meeting: '2025-06-16', owner: 'LLR ICB' },
      context,
    );
    await runAdd(
      { text: 'Report on waiting times', committee: 'jhsc', meeting: '2025-06-16', owner: 'UHL', due: '2025-11-27' },
      context,
    );
  });

  describe('owner set and owner list', () => {
    it('sets, then changes only what is given; JSON lists every owner with open items', async () => {
      await runOwnerSet({ name: 'the llr icb', email: 'icb@example.org' }, context);
      const changed = await runOwnerSet({ name: 'LLR ICB', contact: 'Dr Jane Smith' }, { ...context, format: 'json' });
      expect(JSON.parse(changed.stdout)).toEqual({
        name: 'LLR ICB',
        email: 'icb@example.org',
        contact: 'Dr Jane Smith',
      });
      expect(JSON.parse((await runOwnerList({}, { ...context, format: 'json' })).stdout)).toEqual([
        { name: 'LLR ICB', email: 'icb@example.org', contact: 'Dr Jane Smith', openItems: 1 },
        { name: 'UHL', email: null, contact: null, openItems: 1 },
      ]);
      expect((await runOwnerList({}, { ...context, format: 'csv' })).stdout).toBe(
        'name,email,contact,open_items\r\nLLR ICB,icb@example.org,Dr Jane Smith,1\r\nUHL,,,1\r\n',
      );
    });

    it('an owner no item names is kept, with a note; "" clears a detail', async () => {
      const result = await runOwnerSet({ name: 'Healthwatch', email: 'hw@example.org' }, context);
      expect(result.stderr).toContain('no open item names the owner "Healthwatch" yet');
      expect((await runOwnerSet({ name: 'healthwatch', email: '' }, context)).stdout).toBe('Set Healthwatch: no email');
    });

    it('refuses a bad address with exit 2, changing nothing', async () => {
      const before = storeText();
      for (const email of ['icb', 'icb@', '@nhs.net', 'a b@nhs.net', 'icb@nhs', 'icb@nhs.net, uhl@nhs.net']) {
        expect(await execute(runOwnerSet, { name: 'UHL', email }, context)).toMatchObject({
          code: 2,
          stderr: expect.stringContaining('is not an email address'),
        });
      }
      expect(storeText()).toBe(before);
    });
  });

  describe('committee set', () => {
    it('sets and clears the council, JSON with council', async () => {
      expect(
        JSON.parse(
          (
            await runCommitteeSet(
              { slug: 'jhsc', council: ' Leicester  City Council ' },
              { ...context, format: 'json' },
            )
          ).stdout,
        ),
      ).toEqual({
        slug: 'jhsc',
        name: 'Joint Health Scrutiny Committee',
        council: 'Leicester City Council',
      });
      expect((await runCommitteeSet({ slug: 'jhsc', council: '' }, context)).stdout).toBe(
        "jhsc's papers now name no council",
      );
      expect(await execute(runCommitteeSet, { slug: 'jhsc' }, context)).toMatchObject({
        code: 2,
        stderr: expect.stringContaining('give --council'),
      });
    });
  });

  describe('chase', () => {
    it('nothing to chase writes nothing and says so', async () => {
      // On 17 June, UHL's report (due 27 November) is not yet due at the next meeting (1 September).
      const result = await runChase(
        { owner: 'UHL', output: path.join(dir(), 'drafts') },
        { ...context, today: '2025-06-17' },
      );
      expect(result.stdout).toBe(
        'Nothing to chase for owners matching "UHL": no open item is overdue or due at its committee\'s next meeting. No drafts written.',
      );
    });

    it('an unknown committee is exit 2', async () => {
      expect(await execute(runChase, { committee: 'nope', output: dir() }, context)).toMatchObject({
        code: 2,
        stderr: expect.stringContaining('no committee "nope"'),
      });
    });
  });

  describe('apply', () => {
    it('--json: what changed, what was bad, what was already so', async () => {
      const csv = path.join(dir(), 'back.csv');
      writeFileSync(csv, 'ID,Status,Update,Due\nA1,done,Sent,\nA2,open,,\nA7,done,,\n');
      const result = await runApply({ file: csv, skipBad: true }, { ...context, format: 'json' });
      expect(JSON.parse(result.stdout)).toEqual({
        file: 'back.csv',
        applied: true,
        changes: [{ id: 'A1', row: 'row 2', status: 'done', note: 'Sent', due: null, by: 'LLR ICB' }],
        bad: [{ where: 'row 4', id: 'A7', problems: ['no item A7 in the log'] }],
        unchanged: 1,
      });
    });

    it('refused: exit 2 with every bad row on stderr, the log unchanged', async () => {
      const csv = path.join(dir(), 'back.csv');
      writeFileSync(csv, 'ID,Status\nA1,done\nA2,closed\n');
      const before = storeText();
      const result = await runApply({ file: csv }, context);
      expect(result).toMatchObject({ code: 2, stdout: '' });
      expect(result.stderr.split('\n')).toEqual([
        'actionlog: back.csv has 1 row(s) that cannot be applied, so nothing was changed; correct them, or give --skip-bad to apply the rest:',
        '  row 3 (A2): Status "closed" is not one of open, in progress, done or dropped',
      ]);
      expect(storeText()).toBe(before);
    });
  });
});
