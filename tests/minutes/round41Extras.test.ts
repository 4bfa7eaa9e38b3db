// Round 41, extras: a proposal told with its fate, when the fate is that it fell at a vote — a motion or an amendment
// lost, a proposal voted down, a motion not seconded. It is worded as something to do, but the meeting did not take it
// up: nothing to track. Invented minutes of a town council and a bowls club's committee, several layouts (a sentence of
// a motion, numbered motions, a notes line with a dash and a count), with near-misses that must still be read (a tail
// that decides something more, a body's answer to another's proposal, a resolution that rejects). The two motion
// layouts in prose already gave nothing on main in these words; the notes layouts gave an item on main.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';
import { proposalFell } from '../../src/minutes/proposalFell.js';

const items = (text: string) => parseMinutes(text).items;
const at = (found: ReturnType<typeof items>, words: RegExp) => found.filter((i) => words.test(i.text));

/** Invented minutes of a town council: numbered minutes, motions in prose. */
const town = (body: string[]) =>
  [
    'Marlowe Cross Town Council',
    'Minutes of the Full Council meeting held on 16 November 2026 at the Corn Exchange',
    '',
    'Present: Cllrs Ibbotson (Mayor), Quarrie, Denholm, Achebe and Faulds. Town Clerk: Mr Prentice.',
    '',
    '101. Minutes',
    'The minutes of 19 October 2026 were approved as a correct record.',
    '',
    ...body,
    '',
    'Date of next meeting: 14 December 2026.',
  ].join('\n');

/** Invented notes of a bowls club's committee: topics with dashes and arrows. */
const club = (body: string[]) =>
  [
    'Fennick Park Bowls Club',
    'Committee meeting notes - 4 November 2026',
    '',
    'Present: Rhona (Chair), Dev, Marcus, Pat, Yusuf',
    '',
    '1. Last notes',
    'Agreed as correct.',
    '',
    ...body,
    '',
    'Next meeting: 2 December 2026',
  ].join('\n');

describe('a proposal that fell is no item', () => {
  it('an amendment lost with its count, in the prose of a motion', () => {
    const found = items(
      town([
        '104. Motion on the riverside path',
        'Cllr Quarrie moved, and Cllr Denholm seconded, that the Council asks the Town Clerk to write to the county',
        'council seeking the resurfacing of the riverside path.',
        'An amendment by Cllr Faulds to add a £2,000 contribution from reserves was LOST (2 for, 6 against).',
        'The motion was CARRIED and it was RESOLVED that the Town Clerk write to the county council seeking the',
        'resurfacing of the riverside path.',
      ]),
    );
    expect(at(found, /amendment/i)).toEqual([]);
    expect(at(found, /resurfacing/i).length).toBeGreaterThan(0);
  });

  it('a motion put to the vote and lost, in a numbered list of motions', () => {
    const found = items(
      town([
        '105. Motions on notice',
        '(1) Cllr Achebe moved that the Council install a drinking fountain in the market square. On being put to',
        'the vote the motion was LOST.',
        '(2) Cllr Denholm moved that the Council ask the Town Clerk to arrange a litter pick in March. On being put',
        'to the vote the motion was CARRIED.',
        'RESOLVED: That the Town Clerk arrange a litter pick in March.',
      ]),
    );
    expect(at(found, /motion was lost/i)).toEqual([]);
    expect(at(found, /litter pick/i).length).toBeGreaterThan(0);
  });

  it('a proposal voted down with a count after a dash, in notes', () => {
    const found = items(
      club([
        '4. Bar',
        'Stock take done. Quiz night on 12 December confirmed.',
        '-> Pat to draw up the rota for the quiz night.',
        'Proposal to open the bar on Sunday evenings - voted down 2-3.',
        'Proposal to change the green fees so that juniors play free - voted down 1 to 4.',
        'A motion to sell the old roller was not seconded.',
      ]),
    );
    expect(at(found, /Sunday evenings|juniors play free|old roller/i)).toEqual([]);
    expect(at(found, /rota/i)).toHaveLength(1);
  });
});

