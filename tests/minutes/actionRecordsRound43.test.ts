// Round 43, action records and references: where the debate of an item is set out in numbered paragraphs ("6.1",
// "6.2") and the resolution then stands as a paragraph of its own with no number, the resolution is the item's and is
// cited by the item's number and its clause ("6(b)"), not by the last numbered paragraph ("6.2(b)")
// (`paragraphs.ts` `ownResolution`). Invented minutes, bodies and wording throughout, with near-misses that must keep
// the paragraph's number.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';

/** A panel's minutes whose item 6 is printed as the lines given. */
const item6 = (lines: string[]) =>
  parseMinutes(
    [
      'HOLLINGBRIDGE DISTRICT COUNCIL',
      'Minutes of the Communities Scrutiny Panel held on Wednesday 10 March 2027 at 7.00 pm',
      'Present: Councillors P Ashdown (Chair), R Coyle, S Duffy',
      '',
      '5   Minutes',
      'RESOLVED that the minutes of the meeting held on 10 February 2027 be approved.',
      '',
      '6   Library Opening Hours Review',
      ...lines,
      '',
      '7   Date of next meeting',
      'Wednesday 14 April 2027 at 7.00 pm.',
    ].join('\n'),
  ).items.filter((i) => i.minute === '6' || i.minute?.startsWith('6.'));

/** Each item's reference as the minutes would print it: the minute and its clause, or a paragraph's own number. */
const refs = (lines: string[]) =>
  item6(lines).map((i) =>
    !i.ref
      ? (i.minute ?? '')
      : i.ref.startsWith('(')
        ? `${i.minute}${i.ref}`
        : /^\d+\.\d+/.test(i.ref)
          ? i.ref
          : `${i.minute}/${i.ref}`,
  );

describe('an unnumbered resolution after numbered paragraphs is cited by the item', () => {
  it.each([
    [
      'a blank line before the lettered resolution',
      [
        '6.1  The lead member presented the findings of the review.',
        '6.2  Members discussed weekend opening at the two branch libraries.',
        '',
        'RESOLVED that:',
        '(a) the findings be endorsed;',
        '(b) the Head of Libraries report to the Panel in four months on weekend opening.',
      ],
    ],
    [
      'no blank line, the resolution straight under the paragraph',
      [
        '6.1  The lead member presented the findings of the review.',
        '6.2  Members discussed weekend opening at the two branch libraries.',
        'RESOLVED that:',
        '(a) the findings be endorsed;',
        '(b) the Head of Libraries report to the Panel in four months on weekend opening.',
      ],
    ],
    [
      '"It was RESOLVED" in place of the bare keyword',
      [
        '6.1  The lead member presented the findings of the review.',
        'It was RESOLVED that:',
        '(a) the findings be endorsed;',
        '(b) the Head of Libraries report to the Panel in four months on weekend opening.',
      ],
    ],
    [
      'the keyword in mixed case',
      [
        '6.1  The lead member presented the findings of the review.',
        '6.2  Members discussed weekend opening at the two branch libraries.',
        'Resolved:',
        '(a) That the findings be endorsed.',
        '(b) That the Head of Libraries report to the Panel in four months on weekend opening.',
      ],
    ],
  ])('%s', (_name, lines) => {
    const cited = refs(lines);
    expect(cited).toContain('6(b)');
    expect(cited.some((r) => r.startsWith('6.'))).toBe(false);
  });

  it("a one-line resolution after a numbered paragraph is the item's", () => {
    const cited = refs([
      '6.1  Members agreed the scope of a review of weekend opening. Three members volunteered.',
      'RESOLVED that the scope be approved and that the Head of Libraries report to the Panel in June 2027.',
    ]);
    expect(cited.length).toBeGreaterThan(0);
    expect(cited.every((r) => r.startsWith('6') && !r.startsWith('6.'))).toBe(true);
  });
});

describe('near-misses: the paragraph keeps its number', () => {
  it('a resolution opened by its own paragraph number', () => {
    const cited = refs([
      '6.1  The lead member presented the findings of the review.',
      '6.2  RESOLVED that:',
      '(a) the findings be endorsed;',
      '(b) the Head of Libraries report to the Panel in four months on weekend opening.',
    ]);
    expect(cited).toContain('6.2(b)');
  });

  it('a numbered paragraph running on over a colon into its resolution', () => {
    const cited = refs([
      '6.1  The lead member presented the findings of the review.',
      '6.2  Following discussion, and on the proposal of the Chair, it was',
      'RESOLVED that the Head of Libraries report to the Panel in four months on weekend opening.',
    ]);
    expect(cited.some((r) => r.startsWith('6.2'))).toBe(true);
  });

  it('a titled part whose own text stands unnumbered between its number and the resolution', () => {
    const cited = refs([
      '6.1  Motion on weekend opening',
      'Councillor Coyle moved, and Councillor Duffy seconded, the motion printed in the summons.',
      'RESOLVED that the Head of Libraries report to the Panel in four months on weekend opening.',
    ]);
    expect(cited.some((r) => r.startsWith('6.1'))).toBe(true);
  });
});
