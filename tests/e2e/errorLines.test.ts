// Error lines in the clerk's words: what was wrong, and what to do, in one line, with the
// right exit code, and nothing changed. And help that knows the commands.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { actionlog, bytes, seededStore, tempStore } from './cli.js';

/** One line on stderr, nothing on stdout, this exit code. */
function expectOneLine(result: ReturnType<typeof actionlog>, code: number, message: RegExp): void {
  expect(result.stderr).toMatch(message);
  expect(result.stderr.trim().split('\n')).toHaveLength(1);
  expect(result.stdout).toBe('');
  expect(result.code).toBe(code);
}

describe('a store whose folder is missing', () => {
  it('init at a place whose folder does not exist says so, and creates nothing', () => {
    const store = tempStore();
    const file = path.join(store.dir, 'no-such-folder', 'actionlog.json');
    const result = actionlog(store.data, ['init', '--data', file]);
    expectOneLine(
      result,
      1,
      /^actionlog: there is no folder .*no-such-folder for the action log; check the path \(--data or ACTIONLOG_DATA\), or create the folder first\n$/,
    );
    expect(existsSync(path.dirname(file))).toBe(false);
  });

  it('a change to a log in a missing folder says the same, not "cannot lock"', () => {
    const store = tempStore();
    const file = path.join(store.dir, 'no-such-folder', 'actionlog.json');
    const result = actionlog(
      store.data,
      ['committee', 'add', 'jhsc', '--name', 'Joint Health Scrutiny Committee'],
      undefined,
      { ACTIONLOG_DATA: file },
    );
    expectOneLine(result, 1, /there is no folder .*no-such-folder for the action log/);
    expect(result.stderr).not.toMatch(/ENOENT|lock/);
  });

  it('init with no --data creates the default folder, which nobody chose', () => {
    const { dir } = tempStore();
    const result = actionlog(path.join(dir, 'unused.json'), ['init'], undefined, {
      ACTIONLOG_DATA: '',
      XDG_DATA_HOME: path.join(dir, 'data'),
    });
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/Created an empty action log at .*data\/actionlog\/actionlog.json/);
    expect(existsSync(path.join(dir, 'data', 'actionlog', 'actionlog.json'))).toBe(true);
  });
});

describe('import of a file that is missing or not what its name says', () => {
  it('a missing file', () => {
    const { data: file } = seededStore();
    expectOneLine(
      actionlog(file, ['import', 'minutes-16-june.docx', '-c', 'jhsc', '--dry-run']),
      2,
      /^actionlog: there is no file "minutes-16-june.docx" in .*; check the name, or give the file's full path\n$/,
    );
  });

  it('a folder', () => {
    const { data: file, dir } = seededStore();
    mkdirSync(path.join(dir, 'minutes.pdf'));
    expectOneLine(
      actionlog(file, ['import', 'minutes.pdf', '-c', 'jhsc', '--dry-run']),
      2,
      /"minutes.pdf" is a folder, not a file/,
    );
  });

  it('a .docx that is plain text', () => {
    const { data: file, dir } = seededStore();
    writeFileSync(path.join(dir, 'minutes.docx'), 'RESOLVED: that the report be noted.\n');
    const result = actionlog(file, ['import', 'minutes.docx', '-c', 'jhsc', '--dry-run']);
    expectOneLine(
      result,
      2,
      /^actionlog: minutes.docx is not a Word document \(\.docx\), whatever its name says; open it in Word and save it as \.docx, or import it as \.txt or \.pdf\n$/,
    );
    expect(result.stderr).not.toMatch(/central directory|jszip|zip file/);
  });

  it('an old Word .doc renamed .docx', () => {
    const { data: file, dir } = seededStore();
    writeFileSync(
      path.join(dir, 'minutes.docx'),
      Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600)]),
    );
    expectOneLine(
      actionlog(file, ['import', 'minutes.docx', '-c', 'jhsc', '--dry-run']),
      2,
      /minutes.docx is an older Word document \(\.doc\); open it in Word and save it as \.docx/,
    );
  });

  it('a .pdf that is not a PDF', () => {
    const { data: file, dir } = seededStore();
    writeFileSync(path.join(dir, 'minutes.pdf'), '<html><body>Minutes</body></html>');
    expectOneLine(
      actionlog(file, ['import', 'minutes.pdf', '-c', 'jhsc', '--dry-run']),
      2,
      /minutes.pdf is not a PDF, whatever its name says/,
    );
  });
});

describe('empty values and dues that cannot be met', () => {
  const cases: [string, string[], RegExp][] = [
    [
      'drop --reason ""',
      ['drop', 'A1', '--reason', ''],
      /^actionlog: --reason is empty; say why the item is dropped, for the committee to note\n$/,
    ],
    [
      'defer --to ""',
      ['defer', 'A1', '--to', ' '],
      /^actionlog: --to is empty; give the new due: next, future, a month name \(november\) or a date/,
    ],
    [
      'done --note ""',
      ['done', 'A1', '--note', ''],
      /^actionlog: --note is empty; give the update, or leave out --note\n$/,
    ],
    [
      'update --text ""',
      ['update', 'A1', '--text', ''],
      /^actionlog: --text is empty; give the item's text as the minutes word it\n$/,
    ],
    [
      'defer --to a word',
      ['defer', 'A1', '--to', 'whenever'],
      /^actionlog: --to "whenever" is not a due; use next, future/,
    ],
  ];

  it.each(cases)('%s: one line in plain words, exit 2, nothing changed', (_name, args, message) => {
    const { data: file } = seededStore();
    const before = bytes(file);
    expectOneLine(actionlog(file, args), 2, message);
    expect(bytes(file)).toBe(before);
  });
});

