// Rebuilds data/actionlog.json, the bundled sample log, through the CLI itself, so the
// sample is always a store the current version writes and validates.
// Facts (committees, dates, minute numbers) come from the seed minutes; wording is ours.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';

const file = path.resolve('data/actionlog.json');
rmSync(file, { force: true });
rmSync(`${file}.bak`, { force: true });

function run(...args) {
  const result = spawnSync(process.execPath, ['bin/actionlog.js', ...args, '--by', 'Governance Officer'], {
    encoding: 'utf8',
    env: { ...process.env, ACTIONLOG_DATA: file, NO_COLOR: '1' },
  });
  if (result.status !== 0) throw new Error(`actionlog ${args.join(' ')}: ${result.stderr}`);
  return result.stdout.match(/^(?:Added|Marked done|Updated) (A\d+)/)?.[1];
}

run('init');

// LLR Joint Health Scrutiny Committee, 2025-26 (minute 50 of 16 June 2025).
run('committee', 'add', 'llr-jhsc', '--name', 'Leicester, Leicestershire and Rutland Joint Health Scrutiny Committee');
run('meeting', 'add', 'llr-jhsc', '17 March 2025', 'Monday 16th June 2025', 'Thursday 27th November 2025', '23/02/2026');
const jhsc = ['-c', 'llr-jhsc', '-m', '2025-06-16'];
run('add', 'Add an item on access to primary care and models of general practice to the work programme', ...jhsc, '--minute', '53', '--ref', '2', '--type', 'work-programme');
run('add', 'Hold an in-depth session on GP provision in each area of LLR, on the work programme or as informal briefings', ...jhsc, '--minute', '53', '--ref', '3', '--type', 'work-programme');
const figures = run('add', 'Send members the figures on patients presenting at primary care, showing whether the rise follows more GP appointments', ...jhsc, '--minute', '53', '--ref', '4', '--category', 'information', '--owner', 'LLR ICB');
run('add', 'Circulate the model ICB blueprint to members', ...jhsc, '--minute', '53', '--ref', '5', '--category', 'information', '--owner', 'LLR ICB', '--due', '30/09/2025');
run('add', 'Further update on the changes to the ICB', ...jhsc, '--minute', '53', '--ref', '6', '--type', 'work-programme', '--owner', 'LLR ICB', '--due', 'november');
run('add', 'Add an item on dentistry across LLR to the work programme', ...jhsc, '--minute', '56', '--type', 'work-programme');
run('update', figures, '--status', 'in-progress', '--note', 'ICB analysts preparing the figures');

// Rutland Health and Wellbeing Board, special meeting of 22 February 2022 (items 6, 8, 9).
run('committee', 'add', 'rutland-hwb', '--name', 'Rutland Health and Wellbeing Board');
run('meeting', 'add', 'rutland-hwb', '22nd February 2022', 'Tuesday 5th April 2022');
const hwb = ['-c', 'rutland-hwb', '-m', '2022-02-22'];
const strategy = run('add', 'Endorse the Joint Health and Wellbeing Strategy and first delivery plan (deferred)', ...hwb, '--minute', '6', '--ref', '(c)', '--category', 'deferral');
run('add', 'Oversee further refinement of the delivery plan before the Strategy is launched, with the portfolio holder', ...hwb, '--minute', '6', '--ref', '(d)', '--owner', 'Directors for Adult Social Care and Public Health');
run('add', "Evolve the Board: adopt 'do, sponsor, watch', review the terms of reference of the Board and its subgroups, and develop an engagement strategy", ...hwb, '--minute', '6', '--ref', '(e)', '--owner', 'Board Support Officer', '--due', 'future');
run('add', 'Repeat the patient survey', ...hwb, '--minute', '8', '--ref', '(a)', '--due', '22/02/2023');
const agenda = [
  run('add', 'New terms of reference', ...hwb, '--minute', '9', '--ref', '1', '--type', 'work-programme', '--due', 'next'),
  run('add', 'Joint Health and Wellbeing Strategy (place-led plan)', ...hwb, '--minute', '9', '--ref', '2', '--type', 'work-programme', '--due', 'next'),
  run('add', 'Changes to transport for accessing health care', ...hwb, '--minute', '9', '--ref', '3', '--type', 'work-programme', '--due', 'next'),
  run('add', 'Primary Care Task and Finish Group final report', ...hwb, '--minute', '9', '--ref', '4', '--type', 'work-programme', '--due', 'next'),
];
run('add', 'Link in with the Head of Community Care Services about space for mental health groups in the Family Hub', ...hwb, '--minute', '7', '--owner', 'Family Hub Programme Manager');
for (const id of [strategy, ...agenda]) run('done', id, '--note', 'Taken at the meeting of 5 April 2022');
run('sign-off', 'rutland-hwb', '--meeting', '2022-04-05', strategy, ...agenda);
console.log(`Wrote ${path.relative(process.cwd(), file)}`);
