// What the import shows the clerk of entries that propose nothing: an earlier action reported done and a task
// ticked off in a checklist are listed with the noted resolutions, saying why, in the table, the JSON and the review —
// never dropped unseen — and the clerk may still make one an item. Invented minutes.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { runCommitteeAdd } from '../../src/commands/committee.js';
import { runImport } from '../../src/commands/import.js';
import type { Context } from '../../src/context.js';
import { execute, testContext } from './context.js';
import { choose, confirm, ENTER, input, select, type Script } from './promptScript.js';

const script = vi.hoisted((): Script => ({ steps: [], asked: [] }));
vi.mock('@inquirer/prompts', async () => (await import('./promptScript.js')).promptsAnswering(script));

const MINUTES = [
  'Allotments Committee',
  'Minutes of the meeting held on 4 March 2026',
  '',
  '1. Actions from the last meeting',
  'Agreed actions:',
  '- KT to order the water butts – done (delivered 20 February).',
  '- RB to ask the landlord about the hedge before the next meeting.',
  '',
  '2. Plot inspections',
  '- [ ] Clerk to send the inspection letters',
  '- [x] Clerk to book the inspection day',
  '',
  'The meeting closed at 8pm.',
].join('\n');

let context: Context & { printed: string[] };
let file: string;

beforeEach(async () => {
  context = await testContext({ interactive: true });
  await runCommitteeAdd({ slug: 'allot', name: 'Allotments Committee' }, context);
  file = path.join(mkdtempSync(path.join(tmpdir(), 'actionlog-noted-')), 'march.txt');
  writeFileSync(file, MINUTES);
  script.steps = [];
  script.asked = [];
});

describe('entries reported done or ticked off', () => {
  it('are in the --dry-run table as noted, with the reason in the Check column', async () => {
    const result = await execute(runImport, { file, committee: 'allot', dryRun: true }, context);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/2 item\(s\) to track/);
    expect(result.stdout).toMatch(
      /3 +1 +KT to order the water butts – done \(delivered 20 February\)\. +reported done/,
    );
    expect(result.stdout).toMatch(/4 +2 +Clerk to book the inspection day +ticked as done/);
  });

  it('are in the --dry-run --json noted list with their reason; a resolution read as noting has none', async () => {
    const proposal = JSON.parse(
      (await execute(runImport, { file, committee: 'allot', dryRun: true }, { ...context, format: 'json' })).stdout,
    );
    expect(proposal.items.map((i: { owner: string }) => i.owner)).toEqual(['RB', 'Clerk']);
    expect(proposal.noted).toEqual([
      {
        number: 3,
        minute: '1',
        ref: null,
        text: 'KT to order the water butts – done (delivered 20 February).',
        source: 'resolution',
        reason: 'reported done',
        trackedAs: null,
      },
      {
        number: 4,
        minute: '2',
        ref: null,
        text: 'Clerk to book the inspection day',
        source: 'resolution',
        reason: 'ticked as done',
        trackedAs: null,
      },
    ]);
  });

  it('are offered in the review with their reason, and one can be made an item', async () => {
    script.steps = [
      select(/^1\/2 /, choose(/all the rest/)),
      select(/^Noted 1\/2 1 KT to order the water butts .*\(reported done\)$/, choose(/Leave it noted/)),
      select(/^Noted 2\/2 2 Clerk to book the inspection day \(ticked as done\)$/, choose(/Track it/)),
      input(/^Text/, ENTER),
      select(/^Category/, 'action'),
      input(/^Owner/, 'Clerk'),
      input(/^Due/, 'next'),
      input(/^Minute/, ENTER),
      input(/^Resolution/, ENTER),
      confirm(/missed/, false),
      confirm(/^Save 3 items/, true),
    ];
    const result = await execute(runImport, { file, committee: 'allot' }, context);
    expect(script.steps, `questions asked:\n${script.asked.join('\n')}`).toEqual([]);
    expect(result.stdout).toMatch(/Imported 3 item\(s\)/);
  });
});
