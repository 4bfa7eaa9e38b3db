// The guided entry, with the prompts answered by a script: what a clerk types becomes the
// same items that `add` would make, saved together.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { forEachBackend } from '../backends.js';
import { actionlog, bytes, seededStore } from '../e2e/cli.js';

const answers = vi.hoisted(() => ({
  entries: [] as unknown[],
  /** Answers to "save these items?" in turn: save, fix or discard (save when none are left). */
  finish: [] as string[],
  fixWhich: 0,
  fixed: null as unknown,
  /** What "which one?" offered. */
  offered: [] as string[],
  saveEntered: true as boolean | 'cancel',
  cancelAt: -1,
}));

const ctrlC = () => Object.assign(new Error('User force closed the prompt with SIGINT'), { name: 'ExitPromptError' });

vi.mock('../../src/prompts/record.js', () => ({
  askMeeting: async () => '2025-06-16',
  askEntry: async (_choices: unknown, _meeting: unknown, _previous: unknown, current: unknown) => {
    if (current) return answers.fixed;
    if (answers.cancelAt === 0) throw ctrlC();
    answers.cancelAt--;
    return answers.entries.shift() ?? null;
  },
  askAnother: async () => answers.entries.length > 0,
  askFinish: async () => answers.finish.shift() ?? 'save',
  askWhichToFix: async (labels: string[]) => ((answers.offered = labels), answers.fixWhich),
  askSaveEntered: async () => {
    if (answers.saveEntered === 'cancel') throw ctrlC();
    return answers.saveEntered;
  },
}));

const { main } = await import('../../src/cli.js');

