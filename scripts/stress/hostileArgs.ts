// What hostile input looks like: every command the CLI registers (found by walking the
// commander program, so a new command is covered without editing this file), given random
// and nasty values for each argument and option. Paths that the CLI would write to or read
// from are kept inside the sandbox: this runs as whoever runs the tests, root included.
import type { Command } from 'commander';
import fc from 'fast-check';
import { buildProgram } from '../../src/cli.js';

export interface CommandSpec {
  path: string[];
  args: { name: string; variadic: boolean; required: boolean }[];
  options: { long: string; takesValue: boolean }[];
}

/** Options never fed random values: the store path is the sandbox's. */
const FIXED_OPTIONS = new Set(['--data', '--help', '--version']);

const fullProgram = await buildProgram();

export function commandSpecs(program: Command = fullProgram): CommandSpec[] {
  const global = program.options.filter((o) => o.long && !FIXED_OPTIONS.has(o.long));
  const specs: CommandSpec[] = [];
  const walk = (command: Command, path: string[]) => {
    if (command.commands.length) return command.commands.forEach((sub) => walk(sub, [...path, sub.name()]));
    specs.push({
      path,
      args: command.registeredArguments.map((a) => ({ name: a.name(), variadic: a.variadic, required: a.required })),
      options: [...command.options, ...global]
        .filter((o) => o.long && !FIXED_OPTIONS.has(o.long))
        .map((o) => ({ long: o.long!, takesValue: o.required || o.optional })),
    });
  };
  program.commands.forEach((command) => walk(command, [command.name()]));
  return specs;
}

const BIDI = ['\u202E', '\u202D', '\u2066', '\u2067', '\u2068', '\u2069', '\u200F', '\u061C'];
const EMOJI = ['📋', '👩🏽‍⚖️', '🏳️‍🌈', '🇬🇧', '🔥', '\uD83D', '\uFE0F'];
const TRAVERSAL = [
  '../../etc/passwd',
  '..\\..\\windows\\win.ini',
  '/etc/shadow',
  'A1/../A2',
  '%2e%2e%2f',
  'jhsc/../../x',
  '~/.ssh/id_rsa',
  'file:///etc/passwd',
  'A1\0.json',
];
const BAD_DATES = [
  '2025-02-30',
  '31/02/2026',
  '0000-00-00',
  '9999-99-99',
  '2025-13-01',
  '29 February 2025',
  'Thursday 31st April 2025',
  '-1',
  '1e309',
  'NaN',
  '2025-06-16T25:61',
  '+275760-09-13',
  '32/13/2025',
  '',
];
const ODD_IDS = [
  'A0',
  'A-1',
  'A99999999999',
  'A١',
  'Ａ１',
  ' a1 ',
  'A1\n',
  '0x1',
  '1.5',
  '__proto__',
  'constructor',
  'toString',
];
const DASHES = ['-', '--', '-x', '--no-such-flag', '-1'];

const pick = (values: string[]) => fc.constantFrom(...values);
const controls = fc.string({
  unit: fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)),
  maxLength: 20,
});
const huge = fc
  .tuple(fc.string({ minLength: 1, maxLength: 20 }), fc.integer({ min: 1000, max: 120_000 }))
  .map(([s, n]) => s.repeat(Math.ceil(n / s.length)).slice(0, n));

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  controls,
  fc.tuple(pick(BIDI), fc.string({ maxLength: 10 }), pick(EMOJI)).map((parts) => parts.join('')),
  pick(EMOJI),
  pick(TRAVERSAL),
  pick(BAD_DATES),
  pick(ODD_IDS),
  pick(DASHES),
  huge,
  fc
    .array(fc.oneof(pick(BIDI), pick(EMOJI), controls, fc.string({ maxLength: 5 })), { maxLength: 6 })
    .map((parts) => parts.join('')),
);

