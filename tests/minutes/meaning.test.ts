// Round 5, meaning and owners: rules drawn from how real minutes word a decision's kind and
// its owner, each tested here in invented wording (several paraphrases a rule), never in a
// sentence of the files that showed the pattern.
import { describe, expect, it } from 'vitest';
import { ownBodyOf } from '../../src/minutes/bodies.js';
import { classify } from '../../src/minutes/classify.js';
import { readParts } from '../../src/minutes/decisions.js';
import { parseMinutes } from '../../src/minutes/index.js';

const own = ownBodyOf(['Minutes of the Housing Panel held on 14 January 2026']);
const partsOf = (text: string) => readParts({ minute: null, ref: null, text, stem: '', confidence: 0.9 }, own, '');
const ownerOf = (text: string) => partsOf(text)[0]?.owner ?? null;
const kindOf = (text: string) => classify(text, own).category;

describe('the owner is the subject, past a phrase set off by commas', () => {
  it.each([
    ['That, in liaison with the police, the task group draw up a protocol.', 'the task group'],
    ['That the steering group, in discussion with the landowner, develop a route plan.', 'the steering group'],
    ['The Chair, on behalf of the Panel, writes to the Minister seeking a meeting.', 'The Chair'],
    ['Governors agreed that Mr Lee, as health and safety governor, would inspect the playground.', 'Mr Lee'],
    ['The Treasurer, with the Chair, would meet the auditors before the year end.', 'The Treasurer'],
    ['That the Clerk, as Responsible Financial Officer, open a savings account.', 'the Clerk'],
  ])('%s → %s', (text, owner) => {
    expect(ownerOf(text)).toBe(owner);
  });
});

describe('in a that-clause, the verb ending the subject before a "to be …" of purpose', () => {
  it.each([
    ['That the Parks Officer draft a planting scheme to be considered at the next meeting.', 'the Parks Officer'],
    [
      'That, in liaison with the police, the task group draw up a protocol to be brought to the next meeting.',
      'the task group',
    ],
    ['That the youth forum set out its priorities to be reported to the Panel in March.', 'the youth forum'],
    [
      'That the steering group, in discussion with the landowner, develop a route plan to be presented in June.',
      'the steering group',
    ],
  ])('%s → %s', (text, owner) => {
    expect(ownerOf(text)).toBe(owner);
  });
});

describe('a paper made to come before this body is its work programme; a decision to come is still an errand', () => {
  it.each([
    'That the task group draw up a protocol to be brought to the next meeting.',
    'That officers prepare a plan for the estate, to be presented to the Panel in December.',
    'the Housing Officer to develop a lettings policy to be submitted to the March meeting',
    'That the working party write a charter for tenants to be reported to the Panel in the autumn.',
  ])('%s → work-programme', (text) => {
    expect(kindOf(text)).toBe('work-programme');
  });
  it.each([
    'That the Clerk obtain quotes for new fencing to be considered at the next meeting.',
    'It was resolved to get prices for the repairs, to be considered at the April meeting.',
    'That officers draft a response to be submitted to the County Council by Friday.',
  ])('%s → not work-programme', (text) => {
    expect(kindOf(text)).not.toBe('work-programme');
  });
});

describe('the discussion saying what a resolution then decides is one item, whatever kind each reads as', () => {
  it.each([
    [
      'The Panel agreed that the tenants forum would prepare a newsletter in consultation with the wardens.',
      'That, in discussion with the wardens, the tenants forum prepare a newsletter to be brought to the next meeting.',
    ],
    [
      'It was agreed that the task group would draw up a repairs protocol with the landlord.',
      'That the task group draw up a repairs protocol with the landlord, to be presented to the Panel in June.',
    ],
  ])('%s / %s → one item', (said, resolved) => {
    const text = [
      'Minutes of the Housing Panel held on 14 January 2026',
      '',
      '5. Tenant engagement',
      said,
      'RESOLVED:',
      `1. ${resolved}`,
    ].join('\n');
    expect(parseMinutes(text).items).toHaveLength(1);
  });
});

