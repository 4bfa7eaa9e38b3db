// Round 34, a clerk's trial: a list of a named month's agenda in a minute's prose ("Items for the February agenda:"
// over lettered or numbered lines) is forward business for that month, as the same list under "Items for the next
// agenda:" already was, and as it is when the minute's title says it. Invented bodies, people and wording throughout.
import { describe, expect, it } from 'vitest';
import { workProgrammeItems as minute } from './helpers/moorsideHealth.js';

describe('"Items for the <month> agenda:" in the prose over a list', () => {
  it.each([
    [
      [
        'The Committee went through its programme.',
        'Items for the February agenda:',
        '(a) Dental access update',
        '(b) Crisis line figures',
      ],
    ],
    [
      [
        'Members agreed the following items for the February agenda:',
        '1. Dental access update',
        '2. Crisis line figures',
      ],
    ],
    [['Items for the February agenda:', 'a) Dental access update;', 'b) Crisis line figures.']],
  ])('each entry is forward business for February: %j', (body) => {
    const items = minute(body);
    expect(items.map((i) => [i.type, i.due])).toEqual([
      ['work-programme', { kind: 'month', month: 'February' }],
      ['work-programme', { kind: 'month', month: 'February' }],
    ]);
    expect(items.map((i) => i.text)).toEqual(['Dental access update', 'Crisis line figures']);
  });

  it('a sentence after the list is not an entry, and an undertaking there is still read', () => {
    const items = minute([
      'Items for the February agenda:',
      '(a) Dental access update',
      '(b) Crisis line figures',
      'The Chair undertook to raise the crisis line with the Trust before then.',
    ]);
    expect(items.map((i) => i.type)).toEqual(['work-programme', 'work-programme', 'action']);
    expect(items[2].owner).toBe('The Chair');
  });

  it('not items "from" a month\'s agenda, nor another body\'s', () => {
    for (const intro of ['Items from the February agenda:', "Items for the Cabinet's February agenda:"]) {
      const items = minute([intro, '(a) Dental access update', '(b) Crisis line figures']);
      expect(items.filter((i) => i.type === 'work-programme')).toEqual([]);
    }
  });
});
