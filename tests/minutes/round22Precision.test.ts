// Round 22, precision: what the importer proposed that the hand readings do not have — each rule tested on invented
// wording, several layouts a rule, with near-misses that must not fire.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';

/** Invented minutes: one item whose discussion ends in a request and whose resolution follows it. */
const minute = (discussion: string[], resolution: string[]) =>
  [
    'Ashcombe Borough Council',
    'Minutes of the Housing Scrutiny Panel held on 9 March 2027',
    '',
    '14. Minutes',
    'RESOLVED: That the minutes of the meeting held on 2 February 2027 be approved.',
    '',
    '15. Tenant Satisfaction Survey',
    'The Head of Tenancy Services presented the interim findings of the survey.',
    ...discussion,
    '',
    ...resolution,
    '',
    '16. Date of next meeting',
    'The next meeting will be held on 20 April 2027.',
    '',
  ].join('\n');

const items = (text: string) => parseMinutes(text).items.filter((i) => i.ref?.startsWith('15') || i.minute === '15');

describe('a request of the discussion that the resolution takes up in its own words is one item', () => {
  it.each([
    [
      'Members asked that the survey results be brought back when available.',
      [
        'RESOLVED:',
        '(1) That the interim findings be noted.',
        '(2) That the findings of the survey be reported to the Panel in June.',
      ],
    ],
    [
      'Councillor Marsh requested that the repairs backlog be cleared before winter.',
      [
        'RESOLVED that:',
        'a) the report be noted; and',
        'b) the Head of Repairs prepare a plan to clear the backlog by October.',
      ],
    ],
    [
      'Members requested that it be shown as a theme of its own.',
      [
        'AGREED:',
        '1. That the report be noted.',
        '2. That the Head of Tenancy Services add damp complaints to the analysis as a separate theme.',
      ],
    ],
    [
      'Members asked that the questionnaire be shared with them before it was sent out.',
      [
        'RESOLVED:',
        '(i) That the report be noted.',
        '(ii) That the Head of Tenancy Services circulate the draft questionnaire to members of the Panel.',
      ],
    ],
  ])('%s, then the resolution: one item', (asked, resolved) => {
    const found = items(minute([asked], resolved));
    expect(found).toHaveLength(1);
    expect(found[0].source).toBe('resolution');
    expect(found[0].text).not.toMatch(/\basked|requested\b/);
  });

  // Near-misses: the request stands as an item of its own.
  it.each([
    // (the request names who acts: their errand, whatever the resolution decides)
    [
      'Members asked that the Chair write to the housing association about the survey.',
      [
        'RESOLVED:',
        '(1) That the report be noted.',
        '(2) That the final survey findings be reported to a future meeting of the Panel.',
      ],
    ],
    // (the resolution decides another kind of thing on the same matter: a deferral is no answer to a request)
    [
      'Members asked that the survey be sent to leaseholders as well.',
      ['RESOLVED: That the survey item be deferred to the next meeting so that the final figures can be included.'],
    ],
    // (an authority to an officer completes the decision; it does not answer the request)
    [
      'Members asked that the fieldwork costs be published.',
      [
        'RESOLVED:',
        '(1) That the report be noted.',
        '(2) That the Head of Tenancy Services be authorised to agree the fieldwork dates with the contractor.',
      ],
    ],
    // (no word of the matter in common)
    [
      'Members asked that the leaflet be translated into Polish.',
      [
        'RESOLVED:',
        '(1) That the report be noted.',
        '(2) That the final survey findings be reported to a future meeting of the Panel.',
      ],
    ],
  ])('%s stands beside the resolution', (asked, resolved) => {
    const found = items(minute([asked], resolved));
    expect(found).toHaveLength(2);
  });
});
