// Round 33, action records: a closing table of new actions whose long cell wraps onto a second printed line, the
// row's other cells left blank ("       | and the orchard hedge |      |      |"). The wrapped line continues the row
// above: its words join that row's cell, and the rows after it are still the table's. Invented minutes, several
// layouts, with near-misses that must not change.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';

const items = (text: string) => parseMinutes(text).items;

/** Invented notes of a green spaces forum, closing with a table of new actions (lines given as printed). */
const forum = (table: string[]) =>
  [
    'Ashcombe Green Spaces Forum',
    'Notes of the meeting held on Thursday 8 April 2027, Community Room',
    '',
    'Present: Hana Ojo (Chair) (HO); Tom Reyes, Parks Officer (TR); Lena Voss (LV)',
    '',
    '1. Notes of the last meeting',
    'The notes of 4 February 2027 were agreed.',
    '',
    '2. Meadow planting',
    'TR reported that the wildflower plugs had arrived. Members discussed where the plugs should go.',
    '',
    '3. Any other business',
    'None.',
    '',
    'NEW ACTIONS (8 April 2027)',
    '',
    ...table,
    '',
    'Next meeting: Thursday 10 June 2027, Community Room.',
  ].join('\n');

const pad = (cells: string[]) => cells.map((c, k) => c.padEnd([7, 52, 6, 13][k] ?? 8)).join('| ');

describe('a wrapped cell in a table of new actions continues the row above', () => {
  const rows = [
    pad(['No.', 'Action', 'Owner', 'By when', 'RAG']),
    pad(['27/11', 'Plant the wildflower plugs along the north bank', 'TR', '30/04/2027', 'Green']),
    pad(['27/12', 'Write to the allotment society about sharing the', 'LV', '31/05/2027', 'Amber']),
    pad(['', 'water butts and the tool store', '', '', '']),
    pad(['27/13', 'Invite the county ecologist to the next meeting', 'HO', 'next meeting', 'Green']),
    pad(['27/14', 'Order replacement bench slats', 'TR', 'ASAP', 'Green']),
  ];

  it('plain bars: the wrapped words join their row and the rows after it are read', () => {
    const found = items(forum(rows));
    const write = found.filter((i) => /allotment society/i.test(i.text));
    expect(write).toHaveLength(1);
    expect(write[0].text).toMatch(/sharing the water butts and the tool store/);
    expect(write[0].owner).toBe('LV');
    expect(found.some((i) => /^water butts/i.test(i.text))).toBe(false);
    expect(found.some((i) => /county ecologist/i.test(i.text) && i.owner !== null)).toBe(true);
    const slats = found.filter((i) => /bench slats/i.test(i.text));
    expect(slats).toHaveLength(1);
    expect(slats[0].owner).toBe('TR');
  });

  it('markdown bars with a rule: the same', () => {
    const md = (cells: string[]) => `| ${cells.join(' | ')} |`;
    const found = items(
      forum([
        md(['No.', 'Action', 'Owner', 'By when']),
        md(['---', '---', '---', '---']),
        md(['27/12', 'Write to the allotment society about sharing the', 'LV', '31/05/2027']),
        md(['', 'water butts and the tool store', '', '']),
        md(['27/14', 'Order replacement bench slats', 'TR', 'ASAP']),
      ]),
    );
    const write = found.filter((i) => /allotment society/i.test(i.text));
    expect(write).toHaveLength(1);
    expect(write[0].text).toMatch(/water butts and the tool store/);
    expect(found.some((i) => /^water butts/i.test(i.text))).toBe(false);
    expect(found.filter((i) => /bench slats/i.test(i.text))).toHaveLength(1);
  });

  it('a wrapped owner cell joins the owner of the row above', () => {
    const found = items(
      forum([
        pad(['No.', 'Action', 'Owner', 'By when']),
        pad(['27/15', 'Survey the pond edge with the volunteers', 'TR /', '30/04/2027']),
        pad(['', '', 'LV', '']),
        pad(['27/16', 'Order replacement bench slats', 'TR', 'ASAP']),
      ]),
    );
    expect(found.filter((i) => /pond edge/i.test(i.text))).toHaveLength(1);
    expect(found.filter((i) => /bench slats/i.test(i.text))).toHaveLength(1);
  });

  it('near-miss: a row with its own owner and date but no number is a row of its own', () => {
    const found = items(
      forum([
        pad(['No.', 'Action', 'Owner', 'By when']),
        pad(['27/11', 'Plant the wildflower plugs along the north bank', 'TR', '30/04/2027']),
        pad(['', 'Order replacement bench slats', 'LV', '31/05/2027']),
      ]),
    );
    expect(found.filter((i) => /wildflower plugs/i.test(i.text))).toHaveLength(1);
    expect(found.filter((i) => /wildflower plugs/i.test(i.text))[0].text).not.toMatch(/bench/);
    const slats = found.filter((i) => /bench slats/i.test(i.text));
    expect(slats).toHaveLength(1);
    expect(slats[0].owner).toBe('LV');
  });

  it('near-miss: a table with no wrapped line reads as before', () => {
    const found = items(forum(rows.filter((r) => !/water butts/.test(r))));
    expect(found.filter((i) => /allotment society/i.test(i.text))).toHaveLength(1);
    expect(found.filter((i) => /bench slats/i.test(i.text))).toHaveLength(1);
  });
});

