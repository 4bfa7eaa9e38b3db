import { describe, expect, it } from 'vitest';
import { narrativeItems } from '../../src/minutes/narrative.js';
import { parseMinutes } from '../../src/minutes/index.js';

const read = (...texts: string[]) => narrativeItems(texts.map((text) => ({ text, ref: null })), '6', '2026-02-01');

describe('narrativeItems', () => {
  it('proposes "It was agreed that X would …" with low confidence', () => {
    const [item] = read('Members discussed the parade. It was agreed that the Events Officer would book the road closure.');
    expect(item).toMatchObject({ owner: 'the Events Officer', type: 'action', narrative: true });
    expect(item.confidence).toBeLessThan(0.7);
  });

  it('reads "Clerk to …" and initials at the end of a line as owners', () => {
    expect(read('The hedge by the pond is overgrown. Clerk to ask the contractor to cut it.')).toMatchObject([{ owner: 'Clerk' }]);
    const items = read('The noticeboard was damaged. PJ will get a quote for repairs. PJ, AB');
    expect(items.map((i) => i.owner).sort()).toEqual(['AB', 'PJ']);
  });

  it('reads "X was asked to …" and "The Chair will …" for a named role', () => {
    expect(read('The Warden was asked to check the play area gates.')).toMatchObject([{ owner: 'Warden', type: 'action' }]);
    expect(read('The Chair will meet the head of the trust before 1 March 2026.')).toMatchObject([{ owner: 'Chair', due: { kind: 'date', date: '2026-03-01' } }]);
    expect(read('The ICB will have its own board.', 'TASL were requested to report to the forum.')).toEqual([]);
  });

  it('takes an "Action: owner" line for what came before it', () => {
    expect(read('The road signs need renewing. Action: Highways Officer')).toMatchObject([{ owner: 'Highways Officer', type: 'action' }]);
  });

  it('reads an ACTION after a sentence, and "ACTION: owner - what"', () => {
    expect(read('Sickness absence had risen. ACTION: HR Manager to send the figures to members.')).toMatchObject([{ owner: 'HR Manager', category: 'information', confidence: 0.75 }]);
    expect(read('ACTION: PL - audit plan to the next Committee meeting.')).toMatchObject([{ owner: 'PL', type: 'work-programme', due: { kind: 'next' }, text: 'audit plan to the next Committee meeting.' }]);
  });

  it('reads every entry under "Actions:" as an action, whatever its wording', () => {
    const items = read('The Commission noted the update.', 'Actions:', '- Parks Manager to send members the footfall counts.', '- Revised lease to come back to the Panel before it is signed.', 'Members thanked the officers.');
    expect(items).toMatchObject([
      { owner: 'Parks Manager', category: 'information', narrative: false },
      { owner: null, type: 'work-programme', narrative: false },
    ]);
  });

  it('reads items promised for a later agenda', () => {
    expect(read('An item on the skate park would be added to the work programme.')).toMatchObject([{ type: 'work-programme', due: { kind: 'future' } }]);
    expect(read('To be discussed at a future meeting.')).toMatchObject([{ type: 'work-programme' }]);
  });

  it('reads a deferral told in the discussion, and two councillors who agreed to act', () => {
    expect(read('The Lettings Policy was deferred to the next meeting so that tenants could comment.')).toMatchObject([{ category: 'deferral', due: { kind: 'next' } }]);
    expect(read('Cllr Ross and Cllr Shah agreed to clear the ditch before the next meeting.')).toMatchObject([{ owner: 'Cllr Ross and Cllr Shah' }]);
  });

  it('leaves plain discussion and report prose alone', () => {
    expect(read(
      'Members asked about waiting times and were told they had fallen.',
      'It was confirmed that no service would be moved without a safety review.',
      'The Trust will continue to work with partners to improve access.',
      'Items noted during the meeting would be added to the work programme.',
    )).toEqual([]);
  });
});

describe('a deferral said without a subject', () => {
  it('reads "Deferred to the November meeting as …" as a deferral', () => {
    const items = narrativeItems([{ text: 'Deferred to the November meeting as the survey had not been received.', ref: null }], '6', '2026-09-10');
    expect(items.map((i) => [i.category, i.due])).toEqual([['deferral', { kind: 'month', month: 'November' }]]);
  });
});

it('reads "It was also agreed to invite …" as an agreed invitation', () => {
  const items = narrativeItems([{ text: 'The group agreed to meet again in January. It was also agreed to invite the Cabinet Member for Education to attend that meeting.', ref: null }], '4', '2025-11-27');
  expect(items.map((i) => i.category)).toEqual(['invitation']);
});

describe('an action line closed by initials', () => {
  it('proposes the line with the initials as owner, but not a councillor named inside a sentence', () => {
    const { items } = parseMinutes('Minutes of Oakley Parish Council held on 12 May 2026\nPresent: Cllrs Kemp, Pryce\n6. Footpaths\nBroken stile on footpath 12 to be reported to the Ramblers (KT)\n\nCllr Kemp (KT) said the hedges along the bridleway were overgrown.');
    expect(items.map((i) => [i.owner, i.text])).toEqual([['KT', 'Broken stile on footpath 12 to be reported to the Ramblers']]);
  });
});
