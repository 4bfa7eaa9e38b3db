// Round 43, text that decides nothing: (1) another body's timetable told through a speaker or a noting verb ("the
// officer said the X Committee would look at …", "Members noted that the Y Board would consider … on <day>", "To note
// that the plan will be recommended to Council"): the other body's course, reported, binds no one here; (2) a finding,
// the body's judgement of what a thing is in a resolution's subjunctive ("be considered a …", "is satisfied that …"):
// the decision itself, nothing left to do. Invented minutes of a district's environment scrutiny panel, the same
// decision worded several ways, with near-misses that must still be read.
import { describe, expect, it } from 'vitest';
import { othersTimetable } from '../../src/minutes/othersTimetable.js';
import { isFinding } from '../../src/minutes/findings.js';
import { parseMinutes } from '../../src/minutes/index.js';
import type { OwnBody } from '../../src/minutes/bodies.js';

const own: OwnBody = {
  name: 'Environment Scrutiny Panel',
  is: (np) => /^(?:the\s+)?(?:panel|environment scrutiny panel)$/i.test(np.trim()),
};

describe("another body's timetable, reported, is no item of this meeting", () => {
  it.each([
    // a speaker's report, with and without "that"
    'The Policy Officer explained that the Licensing Committee would look at the tariff on 3 March 2027.',
    'The Policy Officer said the Licensing Committee would look at the tariff on 3 March 2027.',
    // the day first is still the same timetable
    'Mr Vale reported the Town Council will consider it on 9 February.',
    // a noting verb for the lead-in, an aside in brackets inside the name's sentence
    'Members noted that the Planning Board would consider the design code on 12 January 2027.',
    // "look into", "examine": what a body does with a matter at its sitting
    'The Chair advised that the Harbour Board would examine the dredging plan at its meeting in April.',
    // a paper's route to another body, told under a noting verb: passive, with or without a time
    'To note that the waste strategy will be recommended to Council for adoption in spring 2027.',
    'It was noted that the final report would be referred to Cabinet.',
    'The Panel noted that the draft policy will be submitted to the Health and Wellbeing Board in June.',
  ])('%s', (text) => {
    expect(othersTimetable(text, own)).toBe(true);
  });

  it.each([
    // a person's undertaking, under a noting verb: an errand, read
    'To note that the Waste Services Manager will write to all crews by 18 December 2026.',
    // this body's own sitting
    'To note that the draft strategy will be presented to the Panel in March 2027.',
    'The Policy Officer said the Panel would look at the tariff on 3 March 2027.',
    // another body doing work, not sitting on a matter
    'The Policy Officer said the County Council would repair the footway in March.',
    // no time told, and more than a pronoun
    'The Policy Officer said the Licensing Committee would look at the tariff.',
    // the resolution sends it: read as it sends
    'That the waste strategy be recommended to Council for adoption.',
    // a passive of sending with no noting verb: the labels read it both ways, left to the resolution's reading
    'The draft strategy will be presented to the Health and Wellbeing Board on 9 February 2027.',
    // a person, not a body
    'The Director said she would look at the tariff on 3 March 2027.',
  ])('%s is still read', (text) => {
    expect(othersTimetable(text, own)).toBe(false);
  });
});

describe('a finding decides nothing more', () => {
  it.each([
    'The proposal be considered a substantial variation under the regulations.',
    'That the application be deemed to be complete.',
    'It is satisfied that the premises are being run in breach of the licence.',
    'The Panel was satisfied that the consultation had been adequate.',
  ])('%s', (text) => {
    expect(isFinding(text)).toBe(true);
  });

  it.each([
    // the finite judgement: the labels split on it (round 43), left to the grammar
    'The Committee considers the proposal to be a substantial variation in service.',
    // the judgement goes on to what is done
    'That the proposal be considered a substantial variation and be referred to the Secretary of State.',
    // asked to consider: an errand
    'The Cabinet Member be asked to consider extending the scheme to the voluntary sector.',
    // considered at a meeting: forward business
    'The draft plan would be considered at an extraordinary meeting in February, date to be confirmed.',
    'That the report be considered at the next meeting.',
    // to consider whether: work to do
    'The Clerk to consider whether the hedge needs to be cut.',
    // satisfied only once something is done: a condition, read elsewhere
    'The Head of Planning to issue the permit once satisfied that the drainage works are complete.',
  ])('%s is still read', (text) => {
    expect(isFinding(text)).toBe(false);
  });

  const minutes = (lines: string[]) =>
    [
      'Fernhollow District Council',
      'Minutes of the Joint Health Scrutiny Committee held on 4 November 2026',
      '',
      '12. Stroke Services Reconfiguration',
      'The Programme Director presented the proposal to move hyperacute stroke care to one site.',
      'RESOLVED that:',
      ...lines,
      '',
      '13. Date of next meeting',
      'The next meeting will be held on 13 January 2027.',
      '',
    ].join('\n');

  it('the finding gives no item; the errand beside it is read', () => {
    const found = parseMinutes(
      minutes([
        '(a) the proposal be considered a substantial variation in service; and',
        '(b) the Chair write to the Programme Director asking for the travel-time modelling.',
      ]),
    ).items;
    expect(found.map((i) => i.ref)).toEqual(['(b)']);
  });
});
