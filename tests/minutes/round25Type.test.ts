// Round 25, types: a matter sent to this body, with the stage after it told in a clause of time or purpose ("…, before
// the scheme goes to Cabinet", "…, for recommendation to Council"), is this body's future business, not a
// recommendation to the body named in the later stage. Invented wording, several layouts, with near-misses.
import { describe, expect, it } from 'vitest';
import { only } from './helpers/harbourCommittee.js';

describe('a matter sent here, with its later stage elsewhere told after it, is this body’s business', () => {
  it.each([
    'That the results of the berth-holder survey be reported to this Committee in the autumn, before the new tariff is recommended to the Town Council for adoption.',
    'That the findings of the slipway review be reported to the Committee in June 2027, for recommendation to the Town Council.',
    'That the revised charging scheme be brought back to the Committee before it is submitted to the Estates Board.',
    'That the consultation responses be presented to the Committee at its next meeting, so that a final scheme can go to the Town Council in July.',
    'That the Harbour Master report the winter figures to the Committee in May 2027, prior to their submission to the Estates Board.',
    'The draft byelaws to be reported to this Committee in September, ahead of their referral to the Town Council.',
    'That the outcome of the tender be reported to the meeting on 9 June 2027, for onward submission to the Estates Board.',
  ])('%s', (text) => {
    const item = only(text);
    expect(item.category).toBe('work-programme');
    expect(item.type).toBe('work-programme');
  });
});

describe('near-misses: a matter sent to another body stays a recommendation', () => {
  it.each([
    // sent elsewhere first, and to this body only after
    'That the revised charging scheme be submitted to the Estates Board before it is reported back to this Committee.',
    // sent elsewhere, with a clause of time that names no body
    'That the Committee’s comments be forwarded to the Town Council before it decides the tariff.',
    // the other body is where the main verb sends it, beside this body
    'That the draft byelaws be recommended to the Town Council for adoption.',
  ])('%s', (text) => {
    expect(only(text).category).toBe('recommendation');
  });
});

describe('a report with no one named to receive it, at a time to come, is made to this body', () => {
  it.each([
    'That officers report on the dredging contract in the spring.',
    'That the Harbour Master report back on the pontoon repairs after the summer.',
    'That the Harbour Engineer report on the sea wall survey, including the costs of the works, in the new year.',
    'That the Treasurer report on the reserves in six months.',
  ])('%s', (text) => {
    const item = only(text);
    expect(item.category).toBe('work-programme');
  });
});

describe('near-misses: an errand, or a report to someone else, stays an action', () => {
  it.each([
    // no time to come named
    'That the Harbour Master report on the broken bollard by Friday.',
    // reported to another body
    'That the Harbour Master report on the pontoon repairs to the Town Council in the spring.',
    // an errand of its own first, then its report
    'That the Harbour Master carry out the buoy survey and report on it in the spring.',
    // a thing reported to someone, not a report on a matter
    'That the Harbour Master report the damaged slipway to the insurers in the spring.',
  ])('%s', (text) => {
    expect(only(text).category).toBe('action');
  });
});
