// The import review on a terminal, answered by a script: every way a clerk can say what to
// keep — accept, edit, skip, split, merge, accept all the rest, promote a noted resolution, add
// a missed item — and the one confirmation before anything is written.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { runCommitteeAdd } from '../../src/commands/committee.js';
import { runImport } from '../../src/commands/import.js';
import { runShow } from '../../src/commands/show.js';
import type { Context } from '../../src/context.js';
import { execute, testContext } from './context.js';
import { choose, confirm, CTRL_C, ENTER, input, select, type Script } from './promptScript.js';

const script = vi.hoisted((): Script => ({ steps: [], asked: [] }));
vi.mock('@inquirer/prompts', async () => (await import('./promptScript.js')).promptsAnswering(script));

const MINUTES = path.resolve(__dirname, '../fixtures/health-panel-minutes.txt');

let context: Context & { printed: string[] };

beforeEach(async () => {
  context = await testContext({ interactive: true });
  await runCommitteeAdd({ slug: 'hsp', name: 'Health Scrutiny Panel' }, context);
  script.steps = [];
  script.asked = [];
});

const storeText = () => readFileSync(context.store.location, 'utf8');
const show = async (id: string) => JSON.parse((await runShow({ id }, { ...context, format: 'json' })).stdout);
const importing = (options: Partial<Parameters<typeof runImport>[0]> = {}) =>
  execute(runImport, { file: MINUTES, committee: 'hsp', ...options }, context);

/** Every question answered, none left over. */
function answered(): void {
  expect(script.steps, `questions asked:\n${script.asked.join('\n')}`).toEqual([]);
}

