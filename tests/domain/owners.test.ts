import { describe, expect, it } from 'vitest';
import { councilOf } from '../../src/domain/council.js';
import { contactIndex, ownerDirectory } from '../../src/domain/ownerDirectory.js';
import { makeItem } from '../factories.js';

describe('ownerDirectory', () => {
  it('every owner once, matched as owners are, with their details and open items; closed items not counted', () => {
    const items = [
      makeItem({ id: 'A1', owner: 'LLR ICB' }),
      makeItem({ id: 'A2', owner: 'the llr icb' }),
      makeItem({ id: 'A3', owner: 'UHL', status: 'done' }),
      makeItem({ id: 'A4', owner: null }),
    ];
    const contacts = [{ name: 'UHL', email: 'uhl@example.nhs.uk', contact: null }];
    expect(ownerDirectory(items, contacts)).toEqual([
      { name: 'LLR ICB', email: null, contact: null, openItems: 2 },
      { name: 'UHL', email: 'uhl@example.nhs.uk', contact: null, openItems: 0 },
    ]);
    expect(contactIndex(contacts, ' The  UHL ')).toBe(0);
    expect(contactIndex(contacts, 'UHL Trust')).toBeNull();
  });
});

describe('councilOf', () => {
  const committees = [
    { slug: 'a', name: 'A', council: 'Leicester City Council' },
    { slug: 'b', name: 'B', council: 'Leicester City Council' },
    { slug: 'c', name: 'C', council: 'Rutland County Council' },
    { slug: 'd', name: 'D' },
  ];
  it('the council of the committees covered; both where two councils; null where none', () => {
    expect(councilOf(committees, ['a', 'b', 'd'])).toBe('Leicester City Council');
    expect(councilOf(committees, ['a', 'c'])).toBe('Leicester City Council and Rutland County Council');
    expect(councilOf(committees, ['d'])).toBeNull();
    expect(councilOf([])).toBeNull();
  });
});
