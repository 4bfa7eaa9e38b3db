// Labelling convention settled across our sets: approving or agreeing a draft "for consultation" is noted — approving is
// a noting verb — while an instruction to someone to run, publish or respond to a consultation stays an action
// (docs/minutes-parser.md, "Labelling conventions settled"). Invented drafts and wording, several forms a rule.
import { describe, expect, it } from 'vitest';
import { ownBodyOf } from '../../src/minutes/bodies.js';
import { classify } from '../../src/minutes/classify.js';

const own = ownBodyOf(['Minutes of the Cabinet of Brackwater Borough Council held on 17 November 2027']);
const kind = (text: string) => classify(text, own).category;

describe('a draft approved for consultation is noted', () => {
  it.each([
    // the passive past, with the term of the consultation after it
    'The draft cemetery fees and the two charging models set out in Annex 2 were approved for public consultation, to run from 6 December 2027 until 24 January 2028.',
    'The draft allotments policy was approved for consultation, to close on 14 January 2028.',
    'The draft waste strategy was approved for public consultation.',
    // the subjunctive
    'That the draft Markets Policy be approved for public consultation for eight weeks, from 29 November 2027 until 24 January 2028.',
    'the draft play strategy, as amended this evening, be approved for public consultation;',
    // the infinitive of a decision list
    'To approve the savings proposals in Appendix C for public consultation, beginning on 22 November 2027.',
    'To approve the draft tenancy policy for consultation with tenants.',
    // agreed as the basis of one
    'That the draft budget for 2028/29 be agreed for consultation with residents and businesses.',
  ])('%s', (text) => {
    expect(kind(text)).toBe('noted');
  });
});

describe('an instruction to run, publish or respond to a consultation stays an action', () => {
  it.each([
    'That the Head of Planning run a six-week consultation on the draft design code.',
    'That officers consult residents on the scheme, to run from 1 May to 30 June.',
    'That the Director of Housing publish the draft strategy for consultation by 3 December 2027.',
    "That the Clerk respond to the County Council's consultation on bus routes by 10 December 2027.",
  ])('%s', (text) => {
    expect(kind(text)).not.toBe('noted');
  });
});
