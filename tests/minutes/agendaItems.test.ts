import { describe, expect, it } from 'vitest';
import { agendaItems } from '../../src/minutes/agendaItems.js';

describe('agendaItems', () => {
  it('makes each agreed agenda item a work-programme item for the next meeting', () => {
    const { items } = agendaItems(
      [
        'Thursday, 2nd April at 7pm',
        'Agreed Agenda Items:',
        '- 1. Allotment rents',
        '- 2. Play area survey',
        'The meeting closed.',
      ],
      '11',
      '2026-02-10',
    );
    expect(items).toMatchObject([
      {
        minute: '11',
        ref: '1',
        type: 'work-programme',
        due: { kind: 'next' },
        text: 'Allotment rents',
        narrative: false,
      },
      { minute: '11', ref: '2', text: 'Play area survey' },
    ]);
  });

  it('reads a minute titled as the list of items for the next agenda', () => {
    const { items } = agendaItems(
      ['Cemetery fees for 2027; the state of the bus shelter.'],
      '26/40',
      '2026-02-10',
      'ITEMS FOR THE NEXT AGENDA',
    );
    expect(items).toMatchObject([
      { minute: '26/40', type: 'work-programme', due: { kind: 'next' }, text: 'Cemetery fees for 2027' },
      { text: 'the state of the bus shelter' },
    ]);
  });

  it('reads items listed in the discussion for a dated meeting, and a deferral from the list', () => {
    const lines = [
      'Two items were listed for the next meeting on 5 March 2026 –',
      '(i) Town centre parking',
      '(ii) Tree strategy',
      'It was agreed that item (ii) Tree strategy be deferred to the meeting on 7 May 2026.',
    ];
    const { items } = agendaItems(lines, null, '2026-01-20');
    expect(items).toMatchObject([
      { ref: '(i)', category: 'work-programme', due: { kind: 'meeting', meeting: '2026-03-05' }, narrative: true },
      { ref: '(ii)', category: 'deferral', due: { kind: 'meeting', meeting: '2026-05-07' } },
    ]);
  });
});

// A work programme told in a sentence (often a bullet of "the following points were noted"): "the
// items scheduled for the next meeting were A and B". Each topic the sentence lists is an item due then.
describe('a sentence listing a coming meeting’s items', () => {
  it.each([
    [
      '- The items scheduled for next Committee meeting were the library strategy review and the allotment rents report.',
      ['the library strategy review', 'the allotment rents report'],
      { kind: 'next' },
    ],
    [
      'Items planned for the March meeting are: the tree survey, the budget outturn and the bus shelter repairs.',
      ['the tree survey', 'the budget outturn', 'the bus shelter repairs'],
      { kind: 'month', month: 'March' },
    ],
    [
      'The topics for the next meeting would be the Parking Strategy; the Health and Wellbeing Plan.',
      ['the Parking Strategy', 'the Health and Wellbeing Plan'],
      { kind: 'next' },
    ],
    [
      'The reports for the meeting on 12 May 2026 will be the Tree Strategy and the Play Area Review.',
      ['the Tree Strategy', 'the Play Area Review'],
      { kind: 'meeting', meeting: '2026-05-12' },
    ],
    [
      '- Items due at the next meeting: Cemetery Fees Review and Town Centre Signage Update.',
      ['Cemetery Fees Review', 'Town Centre Signage Update'],
      { kind: 'next' },
    ],
  ])('%s', (line, texts, due) => {
    const { items, used } = agendaItems(['The work programme was discussed.', line], '12.1', '2026-02-10');
    expect(items.map((i) => i.text)).toEqual(texts);
    expect(items.every((i) => i.category === 'work-programme' && i.narrative)).toBe(true);
    expect(items[0].due).toEqual(due);
    expect(used.has(1)).toBe(true);
  });

  it.each([
    'Items for the next meeting should be sent to the Clerk by 1 March.',
    'The item for the next meeting was discussed at length.',
    'Items for the next meeting were few and the Chair asked for more.',
  ])('is not read in a sentence about such items that lists none: %s', (line) => {
    expect(agendaItems([line], '3', '2026-02-10').items).toEqual([]);
  });
});

describe('the day of “the next meeting”', () => {
  it.each([
    'RESOLVED: that the work programme for the next Committee meeting on 14 September be agreed.',
    'The next meeting of the Panel to be held on 14 September 2026 at 7pm.',
  ])('is the one the minutes name elsewhere: %s', (elsewhere) => {
    const lines = ['- Items for the next meeting are the Tree Strategy and the Play Area Review.'];
    const { items } = agendaItems(lines, '4', '2026-06-29', '', [...lines, elsewhere]);
    expect(items.map((i) => i.due)).toEqual([
      { kind: 'meeting', meeting: '2026-09-14' },
      { kind: 'meeting', meeting: '2026-09-14' },
    ]);
  });
});
