// The guided entry, with the prompts answered by a script: what a clerk types becomes the
// same items that `add` would make, saved together.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { forEachBackend } from '../backends.js';
import { actionlog, bytes, seededStore } from '../e2e/cli.js';


const answers = vi.hoisted(() => ({ entries: [] as unknown[], save: true, cancelAt: -1 }));

vi.mock('../../src/prompts/record.js', () => ({
  askMeeting: async () => '2025-06-16',
  askEntry: async () => {
    if (answers.cancelAt === 0) throw Object.assign(new Error('User force closed the prompt'), { name: 'ExitPromptError' });
    answers.cancelAt--;
    return answers.entries.shift() ?? null;
  },
  askAnother: async () => answers.entries.length > 0,
  askSave: async () => answers.save,
  isCancel: (error: Error) => error.name === 'ExitPromptError',
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
        { minute: '53', ref: '5', text: 'Circulate the blueprint', category: 'information', type: 'action', owner: 'LLR ICB', due: '2025-09-30' },
        { minute: '53', ref: '6', text: 'Further update on ICB changes', category: 'work-programme', type: 'work-programme', owner: null, due: '2025-11-27' },
      ];
      answers.save = true;
      answers.cancelAt = -1;
      expect(await main(['node', 'actionlog', 'record', 'jhsc'])).toBe(0);
      expect(output.join('')).toMatch(/Saved 2 item\(s\): A4, A5/);
      const items = actionlog(file, ['list', '--json']).json();
      expect(items.slice(3)).toMatchObject([
        { id: 'A4', category: 'information', owner: 'LLR ICB', due: { kind: 'date', date: '2025-09-30' }, source: { minute: '53', ref: '5' } },
        { id: 'A5', type: 'work-programme', due: { kind: 'meeting', meeting: '2025-11-27' } },
      ]);
      expect(actionlog(file, ['history', '--json']).json()[0].summary).toMatch(/recorded 2 item/);
    });

    it('saves nothing when the clerk says no, or cancels with Ctrl-C', async () => {
      const before = bytes(file);
      answers.entries = [{ minute: '1', ref: null, text: 'Something', category: 'action', type: 'action', owner: null, due: 'future' }];
      answers.save = false;
      expect(await main(['node', 'actionlog', 'record', 'jhsc'])).toBe(0);
      expect(output.join('')).toMatch(/Not saved/);
      answers.cancelAt = 0;
      expect(await main(['node', 'actionlog', 'record', 'jhsc'])).toBe(130);
      expect(output.join('')).toMatch(/cancelled; nothing was saved/);
      expect(bytes(file)).toBe(before);
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
