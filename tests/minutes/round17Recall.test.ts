// Round 17, recall: forms of writing the importer missed, or filed as noted, on fresh 9–42.
// Invented wording throughout, several layouts a rule, and near-misses that must not fire.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';

const minutes = (body: string) =>
  parseMinutes(
    `Brackenhurst Town Council\n\nMinutes of the meeting held on Tuesday 9 February 2027 at 7pm\n\nPresent: Councillors Amadi (Chair), Brocklesby, Trew\nIn attendance: Mr Ola Penn (Town Clerk)\n\n${body}\n\n30.  CLOSE\nThe meeting closed at 8.40 pm.\n`,
  );

describe('"X be noted, and the Y <verb> …": a second subjunctive clause with a subject of its own', () => {
  const read = (resolution: string) => minutes(`12.  PLAY AREAS\nRESOLVED: ${resolution}`);
  it.each([
    [
      'a bare verb after a comma',
      'That the inspection report be noted, and the Town Clerk obtain quotes for the swings by 31 March 2027.',
      'the Town Clerk',
    ],
    [
      'a bare verb with no comma',
      'That the report be received and the Facilities Officer repaint the railings before Easter.',
      'the Facilities Officer',
    ],
    [
      'a second passive, the one authorised its subject',
      'That the lease of the kiosk be approved, and the Head of Estates be authorised to sign it.',
      'the Head of Estates',
    ],
    [
      'a withdrawal, then who brings the matter back',
      'That the parking proposals be withdrawn and the Highways Manager bring revised proposals to a future meeting.',
      'the Highways Manager',
    ],
  ])('%s', (_name, resolution, owner) => {
    const proposal = read(resolution);
    expect(proposal.items.map((i) => i.owner)).toEqual([owner]);
    expect(proposal.noted).toHaveLength(1);
  });

  it('a passive with no one named: a paper added to a meeting of this body', () => {
    const proposal = read('That the work plan be noted, and the annual review be added for the June meeting.');
    expect(proposal.items.map((i) => i.type)).toEqual(['work-programme']);
    expect(proposal.noted.map((n) => n.text)).toEqual(['The work plan be noted']);
  });

  it.each([
    ['two owners of one errand', 'That the Chair and the Town Clerk be authorised to sign the lease.'],
    ['a noting whose object runs on', 'That the report be noted and the comments made by members.'],
  ])('near-miss, not cut: %s', (_name, resolution) => {
    expect(read(resolution).items.length + read(resolution).noted.length).toBe(1);
  });

  it('near-miss: an errand, then its own report back — one item', () => {
    const proposal = read(
      'That the rota be reviewed by Cllr Trew and the Town Clerk and a revised rota be brought to the next meeting.',
    );
    expect(proposal.items).toHaveLength(1);
  });
});

describe('"X endorsed the plan and recommended it to <body>": a second verb in the past with a pronoun object', () => {
  it.each([
    ['The Committee endorsed the strategy and recommended it to Cabinet for approval.', 'Cabinet'],
    ['The Panel approved the annual report and referred it to the County Council for adoption.', 'the County Council'],
  ])('%s', (sentence, owner) => {
    const proposal = minutes(`12.  STRATEGY\n${sentence}`);
    expect(proposal.items.map((i) => [i.category, i.owner])).toEqual([['recommendation', owner]]);
  });

  it('near-miss: both verbs only record — nothing to track', () => {
    expect(minutes('12.  STRATEGY\nThe Committee noted the strategy and welcomed it.').items).toHaveLength(0);
  });
});

describe('"The Chair said the Clerk would …": the one in the chair tells what an officer will do', () => {
  it.each([
    ['The Chair said the Town Clerk would write to the bus company.'],
    ['The Chair said that the Town Clerk would ask the police to patrol the car park.'],
    ['The Chair said the car park belonged to the county council and that the Town Clerk would reply in writing.'],
  ])('%s', (sentence) => {
    const proposal = minutes(`12.  PUBLIC PARTICIPATION\nA resident asked about the car park. ${sentence}`);
    expect(proposal.items.map((i) => i.owner)).toEqual(['the Town Clerk']);
  });

  it('the attendance list\'s "The Mayor (Cllr X) in the Chair" makes the Mayor the chair', () => {
    const proposal = parseMinutes(
      `Brackenhurst Town Council\n\nMinutes of the meeting held on Tuesday 9 February 2027 at 7pm\n\nPresent: The Mayor (Cllr Ann Lowe) in the Chair; Cllrs B. Tan, E. Fry\nIn attendance: Mr Ola Penn (Town Clerk)\n\n12.  PUBLIC PARTICIPATION\nA resident asked about the gate. The Mayor said the Town Clerk would get it mended.\n\n13.  CLOSE\nThe meeting closed at 8 pm.\n`,
    );
    expect(proposal.items.map((i) => i.owner)).toEqual(['the Town Clerk']);
  });

  it.each([
    ['someone not in the chair', 'A resident said the Town Clerk would write to the bus company.'],
    ['another body', 'The Chair said the Planning Committee would consider the application in March.'],
    ['a thing, not someone', 'The Chair said the new bus shelter would arrive in March.'],
  ])('near-miss, nothing: %s', (_name, sentence) => {
    expect(minutes(`12.  PUBLIC PARTICIPATION\nA resident asked about buses. ${sentence}`).items).toHaveLength(0);
  });
});

describe('an undertaking that points back at the request before it takes the request on', () => {
  it('one item, the one who undertook it', () => {
    const proposal = minutes(
      '12.  ALLOTMENTS\nMembers asked that the plot holders be consulted on the new rules, and the Town Clerk undertook to bring the results of that exercise to the next meeting.\nRESOLVED: That the report be noted.',
    );
    expect(proposal.items.map((i) => i.owner)).toEqual(['the Town Clerk']);
  });

  it('near-miss: a request already asked of someone keeps its owner beside the undertaking', () => {
    const proposal = minutes(
      '12.  ALLOTMENTS\nMembers asked that the Town Clerk consult the plot holders on the new rules, and Cllr Trew undertook to bring the results of that exercise to the next meeting.\nRESOLVED: That the report be noted.',
    );
    expect(proposal.items).toHaveLength(2);
  });
});

describe("a plural noun for the body's people ends the subject; it is never the verb", () => {
  it.each([
    ['That all Committee members complete the safeguarding training by 31 May 2027.', 'all Committee members'],
    ['That all Panel members attend the site visit on 3 March 2027.', 'all Panel members'],
  ])('%s', (resolution, owner) => {
    expect(minutes(`12.  TRAINING\nRESOLVED: ${resolution}`).items.map((i) => i.owner)).toEqual([owner]);
  });
});