describe('reports at a time to come, and standing items, are this body’s work programme', () => {
  it.each([
    'Officers monitor the repairs backlog and provide progress reports in three and nine months’ time.',
    'That officers provide an update report in six months.',
    'That the Housing Officer submit progress reports quarterly.',
    'the Director to bring a further update in the spring',
    'That updates on the lettings pilot be submitted in twelve months.',
    'That the Panel continue to receive the arrears figures on a quarterly basis.',
    'That the Panel receive the void figures at every meeting.',
    'to continue to consider the performance dashboard each quarter',
  ])('%s → work-programme', (text) => {
    expect(kindOf(text)).toBe('work-programme');
  });
  it.each([
    ['That officers provide members with an update in six months.', 'information'],
    ['That officers submit the bid to the County Council in six months.', 'action'],
  ])('%s → %s', (text, kind) => {
    expect(kindOf(text)).toBe(kind);
  });
});

describe('the members told how they will work at meetings in general: a practice, not an item', () => {
  it.each([
    'That Panel Members raise any concerns with the landlord at the meeting following each quarterly return.',
    'That Members bring their questions on the budget to every meeting.',
    'That councillors consider the tenants’ survey at the meeting after its publication.',
  ])('%s → noted', (text) => {
    expect(kindOf(text)).toBe('noted');
  });
  it('but the members asked to act at one meeting to come are not', () => {
    expect(kindOf('That Members consider the draft charter at the next meeting.')).not.toBe('noted');
  });
});

describe('a request answered by the one who takes it on is their errand; an appeal to everyone is no one’s', () => {
  const minutes = (...paragraph: string[]) =>
    parseMinutes(
      ['Minutes of the Parish Council held on 3 March 2026', '', '12. Matters raised by members', ...paragraph].join(
        '\n',
      ),
    ).items;
  it.each([
    [
      'Cllr Brook raised the state of the bus shelter and asked that the broken panel be replaced. The Clerk advised that this was in hand.',
      'The Clerk',
    ],
    [
      'Councillor Dunn asked that the overgrown footpath at Mill Lane be cut back. Mrs Ames, Parish Clerk, said the matter was being dealt with.',
      'Mrs Ames, Parish Clerk',
    ],
    [
      'Cllr Shaw requested that the faded lines outside the school be repainted. The Locality Officer confirmed it would be actioned.',
      'The Locality Officer',
    ],
  ])('%s → owned by %s', (paragraph, owner) => {
    const items = minutes(paragraph);
    expect(items).toHaveLength(1);
    expect(items[0].owner).toBe(owner);
  });
  it.each([
    'Cllr Grey said he would appeal to all dog owners to clear up after their pets.',
    'The Chair would urge residents to report fly-tipping promptly.',
    'Councillor Moss said she would encourage everyone to take part in the litter pick.',
  ])('%s → no item', (paragraph) => {
    expect(minutes(paragraph)).toHaveLength(0);
  });
});

describe('an errand line after a decision names who carries it out', () => {
  it.each([
    ['To ask the Highways Authority to repaint the crossing. Clerk to write.', 'Clerk'],
    ['Resolved to request the district council to empty the bins weekly. Clerk to email.', 'Clerk'],
    [
      'Greenfield Building Society requires new mandates. Clerk to set up the new mandates with Greenfield Building Society by 31 March.',
      'Clerk',
    ],
    [
      'The Allotment Society needs a signed lease. Chair to sign the lease for the Allotment Society at the next visit.',
      'Chair',
    ],
  ])('%s → %s', (text, owner) => {
    const acted = partsOf(text).filter((p) => p.decision.category !== 'noted');
    expect(acted).toHaveLength(1);
    expect(acted[0].owner).toBe(owner);
    expect(acted[0].decision.category).toBe('action');
  });
  it('a recommendation to another body keeps that body, whoever forwards it', () => {
    expect(ownerOf('That Cabinet be recommended to adopt the charter. Clerk to forward.')).toBe('Cabinet');
  });
});

