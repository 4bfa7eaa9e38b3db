// The metamorphic property behind `npm run eval:relayout`, on invented minutes: the same minutes
// laid out as real copies differ (scripts/lib/relayout.ts) give the same items — the same kinds,
// owners and dues under the same minutes. (The eval scores the real minutes this way; it takes
// too long for the suite, so this test holds the property on our own text.)
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';
import { RELAYOUTS } from '../../scripts/lib/relayout.js';

const MINUTES = `MARSHFIELD TOWN COUNCIL

Minutes of the meeting of the Amenities Committee held on Tuesday 3 February 2026 at 7pm in the Town Hall

Present: Cllrs P Okafor (Chair), R Lind, S Marsh and T Quayle. In attendance: the Town Clerk.

11. Apologies for Absence

Apologies were received from Cllr D Harrow.

12. Allotments

The Town Clerk reported that the waiting list for allotments had grown to forty names and that the water supply to the lower site had failed twice over the winter, leaving plot holders without water for several days.

RESOLVED:

(a) That the report be noted;

(b) That the Town Clerk obtain three quotes for replacing the water main on the lower site and report them to the next meeting;

(c) That the Finance Committee be recommended to set aside £4,000 for new plots in the 2026/27 budget.

13. Play Areas

Members discussed the annual inspection report. Arising from the discussion the following points were noted:

(i) The slide at Mill Green had been closed after the inspection found a cracked platform.

(ii) Residents had asked for more seating beside the Mill Green play area.

RESOLVED:

(a) That the Town Clerk arrange for the slide at Mill Green to be repaired before Easter;

(b) That a report on replacing the play equipment at Mill Green be brought to the June meeting.

14. Date of Next Meeting

The next meeting would be held on Tuesday 7 April 2026 at 7pm.
`;

const itemsOf = (text: string) =>
  parseMinutes(text).items.map((i) => `${i.minute} ${i.type} ${i.owner ?? '-'} ${JSON.stringify(i.due)}`);

describe('the same minutes re-laid-out', () => {
  const expected = itemsOf(MINUTES);

  it('are read as published: one item for each decision to track', () => {
    expect(expected).toHaveLength(4);
  });

  it.each(RELAYOUTS.map((r) => [r.name, r] as const))('give the same items under %s', (_, relayout) => {
    expect(itemsOf(relayout.apply(MINUTES, ['11', '12', '13', '14']))).toEqual(expected);
  });
});
