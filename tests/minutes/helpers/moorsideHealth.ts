// An invented health scrutiny committee's minutes around a test's own work-programme minute (2): a masthead with its
// date and members, and a closing item with the next meeting (Tuesday 9 February 2027).
import { parseMinutes } from '../../../src/minutes/index.js';
import type { ProposedItem } from '../../../src/minutes/types.js';

const HEAD = [
  'Minutes of the meeting of the Moorside Health Scrutiny Committee held on Tuesday 8 December 2026',
  '',
  'Present: Cllr A Penrose (Chair), Cllr B Ashdown, Cllr C Quayle',
  '',
  '1. Apologies',
  'None.',
  '',
  '2. Work programme',
];

/** The items proposed under minute 2, whose lines are `body`. */
export function workProgrammeItems(body: string[]): ProposedItem[] {
  const text = [...HEAD, ...body, '', '3. Date of next meeting', 'Tuesday 9 February 2027.'].join('\n');
  return parseMinutes(text).items.filter((i) => i.minute === '2');
}
