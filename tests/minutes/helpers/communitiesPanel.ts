// An invented borough's Communities Scrutiny Panel of 9 February 2027: the minutes of the last meeting approved (6), a
// minute 7 headed, opened and closed by "the report be noted" around a test's own paragraphs, and the date of the next
// meeting (8). The officers' line is the test's, since a post named there can lengthen a bare title read as an owner.
import { parseMinutes } from '../../../src/minutes/index.js';
import type { ProposedItem } from '../../../src/minutes/types.js';

export interface MinuteSeven {
  /** The "Officers:" line's list. */
  officers: string;
  heading: string;
  /** The line that introduces the report, before the test's paragraphs. */
  opening: string;
}

/** The items proposed under minute 7, whose discussion is `body`. */
export function communitiesPanelItems(seven: MinuteSeven, body: string[]): ProposedItem[] {
  return parseMinutes(
    [
      'HALLOWBROOK BOROUGH COUNCIL',
      'Minutes of the Communities Scrutiny Panel held on Tuesday 9 February 2027 at 6.30 pm',
      '',
      'Present: Councillors P Adeyemi (Chair), L Thorne, G Pascoe',
      `Officers: ${seven.officers}`,
      '',
      '6. Minutes',
      'RESOLVED that the minutes of the meeting held on 12 January 2027 be approved.',
      '',
      `7. ${seven.heading}`,
      seven.opening,
      ...body,
      'RESOLVED that the report be noted.',
      '',
      '8. Date of next meeting',
      'The next meeting will be held on Tuesday 9 March 2027.',
    ].join('\n'),
  ).items.filter((i) => i.minute === '7');
}
