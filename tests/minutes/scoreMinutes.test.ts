// The scorer compares a due "within" a span as the deadline it makes (DESIGN: a deadline date): the
// same span in another unit is the same due, so "in one year" meets a label's "12 months".
import { describe, expect, it } from 'vitest';
import { dueMatches, refMatches } from '../../scripts/lib/score-minutes.js';
import type { ProposedItem } from '../../src/minutes/index.js';

const item = (due: ProposedItem['due']) => ({ type: 'work-programme', due }) as ProposedItem;
const within = (amount: number, unit: string) => ({ type: 'within', amount, unit });

describe('a span due is compared as the deadline it makes', () => {
  it.each([
    [1, 'years', 12, 'months'],
    [2, 'years', 24, 'months'],
    [12, 'months', 1, 'years'],
    [2, 'weeks', 14, 'days'],
    [6, 'months', 6, 'months'],
  ])('%s %s meets a label of %s %s', (amount, unit, wantAmount, wantUnit) => {
    expect(dueMatches(within(wantAmount, wantUnit), item({ kind: 'within', amount, unit } as never))).toBe(true);
  });

  it.each([
    [1, 'years', 6, 'months'],
    [3, 'months', 3, 'weeks'],
    [4, 'weeks', 1, 'months'],
  ])('%s %s does not meet %s %s', (amount, unit, wantAmount, wantUnit) => {
    expect(dueMatches(within(wantAmount, wantUnit), item({ kind: 'within', amount, unit } as never))).toBe(false);
  });
});

describe('a bare clause number under a minute is compared in both notations labellers use', () => {
  const filed = (minute: string, ref: string | null) => ({ minute, ref }) as ProposedItem;
  it.each([
    ['18/26(2)', '18/26', '2'],
    ['18/26/2', '18/26', '2'],
    ['CAB 56(3)', 'CAB 56', '3'],
    ['13/1', '13', '1'],
    ['13(1)', '13', '1'],
    ['40(b)', '40', '(b)'],
    ['77/26 b)', '77/26', '(b)'],
    ['77/26 c) ii)', '77/26', '(c)(ii)'],
    ['K/12 3.', 'K/12', '3'],
    ['(58)', '58', null],
    ['(58)(iv)', '58', '(iv)'],
    ['(59)2.', '59', '2'],
    ['31(2)(b)', '31', '2(b)'],
    ['31/2(b)', '31', '2(b)'],
    ['22(c)', '22c', null],
    // the heading's own word before the number ("Minute 41/26  Taxi fares") is no part of the reference
    ['Minute 41/26(b)', '41/26', '(b)'],
    ['minute 7', '7', null],
  ])('%s meets minute %s, clause %s', (label, minute, ref) => {
    expect(refMatches(label, filed(minute, ref))).toBe(true);
  });

  it.each([
    ['18/26(3)', '18/26', '2'],
    ['18/26', '18/26', '2'],
    ['40/b', '40', '(b)'],
    ['77/26 b)', '77/26', '(c)'],
    ['K/12 3.', 'K/12', '2'],
    ['(58)', '85', null],
    ['(59)2.', '59', '1'],
    ['8.4', '8', '4'],
    ['31(2)(b)', '31', '2(c)'],
    ['C22(c)', 'C22', null],
    ['Minute 41/26', '14/26', null],
  ])('%s does not meet minute %s, clause %s', (label, minute, ref) => {
    expect(refMatches(label, filed(minute, ref))).toBe(false);
  });
});
