// ACTIONLOG_TIMING=1 prints, on exit, where a command's time went (milliseconds since the
// process started, and the CPU time the process used in each step, every thread's: on a
// busy machine the steadier figure): how the README's performance figures were broken down,
// and how to look again. Off, a mark costs one comparison.
type Marks = [step: string, at: number, cpu: number][];

// One list for the process: the build keeps this module in one file that every bundle imports (dist/shared.js).
const marks: Marks | undefined = process.env.ACTIONLOG_TIMING === '1' ? startTiming() : undefined;

export function mark(step: string): void {
  marks?.push([step, performance.now(), cpuMs()]);
}

function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

function startTiming(): Marks {
  const list: Marks = [];
  process.on('exit', () => {
    list.push(['exit', performance.now(), cpuMs()]);
    let previous = 0;
    let previousCpu = 0;
    const lines = list.map(([step, at, cpu]) => {
      const line = `${at.toFixed(1).padStart(8)} ms  ${step} (+${(at - previous).toFixed(1)}; cpu +${(cpu - previousCpu).toFixed(1)})`;
      previous = at;
      previousCpu = cpu;
      return line;
    });
    process.stderr.write(`actionlog timing:\n${lines.join('\n')}\n`);
  });
  return list;
}
