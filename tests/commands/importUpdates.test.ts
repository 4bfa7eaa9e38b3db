// An entry that reports on an earlier action the log holds: proposed as an update of that
// item (a note on it), shown so in the dry run and the review. The parser is stood in for by a
// proposal carrying `updates`, as the minutes parser gives it for an action-log review.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { runAdd } from '../../src/commands/add.js';
import { runCommitteeAdd } from '../../src/commands/committee.js';
import { runImport } from '../../src/commands/import.js';
import { runMeetingAdd } from '../../src/commands/meeting.js';
import { runShow } from '../../src/commands/show.js';
import type { Context } from '../../src/context.js';
import type { NotedProposal, Proposed } from '../../src/domain/importPlan.js';
import { execute, testContext } from './context.js';
import { choose, confirm, input, select, type Script } from './promptScript.js';

const script = vi.hoisted((): Script => ({ steps: [], asked: [] }));
vi.mock('@inquirer/prompts', async () => (await import('./promptScript.js')).promptsAnswering(script));

const parsed = vi.hoisted(() => ({ proposal: null as unknown }));
vi.mock('../../src/minutes/index.js', () => ({ parseMinutes: () => parsed.proposal }));

let context: Context & { printed: string[] };
let minutes: string;

/** What the importer proposes, as the plan reads it (the parser's `updates` and `source` included). */
interface StandIn {
  meeting: { date: string };
  nextMeetings: string[];
  items: Proposed[];
  noted: NotedProposal[];
}

const entry = (fields: Partial<Proposed>): Proposed => ({
  minute: '7',
  ref: null,
  type: 'action',
  category: 'action',
  owner: null,
  due: null,
  text: 'x',
  confidence: 0.8,
  narrative: false,
  source: 'action-table',
  ...fields,
});

beforeEach(async () => {
  context = await testContext({ interactive: true });
  await runCommitteeAdd({ slug: 'hsp', name: 'Health Scrutiny Panel' }, context);
  await runMeetingAdd({ committee: 'hsp', dates: ['2025-07-08', '2025-09-09', '2025-11-11'] }, context);
  await runAdd(
    {
      text: 'Repair the footpath by the surgery',
      committee: 'hsp',
      meeting: '2025-07-08',
      minute: '12',
      ref: '(a)',
      owner: 'Highways',
    },
    context,
  );
  await runAdd(
    { text: 'Report on bus shelters', committee: 'hsp', meeting: '2025-07-08', minute: '12', ref: '(b)' },
    context,
  );
  minutes = path.join(path.dirname(context.store.location), 'minutes.txt');
  writeFileSync(minutes, 'the parser is stood in for');
  parsed.proposal = {
    meeting: { date: '2025-09-09' },
    nextMeetings: ['2025-11-11'],
    items: [
      entry({ ref: '1', updates: 'Minute 12(a)', text: 'The footpath had been repaired in August.' }),
      entry({ ref: '2', updates: '12', text: 'Work on the shelters continues.' }),
      entry({ ref: '3', text: 'Officers to survey the bus stops', owner: 'Officers' }),
    ],
    noted: [],
  } satisfies StandIn;
  script.steps = [];
  script.asked = [];
});

const importing = (options: object = {}, format: Context['format'] = 'table') =>
  execute(runImport, { file: minutes, committee: 'hsp', ...options }, { ...context, format });

