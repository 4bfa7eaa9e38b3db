// Round 27, commitments in the discussion: who undertakes, where the sentence tells it in ways the reader of
// undertakings did not follow — a phrase of how the matter came up set before a pronoun that undertakes, with no comma
// ("In reply to a supplementary question he agreed …"), and the speaker of a sentence's first half taking it on after a
// semicolon ("… replied that …; she undertook …"). Invented minutes throughout, several wordings of each, and
// near-misses that must not fire.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';
import { withoutDebateLead } from '../../src/minutes/commitmentSubject.js';

/** An invented leisure panel's formal minutes, with the test's own paragraphs as the discussion of minute 7. */
const panel = (body: string[]) =>
  parseMinutes(
    [
      'HARROWDEN BOROUGH COUNCIL',
      'Minutes of the Leisure and Parks Panel held on Tuesday 9 March 2027 at 6.30 pm',
      '',
      'Present: Councillor Vance (Chair), Councillor Pryce, Councillor Tate, Councillor Ahmed',
      'Officers: Parks Manager, Head of Libraries, Finance Officer',
      '',
      '6. Minutes',
      'RESOLVED that the minutes of the meeting held on 12 January 2027 be confirmed.',
      '',
      '7. Wetland and play areas',
      ...body,
      'RESOLVED that the report be noted.',
      '',
      '8. Date of next meeting',
      'The next meeting will be held on Tuesday 11 May 2027.',
    ].join('\n'),
  ).items.filter((i) => i.minute === '7');

describe('a phrase of how the matter came up, set before a pronoun that undertakes, with no comma', () => {
  it.each([
    [
      '"In answer to questions" and a pronoun for the one presenting',
      'Ms Oduya presented the play area audit. In answer to questions she undertook to circulate the list of repairs to ward members.',
      'Ms Oduya',
      'list of repairs',
    ],
    [
      '"In reply to a supplementary question" and a pronoun',
      'Councillor Ahmed, the Cabinet Member, answered questions on the car park. In reply to a supplementary question he agreed to send Councillor Tate the occupancy counts.',
      'Councillor Ahmed',
      'occupancy counts',
    ],
    [
      '"During the discussion" and a pronoun',
      'Mr Keane presented the kiosk accounts. During the discussion he offered to set out the kiosk income by season for members.',
      'Mr Keane',
      'kiosk income',
    ],
  ])('%s', (_, paragraph, owner, words) => {
    const item = panel([paragraph]).find((i) => i.text.includes(words));
    expect(item?.owner).toContain(owner);
    expect(item?.source).toBe('discussion');
  });

  it.each([
    ['a report, no commitment', 'During the discussion he reported that the wetland had flooded twice.'],
    ['an opinion of the members', 'In the debate members agreed that the new paths were a great improvement.'],
    ['an agreement made before the meeting', 'During the discussion he had agreed to hold back the planting.'],
    ['what was said, not undertaken', 'In answer to Councillor Tate he said that the survey would be ready in May.'],
  ])('not: %s', (_, sentence) => {
    expect(panel(['The Parks Manager introduced the report on the wetland works.', sentence])).toEqual([]);
  });

  it('takes off only the phrase, and only before a pronoun that undertakes', () => {
    expect(withoutDebateLead('In reply to a supplementary question he agreed to send the counts.')).toBe(
      'he agreed to send the counts.',
    );
    expect(withoutDebateLead('During debate she undertook to check the lease.')).toBe(
      'she undertook to check the lease.',
    );
    // (the question's words hold no clause: "he said that …" is not part of the phrase)
    expect(withoutDebateLead('In answer to Councillor Tate he said that the survey would be ready in May.')).toBe(
      'In answer to Councillor Tate he said that the survey would be ready in May.',
    );
    // (a place or a time is no phrase of the debate)
    expect(withoutDebateLead('In the park they agreed to plant oaks.')).toBe('In the park they agreed to plant oaks.');
    // (a name or a title after the phrase: held back in round 27, taken in round 31 — the labels of fresh 9 05, 35 04,
    // 67 01, 93 07 and 109 03 give the undertaking to the title, see commitmentSubject.ts)
    expect(withoutDebateLead('During the discussion the Parks Manager agreed to arrange a walk.')).toBe(
      'the Parks Manager agreed to arrange a walk.',
    );
  });
});

describe('the speaker of the first half takes it on after a semicolon', () => {
  it.each([
    [
      '"replied that …; she undertook to …"',
      'Councillor Vance replied that the kiosk lease had two years to run; she undertook to send members the tenancy terms.',
      'Councillor Vance',
      'tenancy terms',
    ],
    [
      '"explained that …; he agreed to …"',
      'The Finance Officer explained that the refund would come from the insurer; he agreed to let members know the sum recovered.',
      'Finance Officer',
      'sum recovered',
    ],
    [
      '"said …; and she offered to …"',
      'The Head of Libraries said the survey had closed in February; and she offered to share the results with the Panel.',
      'Head of Libraries',
      'share the results',
    ],
  ])('%s', (_, sentence, owner, words) => {
    const item = panel([sentence]).find((i) => i.text.includes(words));
    expect(item?.owner).toContain(owner);
  });

  it.each([
    [
      'a fact after the semicolon',
      'Councillor Vance replied that the lease had two years to run; she was not aware of any break clause.',
    ],
    [
      'a passive after the semicolon',
      'The Finance Officer explained that the insurer had paid; they would be told the sum in writing.',
    ],
    [
      'a hope after the semicolon',
      'The Parks Manager said the paths were finished; he hoped to open the wetland in the summer.',
    ],
    [
      'the body agreeing after a phrase of the debate',
      'After discussion the Panel agreed to hold the kiosk rent at its present level.',
    ],
  ])('not: %s', (_, sentence) => {
    expect(panel([sentence])).toEqual([]);
  });
});

describe('a heading run into the first sentence is not part of the speaker', () => {
  it('gives the pronoun to the title that opens with "The", not to the heading’s last words', () => {
    const items = parseMinutes(
      [
        'HARROWDEN BOROUGH COUNCIL',
        'Minutes of the Leisure and Parks Panel held on Tuesday 9 March 2027 at 6.30 pm',
        '',
        'Present: Councillor Vance (Chair), Councillor Pryce',
        '',
        'OS.7  Bin Collections - Quarter 3',
        '       The Head of Waste Services introduced the report. Missed bins had',
        '       risen over the winter.',
        '       In answer to questions he agreed to circulate the missed bins by ward',
        '       to all members of the Panel.',
        '       RESOLVED - That the report be noted.',
      ].join('\n'),
    ).items;
    expect(items.find((i) => i.text.includes('missed bins by ward'))?.owner).toBe('The Head of Waste Services');
  });
});
