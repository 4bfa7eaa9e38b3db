// An invented town council committee's minutes for the next-meeting tests: the test's business as minute 5 and its
// dates under "8. Date of next meeting", read as the importer reads them.
import { ownBodyOf } from '../../../src/minutes/bodies.js';
import { layout } from '../../../src/minutes/layout.js';
import { findNextMeetings } from '../../../src/minutes/meetingDates.js';
import { splitMinutes } from '../../../src/minutes/headings.js';

export const ASHVALE_MEETING = '2027-11-09';
export const ASHVALE_HEAD =
  'ASHVALE TOWN COUNCIL\n\nMinutes of the meeting of the Leisure Committee held on Tuesday 9 November 2027 at 6pm\n\n1. Apologies\nNone.\n\n';
export const NOTHING_DECIDED = 'The report was noted.';

/** The next meetings read from the minutes with `business` under minute 5 and `dates` under minute 8. */
export const ashvaleNextMeetings = (business: string, dates = 'Tuesday 11 January 2028 at 6pm.'): string[] => {
  const lines = layout(`${ASHVALE_HEAD}5. Business\n${business}\n\n8. Date of next meeting\n${dates}\n`).split('\n');
  return findNextMeetings(splitMinutes(lines), ASHVALE_MEETING, ownBodyOf(lines));
};
