// An invented housing panel's minutes around a test's own minute 2: a masthead with officers'
// initials, and a closing item with the next meeting, so that the body is read as a real page.
import { parseMinutes } from '../../../src/minutes/index.js';
import type { ProposedItem } from '../../../src/minutes/types.js';

export const HOUSING_PANEL_MASTHEAD = `Example Borough Council
Housing Scrutiny Panel
Minutes

Date: 14/01/2027
Present: Cllr Ann Hale (Chair), Cllr Ben Lowe, Cllr Cara Patel
Officers: Head of Housing Options (HHO); Tenancy Services Manager (TSM); Democratic Services Officer

Item 1  Apologies
None.

`;

/** The items the panel's page proposes under one minute (2 unless given). */
export const housingPanelItems = (body: string, minute = '2'): ProposedItem[] =>
  parseMinutes(
    `${HOUSING_PANEL_MASTHEAD}${body}\n\nItem 9  Date of next meeting\nTues 9th March 2027, 6pm\n`,
  ).items.filter((i) => i.minute === minute);
