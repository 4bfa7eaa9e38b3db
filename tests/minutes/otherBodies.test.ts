import { describe, expect, it } from 'vitest';
import { anotherBodysMeeting, sentToAnotherBody } from '../../src/minutes/otherBodies.js';
import { categorise } from '../../src/minutes/classify.js';
import { dueOf } from '../../src/minutes/due.js';

describe("another body's meeting", () => {
  it('knows a body named in full from "the Committee", "the Panel\'s" and "its"', () => {
    expect(sentToAnotherBody('bring a revised forecast to the Finance and Performance Committee on 29 January')).toBe(true);
    expect(sentToAnotherBody('a report be brought to the Committee at its next meeting')).toBe(false);
    expect(anotherBodysMeeting('submitted to the Resources Committee for consideration at its ')).toBe(true);
    expect(anotherBodysMeeting('a further report to the Panel at its ')).toBe(false);
  });

  it('does not make our due of another body\'s meeting in March', () => {
    expect(dueOf('the budget proposals be submitted to the Resources Committee for consideration at its meeting in March', '2026-02-04')).toBeNull();
    expect(dueOf('a further report be submitted to the Committee at its meeting in March', '2026-02-04')).toEqual({ kind: 'month', month: 'March' });
  });

  it('takes another body\'s meeting date as a deadline, and the work as an action', () => {
    const text = 'the Finance Director would bring a revised forecast to the Audit and Risk Committee on 29 January 2026';
    expect(dueOf(text, '2026-01-14')).toEqual({ kind: 'date', date: '2026-01-29' });
    expect(categorise(`The Board AGREED that ${text}.`)).toBe('action');
  });
});

describe('standing arrangements', () => {
  it.each([
    'That performance data continue to be reported to the Board quarterly.',
    'the Panel continues to receive the risk register at each meeting',
  ])('%s proposes nothing new', (text) => {
    expect(categorise(text)).toBe('noted');
  });

  it('a request for a further update at the board\'s own meeting is an agenda item', () => {
    expect(categorise('The Board REQUESTED a further update at its meeting on 12 March 2026.')).toBe('work-programme');
  });
});

it('reads any "continue to be <done>" as a standing arrangement', () => {
  expect(categorise('That future quarterly returns continue to be signed off by the Chair and the Director.')).toBe('noted');
});
