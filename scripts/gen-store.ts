// npm run gen-store -- --items <N> --out <file> [--seed <n>] [--today <date>]
// Writes a realistic action log of N items, formatted as the store writes it.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { GENERATED_TODAY, generateStore } from './lib/generate-store.js';
import { validationProblem } from '../src/store/schema.js';

const { values } = parseArgs({
  options: {
    items: { type: 'string' },
    out: { type: 'string' },
    seed: { type: 'string', default: '1' },
    today: { type: 'string', default: GENERATED_TODAY },
  },
});

const items = Number(values.items?.replace(/[_,]/g, ''));
if (!values.out || !Number.isInteger(items) || items < 0) {
  console.error('usage: npm run gen-store -- --items <N> --out <file> [--seed <n>] [--today <YYYY-MM-DD>]');
  process.exit(2);
}

const store = generateStore({ items, seed: Number(values.seed), today: values.today });
// The store's own check, so a file that the CLI would refuse is never written.
const problem = validationProblem(store);
if (problem) throw new Error(`generated store is invalid at ${problem}`);
writeFileSync(values.out, JSON.stringify(store, null, 1) + '\n');
const overdue = store.items.filter((i) => i.status === 'open' || i.status === 'in-progress').length;
console.log(
  `${values.out}: ${items} items, ${store.meetings.length} meetings, ${overdue} open or in progress (as of ${values.today})`,
);
