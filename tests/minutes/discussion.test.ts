// Agreements in the discussion, read with low confidence: "It was agreed that …", requests of
// the body, undertakings, "X to …", "X will …" of someone at the meeting, what "would be
// circulated" or "would come to committee". Suggestions, hopes, conditions and others' plans
// are not decisions.
import { describe, expect, it } from 'vitest';
import { ownBodyOf } from '../../src/minutes/bodies.js';
import { readSentence } from '../../src/minutes/discussion.js';
import { discussionSentences } from '../../src/minutes/discussionSentences.js';
import { parseMinutes } from '../../src/minutes/index.js';
import { peopleOf } from '../../src/minutes/people.js';

const lines = [
  'Minutes of the Harbour Panel held on 14 January 2026',
  'Present: Cllr Ann Reyes (Chair), Cllr Tom Birch, Jo Lamb (Clerk) JL',
  'In attendance: Head of Ports',
];
const context = { own: ownBodyOf(lines), people: peopleOf(lines), formal: true };
const said = (sentence: string, listed = false) =>
  readSentence(sentence, context, listed, null).map((s) => s.decision.category);

describe('agreements the discussion records', () => {
  it.each([
    ['It was agreed that the Clerk would write to the harbour master.', 'action'],
    ['It was also agreed to add the slipway to the work programme.', 'work-programme'],
    ['Agreed: the Head of Ports to circulate the tide tables to members.', 'information'],
    ['Members requested that officers arrange a site visit before the summer.', 'action'],
    ['The Panel asked that the Harbour Trust be invited to the next meeting.', 'invitation'],
    ['The Head of Ports undertook to send the dredging figures to members.', 'information'],
    ['Cllr Birch agreed to speak to the sailing club.', 'action'],
    ['JL to book the room for the March meeting.', 'action'],
    ['Cllr Reyes will chase the county council about the railings.', 'action'],
    ['Cllr Reyes said she would walk the path with the resident.', 'action'],
    ['The Chair said that a report on the slipway would come to the Panel in March.', 'work-programme'],
    ['The minutes of the sailing club would be circulated to members.', 'information'],
    ['An amendment was requested to show the new berths on the plan.', 'action'],
    ['Deferred to the March meeting pending the tide survey.', 'deferral'],
    ['The Harbour Master agreed to include the berth occupancy in the next quarterly report.', 'information'],
    ['Members asked to see the mooring survey.', 'information'],
    [
      'The work programme was approved, subject to the moorings report being brought to the next meeting.',
      'work-programme',
    ],
  ])('%s', (sentence, kind) => {
    expect(said(sentence)).toEqual([kind]);
  });

  it('reads a suggestion the body then agreed', () => {
    expect(
      readSentence(
        'This was agreed.',
        context,
        false,
        'The Chair suggested that the berthing fees be reviewed at the June meeting.',
      ).map((s) => s.decision.category),
    ).toEqual(['work-programme']);
    expect(said('The Chair suggested that a workshop be arranged in the spring, and this was agreed.')).toEqual([
      'action',
    ]);
  });
});

describe('what the discussion says that is not a decision', () => {
  it.each([
    'It was suggested that the fees should be reviewed.',
    'Members asked whether the fees would rise.',
    'The Harbour Trust would continue to liaise with the sailing club.',
    'It was hoped that the work would be finished by June.',
    'The dredging would only go ahead if funding were found.',
    'The new pontoons would be built over the winter.',
    'The harbour master would like to see more visitors.',
    'Cllr Birch agreed that the signage should be improved.',
    'No changes would be made without consultation.',
    'The report had been sent to the Harbour Trust in December.',
    'Two new berths would be created by the Trust.',
    'The meeting was adjourned for this item.',
    'A resident asked to see the plans for the slipway.',
    'Ms Hale, on behalf of the applicant, said the café would close at ten.',
    'Mr Penn said a further £2m of savings had still to be found.',
    'The Treasurer confirmed that the increase would fund two more wardens.',
    'The session was postponed while the room was cleared.',
  ])('%s', (sentence) => {
    expect(said(sentence)).toEqual([]);
  });

  it('reads only explicit agreements among the points a presentation made', () => {
    expect(said('The Trust would publish its plan in March.', true)).toEqual([]);
    expect(said('It was agreed that the Trust’s plan would be circulated to members.', true)).toEqual(['information']);
  });
});

