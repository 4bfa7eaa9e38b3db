// Round 33, commitments in the discussion with something in the way: the chair who thanks the one who spoke before
// telling what an officer will do ("The Chair thanked her and said that the Clerk would ask …") was not taken for the
// chair — the thanks, a first verb of the same speaker, was read as part of who spoke, so the errand was one member's
// remark. Invented minutes throughout, with near-misses: the body's own business at this sitting, a passive with no one
// named, and a member who is not the chair.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';

/** An invented library committee's minutes, with the test's paragraphs as the discussion of minute 7. */
const committee = (body: string[]) =>
  parseMinutes(
    [
      'ASHTHORPE DISTRICT COUNCIL',
      'Minutes of the Libraries and Culture Committee held on Wednesday 10 February 2027 at 7.00 pm',
      '',
      'Present: Councillors R Quayle (Chair), D Mistry, H Lowther',
      'Officers: Head of Libraries, Finance Officer, Democratic Services Officer',
      '',
      '6. Minutes',
      'RESOLVED that the minutes of the meeting held on 13 January 2027 be approved.',
      '',
      '7. Branch Opening Hours',
      'The Head of Libraries introduced the report on opening hours at the four branches.',
      ...body,
      'RESOLVED that the report be noted.',
      '',
      '8. Date of next meeting',
      'The next meeting will be held on Wednesday 10 March 2027.',
    ].join('\n'),
  ).items.filter((i) => i.minute === '7');

describe('the chair thanks the one who spoke, then tells what an officer will do', () => {
  it.each([
    [
      'A resident asked whether the Speedwatch volunteers could help. The Chair thanked her and said that the Finance Officer would ask the Speedwatch coordinator to add Mill Lane to the sites.',
      /Speedwatch coordinator/,
      'the Finance Officer',
    ],
    [
      'A resident raised the state of the footpath behind the library. The Chair thanked him and said the Democratic Services Officer would report it to the County Council.',
      /report it to the County Council/,
      'the Democratic Services Officer',
    ],
  ])('%s', (sentence, text, owner) => {
    const item = committee([sentence]).find((i) => text.test(i.text));
    expect(item?.source).toBe('discussion');
    expect(item?.owner).toBe(owner);
  });

  it.each([
    // the body's own business at this sitting
    [
      'A resident raised the footpath. The Chair thanked her and said the Committee would consider the matter under item 8.',
    ],
    // a passive: nobody named to act
    ['A resident raised the footpath. The Chair thanked her and said her points would be reflected in the response.'],
    // one member, not the chair, speaking
    ['A resident raised the footpath. Councillor Lowther thanked her and said the Finance Officer would report it.'],
  ])('%s', (sentence) => {
    expect(committee([sentence]).filter((i) => i.source === 'discussion')).toEqual([]);
  });
});

/** An invented town council's minutes whose attendance prints the chair as "(Town Mayor, in the Chair)". */
const townCouncil = (present: string, body: string[]) =>
  parseMinutes(
    [
      'BRINDLEY TOWN COUNCIL',
      'Minutes of the meeting of the Town Council held on Monday 8 February 2027 at 7.00 pm',
      '',
      present,
      'In attendance: Town Clerk, Deputy Town Clerk',
      '',
      '4. Minutes',
      'RESOLVED that the minutes of the meeting held on 11 January 2027 be approved.',
      '',
      '5. Public Participation',
      ...body,
      '',
      '6. Date of next meeting',
      'The next meeting will be held on Monday 8 March 2027.',
    ].join('\n'),
  ).items.filter((i) => i.minute === '5');

describe('the Town Mayor in the chair is "the Mayor" in the minutes', () => {
  const told = [
    'A resident raised the broken bench on the green. The Mayor thanked her and said the Deputy Town Clerk would report it to the contractor.',
  ];

  it('"(Town Mayor, in the Chair)", then "The Mayor … said the Deputy Town Clerk would …"', () => {
    const items = townCouncil('Present: Cllr Mrs P. Orme (Town Mayor, in the Chair), Cllrs D. Kaye, S. Lund', told);
    expect(items.find((i) => /broken bench|contractor/.test(i.text))?.owner).toBe('the Deputy Town Clerk');
  });

  it('a Deputy Mayor in the chair is not "the Mayor"', () => {
    const items = townCouncil('Present: Cllr D. Kaye (Deputy Mayor, in the Chair), Cllrs P. Orme, S. Lund', told);
    expect(items.filter((i) => i.source === 'discussion')).toEqual([]);
  });
});
