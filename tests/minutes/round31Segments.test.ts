// Round 31, segments and filters: items cut at the label's grain, and text that decides nothing. A run of decimal
// sub-items under a lead-in of the minute's own ("The Panel agreed to ask the Trust Board to:" / "2.1 approve …; and" /
// "2.2 note …") is a list: each sub-item is a clause of its own, though it starts in small letters after the "and"
// that closes the one before; the lead-in told in a sentence heads them as "RESOLVED that X be asked to:" does; and a
// sentence after the run ("The Chair will present …") is the minute's again, not the last sub-item's. And earlier actions
// signed off by their numbers ("CP4 and CP5 to be closed", "A14 be removed", "the tracker show it as closed") are the
// log's housekeeping, not new work. Tested on invented minutes in several layouts, with near-misses that must not change.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';
import { closesLogEntries } from '../../src/minutes/recordedDecisions.js';

/** Invented minutes of a harbour trust's advisory panel: the lines given under "Item 2 - Matters for the Board". */
const panel = (lines: string[]) =>
  [
    'Saltmarsh Harbour Trust - Moorings Advisory Panel',
    '',
    'Minutes of the meeting held on Tuesday 3 November 2026, 6pm, Harbour Office',
    '',
    'Present: Mrs Ida Fenwick (Chair), Mr Tom Grice, Ms Ruth Okoye',
    '',
    'Item 1 - Apologies',
    'None received.',
    '',
    'Item 2 - Matters for the Board',
    ...lines,
    '',
    'Item 3 - Any other business',
    'The Harbour Master to repaint the slipway markings.',
    '',
  ].join('\n');

const items = (text: string) => parseMinutes(text).items;
const all = (text: string) => {
  const p = parseMinutes(text);
  return [...p.items.map((i) => ({ ref: i.ref, text: i.text })), ...p.noted.map((n) => ({ ref: n.ref, text: n.text }))];
};

describe('decimal sub-items under a lead-in are clauses of their own', () => {
  it.each([
    [
      [
        'The Panel agreed to ask the Trust Board to:',
        '2.1 approve the new mooring fees; and',
        '2.2 note the silting at the east quay.',
      ],
    ],
    [['RESOLVED:', '2.1 approve the new mooring fees; and', '2.2 note the silting at the east quay.']],
    [
      [
        'The Panel decided to recommend to the Trust Board that it:',
        '2.1 approve the new mooring fees; or',
        '2.2 note the silting at the east quay.',
      ],
    ],
    [['Agreed:', '2.1 to approve the new mooring fees, and', '2.2 to note the silting at the east quay.']],
  ])('%j', (lines) => {
    const got = all(panel(lines));
    const one = got.find((g) => /mooring fees/.test(g.text));
    const two = got.find((g) => /silting/.test(g.text));
    expect(one?.ref).toBe('2.1');
    expect(two?.ref).toBe('2.2');
    expect(one?.text).not.toMatch(/silting/);
  });

  it('gives the lead-in told in a sentence no item of its own', () => {
    const got = items(
      panel([
        'The Panel agreed to ask the Trust Board (meeting 2 December 2026) to:',
        '2.1 approve the new mooring fees; and',
        '2.2 note the silting at the east quay.',
      ]),
    );
    expect(got.some((i) => /agreed to ask|^to ask/i.test(i.text))).toBe(false);
  });

  it('keeps a wrapped figure with the line it belongs to', () => {
    const got = all(
      panel([
        'RESOLVED:',
        '2.1 to raise the mooring fees by',
        '2.5 per cent from April 2027; and',
        '2.2 to note the silting.',
      ]),
    );
    expect(got.find((g) => /mooring fees/.test(g.text))?.text).toMatch(/2\.5 per cent/);
  });
});

