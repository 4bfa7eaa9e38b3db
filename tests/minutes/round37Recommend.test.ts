// Round 37, recommendations: three ways a resolution sends its clauses to another body that the parser did not read as
// a recommendation. (1) The participle after "be noted and" printed in capitals ("be noted and RECOMMENDED to the Fire
// Authority", "be accepted and RECOMMENDED to Council for adoption") was joined to the subject as an active verb, so
// the recommendation was lost. (2) A lead-in that names the other body's sitting as a meeting ("to recommend to the
// Full Council meeting on 9 December that:") or sits after a motion's movers on its line ("Proposed Cllr A, seconded
// Cllr B and RESOLVED to RECOMMEND to Full Council:") did not reach its clauses, so each clause was read alone — "the
// budget be approved" as a record. (3) A body's decision sentence "AGREED to make the following recommendations to
// Cabinet:" did not head the lettered clauses under it. Invented minutes of a town council's finance committee and a
// district council's task group, several layouts, with near-misses that must not change.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';
import { keywordLine } from '../../src/minutes/decisionKeywords.js';

const items = (text: string) => parseMinutes(text).items;

/** Invented minutes of a town council's finance committee: numbered minutes, prose and resolutions under each. */
const finance = (body: string[]) =>
  [
    'Marlowe Town Council',
    'Minutes of the Finance and General Purposes Committee held on 18 November 2026',
    '',
    'Present: Cllrs Abbott (Chair), Banerjee, Corby and Dunne. Town Clerk: Mr Ellery.',
    '',
    'FG/26/61  Minutes',
    'RESOLVED that the minutes of 14 October 2026 be approved as a correct record.',
    '',
    ...body,
    '',
    'FG/26/69  Date of next meeting',
    'Wednesday 20 January 2027.',
  ].join('\n');

/** Invented minutes of a district council's task group: decimal paragraphs under numbered minutes. */
const taskGroup = (body: string[]) =>
  [
    'Hollins District Council',
    'Leisure Review Task Group - notes of the meeting held on 2 December 2026',
    '',
    'Present: Councillors Fry (Chair), Gill, Hart. Officer: Leisure Services Manager.',
    '',
    '1. Notes of the last meeting',
    '1.1 Agreed.',
    '',
    ...body,
    '',
    '9. Next meeting',
    '9.1 Tuesday 12 January 2027.',
  ].join('\n');

const at = (found: ReturnType<typeof items>, words: RegExp) => found.filter((i) => words.test(i.text));
const bare = (owner: string | null | undefined) => owner?.replace(/^the\s+/i, '') ?? null;

describe('a participle in capitals after "be noted and" recommends to the body it names', () => {
  it.each([
    ['RESOLVED – that the half-year report be noted and RECOMMENDED to the Fire Authority.', 'Fire Authority'],
    [
      'RESOLVED that the revised reserves policy be accepted and RECOMMENDED to Council for adoption at its meeting on 10 December 2026.',
      'Council',
    ],
    // (read before this round too: "REFERRED" is no verb that takes the subject along)
    ['RESOLVED: That the insurance review be received and REFERRED to the Staffing Committee.', 'Staffing Committee'],
  ])('%s', (line, body) => {
    const found = items(finance(['FG/26/62  Reports', line]));
    const sent = found.filter((i) => i.category === 'recommendation');
    expect(sent).toHaveLength(1);
    expect(bare(sent[0].owner)).toBe(body);
  });

  it('reads the same as the participle in small letters', () => {
    const small = items(
      finance([
        'FG/26/62  Reports',
        'RESOLVED – that the half-year report be noted and recommended to the Fire Authority.',
      ]),
    );
    const capitals = items(
      finance([
        'FG/26/62  Reports',
        'RESOLVED – that the half-year report be noted and RECOMMENDED to the Fire Authority.',
      ]),
    );
    expect(capitals.map((i) => [i.category, bare(i.owner)])).toEqual(small.map((i) => [i.category, bare(i.owner)]));
  });

  it('near-miss: a second subject after "be noted and" is asked as before', () => {
    const found = items(
      finance([
        'FG/26/62  Reports',
        'RESOLVED that the report be noted and the Town Clerk be asked to circulate the figures to members.',
      ]),
    );
    expect(found.filter((i) => i.category === 'recommendation')).toEqual([]);
    expect(bare(at(found, /circulate/i)[0]?.owner)).toBe('Town Clerk');
  });
});

