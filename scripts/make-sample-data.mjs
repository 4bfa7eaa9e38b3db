// Rebuilds data/actionlog.json, the bundled sample log, through the CLI itself, so the
// sample is always a store the current version writes and validates.
// Facts (committees, dates, minute numbers) come from the seed minutes; wording is ours.
//
// Each change is dated when a governance officer would have made it (a few days after the
// meeting, or when the update came in), not when this script runs: after each command the
// times it wrote are set to its day, so that the demo (as of 20 November 2025) never shows
// an update from its future. The file is written back as the store writes it.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const file = path.resolve('data/actionlog.json');
rmSync(file, { force: true });
rmSync(`${file}.bak`, { force: true });
const started = new Date().toISOString();
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
let day = '2025-06-20';
let minute = 0;

/** The day (ISO) the following commands are made on, from 10:00 on, a minute apart. */
function on(date) {
  day = date;
  minute = 0;
}

/** Every time this run wrote (later than it started) becomes `at`. */
function redate(value, at) {
  if (typeof value === 'string') return INSTANT.test(value) && value >= started ? at : value;
  if (Array.isArray(value)) return value.map((v) => redate(v, at));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redate(v, at)]));
  return value;
}

function run(...args) {
  const result = spawnSync(process.execPath, ['bin/actionlog.js', ...args, '--by', 'Governance Officer'], {
    encoding: 'utf8',
    env: { ...process.env, ACTIONLOG_DATA: file, NO_COLOR: '1' },
  });
  if (result.status !== 0) throw new Error(`actionlog ${args.join(' ')}: ${result.stderr}`);
  const at = new Date(Date.parse(`${day}T10:00:00.000Z`) + minute++ * 60_000).toISOString();
  writeFileSync(file, JSON.stringify(redate(JSON.parse(readFileSync(file, 'utf8')), at), null, 1) + '\n');
  return result.stdout.match(/^(?:Added|Marked done|Updated) (A\d+)/)?.[1];
}

on('2025-06-20');
run('init');

// LLR Joint Health Scrutiny Committee, 2025-26 (minute 50 of 16 June 2025).
run(
  'committee',
  'add',
  'llr-jhsc',
  '--name',
  'Leicester, Leicestershire and Rutland Joint Health Scrutiny Committee',
  '--council',
  'Leicester City Council',
);
run(
  'meeting',
  'add',
  'llr-jhsc',
  '17 March 2025',
  'Monday 16th June 2025',
  'Thursday 27th November 2025',
  '23/02/2026',
);
const jhsc = ['-c', 'llr-jhsc', '-m', '2025-06-16'];
run(
  'add',
  'Add an item on access to primary care and models of general practice to the work programme',
  ...jhsc,
  '--minute',
  '53',
  '--ref',
  '2',
  '--type',
  'work-programme',
);
run(
  'add',
  'Hold an in-depth session on GP provision in each area of LLR, on the work programme or as informal briefings',
  ...jhsc,
  '--minute',
  '53',
  '--ref',
  '3',
  '--type',
  'work-programme',
);
const figures = run(
  'add',
  'Send members the figures on patients presenting at primary care, showing whether the rise follows more GP appointments',
  ...jhsc,
  '--minute',
  '53',
  '--ref',
  '4',
  '--category',
  'information',
  '--owner',
  'LLR ICB',
);
run(
  'add',
  'Circulate the model ICB blueprint to members',
  ...jhsc,
  '--minute',
  '53',
  '--ref',
  '5',
  '--category',
  'information',
  '--owner',
  'LLR ICB',
  '--due',
  '30/09/2025',
);
run(
  'add',
  'Further update on the changes to the ICB',
  ...jhsc,
  '--minute',
  '53',
  '--ref',
  '6',
  '--type',
  'work-programme',
  '--owner',
  'LLR ICB',
  '--due',
  'november',
);
run(
  'add',
  'Add an item on dentistry across LLR to the work programme',
  ...jhsc,
  '--minute',
  '56',
  '--type',
  'work-programme',
);
run('owner', 'set', 'LLR ICB', '--email', 'llricb.governance@example.org', '--contact', 'Head of Corporate Governance');

// Rutland Health and Wellbeing Board, special meeting of 22 February 2022 (items 6, 8, 9),
// recorded when the log was started in June 2025, its older business already taken.
on('2025-06-23');
run(
  'committee',
  'add',
  'rutland-hwb',
  '--name',
  'Rutland Health and Wellbeing Board',
  '--council',
  'Rutland County Council',
);
run('meeting', 'add', 'rutland-hwb', '22nd February 2022', 'Tuesday 5th April 2022');
const hwb = ['-c', 'rutland-hwb', '-m', '2022-02-22'];
const strategy = run(
  'add',
  'Endorse the Joint Health and Wellbeing Strategy and first delivery plan (deferred)',
  ...hwb,
  '--minute',
  '6',
  '--ref',
  '(c)',
  '--category',
  'deferral',
);
run(
  'add',
  'Oversee further refinement of the delivery plan before the Strategy is launched, with the portfolio holder',
  ...hwb,
  '--minute',
  '6',
  '--ref',
  '(d)',
  '--owner',
  'Directors for Adult Social Care and Public Health',
);
run(
  'add',
  "Evolve the Board: adopt 'do, sponsor, watch', review the terms of reference of the Board and its subgroups, and develop an engagement strategy",
  ...hwb,
  '--minute',
  '6',
  '--ref',
  '(e)',
  '--owner',
  'Board Support Officer',
  '--due',
  'future',
);
run('add', 'Repeat the patient survey', ...hwb, '--minute', '8', '--ref', '(a)', '--due', '22/02/2023');
const agenda = [
  run(
    'add',
    'New terms of reference',
    ...hwb,
    '--minute',
    '9',
    '--ref',
    '1',
    '--type',
    'work-programme',
    '--due',
    'next',
  ),
  run(
    'add',
    'Joint Health and Wellbeing Strategy (place-led plan)',
    ...hwb,
    '--minute',
    '9',
    '--ref',
    '2',
    '--type',
    'work-programme',
    '--due',
    'next',
  ),
  run(
    'add',
    'Changes to transport for accessing health care',
    ...hwb,
    '--minute',
    '9',
    '--ref',
    '3',
    '--type',
    'work-programme',
    '--due',
    'next',
  ),
  run(
    'add',
    'Primary Care Task and Finish Group final report',
    ...hwb,
    '--minute',
    '9',
    '--ref',
    '4',
    '--type',
    'work-programme',
    '--due',
    'next',
  ),
];
run(
  'add',
  'Link in with the Head of Community Care Services about space for mental health groups in the Family Hub',
  ...hwb,
  '--minute',
  '7',
  '--owner',
  'Family Hub Programme Manager',
);
run('done', strategy, ...agenda, '--note', 'Taken at the meeting of 5 April 2022');
run('sign-off', 'rutland-hwb', '--meeting', '2022-04-05', strategy, ...agenda);
// Over the summer, the ICB's update on the figures.
on('2025-09-15');
run('update', figures, '--status', 'in-progress', '--note', 'ICB analysts preparing the figures');

rmSync(`${file}.bak`, { force: true });
console.log(`Wrote ${path.relative(process.cwd(), file)}`);
