// The same log on both backends gives the same output, byte for byte, from every command that
// reads it, in every format — and the same changes give the same output and the same log:
// a generated log of 2,000 items (cancelled and rearranged meetings, deferrals, items closed
// and signed off) copied into each.
import { beforeAll, describe, expect, it } from 'vitest';
import { generateStore, GENERATED_TODAY } from '../../scripts/lib/generate-store.js';
import { runCarryForward } from '../../src/commands/carryForward.js';
import { runCommitteeList } from '../../src/commands/committee.js';
import { runHistory } from '../../src/commands/history.js';
import { runList } from '../../src/commands/list.js';
import { runMeetingList } from '../../src/commands/meetingList.js';
import { runOverdue } from '../../src/commands/overdue.js';
import { runReport } from '../../src/commands/report.js';
import { runShow } from '../../src/commands/show.js';
import { runSignOff } from '../../src/commands/signOff.js';
import { runUndo } from '../../src/commands/undo.js';
import { runDefer, runDone, runDrop, runUpdate } from '../../src/commands/update.js';
import type { Output } from '../../src/commands/run.js';
import { FORMATS, type Context } from '../../src/context.js';
import type { StoreData } from '../../src/store/index.js';
import { FILE, POSTGRES } from '../backends.js';
import { execute, testContext } from './context.js';

const data: StoreData = generateStore({ items: 2000, seed: 5 });
const counts = new Map<string, number>();
for (const item of data.items) counts.set(item.committee, (counts.get(item.committee) ?? 0) + 1);
const [busiest, quiet] = [[...counts].sort((a, b) => b[1] - a[1])[0][0], [...counts].sort((a, b) => a[1] - b[1])[0][0]];
const open = data.items.filter((item) => item.status === 'open');
const owner = open.find((item) => item.owner)!.owner!;

type Step = [name: string, run: (context: Context) => Promise<Output>];

const formats = (name: string, run: (context: Context) => Promise<Output>): Step[] =>
  FORMATS.map((format) => [`${name} --format ${format}`, (context) => run({ ...context, format, formatChosen: true })]);

const READS: Step[] = [
  ...formats('list', (c) => execute(runList, {}, c)),
  ...formats('list --all', (c) => execute(runList, { all: true }, c)),
  [
    'list --status done,dropped --committee',
    (c) => execute(runList, { status: 'done,dropped', committee: busiest }, c),
  ],
  ['list --owner --overdue', (c) => execute(runList, { owner, overdue: true }, c)],
  ...formats('overdue', (c) => execute(runOverdue, {}, c)),
  ['overdue --group-by owner --committee', (c) => execute(runOverdue, { groupBy: 'owner', committee: busiest }, c)],
  ...formats('carry-forward', (c) => execute(runCarryForward, { committee: busiest }, c)),
  ['carry-forward, a committee with nothing much', (c) => execute(runCarryForward, { committee: quiet }, c)],
  ...formats('report', (c) => execute(runReport, {}, c)),
  ['report --committee --owner', (c) => execute(runReport, { committee: busiest, owner }, c)],
  ...formats('show', (c) => execute(runShow, { id: open[0].id }, c)),
  ...formats('history', (c) => execute(runHistory, {}, c)),
  ['history of an item', (c) => execute(runHistory, { id: data.items[1000].id }, c)],
  ...formats('committee list', (c) => execute(runCommitteeList, {}, c)),
  ...formats('meeting list', (c) => execute(runMeetingList, { committee: busiest }, c)),
  ['refused: an unknown committee', (c) => execute(runOverdue, { committee: 'nobody' }, c)],
  ['refused: an unknown item', (c) => execute(runShow, { id: 'A999999' }, c)],
];

const CHANGES: Step[] = [
  ['update', (c) => execute(runUpdate, { ids: [open[1].id], status: 'in-progress', note: 'Asked again' }, c)],
  ['defer', (c) => execute(runDefer, { ids: [open[2].id], to: 'next', reason: 'Report not ready' }, c)],
  ['done', (c) => execute(runDone, { ids: [open[3].id], note: 'Sent' }, c)],
  ['drop', (c) => execute(runDrop, { ids: [open[4].id], reason: 'Superseded' }, c)],
  [
    'sign-off',
    (c) =>
      execute(
        runSignOff,
        {
          committee: open[3].committee,
          ids: [open[3].id],
          meeting:
            data.meetings.findLast((m) => m.committee === open[3].committee && !m.cancelled && m.date > GENERATED_TODAY)
              ?.date ?? '',
        },
        c,
      ),
  ],
  ['undo', (c) => execute(runUndo, {}, c)],
  ['refused: done twice', (c) => execute(runDone, { ids: [open[3].id] }, c)],
  ['report after the changes', (c) => execute(runReport, { committee: open[3].committee }, c)],
];

describe.skipIf(Boolean(POSTGRES.skipReason))(
  `the same output from both backends${POSTGRES.skipReason ? ` (skipped: ${POSTGRES.skipReason})` : ''}`,
  () => {
    const contexts: Context[] = [];

    beforeAll(async () => {
      for (const backend of [FILE, POSTGRES]) {
        const context = await testContext(
          { today: GENERATED_TODAY, actor: () => ({ at: '2025-11-20T10:00:00.000Z', by: 'clerk' }) },
          backend,
        );
        await context.store.replaceWith(structuredClone(data), () => null);
        contexts.push(context);
      }
    }, 120_000);

    it('every read, in every format', async () => {
      for (const [name, run] of READS) {
        const [file, postgres] = [await run(contexts[0]), await run(contexts[1])];
        expect(postgres, name).toEqual(file);
      }
    }, 120_000);

    it('every change, and the log after them', async () => {
      for (const [name, run] of CHANGES) {
        const [file, postgres] = [await run(contexts[0]), await run(contexts[1])];
        expect(postgres, name).toEqual(file);
      }
      const [file, postgres] = [await contexts[0].store.read(), await contexts[1].store.read()];
      expect(postgres.journal).toEqual(file.journal);
      expect(postgres.items).toEqual(file.items);
      expect(postgres).toEqual(file);
    }, 120_000);
  },
);
