// Round 19, precision: what the importer proposed that a clerk would not track — each rule tested on invented
// wording, several layouts a rule, with near-misses that must not fire.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';
import { sentences } from '../../src/minutes/paragraphs.js';

/** An invented parish minute with one resolution. */
const parish = (resolution: string) =>
  [
    'Wrenbury Parish Council',
    'Minutes of the meeting held on 3 March 2026',
    '',
    '14. APPOINTMENTS',
    `RESOLVED: ${resolution}`,
    '',
    '15. DATE OF NEXT MEETING',
    '7 April 2026.',
  ].join('\n');

describe('a full stop after an honorific or its initials does not end the sentence', () => {
  it.each([
    'Mrs K. Dunmore be appointed as tree warden.',
    'Mr. Dunmore be appointed as tree warden.',
    'Dr. A. Pellow be thanked for her talk on the pond survey.',
    'Cllr J. P. Orme be appointed to the village hall committee.',
    'Ms T. Quill be asked to audit the accounts for 2026/27.',
  ])('%s', (text) => {
    expect(sentences(text)).toEqual([text]);
  });

  it('gives one item, not a fragment, where the resolution names someone by an initial', () => {
    const items = parseMinutes(
      parish('that Mrs K. Dunmore be appointed as tree warden and that the Clerk write to thank the previous warden.'),
    ).items;
    expect(items.map((i) => i.text).some((t) => /^Mrs K\.?$/.test(t.trim()))).toBe(false);
    expect(items.some((i) => /Clerk write to thank/.test(i.text))).toBe(true);
  });

  it.each([
    // a capital letter that ends a sentence is not an initial unless an honorific or another initial leads to it
    ['Members chose option B. The Clerk will order the signs.', 2],
    ['The bench will go in Zone C. Mrs Dunmore will tell the supplier.', 2],
    ['The Clerk wrote to Mr Dunmore. He has replied.', 2],
  ])('still splits: %s', (text, count) => {
    expect(sentences(text)).toHaveLength(count);
  });
});