describe('the discussion’s sentences', () => {
  it('are split where a second subject takes up a commitment, and lose the Q and A marks', () => {
    expect(
      discussionSentences('Further information was sought on costs, and the Head of Ports undertook to provide it.'),
    ).toEqual(['Further information was sought on costs', 'the Head of Ports undertook to provide it.']);
    expect(discussionSentences('A: JL will bring the figures to the next meeting.')).toEqual([
      'JL will bring the figures to the next meeting.',
    ]);
  });

  it('are split at a dash after which someone is told to act: the matter raised, then the errand', () => {
    expect(
      discussionSentences(
        'Tom mentioned the loose railings on the quay – Clerk to ask the harbour master to fix them.',
      ),
    ).toEqual(['Tom mentioned the loose railings on the quay', 'Clerk to ask the harbour master to fix them.']);
    expect(
      discussionSentences('The buoy light is out again — the Head of Ports and JL to report it to the coastguard.'),
    ).toEqual(['The buoy light is out again', 'the Head of Ports and JL to report it to the coastguard.']);
    // (a range between dashes, or a log's status, is not an errand)
    expect(
      discussionSentences('Quotes for the slipway - Done Clerk to write to the council re moorings - Done'),
    ).toHaveLength(1);
    expect(discussionSentences('Dues for 2026 – 2027 were discussed.')).toEqual([
      'Dues for 2026 – 2027 were discussed.',
    ]);
  });
});

describe('the discussion in whole minutes', () => {
  it('proposes what was agreed with low confidence, marked as from the discussion', () => {
    const p = parseMinutes(
      [
        ...lines,
        '',
        '4. Slipway',
        'The Head of Ports presented the survey. It was agreed that the survey would be circulated to members.',
        'RESOLVED that the survey be noted.',
      ].join('\n'),
    );
    expect(p.items).toMatchObject([{ minute: '4', category: 'information', source: 'discussion', narrative: true }]);
    expect(p.items[0].confidence).toBeLessThan(0.7);
  });

  it('gives an undertaking of what was just agreed to the one who gave it', () => {
    const p = parseMinutes(
      [
        ...lines,
        '',
        '5. Events',
        'The Chair suggested that a regatta be organised in the summer, and this was agreed. Cllr Birch undertook to arrange it.',
      ].join('\n'),
    );
    expect(p.items.map((i) => [i.category, i.owner])).toEqual([['action', 'Cllr Birch']]);
  });

  it('reads an undertaking joined to what the speaker said, with the speaker as its owner', () => {
    const p = parseMinutes(
      [
        ...lines,
        '',
        '8. Questions',
        'In reply, the Harbour Master said that waiting times had fallen, and undertook to send Mr Reed the figures by stage.',
      ].join('\n'),
    );
    expect(p.items.map((i) => [i.category, i.owner])).toEqual([['action', 'the Harbour Master']]);
  });

  it('reads what an officer named by title will do, but not a body’s plans', () => {
    expect(said('The Democratic Services Officer would book the room for the workshop.')).toEqual(['action']);
    expect(said('The Harbour Trust would publish its plan in March.')).toEqual([]);
  });

  it('gives "She agreed …" to the one who last spoke, not to the question before', () => {
    const p = parseMinutes(
      [
        ...lines,
        '',
        '7. Moorings',
        'Members asked whether fees had risen. The Harbour Master explained that they had not. She agreed to send members the fee tables.',
      ].join('\n'),
    );
    expect(p.items.map((i) => [i.category, i.owner])).toEqual([['information', 'The Harbour Master']]);
  });

  it('makes nothing of a paragraph closed with "No further action"', () => {
    expect(
      parseMinutes(
        [...lines, '', '6. Railings', 'The county council has agreed to paint the railings. No further action.'].join(
          '\n',
        ),
      ).items,
    ).toEqual([]);
  });
});