describe('the import review', () => {
  it('shows every candidate first: the items with their checks, and the noted resolutions in full', async () => {
    script.steps = [
      select(/^1\/3 /, choose(/all the rest/)),
      select(/^Noted 1\/3/, choose(/rest noted/)),
      confirm(/missed/, false),
      confirm(/^Save 3 items and 3 meeting dates/, false),
    ];
    expect(await importing()).toMatchObject({ code: 0, stdout: 'Not saved.' });
    const shown = context.printed.join('');
    expect(shown).toMatch(/3 item\(s\) to track/);
    expect(shown).toMatch(/3 resolution\(s\) only noted/);
    expect(shown).toMatch(
      /6 +24 +The Panel meet on Tuesday, 11 November 2025 and Tuesday, 13 January 2026, at 6.00 pm/,
    );
    answered();
  });

  it('accept, edit (owner, minute and ref too), split; promote a noted resolution; add a missed item; one confirmation', async () => {
    script.steps = [
      select(
        /^1\/3 23\(b\) The Director of Adult Social Care .* — information, the Director of Adult Social Care, due 11 Nov 2025/,
        choose(/^Accept$/),
      ),
      select(/^2\/3 23\(c\)/, choose(/^Edit/)),
      input(/^Text/, ENTER),
      select(/^Category/, 'invitation'),
      input(/^Owner/, 'East Midlands Ambulance Service'),
      input(/^Due/, (q: { validate: (s: string) => true | string }) => {
        // A month with no meeting is refused as it is typed, saying why.
        expect(q.validate('july')).toMatch(/no July meeting/);
        return 'future';
      }),
      input(/^Minute/, ENTER),
      input(/^Resolution within the minute/, '(c)(i)'),
      select(/^3\/3 23\(d\)/, choose(/^Split/)),
      input(/first item/, 'A further report on winter pressures be submitted to the January meeting'),
      input(/second item/, 'The report to include delayed discharges from hospital'),
      select(/^3\/4 23\(d\) A further report/, choose(/^Accept$/)),
      select(/^4\/4 23\(d\) The report to include/, choose(/^Accept$/)),
      select(/^Noted 1\/3 22 /, choose(/Leave it noted/)),
      select(/^Noted 2\/3 23\(a\) The report be noted/, choose(/Track it/)),
      input(/^Text/, 'Officers to report back on the winter plan'),
      select(/^Category/, 'action'),
      input(/^Owner/, 'Officers'),
      input(/^Due/, 'next'),
      input(/^Minute/, ENTER),
      input(/^Resolution/, ENTER),
      select(/^Noted 3\/3 24 /, choose(/Leave it noted/)),
      confirm(/^Add an item the importer missed/, true),
      input(/^What was decided/, 'The Chair to write to the ICB about winter funding'),
      select(/^Category/, 'action'),
      input(/^Owner, or owners lead first/, 'the Chair; the Vice-Chair'),
      input(/^Due/, '13 January 2026'),
      input(/^Minute/, ENTER),
      input(/^Resolution/, ''),
      confirm(/^Add another item/, false),
      confirm(/^Save 6 items and 3 meeting dates to the log\?/, true),
    ];
    const result = await importing();
    answered();
    expect(result.stdout).toMatch(/^Imported 6 item\(s\) from health-panel-minutes.txt: A1, A2, A3, A4, A5, A6$/m);
    expect(await show('A1')).toMatchObject({ source: { minute: '23', ref: '(b)' }, category: 'information' });
    const edited = await show('A2');
    expect(edited).toMatchObject({
      owner: 'East Midlands Ambulance Service',
      source: { minute: '23', ref: '(c)(i)' },
      due: { kind: 'future' },
    });
    // The minutes' own reading is kept beside the clerk's changes.
    expect(edited.history[1]).toMatchObject({
      change: 'reviewed',
      from: [{ minute: '23', ref: '(c)' }],
      to: { minute: '23', ref: '(c)(i)' },
    });
    expect([(await show('A3')).text, (await show('A4')).text]).toEqual([
      'A further report on winter pressures be submitted to the January meeting',
      'The report to include delayed discharges from hospital',
    ]);
    expect(await show('A5')).toMatchObject({
      text: 'Officers to report back on the winter plan',
      owner: 'Officers',
      source: { minute: '23', ref: '(a)' },
      due: { kind: 'meeting', meeting: '2025-11-11' },
    });
    expect(await show('A6')).toMatchObject({
      text: 'The Chair to write to the ICB about winter funding',
      owner: 'the Chair',
      owners: ['the Chair', 'the Vice-Chair'],
      source: { minute: '24', ref: null },
      due: { kind: 'meeting', meeting: '2026-01-13' },
    });

    // The same minutes again: nothing new, however the clerk changed what they saved.
    const before = storeText();
    const again = await importing({ yes: true });
    expect(again.stdout).toMatch(/^Imported 0 item\(s\)/);
    expect(storeText()).toBe(before);
    const preview = JSON.parse(
      (await execute(runImport, { file: MINUTES, committee: 'hsp', dryRun: true }, { ...context, format: 'json' }))
        .stdout,
    );
    expect(preview.items.map((i: { alreadyInLog: string }) => i.alreadyInLog)).toEqual(['A1', 'A2', 'A3']);
    expect(preview.noted.map((n: { trackedAs: string | null }) => n.trackedAs)).toEqual([null, 'A5', null]);
  });

  it('merge two items into one, then accept all the rest', async () => {
    script.steps = [
      select(/^1\/3 23\(b\)/, choose(/^Merge/)),
      select(/^Merge it with/, choose(/^23\(c\)/)),
      select(/^1\/2 23\(b\) The Director .*; Representatives of the ambulance trust/, choose(/^Edit/)),
      input(
        /^Text/,
        'The Director of Adult Social Care to circulate the staffing figures and invite the ambulance trust',
      ),
      select(/^Category/, ENTER),
      input(/^Owner/, ENTER),
      input(/^Due/, ENTER),
      input(/^Minute/, ENTER),
      input(/^Resolution/, '(b)-(c)'),
      select(/^2\/2 23\(d\)/, choose(/all the rest/)),
      select(/^Noted 1\/3/, choose(/rest noted/)),
      confirm(/missed/, false),
      confirm(/^Save 2 items and 3 meeting dates/, true),
    ];
    const result = await importing();
    answered();
    expect(result.stdout).toMatch(/Imported 2 item\(s\) from health-panel-minutes.txt: A1, A2/);
    const merged = await show('A1');
    expect(merged).toMatchObject({ category: 'information', source: { ref: '(b)-(c)' } });
    expect(merged.history[1].from.map((r: { ref: string }) => r.ref)).toEqual(['(b)', '(c)']);
    expect((await importing({ yes: true })).stdout).toMatch(/^Imported 0 item\(s\)/);
  });

  it('skip leaves an item out, and says so', async () => {
    script.steps = [
      select(/^1\/3/, choose(/^Skip/)),
      select(/^2\/3/, choose(/^Skip/)),
      select(/^3\/3/, choose(/^Accept$/)),
      select(/^Noted 1\/3/, choose(/rest noted/)),
      confirm(/missed/, false),
      confirm(/^Save 1 item and 3 meeting dates/, true),
    ];
    const result = await importing();
    answered();
    expect(result.stdout).toMatch(/Imported 1 item\(s\)/);
    expect(result.stdout).toMatch(/2 proposed item\(s\) not saved/);
  });

  it('saves nothing when the clerk says no at the end, or presses Ctrl-C mid-way', async () => {
    const before = storeText();
    script.steps = [
      select(/^1\/3/, choose(/all the rest/)),
      select(/^Noted 1\/3/, choose(/rest noted/)),
      confirm(/missed/, false),
      confirm(/^Save/, false),
    ];
    expect(await importing()).toMatchObject({ code: 0, stdout: 'Not saved.' });
    script.steps = [select(/^1\/3/, choose(/^Accept$/)), select(/^2\/3/, CTRL_C)];
    expect(await importing()).toMatchObject({
      code: 130,
      stderr: expect.stringMatching(/cancelled; nothing was saved/),
    });
    expect(storeText()).toBe(before);
    answered();
  });
});
