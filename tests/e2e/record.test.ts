// `record` on a real terminal (a pseudo-terminal from `script`), answered as a clerk types:
// Ctrl-C part-way asks whether to keep what was entered. The prompts' other paths are
// tested in-process (tests/commands/record.test.ts).
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { actionlog, bytes, mustRun, tempStore } from './cli.js';

const BIN = path.resolve(__dirname, '../../bin/actionlog.js');
const hasScript = spawnSync('script', ['--version']).status === 0;

/** Runs `record` on a terminal; each step waits for the screen to show `prompt`, then types `keys`. */
async function onTerminal(
  file: string,
  steps: [prompt: RegExp, keys: string][],
): Promise<{ code: number; screen: string }> {
  const child = spawn(
    'script',
    ['-qec', `'${process.execPath}' '${BIN}' record jhsc --meeting 2025-06-16`, '/dev/null'],
    {
      env: {
        PATH: process.env.PATH,
        HOME: path.dirname(file),
        ACTIONLOG_DATA: file,
        TERM: 'dumb',
        NO_COLOR: '1',
        TZ: 'Europe/London',
      },
    },
  );
  let screen = '';
  let seen = 0; // the screen up to here has been matched by earlier steps
  let step = 0;
  const exited = new Promise<number>((resolve) => child.on('exit', (code) => resolve(code ?? -1)));
  child.stdout.on('data', (chunk) => {
    screen += chunk;
    while (step < steps.length) {
      const match = steps[step][0].exec(screen.slice(seen));
      if (!match) break;
      seen += match.index + match[0].length;
      child.stdin.write(steps[step][1]);
      step++;
    }
  });
  const timeout = setTimeout(() => child.kill(), 30_000);
  const code = await exited;
  clearTimeout(timeout);
  // eslint-disable-next-line no-control-regex -- the terminal's cursor movements, taken out to read the text
  return { code, screen: screen.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '') };
}

function calendarStore() {
  const { data: file } = tempStore();
  const run = mustRun(file);
  run('init');
  run('committee', 'add', 'jhsc', '--name', 'Joint Health Scrutiny Committee');
  run('meeting', 'add', 'jhsc', '2025-06-16', '2025-09-01');
  return file;
}

/** Typing one item: minute, ref, text, then Enter for the first category (action), no owner, and the next meeting. */
const firstItem: [RegExp, string][] = [
  [/Minute number/, '53\r'],
  [/Resolution within the minute/, '5\r'],
  [/What was resolved/, 'Circulate the blueprint to members\r'],
  [/Category/, '\r'],
  [/Owner/, '\r'],
  [/Due/, '\r'],
];

describe.skipIf(!hasScript)('record on a terminal', () => {
  it('Ctrl-C after an item asks whether to save it; yes saves it', async () => {
    const file = calendarStore();
    const { code, screen } = await onTerminal(file, [
      ...firstItem,
      [/Record another resolution\?/, '\r'],
      [/Minute number/, '\u0003'],
      [/Save the 1 item entered so far/, '\r'],
    ]);
    expect(screen).toMatch(/Saved 1 item\(s\): A1/);
    expect(code).toBe(0);
    expect(actionlog(file, ['list', '--json']).json()).toMatchObject([
      { id: 'A1', text: 'Circulate the blueprint to members', source: { minute: '53', ref: '5' } },
    ]);
  }, 40_000);

  it('Ctrl-C, then no, saves nothing', async () => {
    const file = calendarStore();
    const before = bytes(file);
    const { code, screen } = await onTerminal(file, [
      ...firstItem,
      [/Record another resolution\?/, '\r'],
      [/Minute number/, '\u0003'],
      [/Save the 1 item entered so far/, 'n\r'],
    ]);
    expect(screen).toMatch(/Not saved/);
    expect(code).toBe(0);
    expect(bytes(file)).toBe(before);
  }, 40_000);
});