describe('requests the meeting made without naming who asked', () => {
  it('reads "it was requested that …" as the meeting asking, whatever the request', () => {
    expect(said('It was requested that the tide survey be sent to members when it is finished.')).toEqual([
      'information',
    ]);
    expect(said('It was also requested that the harbour lights be repaired before the regatta.')).toEqual(['action']);
  });

  it('splits off a request joined to what someone said', () => {
    expect(
      discussionSentences(
        'The Head of Ports described the dredging, and it was requested that the chart be circulated to members.',
      ),
    ).toEqual([
      'The Head of Ports described the dredging',
      'It was requested that the chart be circulated to members.',
    ]);
  });

  it('gives a passive request to whoever it names, present or not, but not an agenda’s standing request', () => {
    const owners = (sentence: string) =>
      readSentence(sentence, context, false, null).map((s) => [s.decision.category, s.agent]);
    expect(owners('The two ferry operators were asked to bring a joint timetable to the Panel in the autumn.')).toEqual(
      [['work-programme', 'The two ferry operators']],
    );
    expect(owners('The Harbour Treasurer was asked to tell the auditors of the change.')).toEqual([
      ['action', 'The Harbour Treasurer'],
    ]);
    expect(said('Members are asked to declare any interests they hold.')).toEqual([]);
  });
});

describe('pronouns that stand for someone named before', () => {
  const minute = (text: string) =>
    parseMinutes([...lines, '', '9. Moorings', text].join('\n')).items.map((i) => [i.category, i.owner]);

  it('gives "she" to the person last named as a subject, whatever they did', () => {
    expect(minute('Cllr Birch walked the quay last week. She agreed to get prices for new railings.')).toEqual([
      ['action', 'Cllr Birch'],
    ]);
  });

  it('looks past a fronted participle to the pronoun', () => {
    expect(
      minute('Cllr Birch spoke about the quay. Asked about the railings, she agreed to find out who owned them.'),
    ).toEqual([['action', 'Cllr Birch']]);
  });

  it('reads "…, and she undertook …" as the first clause’s speaker undertaking it', () => {
    expect(
      discussionSentences(
        'Ms Quill said the pontoon would open in May, and she undertook to send members the opening plan.',
      ),
    ).toEqual(['Ms Quill said the pontoon would open in May', 'Ms Quill undertook to send members the opening plan.']);
    expect(minute('Cllr Birch said the lamps were dim, and he would report them to the county council.')).toEqual([
      ['action', 'Cllr Birch'],
    ]);
  });

  it('resolves the subject of what the meeting agreed', () => {
    expect(
      minute('Cllr Birch described the slipway. It was agreed that he would meet the sailing club about it.'),
    ).toEqual([['action', 'Cllr Birch']]);
  });
});

describe('paragraphs that open with the name of their matter', () => {
  it('reads the sentence after "Matter – "', () => {
    const p = parseMinutes(
      [
        ...lines,
        '',
        '10. Finance',
        '10.2 Harbour dues 2027 – the Chair, TB and the Clerk to draft the new table of dues for the May meeting.',
      ].join('\n'),
    );
    expect(p.items).toMatchObject([
      { category: 'action', owners: ['The Chair', 'TB', 'the Clerk'], due: { kind: 'month', month: 'May' } },
    ]);
  });

  it('proposes a new step on an earlier action in a review of actions, but not its progress', () => {
    const p = parseMinutes(
      [
        ...lines,
        '',
        '11. Matters arising',
        '(a) Slipway railings – still no answer from the county council. Clerk to write again, copying in the ward member.',
        '(b) Lifebuoy – the county council is still looking into it.',
      ].join('\n'),
    );
    expect(p.items.map((i) => [i.ref, i.owner])).toEqual([['(a)', 'Clerk']]);
  });
});

describe('fronted phrases, second predicates and errands', () => {
  const owners = (sentence: string) =>
    readSentence(sentence, context, false, null).map((s) => [s.decision.category, s.agent]);

  it('looks past a fronted phrase to the subject and its verb', () => {
    expect(
      owners('Having heard the objectors, the Panel agreed to postpone the decision to its March meeting.').map(
        ([kind]) => kind,
      ),
    ).toEqual(['deferral']);
    expect(
      owners('In reply to a question from Cllr Birch, the skipper agreed to send the crew rota to the Harbour Office.'),
    ).toEqual([['action', 'the skipper']]);
  });

  it('takes a short definite noun phrase as the one who undertakes', () => {
    expect(owners('The applicant undertook to fit a new gate before the summer.')).toEqual([
      ['action', 'The applicant'],
    ]);
  });

  it('splits off a commitment the body’s officers take up', () => {
    expect(discussionSentences('Cllr Birch asked about the buoys and officers undertook to check them.')).toEqual([
      'Cllr Birch asked about the buoys',
      'officers undertook to check them.',
    ]);
  });

  it('reads "… and asked that …" as a request of the same subject', () => {
    expect(
      discussionSentences(
        'Members praised the crews and asked that the lifeboat station be invited to the next meeting.',
      ),
    ).toEqual(['Members praised the crews', 'Members asked that the lifeboat station be invited to the next meeting.']);
  });

  it('reads an officer named to send a paper to another body as running an errand, not recommending', () => {
    expect(said('JL to send the signed return to the county council by 30 April.')).toEqual(['action']);
    expect(said('The Harbour Master to submit the dredging plan to the Marine Authority for its approval.')).toEqual([
      'recommendation',
    ]);
  });
});

