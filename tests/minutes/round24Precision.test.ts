// Round 24, precision: what the importer proposed that a clerk would not track, read from the odd sets' extras — each
// rule tested on invented wording, several ways a rule, with near-misses that must not fire.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';

const items = (text: string) => parseMinutes(text).items;

/** Invented notes of a partnership board, one discussion paragraph. */
const notes = (line: string) =>
  [
    'Fenmoor Skills Partnership',
    'Notes of the meeting held on 3 February 2027',
    '',
    '4. Digital inclusion',
    'The Chair summarised the pilot results.',
    line,
    '',
  ].join('\n');

describe('an undertaking taken back in the same breath is no errand', () => {
  it.each([
    ['KT said she would raise this with the finance team but could not promise funding.'],
    ['RB would ask the landlord but could promise nothing.'],
    ['The Director said he would take it to the next leadership meeting, though he could not guarantee an answer.'],
    ['MJ would explore it with the landlord but made no promises.'],
    ["AB said she would ask the college but couldn't commit to a date."],
  ])('%s proposes nothing', (line) => {
    expect(items(notes(line))).toEqual([]);
  });

  it.each([
    ['KT said she would raise this with the finance team before the budget is set.'],
    ['RB would write to the college to ask for the enrolment figures.'],
    // a doubt about something else is no withdrawal of the promise
    ['MJ would send the survey results, but the landlord could not promise a reply.'],
  ])('%s stays an errand', (line) => {
    expect(items(notes(line)).map((i) => i.category)).toEqual(['action']);
  });
});