describe('a lead-in that recommends to another body heads its clauses', () => {
  it('naming the body\'s sitting as "the <body> meeting on <date>"', () => {
    const found = items(
      finance([
        'FG/26/63  Budget 2027/28',
        'The Town Clerk presented the draft budget.',
        'RESOLVED to recommend to the Full Council meeting on 9th December 2026 that:',
        '(a) the budget for 2027/28 be approved as presented; and',
        '(b) a precept of £61,200 be set for 2027/28.',
      ]),
    );
    const sent = found.filter((i) => i.category === 'recommendation');
    expect(sent.map((i) => i.ref)).toEqual(['(a)', '(b)']);
    expect(sent.every((i) => bare(i.owner) === 'Full Council' && i.due === null)).toBe(true);
  });

  it('after the motion\'s movers on the keyword\'s line, clauses marked "i)"', () => {
    const found = items(
      finance([
        'FG/26/64  Precept',
        'Cllr Dunne proposed a freeze; this was not seconded.',
        'Proposed Cllr Abbott, seconded Cllr Corby and RESOLVED to RECOMMEND to Full Council:',
        '  i)   that the budget for 2027/28 be approved as presented;',
        '  ii)  that a precept of £62,000 be set for 2027/28.',
        'The recommendations go to the Full Council meeting in December.',
      ]),
    );
    const sent = found.filter((i) => i.category === 'recommendation');
    expect(sent).toHaveLength(2);
    expect(sent.every((i) => bare(i.owner) === 'Full Council')).toBe(true);
    expect(at(found, /RECOMMEND to Full Council/)).toEqual([]);
  });

  it('in other words: "Moved by …, seconded by …, and AGREED to recommend to Cabinet:"', () => {
    expect(keywordLine('Moved by Cllr Abbott, seconded by Cllr Gill, and AGREED to recommend to Cabinet:')).toBe(
      'to recommend to Cabinet',
    );
  });

  it('near-misses: a bare "… and RESOLVED:", a stem that does not recommend, a motion that ends in a full stop', () => {
    expect(keywordLine('Proposed Cllr Abbott, seconded Cllr Corby and RESOLVED:')).toBeNull();
    expect(
      keywordLine('Proposed Cllr Abbott, seconded Cllr Corby and RESOLVED that the Town Clerk be asked to:'),
    ).toBeNull();
    expect(keywordLine('Proposed Cllr Abbott, seconded Cllr Corby and RESOLVED to award £300.')).toBeNull();
    const found = items(
      finance([
        'FG/26/65  Grants',
        'Proposed Cllr Abbott, seconded Cllr Corby and RESOLVED:',
        '(a) that the youth club be awarded £300;',
        '(b) that the Town Clerk write to the youth club with the award.',
      ]),
    );
    expect(found.filter((i) => i.category === 'recommendation')).toEqual([]);
    expect(bare(at(found, /write to the youth club/i)[0]?.owner)).toBe('Town Clerk');
  });
});

describe('"AGREED to make the following recommendations to <body>:" over lettered clauses', () => {
  it("each clause is that body's to decide", () => {
    const found = items(
      taskGroup([
        '4. Swimming pool hours',
        '4.1 The Leisure Services Manager set out the usage figures.',
        '4.2 The Task Group AGREED to make the following recommendations to Cabinet:',
        '    (a) That early morning opening on Saturdays is kept in 2027/28.',
      ]),
    );
    const sent = found.filter((i) => i.category === 'recommendation');
    expect(sent).toHaveLength(1);
    expect(sent[0].ref).toBe('4.2(a)');
    expect(bare(sent[0].owner)).toBe('Cabinet');
    expect(at(found, /following recommendations/i)).toEqual([]);
  });

  it('near-miss: "the following points were raised:" stays what was said', () => {
    const found = items(
      taskGroup([
        '4. Swimming pool hours',
        '4.1 The following points were raised:',
        '    (a) That early morning opening is popular with older swimmers.',
        '    (b) That the car park is full on Saturdays.',
      ]),
    );
    expect(found.filter((i) => i.category === 'recommendation')).toEqual([]);
  });
});
