// Runs the CLI's `main` inside this process, capturing what it prints: ~100 times faster
// than spawning the binary, so the bulk of the hostile cases can run. Not a terminal, no
// prompts; process.exit and stray exceptions are caught and reported as crashes.
import { main } from '../../src/cli.js';

export interface InProcessResult {
  code: number;
  stdout: string;
  stderr: string;
  /** Uncaught exceptions, unhandled rejections or process.exit calls seen during the run. */
  crashes: string[];
}

const TIMEOUT_MS = 30_000;

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
    const timeout = new Promise<number>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${TIMEOUT_MS / 1000} s`)), TIMEOUT_MS);
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
