// The clause grammar: the predicate's verb, its form and voice, its subject, and the clause a
// verb introduces — read the same whatever the wording.
import { describe, expect, it } from 'vitest';
import { readClause } from '../../src/minutes/grammar.js';
import { innermost } from '../../src/minutes/innermost.js';

const shape = (text: string, verbFirst = false) => {
  const r = readClause(text, verbFirst);
  return { form: r.form, verb: r.verb, passive: r.passive, subject: r.subject };
};

describe('the form of a decision', () => {
  it.each([
    ['That the scheme be approved.', { form: 'subjunctive', verb: 'approved', passive: true, subject: 'the scheme' }],
    ['to approve the scheme', { form: 'infinitive', verb: 'approve', passive: false, subject: null }],
    ['Approve the scheme.', { form: 'imperative', verb: 'Approve', passive: false, subject: null }],
    ['APPROVED the scheme.', { form: 'finite', verb: 'APPROVED', passive: false, subject: null }],
    ['Approved.', { form: 'participle', verb: 'Approved', passive: true, subject: null }],
    ['The scheme was approved.', { form: 'past', verb: 'approved', passive: true, subject: 'The scheme' }],
    ['The scheme will be approved in May.', { form: 'modal', verb: 'approved', passive: true, subject: 'The scheme' }],
    ['Quotes requested for the repair.', { form: 'participle', verb: 'requested', passive: true, subject: 'Quotes' }],
  ])('%s', (text, expected) => {
    expect(shape(text)).toEqual(expected);
  });

  it('reads a verb-first clause under a stem that leads to a verb ("That Cabinet:", "RESOLVED to:")', () => {
    expect(shape('approves the draft for consultation', true)).toMatchObject({ form: 'finite', verb: 'approves' });
    expect(shape('considered the report', true)).toMatchObject({ form: 'past', verb: 'considered' });
  });
});

describe('the subject of an instruction, in the ways minutes write it', () => {
  it.each([
    ['Clerk to order the bins.', 'Clerk', 'order'],
    ['The Parks Officer to order the bins.', 'The Parks Officer', 'order'],
    ['Cllr Varga will order the bins.', 'Cllr Varga', 'order'],
    ['That officers order the bins.', 'officers', 'order'],
    ['That the Estates Team orders the bins.', 'the Estates Team', 'orders'],
    ['KT to order the bins.', 'KT', 'order'],
    ['The Board also asked for the bins to be ordered.', 'The Board', 'asked'],
  ])('%s → %s %s', (text, subject, verb) => {
    const r = readClause(text);
    expect([r.subject, r.verb]).toEqual([subject, verb]);
  });

  it('does not take an adjective, a possessive or a month for a subject or a modal', () => {
    expect(readClause('Further reports would be brought to the Panel.').subject).toBe('Further reports');
    expect(readClause("the Board's meeting in June includes a report").verb).not.toBe('meeting');
    expect(readClause('The Board DEFERRED the matter to the May 2026 session.').verb).toBe('DEFERRED');
  });

  it('reads no verb in a phrase that opens with a preposition or a pronoun', () => {
    expect(readClause('As a correct record.').form).toBe('none');
    expect(readClause('With the amendments above.').form).toBe('none');
    expect(readClause('Approve the amendments above.').form).toBe('imperative');
  });

  it('reads "had to" as a past need, not an instruction', () => {
    expect(readClause('A further £2m of savings had still to be found.').form).toBe('past');
    expect(readClause('The hedge needs to be cut back.').form).toBe('infinitive');
  });

  it('keeps a bracket after the subject with the subject', () => {
    const r = readClause('That the Assistant Director (Education and Inclusion) circulate the assessment to Members.');
    expect([r.subject, r.verb]).toEqual(['the Assistant Director (Education and Inclusion)', 'circulate']);
  });

  it('skips a relative clause to find the main predicate', () => {
    expect(readClause('the request which was made in March be refused').verb).toBe('refused');
    expect(readClause('the consultee who was named in the report be invited to the next meeting').verb).toBe('invited');
  });

  it('reads "No …" as a denial', () => {
    expect(readClause('No changes would be made without consultation.').negated).toBe(true);
    expect(readClause('The changes would not be made.').negated).toBe(true);
  });
});

describe('what a verb introduces, and whom it asks', () => {
  it.each([
    ['That the Highways Manager be requested to review the routes.', 'the Highways Manager', 'review'],
    ['to ask the Treasurer to write to the bank', 'the Treasurer', 'write'],
    ['REQUESTED that the Town Clerk write to the bank', 'the Town Clerk', 'write'],
    ['AUTHORISED the Director, in consultation with the Chair, to sign the lease', 'the Director', 'sign'],
    ['DELEGATED AUTHORITY to the Head of Parks to agree the terms', 'the Head of Parks', 'agree'],
    ['that authority be delegated to the Working Group to respond', 'the Working Group', 'respond'],
    ['Mrs Ojo undertook to send the figures.', 'Mrs Ojo', 'send'],
  ])('%s → %s, to %s', (text, asked, verb) => {
    const { clause, asked: who } = innermost(readClause(text));
    expect([who, clause.verb]).toEqual([asked, verb]);
  });

  it('follows "agreed that", "agreed to" and "agreed for … to" to the decision itself', () => {
    expect(innermost(readClause('The Panel AGREED that the Clerk would write to the school.')).clause).toMatchObject({
      verb: 'write',
      subject: 'the Clerk',
    });
    expect(innermost(readClause('AGREED TO DEFER the decision.')).clause.verb).toBe('DEFER');
    expect(innermost(readClause('AGREED for the review to go to Cabinet in May.')).clause).toMatchObject({
      verb: 'go',
      subject: 'the review',
    });
    expect(innermost(readClause('AGREED the report be noted.')).clause.verb).toBe('noted');
  });
});

describe('"That," with a phrase set off by commas before the subject', () => {
  it('reads the subject after the phrase', () => {
    const reading = readClause('That, following the survey, the Clerk write to the landowner about the hedge');
    expect([reading.subject, reading.verb]).toEqual(['the Clerk', 'write']);
  });
});
