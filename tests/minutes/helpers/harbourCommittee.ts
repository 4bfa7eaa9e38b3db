// An invented harbour committee's minutes: one minute with one resolution, then the next meeting.
import { expect } from 'vitest';
import { parseMinutes } from '../../../src/minutes/index.js';

/** The committee's minute 12 with the resolution given. */
const harbour = (resolution: string) =>
  [
    'Porthwenna Harbour Committee',
    'Minutes of the meeting held on 3 March 2027',
    '',
    '12. MOORING FEES',
    `RESOLVED: ${resolution}`,
    '',
    '13. DATE OF NEXT MEETING',
    '7 April 2027.',
  ].join('\n');

/** The one item the resolution gives (fails the test if it gives none or several). */
export const only = (resolution: string) => {
  const items = parseMinutes(harbour(resolution)).items;
  expect(items).toHaveLength(1);
  return items[0];
};
