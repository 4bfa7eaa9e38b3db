// Runs the CLI's `main` inside this process, capturing what it prints: ~100 times faster
// than spawning the binary, so the bulk of the hostile cases can run. Not a terminal, no
// prompts; process.exit and stray exceptions are caught and reported as crashes.
import { main } from '../../src/cli.js';
import { LOCK_WAIT_MS } from '../../src/store/interface.js';

export interface InProcessResult {
  code: number;
  stdout: string;
  stderr: string;
  /** Uncaught exceptions, unhandled rejections or process.exit calls seen during the run. */
  crashes: string[];
}

/**
 * The harness's own limit on one command: actionlog's wait for another change to finish
 * (LOCK_WAIT_MS, or ACTIONLOG_LOCK_TIMEOUT_MS where a part sets it) and half a minute more.
 * A command still waiting its turn is doing what it should, and ends on its own, saved or
 * with one line saying the log is locked; a limit below that wait (it was 30 s) counted such
 * commands, queued behind 49 other writers on two busy cores, as failures of actionlog's.
 */
const limitFor = (env: Record<string, string>): number =>
  (Number(env.ACTIONLOG_LOCK_TIMEOUT_MS ?? process.env.ACTIONLOG_LOCK_TIMEOUT_MS) || LOCK_WAIT_MS) + 30_000;

export async function runInProcess(argv: string[], env: Record<string, string>): Promise<InProcessResult> {
  let stdout = '';
  let stderr = '';
  const crashes: string[] = [];
  const saved = {
    out: process.stdout.write,
    err: process.stderr.write,
    exit: process.exit,
    env: { ...process.env },
    outTty: Object.getOwnPropertyDescriptor(process.stdout, 'isTTY'),
    inTty: Object.getOwnPropertyDescriptor(process.stdin, 'isTTY'),
    exitCode: process.exitCode,
  };
  const onCrash = (error: unknown) => crashes.push(`uncaught: ${(error as Error)?.stack ?? String(error)}`);
  process.stdout.write = ((chunk: string | Uint8Array) => (
    (stdout += String(chunk)),
    true
  )) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string | Uint8Array) => (
    (stderr += String(chunk)),
    true
  )) as typeof process.stderr.write;
  process.exit = ((code?: number) => {
    throw new Error(`process.exit(${code}) called`);
  }) as typeof process.exit;
  Object.defineProperty(process.stdout, 'isTTY', { value: false, configurable: true });
  Object.defineProperty(process.stdin, 'isTTY', { value: false, configurable: true });
  Object.assign(process.env, env);
  process.on('uncaughtException', onCrash);
  process.on('unhandledRejection', onCrash);
  let timer: NodeJS.Timeout | undefined;
  try {
    const limit = limitFor(env);
    const timeout = new Promise<number>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${limit / 1000} s`)), limit);
    });
    const code = await Promise.race([main(['node', 'actionlog', ...argv]), timeout]);
    // Let anything the command left running fail now, inside the watch.
    await new Promise((resolve) => setImmediate(resolve));
    return { code, stdout, stderr, crashes };
  } catch (error) {
    crashes.push(`threw: ${(error as Error)?.stack ?? String(error)}`);
    return { code: -1, stdout, stderr, crashes };
  } finally {
    clearTimeout(timer);
    process.off('uncaughtException', onCrash);
    process.off('unhandledRejection', onCrash);
    process.stdout.write = saved.out;
    process.stderr.write = saved.err;
    process.exit = saved.exit;
    process.exitCode = saved.exitCode;
    for (const key of Object.keys(process.env)) if (!(key in saved.env)) delete process.env[key];
    Object.assign(process.env, saved.env);
    restore(process.stdout, saved.outTty);
    restore(process.stdin, saved.inTty);
  }
}

function restore(stream: object, descriptor: PropertyDescriptor | undefined): void {
  if (descriptor) Object.defineProperty(stream, 'isTTY', descriptor);
  else delete (stream as { isTTY?: boolean }).isTTY;
}