describe('owners as the body’s own members would name them', () => {
  it.each([
    ['That the caretaker, Mr Dale Price, be asked to check the boiler.', 'Mr Dale Price'],
    ['That the auditor, Brightwater Audit LLP, be invited to the June meeting.', 'Brightwater Audit LLP'],
    ['Our contractor, Greenway Grounds, would cut the verges twice more this year.', 'Greenway Grounds'],
  ])('a common noun, then the name it stands for: %s → %s', (text, owner) => {
    expect(ownerOf(text)).toBe(owner);
  });
  it.each([
    ["That the Panel's Lettings Sub-Group review the allocations policy.", 'Lettings Sub-Group'],
    ["The Housing Panel's Tenants Working Group would draft the charter.", 'Tenants Working Group'],
  ])('a unit of this body, named without it: %s → %s', (text, owner) => {
    expect(ownerOf(text)).toBe(owner);
  });
  it("another body's unit keeps its body's name", () => {
    expect(ownerOf("That the County Council's Highways Team repair the kerb.")).toBe(
      "the County Council's Highways Team",
    );
  });
  it.each([
    ['That the ICB return to the Panel in June with the survey results.', 'the ICB'],
    ['That the Fire Service come back to the Panel in the spring with its review.', 'the Fire Service'],
  ])('a body that returns with its findings owns them: %s → %s', (text, owner) => {
    expect(ownerOf(text)).toBe(owner);
  });
  it.each([
    'The lettings policy will come back to the Panel in the spring.',
    'That the October meeting take place at the community centre.',
  ])('a thing or a meeting acts for no one: %s', (text) => {
    expect(ownerOf(text)).toBeNull();
  });
  it('a committee "of" a council is the committee; "Council" in its minutes is the council', () => {
    const committee = ownBodyOf([
      'Minutes of the Leisure Committee of Brackley Vale District Council held on 2 May 2026',
    ]);
    expect(committee.is('the Committee')).toBe(true);
    expect(committee.is('Council')).toBe(false);
    expect(classify('That it be recommended to Council that the fees be frozen.', committee).category).toBe(
      'recommendation',
    );
  });
});

describe('answers owed to the members, said in the discussion, are an information request', () => {
  const minutes = (paragraph: string) =>
    parseMinutes(['Minutes of the Housing Panel held on 14 January 2026', '', '4. Minutes', paragraph].join('\n'))
      .items;
  it.each([
    'The Chair said that the answers to the questions raised on damp and mould were being prepared.',
    'The Clerk reported that written responses to members’ questions about the budget would be circulated shortly.',
    'Replies to the outstanding questions on void turnaround will be sent to the Panel.',
  ])('%s → information', (paragraph) => {
    const items = minutes(paragraph);
    expect(items.map((i) => i.category)).toEqual(['information']);
    expect(items[0].narrative).toBe(true);
  });
  it('a question asked is not an answer owed', () => {
    expect(minutes('Cllr Vale asked questions about the repairs contract.')).toHaveLength(0);
  });
});

describe('the invitee without the meeting, and the speaker of reported undertakings', () => {
  it.each([
    [
      'That the Chief Fire Officer be asked to invite the Area Manager to the March meeting to present the plan.',
      'the Area Manager',
    ],
    ['to invite the Head of Estates to the next meeting of the Panel to explain the delay', 'the Head of Estates'],
    [
      'to invite the Cabinet Member with Responsibility for Housing to the June meeting',
      'the Cabinet Member with Responsibility for Housing',
    ],
  ])('%s → %s', (text, owner) => {
    expect(classify(text, own).named).toBe(owner);
  });
  const minutes = (paragraph: string) =>
    parseMinutes(['Minutes of the Housing Panel held on 14 January 2026', '', '6. Repairs', paragraph].join('\n'))
      .items;
  it.each([
    [
      'Cllr Ash asked for the repair timescales; the Repairs Manager said he would send them to all members.',
      'the Repairs Manager',
    ],
    [
      'Members asked about the new contract; the Head of Assets said she would circulate the specification to members.',
      'the Head of Assets',
    ],
  ])('%s → %s', (paragraph, owner) => {
    expect(minutes(paragraph).map((i) => i.owner)).toEqual([owner]);
  });
});

describe('the members asking for the body’s own business are the body: no owner', () => {
  it.each([
    'Members agreed to add an item on tenancy fraud to the work programme.',
    'That all members consider the allocations review at the March meeting.',
    'Councillors agreed to add an item on estate parking to the agenda.',
    'All members agreed to schedule a report on damp for the spring meeting.',
  ])('%s → no owner', (text) => {
    const part = partsOf(text)[0];
    expect(part.decision.category).toBe('work-programme');
    expect(part.owner).toBeNull();
  });
  it('an officer asked for the same keeps the owner', () => {
    expect(ownerOf('That the Housing Officer bring a report on damp to the March meeting.')).toBe(
      'the Housing Officer',
    );
  });
});