/** A value that gets past the first check, so that deeper code is reached too. */
function plausible(name: string): fc.Arbitrary<string> {
  if (/committee|slug/.test(name)) return pick(['jhsc', 'JHSC', 'no-such']);
  if (/^id|ids/.test(name)) return pick(['A1', 'a2', '3', 'A4']);
  if (/date|meeting|as-of|to$|due|moved/.test(name))
    return pick(['2025-09-01', '27 November 2025', '22/01/2026', 'next', 'future', 'november']);
  if (/status/.test(name)) return pick(['open', 'done', 'in-progress,dropped']);
  if (/type/.test(name)) return pick(['action', 'work-programme']);
  if (/category/.test(name)) return pick(['information', 'deferral']);
  if (/format/.test(name)) return pick(['json', 'csv', 'md', 'html', 'table']);
  return pick(['Report back on waiting times', 'UHL and the CCGs', '17(d)']);
}

const value = (name: string) =>
  fc.oneof({ arbitrary: hostileString, weight: 3 }, { arbitrary: plausible(name), weight: 2 });

/** Arguments or options that name a file are pointed at files made in the sandbox instead. */
const isPath = (name: string) => /file|output|path|dir/.test(name);

function pathValue(sandbox: string): fc.Arbitrary<string> {
  const name = fc.string({ maxLength: 12 }).map((s) => s.replace(/[^A-Za-z0-9._-]/g, '').replace(/^\.+/, '') || 'out');
  return fc.oneof(
    pick(
      ['missing.txt', 'empty.txt', 'minutes.txt', 'garbage.pdf', 'garbage.docx', 'folder'].map(
        (f) => `${sandbox}/${f}`,
      ),
    ),
    name.map((n) => `${sandbox}/out/${n}.html`),
  );
}

/**
 * Where `migrate` copies from and to: logs in the sandbox (the sandbox's own, files there,
 * a folder, a copy in out/), locations that cannot be reached or are no location at all,
 * never a random path (which would be written to, wherever it pointed).
 */
function logValue(sandbox: string): fc.Arbitrary<string> {
  const name = fc.string({ maxLength: 12 }).map((s) => s.replace(/[^A-Za-z0-9._-]/g, '').replace(/^\.+/, '') || 'copy');
  return fc.oneof(
    pathValue(sandbox),
    pick([
      `${sandbox}/actionlog.json`,
      'postgres://nobody@127.0.0.1:1/nowhere?connect_timeout=1',
      'postgres:?schema=Not-A-Name',
      'postgres://',
      'postgresql:?sslmode=require',
    ]),
    name.map((n) => `${sandbox}/out/${n}.json`),
  );
}

/** What a command's argument or option takes: a path in the sandbox, a log, or a value. */
function valueFor(spec: CommandSpec, name: string): (sandbox: string) => fc.Arbitrary<string> {
  if (spec.path[0] === 'migrate' && (name === 'from' || name === 'to')) return logValue;
  return isPath(name) ? pathValue : () => value(name);
}

/** argv after the program name: a command, its arguments and some of its options. */
export function argvFor(spec: CommandSpec, sandbox: string): fc.Arbitrary<string[]> {
  const args = spec.args.map((a) => {
    const one = valueFor(spec, a.name)(sandbox);
    const many = a.variadic ? fc.array(one, { minLength: 1, maxLength: 3 }) : one.map((v) => [v]);
    return a.required ? many : fc.oneof(many, fc.constant([]));
  });
  const options = fc.subarray(spec.options, { maxLength: 4 }).chain((chosen) =>
    fc.tuple(
      ...chosen.map((o) => {
        if (!o.takesValue) return fc.constant([o.long]);
        return valueFor(spec, o.long.slice(2))(sandbox).map((v) => [o.long, v]);
      }),
    ),
  );
  return fc.tuple(fc.tuple(...args), options).map(([a, o]) => [...spec.path, ...a.flat(), ...o.flat()]);
}

export function hostileArgv(sandbox: string, specs: CommandSpec[] = commandSpecs()): fc.Arbitrary<string[]> {
  return fc.oneof(...specs.map((spec) => argvFor(spec, sandbox)));
}
