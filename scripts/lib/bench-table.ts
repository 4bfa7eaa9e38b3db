// The bench's table: medians, ratios to the floor, peak memory, and whether each target holds.
export interface Row {
  size: string;
  label: string;
  median: number;
  floor: number | null;
  peakKb: number | null;
  /** Peak memory of the floor it is compared with. */
  floorKb: number | null;
  timeTarget: number | null;
  memoryTarget: number | null;
  /** A target in milliseconds, whatever the floor (the PostgreSQL backend's). */
  msTarget?: number | null;
  note?: string;
}

const ms = (value: number): string => (value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(0)} ms`);
const mb = (kb: number | null): string => (kb === null ? '—' : `${(kb / 1024).toFixed(0)} MB`);
const ratio = (a: number | null, b: number | null): number | null =>
  a === null || b === null || b === 0 ? null : a / b;
const times = (value: number | null): string => (value === null ? '—' : `${value.toFixed(2)}×`);
const verdict = (value: number | null, target: number | null): string =>
  target === null || value === null ? '' : value <= target ? `ok (≤ ${target}×)` : `MISSED (≤ ${target}×)`;
const msVerdict = (median: number, target: number): string => `${median <= target ? 'ok' : 'MISSED'} (≤ ${ms(target)})`;

export function renderRows(rows: Row[]): string {
  const header = ['items', 'command', 'median', '× floor', 'time target', 'peak mem', '× floor mem', 'memory target'];
  const lines = rows.map((row) => {
    if (row.note) return [row.size, row.label, row.note, '', '', '', '', ''];
    const timeRatio = ratio(row.median, row.floor);
    const memoryRatio = ratio(row.peakKb, row.floorKb);
    return [
      row.size,
      row.label,
      ms(row.median),
      row.floor === null ? '' : times(timeRatio),
      row.msTarget ? msVerdict(row.median, row.msTarget) : verdict(timeRatio, row.timeTarget),
      mb(row.peakKb),
      row.floorKb === null ? '' : times(memoryRatio),
      verdict(memoryRatio, row.memoryTarget),
    ];
  });
  const all = [header, ...lines];
  const widths = header.map((_, c) => Math.max(...all.map((line) => line[c].length)));
  const format = (line: string[]) =>
    line
      .map((cell, c) => (c >= 2 && c !== 4 && c !== 7 ? cell.padStart(widths[c]) : cell.padEnd(widths[c])))
      .join('  ')
      .trimEnd();
  return [format(header), widths.map((w) => '-'.repeat(w)).join('  '), ...lines.map(format)].join('\n');
}

/** The targets that were checked and missed, for the exit code. */
export function missedTargets(rows: Row[]): string[] {
  const missed: string[] = [];
  for (const row of rows) {
    if (row.note) continue;
    const timeRatio = ratio(row.median, row.floor);
    const memoryRatio = ratio(row.peakKb, row.floorKb);
    if (row.timeTarget !== null && timeRatio !== null && timeRatio > row.timeTarget)
      missed.push(`${row.size} ${row.label}: time ${times(timeRatio)}`);
    if (row.msTarget && row.median > row.msTarget)
      missed.push(`${row.size} ${row.label}: ${ms(row.median)} (target ${ms(row.msTarget)})`);
    if (row.memoryTarget !== null && memoryRatio !== null && memoryRatio > row.memoryTarget)
      missed.push(`${row.size} ${row.label}: memory ${times(memoryRatio)}`);
  }
  return missed;
}
