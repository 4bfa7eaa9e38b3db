// Issue 12's run functions in-process: the calendar's changes, moves to a successor, and
// owners as repeated options give them. Each refusal changes nothing.
import { beforeEach, describe, expect, it } from 'vitest';
import { runAdd } from '../../src/commands/add.js';
import { runCommitteeAdd, runCommitteeRename } from '../../src/commands/committee.js';
import {
  runMeetingAdd,
  runMeetingCancel,
  runMeetingMove,
  runMeetingReinstate,
  runMeetingRemove,
} from '../../src/commands/meeting.js';
import { runMove } from '../../src/commands/move.js';
import { runSignOff } from '../../src/commands/signOff.js';
import { runDone, runUpdate } from '../../src/commands/update.js';
import type { Context } from '../../src/context.js';
import { forEachBackend, snapshot, type TestLog } from '../backends.js';
import { execute, testContext } from './context.js';

forEachBackend((backend) => {
  let context: Context & { printed: string[]; log: TestLog };
  const json = <T>(output: { stdout: string }): T => JSON.parse(output.stdout) as T;

  beforeEach(async () => {
    // Today is 1 July 2025: the 16 June meeting has been held.
    context = await testContext({}, backend);
    await runCommitteeAdd({ slug: 'jhsc', name: 'Joint Health Scrutiny Committee' }, context);
    await runCommitteeAdd({ slug: 'icb', name: 'LLR ICB Board' }, context);
    await runMeetingAdd({ committee: 'jhsc', dates: ['2025-06-16', '2025-09-01', '2025-11-27'] }, context);
    await runMeetingAdd({ committee: 'icb', dates: ['2025-10-15'] }, context);
    await runAdd(
      { text: 'Report back on the winter plan', committee: 'jhsc', meeting: '2025-06-16', owner: ['UHL', 'the ICB'] },
      context,
    );
  });

  const storeText = () => snapshot(context.log.data);

  describe('run functions for issue 12', () => {
    it('refusals change nothing', async () => {
      const before = storeText();
      const outcomes = [
        await execute(runMeetingCancel, { committee: 'jhsc', date: '2025-06-16' }, context),
        await execute(runMeetingCancel, { committee: 'jhsc', date: '2025-09-01', movedTo: '2025-08-01' }, context),
        await execute(runMeetingMove, { committee: 'jhsc', date: '2025-09-01', to: '2025-09-01' }, context),
        await execute(runMeetingReinstate, { committee: 'jhsc', date: '2025-09-01' }, context),
        await execute(runMeetingRemove, { committee: 'jhsc', date: '2025-09-01' }, context),
        await execute(runMove, { ids: ['A1'], to: 'icb', reason: ' ' }, context),
        await execute(runCommitteeRename, { slug: 'jhsc', name: 'Joint Health Scrutiny Committee' }, context),
        await execute(runSignOff, { committee: 'jhsc', ids: [], meeting: '2025-09-01' }, context),
        await execute(runUpdate, { ids: ['A1'], due: '2025-06-01' }, context),
      ];
      expect(outcomes.map((o) => o.code)).toEqual(Array(outcomes.length).fill(2));
      expect(outcomes.map((o) => o.stderr)).toEqual([
        expect.stringContaining('has been held'),
        expect.stringContaining('is before the meeting it replaces'),
        expect.stringContaining('same date'),
        expect.stringContaining('is not cancelled'),
        expect.stringContaining('items refer to the jhsc meeting of 1 Sep 2025 (A1'),
        expect.stringContaining('--reason is empty'),
        expect.stringContaining('is already called'),
        expect.stringContaining('has not been held yet'),
        expect.stringContaining('is before the meeting that decided the item'),
      ]);
      expect(storeText()).toBe(before);
    });

    it('owners from repeated options; a move to the successor; sign-off at the latest meeting held', async () => {
      expect(
        json<{ owners: string[] }>(
          await runUpdate({ ids: ['A1'], addOwner: ['Healthwatch'] }, { ...context, format: 'json' }),
        ).owners,
      ).toEqual(['UHL', 'the ICB', 'Healthwatch']);
      const [moved] = json<{ committee: string; movedFrom: string; due: unknown }[]>(
        await runMove({ ids: ['a1'], to: 'icb', reason: 'Successor' }, { ...context, format: 'json' }),
      );
      expect(moved).toMatchObject({
        committee: 'icb',
        movedFrom: 'jhsc',
        due: { kind: 'meeting', meeting: '2025-10-15' },
      });
      await runDone({ ids: ['A1'] }, context);
      const signed = await runSignOff({ committee: 'icb', ids: [] }, { ...context, today: '2025-10-20' });
      expect(signed.stdout).toContain('Signed off 1 item(s) at the icb meeting of 15 Oct 2025: A1.');
    });
  });
});
