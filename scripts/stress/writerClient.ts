// One of the parallel writers (writers.ts) as a process of its own: its commands one after
// another through the CLI's main(), in this process, each a line of JSON on stdout.
//   node --import tsx scripts/stress/writerClient.ts <data> <writer> <ops> <shared ids…>
import { runInProcess } from './inProcess.js';
import { environment } from './binary.js';
import { runWriter } from './writers.js';

const [data, writer, ops, ...shared] = process.argv.slice(2);
await runWriter(Number(writer), Number(ops), shared, async (args) => {
  const began = performance.now();
  const result = await runInProcess(args, environment(data) as Record<string, string>);
  const outcome = {
    code: result.crashes.length ? -1 : result.code,
    stdout: result.stdout,
    stderr: result.stderr + result.crashes.join('\n'),
    ms: performance.now() - began,
  };
  process.stdout.write(`${JSON.stringify({ args, ...outcome })}\n`);
  return outcome;
});
