import { describe, expect, it } from 'vitest';
import { categorise } from '../../src/minutes/classify.js';
import { cleanOwner } from '../../src/minutes/owner.js';

describe('a sub-body told to act and report back', () => {
  it('is given an action, not an agenda item', () => {
    expect(categorise("the Board's Grants Working Group review the eligibility criteria and report back to the Board by the summer")).toBe('action');
    // An officer reporting back is still an item for the meeting.
    expect(categorise('the Service Manager report back to the Committee on the trial within six months')).toBe('work-programme');
  });

  it('is named without the body it belongs to', () => {
    expect(cleanOwner("the Board's Grants Working Group")).toBe('Grants Working Group');
  });
});

describe('an owner given delegated authority', () => {
  it('is named without the word "authority"', () => {
    expect(cleanOwner('the Director of Place authority')).toBe('the Director of Place');
  });
});
