// A large, valid store for the killed-writer runs: a few committees with a year of meetings
// and `count` items with ordinary-length texts and histories. Built here because the
// kill test needs only a realistic size, not realistic minutes.
import { writeFileSync } from 'node:fs';
import { createItem } from '../../src/domain/lifecycle.js';
import { emptyStore, validationProblem, type StoreData } from '../../src/store/schema.js';

const COMMITTEES = ['jhsc', 'hwb', 'scrutiny', 'audit', 'cabinet'];
const MEETINGS = ['2025-06-16', '2025-09-01', '2025-11-27', '2026-01-22', '2026-03-12', '2026-06-15'];
const STAMP = { at: '2025-06-20T09:00:00.000Z', by: 'generator' };

export function bigStoreData(count: number): StoreData {
  const data = emptyStore();
  data.committees = COMMITTEES.map((slug) => ({ slug, name: `The ${slug} committee` }));
  data.meetings = COMMITTEES.flatMap((committee) =>
    MEETINGS.map((date) => ({ committee, date, cancelled: false, movedTo: null })),
  );
  for (let n = 1; n <= count; n++) {
    const item = createItem(
      {
        id: `A${n}`,
        type: n % 3 === 0 ? 'work-programme' : 'action',
        category: n % 3 === 0 ? 'work-programme' : 'action',
        committee: COMMITTEES[n % COMMITTEES.length],
        text: `Resolution ${n}: that officers be requested to report back on progress with the plan and its costs`,
        owner: n % 4 === 0 ? null : `Director of Service ${n % 17}`,
        source: { meeting: MEETINGS[n % 3], minute: String(40 + (n % 20)), ref: `(${'abcdef'[n % 6]})` },
        due: n % 3 === 0 ? { kind: 'future' } : { kind: 'meeting', meeting: MEETINGS[(n % 3) + 1] },
      },
      STAMP,
    );
    data.items.push(item);
  }
  data.nextItemNumber = count + 1;
  const problem = validationProblem(data);
  if (problem) throw new Error(`generated store is invalid: ${problem}`);
  return data;
}

/** Writes the store as actionlog itself would lay it out. */
export function writeBigStore(file: string, count: number): void {
  writeFileSync(file, JSON.stringify(bigStoreData(count), null, 1) + '\n');
}
