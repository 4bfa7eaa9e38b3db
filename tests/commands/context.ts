// Running a command's run function in-process: a context made by hand (no terminal, no
// clock, no environment), and the outcome as the CLI would give it — exit code, stdout and
// the one stderr line of a failure. The store is a new log on the backend asked for (the
// JSON file unless told), closed after each test.
import { afterEach } from 'vitest';
import type { Context } from '../../src/context.js';
import type { Output, Run } from '../../src/commands/run.js';
import { failureOf } from '../../src/program.js';
import { openStore, type ActionStore } from '../../src/store/index.js';
import { FILE, type TestBackend, type TestLog } from '../backends.js';

const opened: ActionStore[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((store) => store.close()));
});

export async function testContext(
  fields: Partial<Context> = {},
  backend: TestBackend = FILE,
): Promise<Context & { printed: string[]; log: TestLog }> {
  const printed: string[] = [];
  const log = backend.newLog();
  let store = fields.store;
  if (!store) {
    store = openStore(log.data);
    opened.push(store);
    await store.init();
  }
  return {
    store,
    today: '2025-07-01',
    format: 'table',
    formatChosen: false,
    colour: null,
    columns: 120,
    terminal: false,
    limit: null,
    interactive: false,
    actor: () => ({ at: '2025-07-01T09:00:00.000Z', by: 'clerk' }),
    by: null,
    print: (text) => void printed.push(text),
    ...fields,
    printed,
    log,
  };
}

/** The run function's output, or the exit code and stderr line its failure gives. */
export async function execute<Options>(run: Run<Options>, options: Options, context: Context): Promise<Output> {
  try {
    return await run(options, context);
  } catch (error) {
    const { code, line } = failureOf(error);
    return { code, stdout: '', stderr: line };
  }
}
