import { describe, expect, it } from 'vitest';
import { agreedRecommendations } from '../../src/minutes/recommendations.js';
import { parseMinutes } from '../../src/minutes/index.js';

describe('recommendations a group agreed to make', () => {
  const note = [
    'The group agreed the following recommendations for its final report:',
    'Recommendations to the Executive',
    'R1  That the Council extends the warm spaces grant,',
    '    with a review after one year.',
    'R2  That the Executive receives a report on fuel poverty by March 2027.',
  ];

  it('reads each as a recommendation owned by the body the heading names, with no due of its own', () => {
    const { items } = agreedRecommendations(note, '3');
    expect(items.map((i) => [i.ref, i.category, i.owner, i.due])).toEqual([
      ['R1', 'recommendation', 'Executive', null],
      ['R2', 'recommendation', 'Executive', null],
    ]);
    expect(items[0].text).toBe('the Council extends the warm spaces grant, with a review after one year.');
  });

  it('leaves a report\'s "Recommendations to Cabinet" alone when nobody has agreed them', () => {
    expect(agreedRecommendations(note.slice(1), '3').items).toEqual([]);
    const agenda = parseMinutes(
      'Minutes of the Scrutiny Board held on 3 March 2026\n\n4. Fees review\nRecommendations to Cabinet\n1. That Cabinet approves the fees.',
    );
    expect(agenda.items).toEqual([]);
  });
});
