// Round 27, owners: the owner is a noun phrase. Whoever the readers find to act is cut at the edges of the phrase that
// names them — a deadline written after the name, a lead-in closed by a colon, a run-in label before a subject that
// opens with a capital "The", the reporting clause of a request, a conjunction left before the subject — each tested
// on invented minutes in several layouts, with near-misses whose names hold the same words and must not change.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';
import { ownerPhrase } from '../../src/minutes/ownerPhrase.js';

/** Invented minutes of a harbour trust's board: an attendance list, then the minutes given, then the next date. */
const board = (...lines: string[]) =>
  parseMinutes(
    [
      'Wexcombe Harbour Trust',
      'Minutes of the Board meeting held on 12 October 2026',
      '',
      'Present: Ms Lena Voss (Chair), Mr Arun Dey, Mrs Kay Orme',
      'In attendance: Harbour Master, Finance Manager, Board Secretary',
      '',
      ...lines,
      '',
      '9. Date of next meeting',
      '9 November 2026.',
    ].join('\n'),
  ).items;

const ownersOfItems = (items: ReturnType<typeof board>) => items.map((i) => i.owners);

describe('a deadline written after the owner is when, not who', () => {
  it.each([
    [
      [
        '   4.2 Mr Dey asked for a list of unpaid berth invoices.',
        '       ACTION: Finance Manager, by the next meeting.',
      ],
      'Finance Manager',
    ],
    [
      [
        '   4.3 Mrs Orme asked for the slipway figures for the summer.',
        '       ACTION: HARBOUR MASTER by end of November',
      ],
      'HARBOUR MASTER',
    ],
  ])('%j', (lines, want) => {
    expect(ownersOfItems(board('4. Dues and charges', ...lines))).toContainEqual([want]);
  });

  it.each([
    ['Finance Manager, by the next meeting', 'Finance Manager'],
    ['CLERK by end of January', 'CLERK'],
    ['the Treasurer (by 4 May)', 'the Treasurer'],
    ['Board Secretary – by Friday', 'Board Secretary'],
    ['Harbour Master, by the close of the season', 'Harbour Master'],
    // the name lost before it: a deadline alone names no one
    ['by the next meeting', null],
  ])('%s', (phrase, want) => {
    expect(ownerPhrase(phrase)).toBe(want);
  });
});

describe('a lead-in closed by a colon: who acts follows it', () => {
  it('an action kept open on the log, then who has promised it', () => {
    const items = board(
      '5. Matters arising and action log',
      'The log was reviewed. Action B/2 (pontoon survey report) remains open: the surveyor has',
      'promised to deliver it by 4 December 2026.',
    );
    expect(ownersOfItems(items)).toContainEqual(['the surveyor']);
  });
  it.each([
    ['Carried over from September: the Harbour Master', 'the Harbour Master'],
    ['Item 3 (moorings) still outstanding: Board Secretary', 'Board Secretary'],
  ])('%s', (phrase, want) => {
    expect(ownerPhrase(phrase)).toBe(want);
  });
});

describe('a run-in label before a subject that opens with a capital "The"', () => {
  it.each([
    ['Next steps The Licensing Officer', 'The Licensing Officer'],
    ['Follow-up points The Clerk', 'The Clerk'],
    ['Way forward The Chair and the Secretary', 'The Chair and the Secretary'],
  ])('%s', (phrase, want) => {
    expect(ownerPhrase(phrase)).toBe(want);
  });
});

describe('the reporting clause of a request, and a conjunction left before the subject', () => {
  it('"She asked officers to write …": the officers asked act', () => {
    const items = board(
      '6. Dredging',
      "The Chair reported that the contractor's programme had slipped by a month. She asked officers",
      'to write to the contractor asking for a revised programme.',
    );
    expect(ownersOfItems(items)).toContainEqual(['officers']);
  });
  it('"The Chair proposed, and the Board agreed, that X be invited …": the invitee, without the comma and "that"', () => {
    const items = board(
      '6. Dredging',
      'The Chair proposed, and the Board agreed, that the Harbour Master be invited to give a short',
      'update on dredging at the next meeting.',
    );
    expect(ownersOfItems(items)).toContainEqual(['the Harbour Master']);
  });
  it.each([
    ['He requested the Treasurer', 'the Treasurer'],
    ['They invited Mr Dey', 'Mr Dey'],
    ['; that the Board Secretary', 'the Board Secretary'],
  ])('%s', (phrase, want) => {
    expect(ownerPhrase(phrase)).toBe(want);
  });
});