/** An invented cabinet record copied out of a PDF: its lines wrapped at the page's column, a decision's sub-items indented. */
const record = (subItems: string[]) =>
  [
    'Wexcombe County Council - Cabinet - Record of Decisions',
    'Meeting held on Wednesday 18 November 2026 at 10.00 am in the Council Chamber, County Hall,',
    'Wexcombe, with the Leader of the Council in the chair and six Cabinet Members present.',
    '',
    'Item 5  Harbour Road Bridge Strengthening',
    '        The Cabinet Member for Highways introduced the report on the condition of the bridge and',
    '        the options for strengthening it before the load restriction takes effect next spring.',
    '        DECISION: Cabinet',
    ...subItems.map((l) => `        ${l}`),
    '',
    'Item 6  Library Opening Hours',
    '        The Cabinet Member for Communities presented the results of the consultation, which had',
    '        drawn more than two thousand responses from residents across the county and its towns.',
    '        DECISION: Cabinet approved the revised opening hours with effect from 4 January 2027.',
    '',
  ].join('\n');

describe('in a copy wrapped at a column, the next decimal sub-item is not the wrap of the one before', () => {
  it('cuts each sub-item at its number', () => {
    const got = all(
      record([
        '5.1  approved the preferred option for strengthening the bridge deck;',
        '5.2  recommends to Full Council the addition of £1.2m to the capital programme;',
        '5.3  asked the Director of Place to report on the tender results to the Cabinet meeting',
        '     in March 2027.',
      ]),
    );
    const capital = got.find((g) => /capital programme/.test(g.text));
    expect(capital?.ref).toBe('5.2');
    expect(capital?.text).not.toMatch(/tender/);
    expect(got.find((g) => /tender results/.test(g.text))?.ref).toBe('5.3');
  });

  it('still carries a wrapped line on when it does not open the next number', () => {
    const got = all(
      record([
        '5.1  approved the preferred option for strengthening the bridge deck and asked officers to',
        '     report on the tender results to the Cabinet meeting in March 2027.',
      ]),
    );
    expect(got.some((g) => /bridge deck/.test(g.text) && /tender results/.test(g.text))).toBe(true);
  });
});

describe('a sentence after the run of sub-items is the minute’s, not the last sub-item’s', () => {
  it.each([
    ['The Chair will present the Panel’s report to that meeting.'],
    ['Mr Grice to draft the covering letter.'],
    ['The Harbour Master will attend to answer questions.'],
  ])('%s', (after) => {
    const got = items(
      panel([
        'The Panel agreed to ask the Trust Board to:',
        '2.1 approve the new mooring fees; and',
        '2.2 note the silting at the east quay.',
        after,
      ]),
    );
    const word = after.split(' ')[1];
    const item = got.find((i) => i.text.includes(word));
    expect(item?.ref ?? item?.minute).toBe('2');
  });

  it('still cites the sub-item where no lead-in heads the numbers (paragraphs numbered as the minute’s own)', () => {
    const got = items(
      panel([
        '2.1 The Panel noted the harbour accounts.',
        '2.2 The Harbour Master to seek quotes for dredging the east quay.',
        'Mr Grice to draft the covering letter.',
      ]),
    );
    expect(got.find((i) => /covering letter/.test(i.text))?.ref).toBe('2.2');
  });
});

describe('earlier actions signed off by their numbers are the log’s housekeeping', () => {
  it.each([
    'CP34 and CP35 to be closed.',
    'A14 be removed.',
    'That actions 7 and 9 can now be closed.',
    'That HT-12, HT-15 and HT-16 be removed from the tracker.',
    'The tracker show it as closed.',
    'That the action log be updated to show both as complete.',
  ])('%s', (text) => {
    expect(closesLogEntries(text)).toBe(true);
  });

  it.each([
    // a thing named with a number, whose removal is work
    'Berth 14 be removed.',
    'Buoy 3 to be removed.',
    // a step beside the closing
    'A14 be removed and the Harbour Master to write to the owner.',
    // the log shown something other than closed
    'The tracker show the new owner.',
    // a thing closed, not a row of the log
    'The east slipway be closed.',
  ])('%s stays as it was', (text) => {
    expect(closesLogEntries(text)).toBe(false);
  });

  it('gives no item for the closing in an agreed line, and keeps the step beside it', () => {
    const got = items(
      panel([
        'Action log reviewed.',
        'Agreed: HT-7 and HT-9 to be closed. Mr Grice to chase the chandlery for the invoice.',
      ]),
    );
    expect(got.some((i) => /closed/.test(i.text))).toBe(false);
    expect(got.some((i) => /chase the chandlery/.test(i.text))).toBe(true);
  });
});
