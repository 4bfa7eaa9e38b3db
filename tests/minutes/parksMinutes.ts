// A small set of invented minutes for paraphrase tables: minute 1 holds a decision of its own, the
// lines under test go in minute 2, and minute 3 closes, so a rule must keep them in their minute.
import { parseMinutes } from '../../src/minutes/index.js';

export const parksMinutes = (...body: string[]): string =>
  [
    'Minutes of the Parks Committee held on 4 March 2026',
    '',
    '1. Play areas',
    'RESOLVED: That the Clerk order new swings.',
    '',
    '2. Allotments',
    ...body,
    '',
    '3. Close',
    'The meeting closed at 9pm.',
  ].join('\n');

/** The items proposed under minute 2. */
export const minuteTwoItems = (...body: string[]) =>
  parseMinutes(parksMinutes(...body)).items.filter((i) => i.minute === '2');
