// Round 37, forward business: an entry's title before what was decided on it. Clerks head a lettered entry of
// correspondence or grant applications with who asks, a dash and what is asked, and set the decision after it — often
// a deferral or a place on a later agenda ("ii) Tennis Club - request for a grant towards nets. To be placed on the
// November agenda."). The title was read as an errand of the one who asks (an action owned by "Tennis Club"), which
// took the deferral's label. And business put back as a list: "The following items were carried forward to the next
// meeting:" over marked entries, each entry a deferral. Invented minutes, several layouts, with near-misses that must
// keep their reading.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';

/** The minutes of an invented parish council, one minute with the given lines under its heading. */
const parish = (heading: string, lines: string[]) =>
  parseMinutes(
    [
      'ASHBY MAGNA PARISH COUNCIL',
      'Minutes of the meeting of the Parish Council held on Tuesday 6th October 2026 at 7.30pm in the Reading Room.',
      '',
      'Present: Cllrs A Brown (Chairman), C Dean, E Frost, G Hale',
      '',
      '100/26 Minutes. The minutes of the meeting held on 8th September 2026 were approved.',
      '',
      `101/26 ${heading}`,
      ...lines,
      '',
      '102/26 Date of next meeting: Tuesday 3rd November 2026 at 7.30pm.',
    ].join('\n'),
  ).items;

describe("an entry's title before the decision on it is no errand", () => {
  it.each([
    // correspondence: the decision run on after the title
    [
      'Correspondence',
      [
        'i) Bus timetable consultation from the County Council. Noted.',
        'ii) Tennis Club - request for a grant towards new nets. To be placed on the November agenda.',
        'iii) Allotment Society - thanks for the donation. Noted.',
      ],
      'work-programme',
      { kind: 'month', month: 'November' },
    ],
    // grant applications: a deferral after the title, with a condition
    [
      'Grant applications',
      [
        'a) Ashby Scouts - £300 towards a new tent. Approved.',
        'b) Village Hall Trust - kitchen refit. Deferred to the January meeting pending a second quote.',
      ],
      'deferral',
      { kind: 'month', month: 'January' },
    ],
  ])('%s', (_heading, lines, category, due) => {
    const items = parish(_heading, lines);
    // no item is owned by the one who asks, and none is the title alone
    expect(items.some((i) => /Tennis Club|Village Hall Trust/.test(i.owner ?? ''))).toBe(false);
    expect(items.some((i) => /(?:Club|Trust) - /.test(i.text))).toBe(false);
    const forward = items.filter((i) => i.category === category);
    expect(forward).toHaveLength(1);
    expect(forward[0].due).toEqual(due);
  });

  it.each([
    // an errand after the dash: the one named is to do it
    ['ii) Footpath FP7 - Clerk to chase the County Council. Noted.', /chase the County Council/],
    // an errand with a verb the grammar is sure of after the title stays
    ['ii) Bus shelter - the Clerk to obtain two quotes. To be placed on the November agenda.', /obtain two quotes/],
    // a task, its owner and its deadline after the dash, as an action plan sets them out
    [
      'ii) Gate latch to be replaced – Lengthsman, by 30 November 2026. To be placed on the November agenda.',
      /Gate latch/,
    ],
  ])('near-miss, the errand stays: %s', (line, errand) => {
    const items = parish('Matters arising', [line]);
    expect(items.some((i) => i.category === 'action' && errand.test(i.text))).toBe(true);
  });
});

/** The minutes of an invented audit committee: one minute with the given title and lines. */
const audit = (title: string, lines: string[]) =>
  parseMinutes(
    [
      'NORTHBROOK BOROUGH COUNCIL',
      'Minutes of the meeting of the Audit Committee held on Thursday 12 November 2026',
      '',
      '31. MINUTES',
      'The minutes of the meeting held on 17 September 2026 were agreed as a correct record.',
      '',
      `32. ${title}`,
      ...lines,
      '',
      '33. DATE OF NEXT MEETING',
      'Thursday 21 January 2027 at 6.00pm.',
    ].join('\n'),
  ).items;

describe('business carried forward to the next meeting as a list: each entry a deferral', () => {
  it.each([
    // a line over lettered entries, with the reason after the sitting
    [
      'ITEMS NOT REACHED',
      [
        'The following items were carried forward to the next meeting owing to the time:',
        '  (a) Insurance renewal options',
        '  (b) Annual review of the whistleblowing policy',
      ],
      ['Insurance renewal options', 'Annual review of the whistleblowing policy'],
    ],
    // numbered entries, one naming its own month, after "business … held over until the next meeting:"
    [
      'Close of business',
      [
        'Time having run out, the following business was held over until the next meeting:',
        '1. Bank reconciliation process',
        '2. Risk register refresh - not reached, to be taken at the March meeting',
      ],
      ['Bank reconciliation process', 'Risk register refresh'],
    ],
  ])('%s', (title, lines, topics) => {
    const deferrals = audit(title, lines).filter((i) => i.category === 'deferral');
    expect(deferrals.map((i) => i.text.split(' - ')[0])).toEqual(topics);
    for (const d of deferrals)
      expect(d.due).toEqual(/March/.test(d.text) ? { kind: 'month', month: 'March' } : { kind: 'next' });
  });

  it.each([
    // the previous meeting's business reviewed: not put back
    [
      'Matters arising',
      ['The following matters were carried forward from the last meeting:', '  (a) Bank reconciliation'],
    ],
    // open errands in a log, not business of the meeting
    ['Action log', ['Actions carried forward to the next meeting:', '  (a) Officers to update the fraud plan']],
  ])('near-miss, no deferral: %s', (title, lines) => {
    expect(audit(title, lines).filter((i) => i.category === 'deferral')).toEqual([]);
  });
});
