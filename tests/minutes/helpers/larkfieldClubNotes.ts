// Invented notes of a club committee for the next-meeting tests of round 39: a masthead, a few numbered points with
// the test's business among them, and the next meeting's line at the foot — read whole, as the importer reads notes.
import { parseMinutes } from '../../../src/minutes/index.js';

export const LARKFIELD_HEAD =
  'Larkfield Tennis Club\nClub Committee - notes of meeting\nDate: Tuesday 2nd November 2027, 7.30pm, pavilion\n\nPresent: Ana (chair), Ben, Cath, Dev\n\n';

/** The next meetings read from the notes with `business` as point 3 and `foot` as the closing lines. */
export const larkfieldNextMeetings = (
  business: string,
  foot = 'Next meeting: Tuesday 7th December 2027, 7.30pm, pavilion.',
): string[] =>
  parseMinutes(
    `${LARKFIELD_HEAD}1. Notes of last meeting - agreed.\n\n2. Courts\nThe resurfacing quote came in at £4,200. Ben to ask for a second quote.\n\n3. Fixtures\n${business}\n\n${foot}\n`,
  ).nextMeetings;
