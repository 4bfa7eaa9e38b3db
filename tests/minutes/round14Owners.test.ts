// Round 14, owners: who a decision names to act, read as the grammar of minutes — each rule tested on
// invented wording, several ways a rule, with near-misses that must not fire.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';

/** One minute of an invented body, its resolution's clauses lettered (a), (b), … under "RESOLVED:". */
const minute = (...clauses: string[]) =>
  [
    'Brackwater Valley Leisure Trust',
    'Minutes of the Board meeting held on 14 April 2026',
    '',
    '7.  Governance matters',
    'The Company Secretary introduced the report.',
    'RESOLVED:',
    ...clauses.map((c, k) => `(${String.fromCharCode(97 + k)}) ${c}`),
    '',
    '8.  Date of next meeting',
    'Tuesday 9 June 2026.',
  ].join('\n');

/** One minute whose only words are a paragraph of discussion. */
const paragraph = (text: string) =>
  [
    'Brackwater Valley Leisure Trust',
    'Minutes of the Board meeting held on 14 April 2026',
    '',
    '7.  Pool refurbishment',
    text,
    '',
    '8.  Date of next meeting',
    'Tuesday 9 June 2026.',
  ].join('\n');

const owners = (text: string) => parseMinutes(text).items.map((i) => i.owners ?? (i.owner ? [i.owner] : []));

describe('the one a recommendation is addressed to is named without why and when it is sent', () => {
  it.each([
    [
      'that the revised pricing policy be recommended to Council for adoption on 3 June 2026, to take effect from 1 July 2026.',
      ['Council'],
    ],
    [
      'that the revised pricing policy, as amended, be RECOMMENDED to Council for adoption at its meeting in June 2026, to take effect on 1 July.',
      ['Council'],
    ],
    [
      'that the volunteering charter be recommended to the Trust Council for approval on 2 June 2026, to apply from the summer.',
      ['the Trust Council'],
    ],
    [
      'that it be recommended to Ashby Town Council and to Kelbrook Parish Council that the lease of the pavilion be renewed.',
      ['Ashby Town Council', 'Kelbrook Parish Council'],
    ],
    [
      'that it be recommended to each member trust (Ashby Leisure, Elmcote Pools and Fenby Sport) that the joint contract be agreed.',
      ['each member trust'],
    ],
    [
      'that the Board recommends to the two founding councils (Ashby and Fenby) that they renew the lease.',
      ['the two founding councils'],
    ],
    [
      'that it be recommended to Elmcote District Council, to Fenby Borough Council and to Orrin Parish Council that the grant be continued.',
      ['Elmcote District Council', 'Fenby Borough Council', 'Orrin Parish Council'],
    ],
  ])('%s', (clause, want) => {
    expect(owners(minute('that the report be noted;', clause))).toEqual([want]);
  });

  it('keeps a title whose "for" names a portfolio', () => {
    expect(
      owners(
        minute(
          'that the report be noted;',
          'that the scheme be recommended to the Portfolio Holder for Leisure for a decision, to be taken by 1 June 2026.',
        ),
      ),
    ).toEqual([['Portfolio Holder for Leisure']]);
    expect(
      owners(
        minute(
          'that the report be noted;',
          'that the charging policy be recommended to the Cabinet Member for the Environment, to take effect in July.',
        ),
      ),
    ).toEqual([['the Cabinet Member for the Environment']]);
  });
});

describe('a clause after the decision that names who sees to it gives the owner', () => {
  it.each([
    [
      minute(
        'that the report be noted;',
        'that members of the Board visit the new pool at Marsh Lane, the Company Secretary to arrange the visit before the end of May.',
      ),
      ['the Company Secretary'],
    ],
    [
      minute(
        'that the report be noted;',
        'that a tour of the new changing rooms be held for trustees, the Facilities Manager to arrange it in June.',
      ),
      ['the Facilities Manager'],
    ],
    [
      paragraph(
        'The Board agreed that a staff briefing on the closure be held in May; the Operations Manager would arrange the venue.',
      ),
      ['the Operations Manager'],
    ],
    [
      paragraph(
        'Trustees asked that the volunteers who ran the gala be thanked in writing; the Chair agreed to arrange this.',
      ),
      ['Chair'],
    ],
    [
      paragraph('Trustees asked that the lifeguards be thanked in writing; the Treasurer undertook to do this.'),
      ['Treasurer'],
    ],
  ])('%#', (text, want) => {
    expect(owners(text)).toContainEqual(want);
  });

  it('does not take a thing, a passive or the members told for the one who sees to it', () => {
    // a thing after the semicolon, in lower case: no one is named
    expect(
      owners(paragraph('The Board agreed that a staff briefing be held in May; the venue would be confirmed later.')),
    ).not.toContainEqual(['the venue']);
    // a passive after the semicolon names no one to act
    expect(
      owners(paragraph('The Board agreed that a staff briefing be held in May; Members would be told of the date.')),
    ).not.toContainEqual(['Members']);
    // a list of the people at a visit, commas and all, is not a clause after the decision
    expect(
      owners(
        minute(
          'that the report be noted;',
          'that Cllr Lowe, Cllr Marsh and the Company Secretary visit the pool before the end of May.',
        ),
      ),
    ).toEqual([['Cllr Lowe', 'Cllr Marsh', 'the Company Secretary']]);
  });
});