describe('a damaged store', () => {
  it('with no kept version: says so, and does not promise that recover can help', () => {
    const { data: file } = tempStore();
    writeFileSync(file, '{"schema": 1, "committees": [');
    const result = actionlog(file, ['list']);
    expectOneLine(
      result,
      1,
      /cut short: not valid JSON .*; it was left as it is; no earlier version is kept beside it to restore, so put it back from your own backups\n$/,
    );
    expect(result.stderr).not.toMatch(/actionlog recover/);
  });

  it('with a kept version: points to recover', () => {
    const { data: file } = seededStore();
    actionlog(file, ['done', 'A1']);
    writeFileSync(file, '{"schema": 1, "committees": [');
    expectOneLine(actionlog(file, ['list']), 1, /"actionlog recover" can restore the last good version/);
  });
});

describe('help and unknown commands', () => {
  it('help <unknown> exits 2 and names the nearest command', () => {
    const { data: file } = seededStore();
    expectOneLine(
      actionlog(file, ['help', 'lsit']),
      2,
      /^actionlog: unknown command 'lsit'; did you mean list\? \(see "actionlog --help"\)\n$/,
    );
    expectOneLine(
      actionlog(file, ['help', 'frobnicate']),
      2,
      /^actionlog: unknown command 'frobnicate' \(see "actionlog --help"\)\n$/,
    );
    expectOneLine(
      actionlog(file, ['help', 'meeting', 'cancle']),
      2,
      /^actionlog: unknown command 'meeting cancle'; did you mean meeting cancel\?/,
    );
  });

  it('help <command> still shows that command', () => {
    const { data: file } = seededStore();
    const result = actionlog(file, ['help', 'list']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: actionlog list/);
  });

  it.each([
    [['lsit'], /unknown command 'lsit'; did you mean list\?/],
    [['carry'], /unknown command 'carry'; did you mean carry-forward\?/],
    [['sign'], /unknown command 'sign'; did you mean sign-off\?/],
    [
      ['meeting', 'lst'],
      /unknown command 'meeting lst'; did you mean meeting list\? \(see "actionlog meeting --help"\)/,
    ],
  ])('%j suggests the nearest command on the same line', (args, message) => {
    const { data: file } = seededStore();
    expectOneLine(actionlog(file, args), 2, message);
  });
});

describe('subcommand help', () => {
  it('names the options every command takes once, instead of repeating them', () => {
    const { data: file } = seededStore();
    const help = actionlog(file, ['add', '--help']).stdout;
    expect(help).not.toMatch(/Global Options/);
    expect(help).not.toMatch(/--data <file>|--limit|--format/);
    expect(help).toMatch(/--json\s+print the result as JSON, for scripts/);
    expect(help.replace(/\s+/g, ' ')).toMatch(
      /Every command also takes --data, --as-of, --no-color and --by: see "actionlog --help"\./,
    );
  });

  it('offers --format and --limit where they do something, with the formats the command prints', () => {
    const { data: file } = seededStore();
    expect(actionlog(file, ['list', '--help']).stdout).toMatch(
      /--format <format>\s+table \(the default\), json, csv, md or html[\s\S]*--limit <rows>[\s\S]*--no-limit/,
    );
    expect(actionlog(file, ['meeting', 'list', '--help']).stdout).toMatch(
      /--format <format>\s+table \(the default\), json, csv or md\n/,
    );
    const show = actionlog(file, ['show', '--help']).stdout;
    expect(show).not.toMatch(/--format/);
    expect(show).toMatch(/--json/);
    expect(actionlog(file, ['record', '--help']).stdout).not.toMatch(/--json|--format|--limit/);
  });

  it("does the same for the papers' commands: Word and Excel only to a file, chase's drafts, the calendar", () => {
    const { data: file } = seededStore();
    const help = (...words: string[]) => actionlog(file, [...words, '--help']).stdout.replace(/\s+/g, ' ');
    expect(help('report')).toMatch(
      /--format <format> table \(the default\), json, csv, md or html; to the --output file also docx or xlsx/,
    );
    expect(help('list')).toMatch(
      /--format <format> table \(the default\), json, csv, md or html; to the --output file also xlsx --json/,
    );
    expect(help('calendar')).toMatch(/--format <format> ics \(the default\) or json --json short for --format json/);
    expect(help('calendar')).not.toMatch(/--limit/);
    expect(help('chase')).toMatch(/--format <format> eml \(the default\), docx or md, to the --output folder/);
    expect(help('chase')).not.toMatch(/--json|--limit/);
    expect(help('owner', 'list')).toMatch(
      /--format <format> table \(the default\), json, csv or md [\s\S]*--limit <rows>/,
    );
    for (const words of [['owner', 'set'], ['committee', 'set'], ['apply']]) {
      expect(help(...words)).not.toMatch(/--format|--limit/);
      expect(help(...words)).toMatch(/--json print the result as JSON, for scripts/);
    }
  });
});
