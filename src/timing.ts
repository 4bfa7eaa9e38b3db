// ACTIONLOG_TIMING=1 prints, on exit, where a command's time went (milliseconds since the
// process started): how the README's performance figures were broken down, and how to look
// again. Off, a mark costs one comparison.
type Marks = [step: string, at: number][];

// One list for the process: the build keeps this module in one file that every bundle imports (dist/shared.js).
const marks: Marks | undefined = process.env.ACTIONLOG_TIMING === '1' ? startTiming() : undefined;

export function mark(step: string): void {
  marks?.push([step, performance.now()]);
}

function startTiming(): Marks {
  const list: Marks = [];
  process.on('exit', () => {
    list.push(['exit', performance.now()]);
    let previous = 0;
    const lines = list.map(([step, at]) => {
      const line = `${at.toFixed(1).padStart(8)} ms  ${step} (+${(at - previous).toFixed(1)})`;
      previous = at;
      return line;
    });
    process.stderr.write(`actionlog timing:\n${lines.join('\n')}\n`);
  });
  return list;
}