/** A minute whose officer is introduced by post with something in brackets, then named by post alone in the decision. */
const introduced = (intro: string, clause: string) =>
  [
    'Brackwater Valley Leisure Trust',
    'Minutes of the Board meeting held on 14 April 2026',
    '',
    '7.  Pool refurbishment',
    intro,
    'RESOLVED:',
    '(a) that the report be noted;',
    `(b) ${clause}`,
    '',
    '8.  Date of next meeting',
    'Tuesday 9 June 2026.',
  ].join('\n');

describe('a person named in brackets after a post holds it; the post is the owner', () => {
  it.each([
    [
      'The Pools Manager (Harriet Vance) introduced the report on the refurbishment.',
      'that the Pools Manager write to all season ticket holders about the closure.',
      ['the Pools Manager'],
    ],
    [
      'The report was presented by the Deputy Facilities Manager (Owen Pritchard Lyle).',
      'that the Deputy Facilities Manager publish the revised timetable by 1 May 2026.',
      ['the Deputy Facilities Manager'],
    ],
    [
      'Also present: Bookings Coordinator (Priya Lund), Finance Officer (Mr T. Marsh).',
      'that the Bookings Coordinator tell the swimming clubs of the new hours.',
      ['the Bookings Coordinator'],
    ],
  ])('%s', (intro, clause, want) => {
    expect(owners(introduced(intro, clause))).toEqual([want]);
  });

  it('keeps an area or a service in brackets as part of the post', () => {
    expect(
      owners(
        introduced(
          'The Area Manager (North East) introduced the report.',
          'that the Area Manager send the revised plan to the swimming clubs.',
        ),
      ),
    ).toEqual([['Area Manager (North East)']]);
    expect(
      owners(
        introduced(
          'The Deputy Director (Public Health) introduced the report on public health funding for the pool.',
          'that the Deputy Director send the revised plan to the swimming clubs.',
        ),
      ),
    ).toEqual([['Deputy Director (Public Health)']]);
  });
});

describe('"the group" named as owner is the group the minute set up, by the name it was given', () => {
  it.each([
    [
      'that a Pool Access Task Group be established, comprising Trustees Amin, Boyd and Carr;',
      'that the Task Group report its findings to the Board within six months.',
      ['Pool Access Task Group'],
    ],
    [
      'that a task and finish group on pool access be established;',
      'that the group submit its final report to the Board in March 2027.',
      ['task and finish group'],
    ],
  ])('%s', (first, second, want) => {
    expect(owners(minute(first, second))).toContainEqual(want);
  });

  it('leaves it as printed where the minute sets up none, or two, or only meets one', () => {
    const taskGroup = 'that the Task Group report its findings to the Board within six months.';
    expect(
      owners(minute('that a Pool Access Task Group and a Pricing Task Group be established;', taskGroup)),
    ).toContainEqual(['the Task Group']);
    expect(owners(minute('that the report be noted;', taskGroup))).toEqual([['the Task Group']]);
    expect(
      owners(minute('that the Company Secretary arrange a meeting with the Task Group;', taskGroup)),
    ).toContainEqual(['the Task Group']);
  });
});

describe('a proposed decision another is to take, endorsed before it is taken, is a recommendation to them', () => {
  const items = (clause: string) =>
    parseMinutes(minute('that the report be noted;', clause)).items.map((i) => [i.category, i.owner]);
  it.each([
    [
      'that the Board endorse the proposed decision to be taken by the Cabinet Member for Leisure to close the lido for the winter.',
      'the Cabinet Member for Leisure',
    ],
    ['that the Board endorses the proposed decision of the Leader to sell the old depot.', 'the Leader'],
    [
      'that the Board endorse the draft decision of the Cabinet Member for Parks, as set out at Appendix B, to extend the grounds contract by a year.',
      'the Cabinet Member for Parks',
    ],
  ])('%s', (clause, who) => {
    expect(items(clause)).toContainEqual(['recommendation', who]);
  });

  it('leaves a decision already taken, or one with no one named to take it, as a noting', () => {
    expect(items('that the Board endorse the decision of the Cabinet to close the lido for the winter.')).toEqual([]);
    expect(items('that the Board endorse the proposed decision set out in the report.')).toEqual([]);
  });
});
