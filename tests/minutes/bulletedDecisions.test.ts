// What the meeting agreed, set out as bullets with no "Resolved" heading and not all worded as
// decisions, closing a minute after its discussion: read as decisions with less confidence. Bullets
// that tell what was said (a past tense) or only describe (no bullet worded as a decision alone
// is), and bullets with discussion after them, stay discussion.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';

const DISCUSSION =
  'The Panel considered a report of the Scrutiny Officer on the review of the allotments service, which set out what the working group had found over the year.';

const minute = (bullets: string[], after: string[] = []) =>
  [
    'Minutes of the Allotments Panel held on 3 March 2026',
    '',
    '4. Allotments review',
    '',
    DISCUSSION,
    '',
    ...bullets.flatMap((b) => [`• ${b}`, '']),
    ...after,
    '5. Date of next meeting',
    'The next meeting will be held on 2 June 2026.',
  ].join('\n');

describe('bulleted decisions closing a minute with no heading', () => {
  const agreed: [string, string[]][] = [
    [
      'a present, a subjunctive and a passive',
      [
        'the Panel’s meeting in June includes a report on the waiting list;',
        'the Clerk write to every plot holder about the new rules;',
        'two site visits are arranged during the summer.',
      ],
    ],
    [
      '"to …" among present tenses',
      [
        'the June meeting considers the revised tenancy agreement;',
        'to ask the Parks Manager for a quote for new water troughs.',
      ],
    ],
    [
      'a stem with its list, then decisions',
      [
        'standing items on the Panel’s agenda include reports on:',
        'the waiting list;',
        'plot inspections',
        'the Treasurer circulate the rent figures to members;',
        'a site visit is arranged in July.',
      ],
    ],
  ];

  it.each(agreed)('%s: each decision a candidate under the minute, less surely', (_, bullets) => {
    const items = parseMinutes(minute(bullets)).items;
    expect(items.length).toBeGreaterThanOrEqual(2);
    expect(items.every((i) => i.minute === '4' && i.confidence < 0.7)).toBe(true);
  });

  const said: [string, string[], string[]][] = [
    [
      'points made, in the past tense',
      [
        'Members raised the length of the waiting list;',
        'the Clerk explained the inspection rota;',
        'the Treasurer be thanked.',
      ],
      [],
    ],
    [
      'observations in the present, none worded only as a decision',
      ['the waiting list is growing;', 'water costs remain high;', 'the inspection rota works well.'],
      [],
    ],
    [
      'bullets with discussion after them',
      ['a report on the waiting list is brought to the June meeting;', 'the Clerk write to every plot holder.'],
      [
        'Members then discussed the state of the paths at length and the cost of resurfacing them with gravel, which would be considered later.',
        '',
      ],
    ],
  ];

  it('reads the same bullets when nothing follows them in the minute', () => {
    const items = parseMinutes(
      minute(['a report on the waiting list is brought to the June meeting;', 'the Clerk write to every plot holder.']),
    ).items;
    expect(items.map((i) => i.minute)).toEqual(['4', '4']);
  });

  it.each(said)('%s: no item', (_, bullets, after) => {
    expect(parseMinutes(minute(bullets, after)).items).toEqual([]);
  });
});
