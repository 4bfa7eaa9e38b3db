// The labelled minutes beside the repository: ../shared/seeds (expected/ beside them) and
// ../shared/minutes-dev (expected.json beside each file).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Expected } from './score-minutes.js';

export interface LabelledFile {
  name: string;
  text: string;
  expected: Expected;
}

export const SHARED = path.resolve(import.meta.dirname, '../../../shared');

export function loadCorpus(set: 'seeds' | 'minutes-dev'): LabelledFile[] {
  const dir = path.join(SHARED, set);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const base = f.replace(/\.txt$/, '');
      const label = set === 'seeds' ? path.join(dir, 'expected', `${base}.expected.json`) : path.join(dir, `${base}.expected.json`);
      // minutes-dev files open with "source:" and "meeting:" lines describing the excerpt, not part of it.
      const raw = readFileSync(path.join(dir, f), 'utf8');
      const text = set === 'minutes-dev' ? raw.replace(/^source:.*\n(?:meeting:.*\n)?/, '') : raw;
      return { name: base, text, expected: JSON.parse(readFileSync(label, 'utf8')) as Expected };
    });
}
