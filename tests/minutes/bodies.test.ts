// Which body a noun phrase names, and whether it is the body whose minutes these are.
import { describe, expect, it } from 'vitest';
import { namesBody, ownBodyOf } from '../../src/minutes/bodies.js';

describe('the body whose minutes these are', () => {
  it.each([
    ['Minutes of a meeting of the Environment Scrutiny Panel held on 4 March 2026', 'Environment Scrutiny Panel'],
    ['Meeting: 12/05/2022 - Climate and City Resilience Committee (Item 14)', 'Climate and City Resilience Committee'],
    ['Cabinet - Wednesday, 22nd March, 2023 6.30 pm', 'Cabinet'],
    ['Decision Maker: Performance Scrutiny Committee', 'Performance Scrutiny Committee'],
  ])('%s', (line, name) => {
    expect(ownBodyOf(['Public Document Pack', line]).name).toBe(name);
  });

  it.each([
    [['NORTHSHIRE COUNTY COUNCIL', 'CABINET', 'Record of decisions'], 'CABINET'],
    [
      ['Eastvale District Council', 'Place Scrutiny Commission', 'Minutes of the meeting held on 2 June 2026'],
      'Place Scrutiny Commission',
    ],
    [['Hillcrest Academy – Full Governing Body'], 'Full Governing Body'],
    [['CITY OF RIVERBY COUNCIL', 'LICENSING PANEL (LICENSING ACT 2003 FUNCTIONS)'], 'LICENSING PANEL'],
    [['Southdown Parish Council', 'Minutes of the meeting held on 2 June 2026'], 'Southdown Parish Council'],
    [
      ['Moorside Hospitals NHS Trust', 'Minutes of the Board of Directors meeting held in public'],
      'Board of Directors',
    ],
    [['Present:', 'Amy Ross          AR   Chief Executive'], null],
    // the masthead ends where the numbered minutes begin, however few lines it took
    [
      ['RIVERBY BOROUGH', 'MINUTES OF THE PARKS SELECT COMMITTEE', '1. Apologies', '2. Referrals from Cabinet'],
      'PARKS SELECT COMMITTEE',
    ],
  ])('a masthead %j is the body printed under the authority', (lines, name) => {
    expect(ownBodyOf(lines).name).toBe(name);
  });

  it('is known by its name, its last words, its initials and the words "the Committee"', () => {
    const own = ownBodyOf(['Minutes of the Leicestershire Health and Wellbeing Board held on 3 March 2026']);
    for (const np of [
      'the Board',
      'the Health and Wellbeing Board',
      'the LLR Health and Wellbeing Board',
      'H&WB',
      'the HWB',
    ])
      expect(own.is(np), np).toBe(true);
    for (const np of ['the Audit Committee', 'Cabinet', 'the Health Scrutiny Committee', 'the Chair of the Board'])
      expect(own.is(np), np).toBe(false);
  });

  it('is not the authority whose masthead a committee’s minutes are printed under: that is the parent body', () => {
    const own = ownBodyOf([
      'NORTHMOOR COMBINED AUTHORITY',
      '',
      'Minutes of the Audit and Standards Committee held on 9 February 2026',
    ]);
    expect(own.is('the Authority')).toBe(false);
    expect(own.is('the Committee')).toBe(true);
    const trust = ownBodyOf([
      'Eastvale Community Health NHS Trust',
      'Finance Committee',
      'Minutes of the meeting held on 9 February 2026',
    ]);
    expect(trust.is('the Trust')).toBe(false);
    expect(trust.is('the Committee')).toBe(true);
    // the authority's own minutes still call it "the Authority"
    expect(ownBodyOf(['Minutes of the Northmoor Fire Authority held on 9 February 2026']).is('the Authority')).toBe(
      true,
    );
  });

  it('is Cabinet in Cabinet’s minutes, and another body in a committee’s', () => {
    expect(ownBodyOf(['Minutes of the Cabinet held on 3 March 2026']).is('Cabinet')).toBe(true);
    expect(ownBodyOf(['Minutes of the Housing Committee held on 3 March 2026']).is('Cabinet')).toBe(false);
  });
});

describe('a noun phrase that names a body', () => {
  it.each([
    ['the Constitution Committee', true],
    ['UHL and the CCGs', true],
    ['Cabinet and NHS bodies', true],
    ['the Fire Service and the Police', true],
    ['the Office of the Mayor', true],
    ['the Leader of the Council', false],
    ['the Chief Executive', false],
    ['Mrs June Fox', false],
    ['the Head of Planning', false],
  ])('%s → %s', (np, body) => {
    expect(namesBody(np)).toBe(body);
  });
});