describe('commitments reported in passing', () => {
  it('gives a future passive its agent named after "by"', () => {
    expect(
      readSentence(
        'The Chair said the matter would be raised with the highways authority by the Clerk.',
        context,
        false,
        null,
      ).map((s) => [s.decision.category, s.agent]),
    ).toEqual([['action', 'the Clerk']]);
  });

  it('reads an errand someone at the meeting will run, even among the points a presentation made', () => {
    expect(said('The Chair would write to the Minister on behalf of the Panel.', true)).toEqual(['action']);
    expect(said('The Harbour Trust would publish its plan in March.', true)).toEqual([]);
  });
});

describe('a matter put back, told as an arrangement or with a meeting inside its name', () => {
  it.each([
    ['The review of the mooring fees is to be deferred to the next meeting.'],
    ['The signing of the minutes of the last meeting is to be postponed until the next formal meeting.'],
    ['Approval of the minutes of the December meeting was deferred to the next meeting.'],
  ])('%s', (sentence) => {
    expect(said(sentence)).toEqual(['deferral']);
  });

  it('is not the sitting itself being put off, nor a matter that is to be approved', () => {
    expect(said('The meeting was adjourned until 7 pm.')).toEqual([]);
    expect(said('The harbour plan is to be approved by the Council.')).not.toContain('deferral');
  });
});

describe('an agenda’s standing request to the members as a whole', () => {
  it.each([
    ['Members to declare any interests they have in the items below.'],
    ['Members of the Panel to note the quarterly figures.'],
    ['All councillors to declare an interest in any agenda item.'],
  ])('%s', (sentence) => {
    expect(said(sentence)).toEqual([]);
  });

  it('leaves an errand given to the members', () => {
    expect(said('Members to send their comments on the draft to the Clerk by Friday.')).toEqual(['action']);
  });
});

describe('an "ACTION: X" line under a paragraph of questions and answers', () => {
  it('takes the last sentence that opens with X as the action, not the whole exchange', () => {
    const proposal = parseMinutes(
      'Minutes of the Health Committee held on 3 March 2026\n\n4. Ward closures\nMs Hart asked whether the ward had reopened. Dr Lee replied that it had. The Chairman thanked Dr Lee and said she would ask the hospital trust to confirm it in writing.\n\nACTION:  The Chairman\n\n5. Close\nNone.',
    );
    expect(proposal.items).toHaveLength(1);
    expect(proposal.items[0].owner).toBe('The Chairman');
    // (since round 9 the undertaking is read from its reported words: "The Chairman would ask …")
    expect(proposal.items[0].text).toMatch(/^The Chairman\b.*\bask the hospital trust\b/);
    expect(proposal.items[0].text).not.toMatch(/Ms Hart|replied/);
  });

  it('keeps the paragraph whole when no sentence opens with the owner', () => {
    const proposal = parseMinutes(
      'Minutes of the Health Committee held on 3 March 2026\n\n4. Ward closures\nMs Hart asked about the ward. A written answer was promised.\n\nACTION:  Clerk\n\n5. Close\nNone.',
    );
    expect(proposal.items.map((i) => i.text)).toEqual(['Ms Hart asked about the ward. A written answer was promised.']);
  });
});

describe('"it was agreed" after a fronted phrase with no comma', () => {
  it('names no owner: the one who asked is not the one to act', () => {
    const proposal = parseMinutes(
      'Minutes of the Harbour Council held on 2 March 2026\n\n4. Condolences\nAt the request of Councillor Vane it was agreed to send a card to the family of the late Mr Pike.\n\n5. Close\nNone.',
    );
    expect(proposal.items.map((i) => [i.owner, i.type, i.text])).toEqual([
      [null, 'action', 'To send a card to the family of the late Mr Pike.'],
    ]);
  });
});
