// Invented notes of a residents' association committee for the informal-notes tests of round 41: a masthead, an
// attendance list giving first names, surnames and initials (two of which spell words: AS, AT), a numbered point with
// the test's business, and the next meeting's line — read whole, as the importer reads notes.
import { parseMinutes } from '../../../src/minutes/index.js';
import type { ProposedItem } from '../../../src/minutes/index.js';

export const WRENFORD_HEAD =
  "Wrenford Green Residents' Association\nCommittee meeting - notes\nThursday 9th September 2027, 7pm, community room\n\nPresent: Alice Stott (Chair) AS, Adam Tully (Treasurer) AT, Faye Moss (Secretary) FM, Raj Kumar RK, Colin Baxter CB\n\n";

/** The items read from the notes with `business` as point 3. */
export const wrenfordItems = (business: string): ProposedItem[] =>
  parseMinutes(
    `${WRENFORD_HEAD}1. Notes of last meeting - agreed.\n\n2. Money\nBalance £812. Colin to pay the hall invoice.\n\n3. Business\n${business}\n\nNext meeting: Thursday 14th October 2027, 7pm.\n`,
  ).items.filter((i) => i.minute === '3');

/** The same business in formal minutes, which record decisions under "RESOLVED": the notes' shorthand is not theirs. */
export const wrenfordFormalItems = (business: string): ProposedItem[] =>
  parseMinutes(
    `${WRENFORD_HEAD}1. Minutes\nRESOLVED: that the minutes of the last meeting be approved.\n\n2. Money\nRESOLVED: that the hall invoice be paid.\n\n3. Business\n${business}\n\nNext meeting: Thursday 14th October 2027, 7pm.\n`,
  ).items.filter((i) => i.minute === '3');
