// Round 20, types: the kind of an item read from the form of its clause — each rule tested on invented wording, several
// layouts a rule, with near-misses that must not fire.
import { describe, expect, it } from 'vitest';
import { only } from './helpers/harbourCommittee.js';

describe('another body asked to act at its own meeting is recommended to, not this body’s programme', () => {
  it.each([
    'That the Audit Panel be asked to review the mooring fees at its meeting on 4 May 2027 and to report its findings to this Committee.',
    'That the Audit Panel be asked to look at the fee bands at its June meeting and report back to this Committee.',
    'That the Finance Sub-Committee be requested to examine the arrears at its next meeting and report to the Committee.',
    'That the Estates Board be asked to consider the slipway charges at its meeting in May and report its view to the Committee.',
    'That the Moorings Trust be asked to discuss the winter rates at their next meeting and report to the Committee.',
  ])('%s', (text) => {
    const item = only(text);
    expect(item.category).toBe('recommendation');
    expect(item.type).toBe('action');
  });

  it.each([
    // this body's own sitting: "its" stands for this Committee, not for anyone asked
    'That the Harbour Master report on the mooring fees to the Committee at its meeting on 4 May 2027.',
    // the sitting is of the body named last before "its": this Committee's, as in "present it to the Committee at its …"
    'That the Port Users Group be asked to present its survey to the Committee at its meeting on 4 May 2027.',
    'To ask the Port Users Group to present its survey to this Committee at its next meeting.',
    // an officer asked, not a body: the errand and its report come here
    'That the Harbour Master be asked to review the mooring fees and report to the next meeting.',
    // another body asked, with no sitting of its own named: left as it was read before
    'That the Harbour Master prepare a report on the fees for the meeting on 4 May 2027.',
  ])('not: %s', (text) => {
    expect(only(text).category).not.toBe('recommendation');
  });
});
