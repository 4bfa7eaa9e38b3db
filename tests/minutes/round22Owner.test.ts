// Round 22, owners: who a decision names to act, read from the grammar of its subject — tested on invented wording,
// several ways, with near-misses that must not fire.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';
import { readClause } from '../../src/minutes/grammar.js';

/** An invented parish council's minutes with one resolution, its clauses lettered (or one run-in clause). */
const minutes = (...clauses: string[]) =>
  [
    'Lower Brambling Parish Council',
    'Minutes of the meeting held on 9 March 2026',
    '',
    '31. Playing Field Pavilion',
    'The Clerk reported on the state of the pavilion roof and the quotes received.',
    'RESOLVED -',
    '(a) That the report be noted.',
    ...clauses,
    '',
    '32. Date of Next Meeting',
    'Monday 13 April 2026.',
  ].join('\n');

const owners = (...clauses: string[]) =>
  parseMinutes(minutes(...clauses))
    .items.filter((i) => /pavilion|roof|lease|survey|hire/i.test(i.text))
    .map((i) => (i.owners ?? [i.owner]).join(' + '));

describe('a body named by who sits on it: "a working party of Cllrs A, B and C <verb> …" — the body acts', () => {
  it.each([
    ['(b) That a working party of Cllrs Pryce, Ong and Tate prepare a pavilion repair plan.', 'working party'],
    [
      '(b) That a pavilion working group of the Chair, Vice-Chair and Cllr Ong meet the surveyor in April to agree the roof works.',
      'pavilion working group',
    ],
    ['(b) That a steering group of Councillors Pryce and Tate draw up the pavilion lease terms.', 'steering group'],
    [
      '(b) That a pavilion working group of the Chairman, Vice-Chairman and Cllr Ong prepare the roof specification.',
      'pavilion working group',
    ],
    [
      '(b) That a task and finish group comprising Cllrs Ong and Tate review the pavilion hire charges.',
      'task and finish group',
    ],
    // (run in after the resolution word, no letter, and the list joined with "&")
    ['(b) Agreed that a Pavilion Working Party of Cllrs Pryce & Ong obtain a roof survey.', 'Pavilion Working Party'],
  ])('%s', (clause, expected) => {
    expect(owners(clause)).toEqual([expected]);
  });

  it('the grammar reads the whole body as the subject and the base form after the list as the verb', () => {
    const r = readClause('that a working party of Cllrs Pryce, Ong and Tate prepare a pavilion repair plan');
    expect(r.verb).toBe('prepare');
    expect(r.subject).toBe('a working party of Cllrs Pryce, Ong and Tate');
  });
});

describe('near-misses: "of" after no body, or a body not followed by who sits on it', () => {
  it('a thing "of" a thing keeps its reading ("the cost of the roof works remain within budget")', () => {
    const r = readClause('that the cost of the roof works remain within the pavilion budget');
    expect(r.verb).toBe('remain');
  });
  it('a body set up keeps its own reading ("a working party of Cllrs A and B be set up to …")', () => {
    expect(
      owners('(b) That a Pavilion Working Party of Cllrs Pryce and Ong be set up to oversee the roof works.'),
    ).toEqual(['Pavilion Working Party']);
  });
  it('a named person acting stays the owner ("Cllr Ong obtain a roof survey")', () => {
    expect(owners('(b) That Cllr Ong obtain a roof survey.')).toEqual(['Cllr Ong']);
  });
  it('a body "of" no list of people is not cut ("the Board of Trustees approve the lease")', () => {
    const r = readClause('that the Board of Trustees of the Pavilion Trust approve the lease');
    expect(r.verb).toBe('approve');
  });
});

describe('a subject with a relative clause: "members who have not done so complete …" — the people before "who" act', () => {
  it.each([
    ['(b) That trustees who have not done so complete the pavilion safety course by 30 June 2026.', 'trustees'],
    [
      '(b) That all members of the Council who have not yet visited the pavilion attend the open morning in May.',
      'all members of the Council',
    ],
    [
      '(b) That Hall Committee members who have not completed the roof survey form hand it to the Clerk.',
      'Hall Committee members',
    ],
    // (the relative clause's object before the main verb, which takes a pronoun)
    [
      "(b) That councillors who have not yet seen the pavilion lease view it at the Clerk's office before the next meeting.",
      'councillors',
    ],
  ])('%s', (clause, expected) => {
    expect(owners(clause)).toEqual([expected]);
  });

  it('the grammar reads the verb after the relative clause', () => {
    const r = readClause('trustees who have not done so complete the pavilion safety course by 30 June 2026');
    expect(r.verb).toBe('complete');
    expect(r.subject).toBe('trustees who have not done so');
  });

  it('a relative clause set off by commas closes at its comma ("the Vice-Chair, who has not …, sign it")', () => {
    const r = readClause(
      'the Vice-Chair, who has not signed the pavilion hire policy, sign it before the next meeting',
    );
    expect(r.verb).toBe('sign');
  });
});

