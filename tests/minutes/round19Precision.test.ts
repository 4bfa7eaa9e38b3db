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

/** An invented town council minute whose last minute lists the next agenda's items. */
const withAgendaList = (entries: string[], ref = '31') =>
  [
    'Ashcombe Town Council',
    'Leisure Committee',
    'Minutes of the meeting held on 12 May 2026',
    '',
    `${ref}. PAVILION ROOF`,
    'RESOLVED: (a) that the survey be noted; (b) that the Clerk obtain three quotes for re-roofing the pavilion.',
    '',
    `${ref === '31' ? '32' : 'L.32'}. ITEMS FOR THE NEXT AGENDA`,
    ...entries,
    '',
    `${ref === '31' ? '33' : 'L.33'}. DATE OF NEXT MEETING`,
    'Monday 8 June 2026 at 7pm.',
  ].join('\n');

describe('an entry of the next agenda that cites a minute of this meeting is that minute’s item, already proposed', () => {
  const agendaTexts = (text: string) =>
    parseMinutes(text)
      .items.filter((i) => i.category === 'work-programme')
      .map((i) => i.text);

  it.each([
    [['Pavilion roof quotes (31(b)).'], '31'],
    [['- Pavilion roof quotes (31(b))'], '31'],
    [['Skate ramp inspection; pavilion re-roofing quotes (L.31(b)).'], 'L.31'],
    [['Pavilion roof quotes (L.31)'], 'L.31'],
    [['Pavilion roof quotes (min. 31(b))'], '31'],
  ])('%j', (entries, ref) => {
    expect(agendaTexts(withAgendaList(entries, ref)).some((t) => /roof/i.test(t))).toBe(false);
  });

  it.each([
    // an entry of its own, or one whose brackets hold a year, a sum or a name, is still an item for the next agenda
    ['Skate ramp inspection report'],
    ['Grass cutting contract (2027/28)'],
    ['Bowls club lease renewal (Cllr Penrose)'],
    ['Tennis court resurfacing (£12,000 budget)'],
    ['Footpath lighting report (Q3)'],
    ['Speed survey on the B3170 (B3170)'],
    // a minute of another meeting, which no line of these minutes opens with
    ['Defibrillator pads (27(c))'],
  ])('still an item: %s', (entry) => {
    expect(agendaTexts(withAgendaList([entry])).length).toBe(1);
  });
});

/** An invented scrutiny minute: a request in the debate, someone taking it on with "this", then the resolution. */
const requestThenResolution = (debate: string, resolution: string) =>
  [
    'Harrowfield County Council',
    'Adult Care Scrutiny Committee',
    'Minutes of the meeting held on 14 October 2026',
    '',
    '(12) HOME CARE RECRUITMENT',
    'The Head of Commissioning presented the report on recruitment to home care.',
    debate,
    '',
    `RESOLVED – ${resolution}`,
    '',
    '(13) DATE OF NEXT MEETING',
    '9 December 2026.',
  ].join('\n');

describe('a pronoun step answering a request the resolution then records is a step of that resolution', () => {
  const texts = (text: string) => parseMinutes(text).items.map((i) => i.text);
  it.each([
    [
      'Members asked for a note on vacancy rates by district. Ms Arden agreed to provide this.',
      'That the report be noted and that a note on vacancy rates by district be circulated to members.',
    ],
    [
      'A member requested a breakdown of agency spending by provider. The Head of Commissioning undertook to supply it.',
      'That a breakdown of agency spending by provider be supplied to the Committee before its next meeting.',
    ],
    [
      'Members asked for a map of the rural rounds. Mr Dale would send this.',
      'That the report be noted, and a map of the rural rounds be sent to all members.',
    ],
  ])('%s', (debate, resolution) => {
    const items = texts(requestThenResolution(debate, resolution));
    expect(
      items.some((t) => /^(?:to\s+)?(?:provide|supply|send)\s+(?:this|it)\.?$/i.test(t.replace(/^.*?\bto\s+/i, 'to '))),
    ).toBe(false);
    expect(items.filter((t) => /note on vacancy|breakdown of agency|map of the rural/i.test(t)).length).toBe(1);
  });

  it('keeps the step where the resolution records something else', () => {
    const items = texts(
      requestThenResolution(
        'Members asked for a note on vacancy rates by district. Ms Arden agreed to provide this.',
        'That the report be noted and that the recruitment campaign be extended to the coastal towns.',
      ),
    );
    expect(items.some((t) => /provide this/i.test(t))).toBe(true);
  });
});

describe('a step in the same sentence as its request stays an item', () => {
  it('keeps "…, and X agreed to cover it" after a resolution the sentence before', () => {
    const items = parseMinutes(
      requestThenResolution(
        'RESOLVED that a note on vacancy rates by district be circulated to members. The Chair asked that the note include the rural rounds, and Ms Arden agreed to cover it.',
        'That the report be noted.',
      ),
    ).items.map((i) => i.text);
    expect(items.some((t) => /cover it/i.test(t))).toBe(true);
  });
});
