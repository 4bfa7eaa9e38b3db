// Round 26, types: action or work programme. Each form is written several ways in invented wording (an invented
// harbour committee's resolutions), with near-misses that must keep their type.
import { describe, expect, it } from 'vitest';
import { only } from './helpers/harbourCommittee.js';

describe('a participle told "at the meeting" is this sitting, not a meeting the clause sends anything to', () => {
  it.each([
    'That the Harbour Master, with the Chair, submit a response on behalf of the Committee reflecting the views expressed at the meeting.',
    'That the Clerk send the comments made at the meeting to the Marine Agency as the Committee’s response by 4 April 2027.',
    'That the Harbour Master forward the concerns raised at this meeting to the dredging contractor.',
    'That the Clerk submit the points agreed at today’s meeting as the Committee’s reply to the consultation.',
  ])('%s', (text) => {
    expect(only(text).type).toBe('action');
  });
});

describe('near-misses: a meeting to come, or the clause’s own verb, stays this body’s business', () => {
  it.each([
    // the clause's own verb, with its auxiliary
    'That the mooring survey be considered at the meeting on 9 June 2027.',
    // a meeting with its own time
    'That the Harbour Master report the survey results at the next meeting.',
    'That the Harbour Master report the comments made by berth holders to the meeting in June 2027.',
  ])('%s', (text) => {
    expect(only(text).type).toBe('work-programme');
  });
});

describe('attending somewhere else, or for this body, is an errand, not an invitation', () => {
  it.each([
    'That the Chair of the Committee attend that Town Council meeting to put the Committee’s concerns.',
    'That Cllr Treloar attend the inquiry hearing on behalf of the Committee and present its objection.',
    'That the Vice-Chair attend the liaison meeting with the ferry operator to represent the Committee.',
    'That Cllr Penrose attend the appeal hearing on behalf of the Town Council and speak against the scheme.',
    'That the Clerk ask the Harbour Trust to attend the Town Council meeting in May to explain the fees.',
  ])('%s', (text) => {
    const item = only(text);
    expect(item.category).not.toBe('invitation');
    expect(item.type).toBe('action');
  });
});

describe('near-misses: asked to attend this body’s meeting is still an invitation', () => {
  it.each([
    'That the Marine Agency be invited to attend the next meeting.',
    // invited, on another body's behalf, to this body's meeting
    'That the Marine Agency’s director be invited to attend the next meeting on behalf of the Agency.',
    // a plain noun before "meeting" is left as it was read: no name of another body
    'That the boatyard owners be invited to attend a special meeting on the silting.',
    'That the ferry operator be invited to attend a future meeting to explain the timetable changes.',
    'That the coastal team be invited to attend the June meeting.',
    'That the boatyard owners be asked to attend the Harbour Committee meeting in May.',
  ])('%s', (text) => {
    expect(only(text).category).toBe('invitation');
  });
});

describe('someone asked to attend, with nothing else named, is invited to this body', () => {
  it.each([
    'That the dredging contractor be asked to attend.',
    'That the Marine Agency be requested to attend in the spring.',
    'That the ferry operator be asked to attend for the item on the timetable.',
  ])('%s', (text) => {
    expect(only(text).category).toBe('invitation');
  });

  it.each([
    // members of this body sent, not asked
    'That Cllrs Ames and Bell attend.',
    // someone told to ask: the errand is theirs
    'That the Clerk ask the dredging contractor to attend.',
  ])('near-miss: %s', (text) => {
    expect(only(text).category).toBe('action');
  });
});

describe('a matter put with the budget this body will set is its future business', () => {
  it.each([
    'That the purchase of a second crane be considered as part of the 2027/28 budget.',
    'That the request for a donation to the lifeboat appeal be considered with the budget in January.',
    'Porthwenna Gig Club – request for help with its boat shed, to be considered with the budget in January.',
    'That the new signs be considered alongside the estimates for 2027/28.',
    'That the cost of a new pontoon be reviewed again as part of the precept.',
  ])('%s', (text) => {
    expect(only(text).type).toBe('work-programme');
  });
});

describe('near-misses: work put with someone else’s, or told to someone, keeps its type', () => {
  it.each([
    // someone told of it: an errand to tell them
    'That the berth holder be informed that the slipway will be considered as part of the budget.',
    // put with another body's business
    'That the request for a crane be considered by the Town Council as part of its budget.',
    // put with someone's piece of work, not the budget
    'That the lighting be considered as part of the Harbour Master’s review of the quay.',
  ])('%s', (text) => {
    expect(only(text).type).toBe('action');
  });
});

describe('"next month’s meeting" is a sitting of this body', () => {
  it.each([
    'That the Committee ask for a deep dive into berth occupancy at next month’s meeting.',
    'That the Harbour Master bring the survey results to next month’s meeting.',
  ])('%s', (text) => {
    const item = only(text);
    expect(item.type).toBe('work-programme');
    expect(item.due).toEqual({ kind: 'next' });
  });

  it('near-miss: next month itself names no meeting', () => {
    expect(only('That the Harbour Master order the buoys next month.').type).toBe('action');
  });
});