forEachBackend((backend) => {
  let file: string;
  let output: string[];
  const tty = { stdin: process.stdin.isTTY, stdout: process.stdout.isTTY };

  beforeEach(() => {
    file = seededStore(backend).data;
    process.env.ACTIONLOG_DATA = file;
    Object.assign(process.stdin, { isTTY: true });
    Object.assign(process.stdout, { isTTY: true });
    output = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (output.push(String(chunk)), true));
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (output.push(String(chunk)), true));
  });

  afterEach(() => {
    vi.restoreAllMocks();
    Object.assign(process.stdin, { isTTY: tty.stdin });
    Object.assign(process.stdout, { isTTY: tty.stdout });
    delete process.env.ACTIONLOG_DATA;
  });

  describe('record', () => {
    it('saves every entered resolution in one change, with the defaults add would give', async () => {
      answers.entries = [
        {
          minute: '53',
          ref: '5',
          text: 'Circulate the blueprint',
          category: 'information',
          type: 'action',
          owner: 'LLR ICB',
          due: '2025-09-30',
        },
        {
          minute: '53',
          ref: '6',
          text: 'Further update on ICB changes',
          category: 'work-programme',
          type: 'work-programme',
          owner: null,
          due: '2025-11-27',
        },
      ];
      answers.finish = [];
      answers.cancelAt = -1;
      expect(await main(['node', 'actionlog', 'record', 'jhsc'])).toBe(0);
      expect(output.join('')).toMatch(/Saved 2 item\(s\): A4, A5/);
      const items = actionlog(file, ['list', '--json']).json();
      expect(items.slice(3)).toMatchObject([
        {
          id: 'A4',
          category: 'information',
          owner: 'LLR ICB',
          due: { kind: 'date', date: '2025-09-30' },
          source: { minute: '53', ref: '5' },
        },
        { id: 'A5', type: 'work-programme', due: { kind: 'meeting', meeting: '2025-11-27' } },
      ]);
      expect(actionlog(file, ['history', '--json']).json()[0].summary).toMatch(/recorded 2 item/);
    });

    it('saves nothing when the clerk says no, or cancels with Ctrl-C', async () => {
      const before = bytes(file);
      answers.entries = [
        { minute: '1', ref: null, text: 'Something', category: 'action', type: 'action', owner: null, due: 'future' },
      ];
      answers.finish = ['discard'];
      expect(await main(['node', 'actionlog', 'record', 'jhsc'])).toBe(0);
      expect(output.join('')).toMatch(/Not saved/);
      answers.cancelAt = 0;
      expect(await main(['node', 'actionlog', 'record', 'jhsc'])).toBe(130);
      expect(output.join('')).toMatch(/cancelled; nothing was saved/);
      expect(bytes(file)).toBe(before);
    });
  });

  describe('record: stopping part-way, and fixing before saving', () => {
    const entry = (ref: string, text: string) => ({
      minute: '53',
      ref,
      text,
      category: 'action',
      type: 'action',
      owner: 'LLR ICB',
      due: 'future',
    });
    const texts = () =>
      actionlog(file, ['list', '--json'])
        .json()
        .slice(3)
        .map((i: { text: string }) => i.text);

    beforeEach(() => {
      answers.finish = [];
      answers.fixed = null;
      answers.saveEntered = true;
    });

    it('Ctrl-C after some items shows them and asks whether to save them; yes saves those', async () => {
      answers.entries = [entry('5', 'First'), entry('6', 'Second'), entry('7', 'Never finished')];
      answers.cancelAt = 2;
      expect(await main(['node', 'actionlog', 'record', 'jhsc'])).toBe(0);
      const shown = output.join('');
      expect(shown).toMatch(/First[\s\S]*Second/);
      expect(shown).toMatch(/Saved 2 item\(s\): A4, A5/);
      expect(texts()).toEqual(['First', 'Second']);
    });

    it('Ctrl-C after some items, then no (or Ctrl-C again), saves nothing', async () => {
      const before = bytes(file);
      answers.entries = [entry('5', 'First'), entry('6', 'Never finished')];
      answers.cancelAt = 1;
      answers.saveEntered = false;
      expect(await main(['node', 'actionlog', 'record', 'jhsc'])).toBe(0);
      expect(output.join('')).toMatch(/Not saved/);
      answers.entries = [entry('5', 'First'), entry('6', 'Never finished')];
      answers.cancelAt = 1;
      answers.saveEntered = 'cancel';
      expect(await main(['node', 'actionlog', 'record', 'jhsc'])).toBe(130);
      expect(output.join('')).toMatch(/cancelled; nothing was saved/);
      expect(bytes(file)).toBe(before);
    });

    it('Ctrl-C before any item is entered cancels without a question', async () => {
      answers.entries = [];
      answers.cancelAt = 0;
      answers.saveEntered = 'cancel'; // would fail the test with a different line if asked
      expect(await main(['node', 'actionlog', 'record', 'jhsc'])).toBe(130);
      expect(output.join('')).toMatch(/^actionlog: cancelled; nothing was saved\n$/m);
    });

    it('the summary at the end lets one item be fixed, then shows them again, then saves', async () => {
      answers.entries = [entry('5', 'Circulate the blueprnt'), entry('6', 'Second')];
      answers.cancelAt = -1;
      answers.finish = ['fix', 'save'];
      answers.fixWhich = 0;
      answers.fixed = { ...entry('5', 'Circulate the blueprint'), owner: 'the ICB' };
      expect(await main(['node', 'actionlog', 'record', 'jhsc'])).toBe(0);
      expect(answers.offered).toEqual(['1. 53/5 Circulate the blueprnt', '2. 53/6 Second']);
      const shown = output.join('');
      // The summary before the fix, and again after it.
      expect(shown.match(/Circulate the blueprnt/g)).toHaveLength(1);
      expect(shown).toMatch(/Circulate the blueprint/);
      const items = actionlog(file, ['list', '--json']).json().slice(3);
      expect(items.map((i: { text: string; owner: string }) => [i.text, i.owner])).toEqual([
        ['Circulate the blueprint', 'the ICB'],
        ['Second', 'LLR ICB'],
      ]);
    });
  });

  describe('record without a terminal', () => {
    it('refuses and points to add', () => {
      const result = actionlog(seededStore(backend).data, ['record', 'jhsc']);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/needs a terminal; in scripts use "actionlog add/);
    });
  });
});
