// A word that names no command (`actionlog lsit`, `actionlog help meeting cancle`): the
// words as typed, and the nearest command to suggest, on the one line an error gets.
import type { Command } from 'commander';

/**
 * The first of `words` that names no command, walking down from `program`: the words up to
 * it as typed, and the nearest command at that place. Null when each word is a command (the
 * words after a command that has no subcommands are its arguments).
 */
export function unknownCommand(
  program: Command,
  words: readonly string[],
): { typed: string; nearest: string | null } | null {
  const path: string[] = [];
  let command = program;
  for (const word of words) {
    if (command.commands.length === 0) return null;
    const sub = command.commands.find((c) => c.name() === word || c.aliases().includes(word));
    if (!sub) {
      const near = nearest(
        word,
        command.commands.map((c) => c.name()),
      );
      return { typed: [...path, word].join(' '), nearest: near && [...path, near].join(' ') };
    }
    path.push(word);
    command = sub;
  }
  return null;
}

/** The error line's text: "unknown command 'lsit'; did you mean list?". */
export const unknownCommandMessage = ({ typed, nearest: near }: { typed: string; nearest: string | null }): string =>
  `unknown command '${typed}'${near ? `; did you mean ${near}?` : ''}`;

/**
 * The candidate the word is the start of (`carry` for carry-forward), when only one is;
 * else the closest within a few typing slips (a letter wrong, missing, extra, or two
 * swapped), at most two in five letters; null when none is that close.
 */
export function nearest(word: string, candidates: readonly string[]): string | null {
  const typed = word.toLowerCase();
  const starting = candidates.filter((c) => c.startsWith(typed));
  if (typed.length >= 2 && starting.length === 1) return starting[0];
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = slips(typed, candidate);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  if (best === null) return null;
  return bestDistance <= Math.max(1, Math.floor(Math.max(typed.length, best.length) * 0.4)) ? best : null;
}

/** Edits from a to b: a letter changed, added or removed, or two neighbours swapped (optimal string alignment). */
function slips(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}