describe('an entry that updates an earlier action', () => {
  it('is shown as an update of the item the log holds, in the dry run and its JSON', async () => {
    const table = (await importing({ dryRun: true })).stdout;
    const flat = table.replace(/\s+/g, ' ');
    expect(table).toMatch(/^1 +7\/1 +The footpath had been repaired in August\. +update +— +— +from an action table/m);
    expect(flat).toMatch(/cites Minute 12\(a\): an update to A1, not a new item/);
    expect(flat).toMatch(/cites 12: an update to one of A1, A2\?/);
    const json = JSON.parse((await importing({ dryRun: true }, 'json')).stdout);
    expect(json.items.map((i: { updates?: string; updatesItem?: string }) => [i.updates, i.updatesItem])).toEqual([
      ['Minute 12(a)', 'A1'],
      ['12', null],
      [undefined, undefined],
    ]);
  });

  it('--yes makes it a note on that item, not a new item; importing again adds nothing', async () => {
    const saved = await importing({ yes: true });
    expect(saved.stdout).toMatch(/Imported 2 item\(s\) from minutes.txt: A3, A4/);
    expect(saved.stdout).toMatch(/Added an update to A1 \(a note in its history\)/);
    const a1 = JSON.parse((await runShow({ id: 'A1' }, { ...context, format: 'json' })).stdout);
    expect(a1.latestUpdate).toMatchObject({
      note: '9 Sep 2025, minute 7/1: The footpath had been repaired in August.',
    });
    expect(a1.status).toBe('open');
    const before = readFileSync(context.store.location, 'utf8');
    expect((await importing({ yes: true })).stdout).toMatch(/^Imported 0 item\(s\)/);
    expect(readFileSync(context.store.location, 'utf8')).toBe(before);
  });

  it('in the review, the clerk picks which item it updates, or tracks it as a new item', async () => {
    script.steps = [
      select(
        /^1\/3 7\/1 The footpath .* — update to A1 \(from an action table; cites Minute 12\(a\)/,
        choose(/update \(a note\) to A1 /),
      ),
      select(
        /^2\/3 7\/2 Work on the shelters continues/,
        choose(/update \(a note\) to A2 \(12\(b\), Report on bus shelters\)/),
      ),
      select(/^3\/3 7\/3/, choose(/^Accept$/)),
      confirm(/missed/, false),
      confirm(/^Save 1 item and 2 updates to earlier items to the log\?/, true),
    ];
    const saved = await importing();
    expect(saved.stderr).toBe('');
    expect(script.steps).toEqual([]);
    expect(saved.stdout).toMatch(/Added an update to A1[\s\S]*Added an update to A2/);

    script.steps = [
      select(/^1\/1 /, choose(/update \(a note\) to A1/)),
      confirm(/missed/, false),
      confirm(/^Save 1 update to an earlier item to the log\?/, true),
    ];
    parsed.proposal = {
      meeting: { date: '2025-11-11' },
      nextMeetings: [],
      items: [entry({ minute: '3', ref: null, updates: '12(a)', text: 'Signs are up.' })],
      noted: [],
    } satisfies StandIn;
    expect(await importing()).toMatchObject({ code: 0, stderr: '' });
    const a1 = JSON.parse((await runShow({ id: 'A1' }, { ...context, format: 'json' })).stdout);
    expect(
      a1.history.filter((h: { change: string }) => h.change === 'note').map((h: { note: string }) => h.note),
    ).toEqual([
      '9 Sep 2025, minute 7/1: The footpath had been repaired in August.',
      '11 Nov 2025, minute 3: Signs are up.',
    ]);
  });

  it('tracked as a new item instead, it is reviewed as one', async () => {
    script.steps = [
      select(/^1\/3 /, choose(/new item instead/)),
      select(/^1\/3 7\/1 The footpath .* — action, no owner/, choose(/^Edit/)),
      input(/^Text/, 'Inspect the repaired footpath'),
      select(/^Category/, 'action'),
      input(/^Owner/, 'Highways'),
      input(/^Due/, 'next'),
      input(/^Minute/, '7'),
      input(/^Resolution/, '1'),
      select(/^2\/3 /, choose(/^Skip$/)),
      select(/^3\/3 /, choose(/^Skip/)),
      confirm(/missed/, false),
      confirm(/^Save 1 item to the log\?/, true),
    ];
    const saved = await importing();
    expect(script.steps).toEqual([]);
    expect(saved.stdout).toMatch(/Imported 1 item\(s\) from minutes.txt: A3$/m);
  });
});
