// ACTIONLOG_TIMING=1 prints, on exit, where a command's time went (milliseconds since the
// process started): how the README's performance figures were broken down, and how to look
// again. Off, a mark costs one comparison.
const enabled = process.env.ACTIONLOG_TIMING === '1';
const marks: [string, number][] = [];

export function mark(step: string): void {
  if (enabled) marks.push([step, performance.now()]);
}

if (enabled) {
  process.on('exit', () => {
    mark('exit');
    let previous = 0;
    const lines = marks.map(([step, at]) => {
      const line = `${at.toFixed(1).padStart(8)} ms  ${step} (+${(at - previous).toFixed(1)})`;
      previous = at;
      return line;
    });
    process.stderr.write(`actionlog timing:\n${lines.join('\n')}\n`);
  });
}
