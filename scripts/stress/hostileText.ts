// Part (e): hostile text stored and read back exactly — quotes, SQL, NUL characters, lone
// surrogates, the escape character the PostgreSQL store uses, 100,000 characters — as an item's
// text, its owners (the lead and a second), minute and reference, a note, a deferral's reason and a committee's name. Run
// in-process (the CLI's main), as the binary cannot be given a NUL in an argument.
import { calendarStore, environment } from './binary.js';
import { runInProcess } from './inProcess.js';
import { fileBackend, type StressBackend } from './logs.js';

const LONG = `Ab\0c '; DROP TABLE items; -- ␀0 `.repeat(4000).slice(0, 100_000).trim();

export const HOSTILE_TEXTS: readonly string[] = [
  `it's "quoted" \`back\` \\ slashed`,
  `'; DROP TABLE items; --`,
  `Robert'); DELETE FROM journal WHERE ('1'='1`,
  `x'); SELECT pg_sleep(10); --`,
  'NUL\0in\0the\0middle\0',
  '\0',
  'the escape ␀ itself, ␀0 and ␀␀ and ␀ud800',
  'a lone surrogate \uD83D here, and \uDE00 there',
  'emoji 👩‍⚕️, combining é, right-to-left \u202Eevil\u202C',
  'control \u0001\u001b[31m red \u007f',
  '$1 $2 ::text ::json {"a":1} \\u0000 E\'\\x00\'',
  'x'.repeat(100_000),
  LONG,
];

export interface HostileTextResult {
  strings: number;
  /** Values read back unlike what was given (each field of each string). */
  differ: number;
  /** Commands that failed. */
  failed: number;
  problems: string[];
}

export async function hostileText(backend: StressBackend = fileBackend()): Promise<HostileTextResult> {
  const data = backend.newLog('hostile-text');
  await calendarStore(data);
  const env = environment(data) as Record<string, string>;
  const result: HostileTextResult = { strings: HOSTILE_TEXTS.length, differ: 0, failed: 0, problems: [] };
  const cli = async (args: string[]): Promise<string | null> => {
    const outcome = await runInProcess(args, env);
    if (outcome.code === 0 && outcome.crashes.length === 0) return outcome.stdout;
    result.failed++;
    result.problems.push(
      `${args[0]} → exit ${outcome.code}: ${(outcome.stderr + outcome.crashes.join(' ')).slice(0, 200)}`,
    );
    return null;
  };
  const same = (what: string, found: unknown, given: string) => {
    if (found === given) return;
    result.differ++;
    result.problems.push(
      `${what}: gave ${JSON.stringify(given.slice(0, 40))}… (${given.length}), read back ${JSON.stringify(String(found).slice(0, 40))}… (${String(found).length})`,
    );
  };
  for (const [n, text] of HOSTILE_TEXTS.entries()) {
    const slug = `c${n}`;
    if ((await cli(['committee', 'add', slug, '--name', text])) === null) continue;
    await cli(['meeting', 'add', slug, '2025-06-16', '2025-09-01']);
    const added = await cli([
      'add',
      text,
      '-c',
      slug,
      '-m',
      '2025-06-16',
      '--owner',
      text,
      '--owner',
      `second ${text}`,
      '--minute',
      text,
      '--ref',
      text,
      '--json',
    ]);
    if (added === null) continue;
    const id = JSON.parse(added).id as string;
    await cli(['update', id, '--note', text]);
    await cli(['defer', id, '--to', 'future', '--reason', text]);
    const shown = await cli(['show', id, '--json']);
    const committees = await cli(['committee', 'list', '--json']);
    if (shown === null || committees === null) continue;
    const item = JSON.parse(shown);
    same(`text of ${id}`, item.text, text);
    same(`owner of ${id}`, item.owner, text);
    same(`owners of ${id}`, JSON.stringify(item.owners), JSON.stringify([text, `second ${text}`]));
    same(`minute of ${id}`, item.source.minute, text);
    same(`ref of ${id}`, item.source.ref, text);
    same(`note on ${id}`, item.history.find((h: { change: string }) => h.change === 'note')?.note, text);
    same(`deferral of ${id}`, item.history.find((h: { change: string }) => h.change === 'deferred')?.note, text);
    same(`name of ${slug}`, JSON.parse(committees).find((c: { slug: string }) => c.slug === slug)?.name, text);
  }
  // And the log as a whole, read again from scratch, holds them all.
  const log = await backend.read(data);
  for (const [n, text] of HOSTILE_TEXTS.entries()) {
    const item = log.items.find((i) => i.committee === `c${n}`);
    if (item) same(`text of ${item.id} in the whole log`, item.text, text);
  }
  return result;
}
