// An invented district scrutiny panel's minutes: one minute with its heading and opening line, the lines under test
// after them, and a closing minute with the next meeting.
import { parseMinutes } from '../../../src/minutes/index.js';

/** The items the panel's page proposes, minute 14 headed and opened as given. */
export const scrutinyPanelItems = (heading: string, opening: string, lines: string[]) =>
  parseMinutes(
    [
      'Ashby Vale District Council',
      'Communities Scrutiny Panel - minutes of the meeting held on 3 November 2026',
      '',
      `14.  ${heading}`,
      opening,
      ...lines,
      '',
      '15.  Date of next meeting',
      '8 December 2026.',
    ].join('\n'),
  ).items;
