import { describe, expect, it } from 'vitest';
import { undertakingsIn } from '../../src/minutes/undertakings.js';

describe('promises in the discussion', () => {
  it('give a promise joined by "and undertook to" to the one speaking in that sentence', () => {
    const found = undertakingsIn(['In response, the Cabinet Member for Transport said that two routes were under review, and undertook to send the resident the timetable.']);
    expect(found.get(0)).toEqual({ owner: 'Cabinet Member for Transport', text: 'send the resident the timetable.' });
  });

  it('count an agreement to review something and report the outcome', () => {
    const found = undertakingsIn(['The Head of Audit agreed to review the rating of the fraud risk and to confirm the outcome to members.']);
    expect(found.get(0)?.owner).toBe('Head of Audit');
  });
});

describe('a promise to invite someone', () => {
  it('is an undertaking like a promise to send', () => {
    const found = undertakingsIn(['The Head of Service agreed to invite the harbour operator to the March meeting of the Panel.']);
    expect(found.get(0)?.owner).toBe('Head of Service');
  });
});
