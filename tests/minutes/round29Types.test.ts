// Round 29, types: matters moved to a later time, an action list's entries written as bare noun phrases, and guests
// invited to the sitting just named. Each form is written several ways in invented wording (an invented harbour committee),
// with near-misses that must keep their type.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';
import { only } from './helpers/harbourCommittee.js';

describe('a matter moved to a later time, with no "from" said, is put back', () => {
  it.each([
    'That the dredging review be moved to February 2027.',
    'That the item on berth allocations scheduled for April be moved to June.',
    'That the pontoon update be rescheduled to the spring.',
    'That the report on winter moorings be moved to the new year.',
    'To move the harbour dues report to May 2027.',
  ])('%s', (text) => {
    const item = only(text);
    expect(item.category).toBe('deferral');
    expect(item.type).toBe('work-programme');
  });
});

describe('near-misses: a thing, a target, money or a meeting moved is no matter put back', () => {
  it.each([
    'That the boat racks be moved to the east quay by the end of April.',
    'That the Harbour Master arrange for the dinghy store to be moved to the old fish cellar.',
  ])('%s', (text) => {
    expect(only(text).category).not.toBe('deferral');
  });

  it.each([
    'That the target date for the new slipway not be moved to 2029.',
    'That £2,000 be moved to the dredging reserve in 2027.',
    'That the April meeting be moved to 14 April 2027.',
  ])('%s', (text) => {
    const items = parseMinutes(
      [
        'Porthwenna Harbour Committee',
        'Minutes of the meeting held on 3 March 2027',
        '',
        '12. MOORING FEES',
        `RESOLVED: ${text}`,
      ].join('\n'),
    ).items;
    expect(items.filter((i) => i.category === 'deferral')).toHaveLength(0);
  });
});

/** Notes of the committee's informal meeting, closing on a dashed list of actions. */
const notes = (entries: string[]) =>
  parseMinutes(
    [
      'Porthwenna Harbour Committee',
      'Notes of the informal meeting held on 3 March 2027',
      '',
      '4. Moorings',
      'The Harbour Master went through the berth survey and the waiting list.',
      'Actions:',
      ...entries.map((e) => `- ${e}`),
    ].join('\n'),
  ).items;

describe('an action list entry that names a paper with no verb, sent to this body, is an agenda item', () => {
  it.each([
    'Berth fees proposal to the next meeting',
    'Proposal on winter berth fees to the May meeting',
    'Survey results and final fee table to Committee',
  ])('%s', (entry) => {
    const items = notes([entry]);
    expect(items).toHaveLength(1);
    expect(items[0].type).toBe('work-programme');
  });
});

describe('near-misses: an entry with its verb, or a paper sent elsewhere, stays an errand', () => {
  it.each([
    'Get quotes for the ladder repair - back to next meeting',
    'Clerk to send the fee table to the boat club',
    'Berth fees letter to all berth holders',
    'CLERK TO WRITE TO THE BOAT CLUB ABOUT THE FEES',
  ])('%s', (entry) => {
    const items = notes([entry]);
    expect(items).toHaveLength(1);
    expect(items[0].type).toBe('action');
  });
});

describe('invited to "that meeting" or "the same meeting" is invited to the sitting just named', () => {
  it.each([
    'That the report on dredging be brought to the June meeting, and that the Marine Agency also be invited to that meeting.',
    'That the ferry operator be invited to that meeting to explain the timetable.',
    'That the boatyard owners be invited to the same meeting.',
  ])('%s', (text) => {
    const items = parseMinutes(
      [
        'Porthwenna Harbour Committee',
        'Minutes of the meeting held on 3 March 2027',
        '',
        '12. DREDGING',
        `RESOLVED: ${text}`,
      ].join('\n'),
    ).items;
    expect(items.some((i) => i.category === 'invitation')).toBe(true);
  });

  it.each([
    // an errand about that meeting invites no one to it
    'That the Clerk write to the ferry operator before that meeting inviting written comments.',
    'That the Harbour Master send the survey to the boatyard owners ahead of that meeting.',
  ])('near-miss: %s', (text) => {
    expect(only(text).category).toBe('action');
  });
});