/** Invented minutes of an adults' board whose second minute goes through the log by its numbers. */
const board = (review: string[], table: string[]) =>
  [
    'Eastmere Carers Partnership Board',
    'Minutes of the meeting held on Wednesday 14 April 2027',
    '',
    'Present: Priya Hale (Chair) (PH); Owen Task, Carers Lead (OT); Rita Fenn, Board Officer (RF)',
    '',
    '1. Welcome and apologies',
    'PH welcomed members. No apologies.',
    '',
    '2. Minutes and action log from 10 February 2027',
    'The minutes were agreed. The Board went through the open actions:',
    ...review,
    '',
    '3. Carers strategy refresh',
    'OT presented the draft refresh. Members discussed the respite offer.',
    '',
    '4. Any other business',
    'None.',
    '',
    'ACTION LOG',
    '',
    ...table,
    '',
    'Next meeting: Wednesday 9 June 2027.',
  ].join('\n');

const LOG = [
  pad(['No.', 'Action', 'Owner', 'By when', 'RAG']),
  pad(['27/11', 'Circulate the respite survey results to members', 'OT', '30/04/2027', 'Amber']),
  pad(['27/12', 'Book the carers week stall at the market', 'RF', '31/05/2027', 'Green']),
];

describe("rows of the log's series that the review did not name are not that review's updates", () => {
  const reviewed = [
    '  27/04  Publish the carers guide - RF - Complete (Green)',
    '  27/06  Audit of carers assessments - OT - Carried forward to June (Amber)',
  ];

  it('a closing table under numbers the review did not name keeps each row under its own number', () => {
    const found = items(board(reviewed, LOG));
    const survey = found.find((i) => /respite survey/i.test(i.text));
    const stall = found.find((i) => /carers week stall/i.test(i.text));
    expect(survey?.minute).toBe('27/11');
    expect(stall?.minute).toBe('27/12');
    expect(survey?.owner).toBe('OT');
  });

  it('near-miss: a row under a number the review named is still reviewed there', () => {
    const found = items(
      board(reviewed, [...LOG, pad(['27/06', 'Audit of carers assessments', 'OT', 'Jun 2027', 'Amber'])]),
    );
    expect(found.find((i) => /audit of carers/i.test(i.text) && i.source === 'action-table')?.minute ?? '2').toBe('2');
  });

  it('near-miss: a review that names no numbers files the rows as before', () => {
    const before = items(board(['  All open actions were reported as on track.'], LOG));
    expect(before.find((i) => /respite survey/i.test(i.text))?.minute).toBe('2');
  });
});