describe('a proposal that fell reaches the review, noted with its reason', () => {
  it('a lettered clause defeated at a vote is listed with the noted entries, saying why', () => {
    const proposal = parseMinutes(
      town([
        '106. Play area',
        'RESOLVED:',
        '(a) That the Town Clerk obtain three quotes for new swings.',
        '(b) That the play area be closed on Mondays was defeated 3-5.',
      ]),
    );
    expect(at(proposal.items, /Mondays/)).toEqual([]);
    expect(at(proposal.items, /swings/)).toHaveLength(1);
    const fell = proposal.noted.filter((n) => /Mondays/.test(n.text));
    expect(fell).toHaveLength(1);
    expect(fell[0]).toMatchObject({ minute: '106', reason: 'fell at a vote', source: 'resolution' });
  });
});

describe('near-misses: still read', () => {
  it('a refusal with what the meeting did instead, telling someone to act', () => {
    expect(
      proposalFell('The request for a new bench was not agreed; the Town Clerk will write to the residents.'),
    ).toBe(false);
    expect(proposalFell('The extension was not agreed and the Clerk will write to the tenant.')).toBe(false);
    // (a tail that decides anything more, whoever its subject: the labels of several sets track such tails)
    expect(proposalFell('Music tuition – NOT AGREED; the service will be offered as a buy-back instead.')).toBe(false);
    expect(proposalFell('Request for £900 for the choir – not supported; the choir to be invited to re-apply.')).toBe(
      false,
    );
    expect(
      proposalFell('The fete proposal was not agreed (too few volunteers); money to stay in the events budget.'),
    ).toBe(false);
    const found = items(
      town([
        '107. Allotment fencing',
        'A proposal to replace the whole fence was lost (2 for, 4 against); the Town Clerk will obtain quotes for repairing the north',
        'side.',
      ]),
    );
    expect(at(found, /quotes/i).length).toBeGreaterThan(0);
  });

  it('a body answering another body, a resolution that rejects, and a bare verdict with no proposal of its own', () => {
    // (a parish's answer on an application, or to a consultation, is its response to that body: its own decision)
    expect(proposalFell('26/04417/FUL – 9 Mill Row – rear extension – not supported.')).toBe(false);
    expect(proposalFell('Option B of the county consultation – not agreed.')).toBe(false);
    expect(proposalFell('The motion on parking charges was withdrawn by the mover.')).toBe(false);
    expect(proposalFell('That the recommendation of the working group be rejected.')).toBe(false);
    expect(proposalFell('Lost.')).toBe(false);
    // (a perfect or a relative clause inside a decision tells what happened before)
    expect(proposalFell('the Manager bring a note on the grants that had been lost.')).toBe(false);
    expect(proposalFell('the Clerk list the keys which were lost.')).toBe(false);
    expect(proposalFell('RESOLVED that the motion was lost.')).toBe(false);
  });

  it('a motion carried, and an errand beside a lost motion, are read', () => {
    expect(proposalFell('On being put to the vote the motion was CARRIED.')).toBe(false);
    const found = items(
      club([
        '5. Greens',
        'Proposal to hire a second groundsman - voted down 2-3.',
        '-> Dev to ask the council about the mower repair.',
      ]),
    );
    expect(at(found, /mower/i)).toHaveLength(1);
    expect(at(found, /groundsman/i)).toEqual([]);
  });
});

describe('the fate as the minutes print it', () => {
  it.each([
    'An amendment to add a £200 contribution was LOST (3 for, 5 against).',
    'On being put to the vote the motion was lost.',
    'Proposal to raise the subscription by £5 - voted down 3-4.',
    'A motion to close the café on Mondays was not seconded.',
    'A recommendation to the Cabinet that the Council fund a warden post was put to the vote and was LOST.',
    'The amendment to the budget was defeated by 9 votes to 4.',
    'Proposal to move the summer fete to June - voted down (too few volunteers).',
    'An amendment to halve the grant was LOST (2 for, 7 against). The substantive motion was CARRIED (8 for, 1 against).',
  ])('%s', (text) => {
    expect(proposalFell(text)).toBe(true);
  });
});
