import { describe, expect, it } from 'vitest';
import { compareIds, compareText } from '../../src/domain/order.js';

describe('compareIds', () => {
  it('puts ids in number order, not text order', () => {
    expect(['A10', 'A2', 'A1', 'A100', 'A9'].sort(compareIds)).toEqual(['A1', 'A2', 'A9', 'A10', 'A100']);
    expect(compareIds('A7', 'A7')).toBe(0);
  });

  it('agrees with the number after the A, leading zeros included', () => {
    const ids = ['A1', 'A01', 'A007', 'A70', 'A123456', 'A99999999', 'A100000000'];
    for (const a of ids)
      for (const b of ids) expect(Math.sign(compareIds(a, b))).toBe(Math.sign(Number(a.slice(1)) - Number(b.slice(1))));
  });
});

describe('compareText', () => {
  it('orders by code unit, as the slugs and owner keys are written', () => {
    expect(['scrutiny', 'audit', 'health-osc', 'Cabinet'].sort(compareText)).toEqual([
      'Cabinet',
      'audit',
      'health-osc',
      'scrutiny',
    ]);
  });
});
