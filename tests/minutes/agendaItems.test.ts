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
