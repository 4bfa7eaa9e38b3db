import { describe, expect, it } from 'vitest';
import { narrativeItems } from '../../src/minutes/narrative.js';

const read = (...texts: string[]) => narrativeItems(texts.map((text) => ({ text, ref: null })), '12', '2026-03-02');

describe('initials closing a wrapped line', () => {
  it('own the action the line names, without a second copy of it', () => {
    const items = read('Cllr Hale to get prices for new litter bins for the April meeting.          KH');
    expect(items).toHaveLength(1);
    expect(items[0].owner).toBe('KH');
  });

  it('written together, are one owner of one item', () => {
    const items = read('Playground group (KH, DP) to inspect the swings before the April meeting.     KH/DP');
    expect(items).toHaveLength(1);
    expect(items[0].owner).toBe('KH/DP');
  });

  it('still give each their own item when the line already named one of them to act', () => {
    const items = read('The hedge letter was approved. DP will speak to the landowner about the hedge. DP, KH');
    expect(items.map((i) => i.owner).sort()).toEqual(['DP', 'KH']);
  });
});