describe('near-misses: a relative clause that is no subject, or its verb the only one', () => {
  it('a reported past keeps its reading ("Members who had visited the pavilion said it was damp")', () => {
    const r = readClause('Members who had visited the pavilion said it was damp');
    expect(r.verb).not.toBe('said');
    expect(r.form).not.toBe('subjunctive');
  });
  it('a relative clause on an object is not the subject ("the Clerk write to hirers who have not paid")', () => {
    expect(owners('(b) That the Clerk write to pavilion hirers who have not paid the deposit.')).toEqual(['the Clerk']);
  });
  it('a passive after the relative keeps its reading ("trustees who have not done so be asked to …")', () => {
    const r = readClause('trustees who have not done so be asked to complete the pavilion safety course');
    expect(r.passive).toBe(true);
  });
});

describe('"as soon as" opens a subordinate clause: its "is"/"are" is not the main verb', () => {
  it.each([
    [
      '(b) That the Clerk order the pavilion roof panels as soon as the grant is confirmed and report the cost to members.',
      'the Clerk',
    ],
    ['(b) That the Treasurer revise the pavilion budget as soon as the quotes are received.', 'the Treasurer'],
    ['(b) That Cllr Ong book the roofer as soon as the survey is complete.', 'Cllr Ong'],
  ])('%s', (clause, expected) => {
    expect(owners(clause)).toEqual([expected]);
  });

  it('the grammar keeps the verb before "as soon as"', () => {
    const r = readClause('the Treasurer revise the pavilion budget as soon as the quotes are received');
    expect(r.verb).toBe('revise');
    expect(r.subject).toBe('the Treasurer');
  });
});

describe('near-miss: "as" alone is no conjunction of time', () => {
  it('"as soon as" missing, the passive stays the verb ("the budget as revised be approved")', () => {
    const r = readClause('the pavilion budget as revised by the Treasurer be approved');
    expect(r.passive).toBe(true);
  });
});

/** An invented scrutiny committee's minute whose discussion holds one undertaking, then a resolution that notes. */
const discussed = (sentence: string) =>
  [
    'Ambridge Vale District Council',
    'Health Scrutiny Committee',
    'Minutes of the meeting held on 4 March 2026',
    '',
    '21. Community Transport',
    'The Transport Manager introduced the report on the dial-a-ride service and the volunteer car scheme.',
    sentence,
    'RESOLVED - That the report be noted.',
    '',
    '22. Date of Next Meeting',
    'Wednesday 15 April 2026.',
  ].join('\n');

const discussedOwners = (sentence: string) =>
  parseMinutes(discussed(sentence))
    .items.filter((i) => /breakdown|figures|list|rota|send|circulate|share/i.test(i.text))
    .map((i) => i.owner);

describe('reported speech: a post with its holder named beside it in commas is the speaker, by the post', () => {
  it.each([
    [
      'The Transport Manager, Jo Reed, said she would send Members the costings for each route.',
      'The Transport Manager',
    ],
    [
      'The Transport Manager, Mrs Jo Reed, said she would send Members the costings for each route.',
      'The Transport Manager',
    ],
  ])('a post with its holder named beside it in commas is the speaker, by the post: %s', (sentence, owner) => {
    expect(discussedOwners(sentence)).toEqual([owner]);
  });
});

describe('near-misses: the speaker is not the one asking, nor a name in a list', () => {
  it('the member who asked is not the speaker ("In response to Cllr Bell, who said she would …" is not read)', () => {
    const owners = discussedOwners(
      'In response to a question from Cllr Bell, the Transport Manager said the list was long and he would circulate it.',
    );
    expect(owners).not.toContain('Cllr Bell');
  });
});
