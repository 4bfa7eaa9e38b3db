// Bounded part (f) of `npm run stress`, PostgreSQL only: the server restarted, cleanly and as
// after a crash, while writers work. Needs a server of its own to restart (scripts/pg-server.sh):
// skipped, with the reason, where none can be started.
import { afterAll, describe, expect, it } from 'vitest';
import { startServer, type OwnServer } from '../../scripts/stress/logs.js';
import { restartsDuringRun } from '../../scripts/stress/pgRestart.js';

let server: OwnServer | null = null;
let reason = '';
try {
  server = startServer();
} catch (error) {
  reason = (error as Error).message;
}

afterAll(() => server?.stop());

describe.skipIf(!server)(`the PostgreSQL server restarted during a run${reason ? ` (skipped: ${reason})` : ''}`, () => {
  it('4 writers × 16 commands, 2 restarts: every command completed or failed with one line, nothing lost', async () => {
    const result = await restartsDuringRun(server!, 4, 16, 2);
    expect(result.problems).toEqual([]);
    expect(result).toMatchObject({ restarts: 2, failedBadly: 0, lost: 0 });
    expect(result.completed + result.failedOneLine).toBe(64);
  }, 240_000);
});