describe('near-misses: names that hold the same words are kept whole', () => {
  it.each([
    'Friends of The Meadow',
    'Friends of Stow by the Sea',
    'Town and The Villages Partnership',
    'Ms Byrne',
    'the Clerk',
    'Members',
    'Cllr Hale and the Clerk',
    'Director of Housing (Interim)',
    'AB / CD',
    'the Chair of The Ridings Residents Association',
    'Head of Planning: Jo Bright',
    'Director of Place: Ann Wood',
  ])('%s', (phrase) => {
    expect(ownerPhrase(phrase)).toBe(phrase);
  });
  it('no owner stays no owner', () => {
    expect(ownerPhrase(null)).toBeNull();
  });
  it('a name printed with a deadline on the line below is unchanged', () => {
    const items = board(
      '4. Dues and charges',
      '   4.2 Mr Dey asked for a list of unpaid berth invoices.',
      '       ACTION: Finance Manager',
    );
    expect(ownersOfItems(items)).toContainEqual(['Finance Manager']);
  });
});

/** Invented minutes of a district's economy committee: one minute of discussion with the lines given. */
const committee = (...lines: string[]) =>
  parseMinutes(
    [
      'Stanmoor District Council',
      'Economy Committee - minutes of the meeting held on 14 October 2026',
      '',
      'Present: Councillors Ama Reed (Chair), Bo Lin, Cyd Hart',
      'Officers: Economic Development Manager, Democratic Services Officer',
      '',
      '21. Town centre business',
      ...lines,
      '',
      '22. Date of next meeting',
      '11 November 2026.',
    ].join('\n'),
  ).items;

describe('a request that names no one, taken on in reported speech: the one who said it will do it owns it', () => {
  it.each([
    [
      'Members asked that the footfall figures for each market town be shared with parish councils. The Economic Development Manager said she would send them to the parish clerks.',
      'The Economic Development Manager',
    ],
    [
      'Members asked that the grant criteria be published on the website. The Chair said she would raise this with the Portfolio Holder.',
      'The Chair',
    ],
    [
      'Cllr Lin requested that the market charter be reviewed before the budget. The Democratic Services Officer confirmed that he would look into it with the legal team.',
      'The Democratic Services Officer',
    ],
  ])('%s', (text, want) => {
    const items = committee(text);
    expect(items.map((i) => i.owner)).toEqual([want]);
  });

  // near-misses: what will happen, a refusal, another matter, or a commitment that does not point back — the request
  // stays as it was, beside it
  it.each([
    'Members asked that the grant criteria be published on the website. The Chair said she would be away until March.',
    'Members asked that the grant criteria be published on the website. The Chair said she would not support a change.',
    'Members asked that the grant criteria be published on the website. The Economic Development Manager said she would write to the bus company about the timetable.',
    // (on the same matter, but not pointing back to it: it may be a second errand, and is kept beside the request)
    'Members asked that the shopfront grant scheme be promoted to traders. The Economic Development Manager replied that she would add the shopfront grant scheme to the traders’ newsletter.',
  ])('near-miss: %s', (text) => {
    const items = committee(text);
    expect(items.some((i) => i.owner === null && /^Members asked that/.test(i.text))).toBe(true);
  });
});

describe('"…, and the X said that he would …": a second clause whose speaker commits, owned by the speaker', () => {
  it.each([
    [
      'Members asked how many complaints were settled informally, and the Democratic Services Officer said that he would email a breakdown by parish to members.',
      'the Democratic Services Officer',
    ],
    [
      'Cllr Hart asked about the empty units, and the Economic Development Manager said she would circulate the list of landlords.',
      'the Economic Development Manager',
    ],
    [
      'Members raised the state of the bus shelters, and Councillor Lin confirmed that he would report them to the county council.',
      'Councillor Lin',
    ],
  ])('%s', (text, want) => {
    expect(committee(text).map((i) => i.owner)).toEqual([want]);
  });

  // near-misses: what will happen told by the speaker, or a refusal — no one takes anything on
  it.each([
    'Members asked about the market dates, and the Economic Development Manager said they would be published in March.',
    'Cllr Hart asked about the empty units, and the Economic Development Manager said she would not comment on individual cases.',
  ])('near-miss: %s', (text) => {
    expect(committee(text)).toEqual([]);
  });
});
