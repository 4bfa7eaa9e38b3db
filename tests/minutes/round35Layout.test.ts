// Round 35, headings and references: two forms of a minute's heading that left the decisions under it filed under
// the minute before, or under none. Invented wording throughout.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';

// (what is only noted is no item: a minute's noted clause is not listed)
const filed = (text: string) => parseMinutes(text).items.map((i) => `${i.minute ?? '-'}${i.ref ?? ''}`);

// A town council's committee letter, a point, then the count and the council year ("F.26/64" or "P.23/26"): the
// letter was read before a slash or a space ("F&GP 12/26", "ICB 26/01") but not before a point, so no heading of the
// meeting was read and every decision was filed under no minute or under a clause alone.
const townCouncil = (numbers: string[]) =>
  [
    'ASHCOMBE TOWN COUNCIL',
    'Minutes of the Amenities Committee, Tuesday 8 December 2026 at 7.00pm',
    '',
    'PRESENT: Cllrs R Hale (Chair), P Okafor, J Wren',
    '',
    `${numbers[0]} APOLOGIES - Cllr S Dunn. Accepted.`,
    '',
    `${numbers[1]} ALLOTMENTS`,
    'The Clerk reported on the waiting list.',
    'RESOLVED',
    '  i)   that the report be noted;',
    '  ii)  that the Clerk write to tenants about the water supply by 31 January 2027.',
    '',
    `${numbers[2]} BUS SHELTERS`,
    'RESOLVED that the Clerk obtain two quotations for repairing the shelter on Mill Lane.',
    '',
    `${numbers[3]} DATE OF NEXT MEETING - Tuesday 9 February 2027, 7.00pm.`,
  ].join('\n');

describe("a committee's letter and a point before a slashed minute number", () => {
  it.each([
    [
      ['A.26/40', 'A.26/41', 'A.26/42', 'A.26/43'],
      ['A.26/41(ii)', 'A.26/42'],
    ],
    [
      ['A.40/26', 'A.41/26', 'A.42/26', 'A.43/26'],
      ['A.41/26(ii)', 'A.42/26'],
    ],
    [
      ['AM.26/40', 'AM.26/41', 'AM.26/42', 'AM.26/43'],
      ['AM.26/41(ii)', 'AM.26/42'],
    ],
  ])('%j', (numbers, refs) => {
    expect(filed(townCouncil(numbers))).toEqual(refs);
  });

  it('still reads the same numbers with a space or nothing after the letters', () => {
    expect(filed(townCouncil(['A 26/40', 'A 26/41', 'A 26/42', 'A 26/43']))).toEqual(['A 26/41(ii)', 'A 26/42']);
    expect(filed(townCouncil(['A26/40', 'A26/41', 'A26/42', 'A26/43']))).toEqual(['A26/41(ii)', 'A26/42']);
  });

  it('a line of the minute that opens by citing an earlier minute is not a heading', () => {
    const text = townCouncil(['A.26/40', 'A.26/41', 'A.26/42', 'A.26/43']).replace(
      'RESOLVED that the Clerk obtain',
      'A.26/31 (shelter repairs) was recalled by members.\nRESOLVED that the Clerk obtain',
    );
    expect(filed(text)).toEqual(['A.26/41(ii)', 'A.26/42']);
  });
});

// A minute's own numbered heading that names the report the meeting took ("Report of the Standards Sub-Committee",
// "REPORT OF THE TREASURER - …"): the words "Report of" made it a report's section, so the minute was dropped and its
// resolution filed under the minute before.
const received = (heading: string) =>
  [
    'Minutes of the meeting of the Wealdmoor Fire Authority held on Thursday 10 December 2026',
    '',
    'FA/30  Minutes',
    'RESOLVED - That the minutes of the meeting held on 8 October 2026 be approved.',
    '',
    heading,
    'The Treasurer presented the report on the year to date.',
    '',
    'RESOLVED -',
    '(a) That the report be noted.',
    '(b) That the Treasurer circulate the revised reserves forecast to members.',
    '',
    'FA/32  Date of next meeting',
    'Thursday 11 February 2027 at 10.30 am.',
  ].join('\n');

describe('a numbered minute whose title is "Report of …"', () => {
  it.each([
    'FA/31  Report of the Treasurer',
    'FA/31  REPORT OF THE TREASURER - MID-YEAR FINANCIAL REVIEW',
    'FA/31  Report of the Audit and Standards Sub-Committee',
  ])('%s keeps its own decisions', (heading) => {
    expect(filed(received(heading))).toEqual(['FA/31(b)']);
  });

  it('still reads the title of a minute that is not a report', () => {
    expect(filed(received('FA/31  Mid-year financial review'))).toEqual(['FA/31(b)']);
  });

  it('an unnumbered "Report of …" inside a minute is still the report, not a minute of its own', () => {
    const text = received('FA/31  Mid-year financial review').replace(
      'The Treasurer presented the report on the year to date.',
      'Report of the Treasurer\nOfficers propose that the reserves policy be revised.',
    );
    expect(filed(text)).toEqual(['FA/31(b)']);
  });
});
