// A store for the report tests, built through the binary: two committees with a cancelled
// and a rearranged meeting, a deadline item, items with no owner, a done item awaiting
// sign-off, and an empty committee.
import type { TestBackend, TestLog } from '../backends.js';
import { mustRun, tempStore } from './cli.js';

export const AS_OF = ['--as-of', '2025-11-20'];

/** Items still outstanding in reportStore(), by id, for checks that each one is printed. */
export const OUTSTANDING = {
  A1: 'Circulate the ICB blueprint to members',
  A2: 'Item on dentistry for the work programme',
  A3: 'Update on ICB changes',
  A4: 'UHL and the CCGs to consider the winter plan and report back',
  A5: 'Healthwatch Rutland to assess access to GP services',
  A7: 'Report on the obesity strategy',
} as const;

export function reportStore(backend?: TestBackend): TestLog {
  const store = tempStore(backend);
  const run = mustRun(store.data);
  run('init');
  run('committee', 'add', 'jhsc', '--name', 'Joint Health Scrutiny Committee');
  run('committee', 'add', 'hwb', '--name', 'Health and Wellbeing Board');
  run('committee', 'add', 'panel', '--name', 'Empty Scrutiny Panel');
  run('meeting', 'add', 'jhsc', '2025-06-16', '2025-09-01', '2025-11-27', '2026-01-22');
  run('meeting', 'add', 'hwb', '2025-07-10', '2025-10-09', '2025-12-11');
  // The JHSC September meeting was rearranged to 15 September (A1 and A4, due then, are taken
  // there), and the HWB October meeting cancelled (A7, due then, rolls to 11 December).
  run('meeting', 'cancel', 'jhsc', '2025-09-01', '--moved-to', '2025-09-15', '--as-of', '2025-08-01');
  run('meeting', 'cancel', 'hwb', '2025-10-09', '--as-of', '2025-08-01');
  run(
    'add',
    OUTSTANDING.A1,
    '-c',
    'jhsc',
    '-m',
    '2025-06-16',
    '--minute',
    '53',
    '--ref',
    '3',
    '--category',
    'information',
    '--owner',
    'the ICB',
    '--due',
    '2025-09-01',
  );
  run(
    'add',
    OUTSTANDING.A2,
    '-c',
    'jhsc',
    '-m',
    '2025-06-16',
    '--minute',
    '53',
    '--ref',
    '2',
    '--type',
    'work-programme',
  );
  run(
    'add',
    OUTSTANDING.A3,
    '-c',
    'jhsc',
    '-m',
    '2025-06-16',
    '--minute',
    '53',
    '--ref',
    '4',
    '--type',
    'work-programme',
    '--due',
    'november',
  );
  run(
    'add',
    OUTSTANDING.A4,
    '-c',
    'jhsc',
    '-m',
    '2025-06-16',
    '--minute',
    '54',
    '--ref',
    '(d)',
    '--owner',
    'UHL and the CCGs',
    '--due',
    '2025-09-01',
  );
  run(
    'add',
    OUTSTANDING.A5,
    '-c',
    'jhsc',
    '-m',
    '2025-09-15',
    '--minute',
    '17',
    '--ref',
    '(c)(ii)',
    '--due',
    '2025-10-31',
  );
  run(
    'add',
    'Send the minutes to the ICB board',
    '-c',
    'jhsc',
    '-m',
    '2025-09-15',
    '--minute',
    '18',
    '--owner',
    'Officers',
  );
  run('add', OUTSTANDING.A7, '-c', 'hwb', '-m', '2025-07-10', '--minute', '5', '--owner', 'ICB');
  run('done', 'A6', '--note', 'Sent on 3 October');
  return store;
}
