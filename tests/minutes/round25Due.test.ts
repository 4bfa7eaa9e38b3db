// Issue 11, round 25 (dues and types): a report brought back "by" a named month is due at that month's meeting; the
// clauses of a resolution parted by semicolons alone (Word's numbering lost) are decisions of their own; a thing left
// as it stands ("the action remain open") is no item. Invented bodies, people and wording throughout.
import { describe, expect, it } from 'vitest';
import { ownBodyOf } from '../../src/minutes/bodies.js';
import { dueOf } from '../../src/minutes/due.js';
import { parseMinutes } from '../../src/minutes/index.js';
import { semicolonSubjunctives } from '../../src/minutes/secondSubjunctive.js';

const MEETING = '2027-11-09';
const panel = ownBodyOf(['Minutes of the Moorside Estates Panel held on Tuesday 9 November 2027']);
const council = ownBodyOf(['Minutes of the meeting of Brackenford Town Council held on Tuesday 9 November 2027']);
const march = { kind: 'month', month: 'March' };

describe('a report brought back "by" a named month is due at that month\'s meeting', () => {
  it.each([
    ['report back, the year given', 'the Lettings Manager report back to the Panel on the void figures by March 2028'],
    ['the passive', 'the outcome of the review be reported to this Panel by March 2028'],
    ['bring it', 'to ask the Tenants Group to draw up a charter and bring it to the Panel by March'],
    ['no body named', 'officers to report on the options for the garages by March 2028'],
    [
      'a participle after the task',
      'the Treasurer review the banking terms and seek two offers, reporting back by March 2028',
    ],
    [
      'the verb first, its object long',
      'asks the Head of Housing to present the revised allocations scheme and its costs by March 2028',
    ],
    ['"no later than"', 'the Estates Group present its findings to the Panel no later than March 2028'],
    [
      '"not later than", a resolution\'s "That"',
      'That the findings be reported to the Panel not later than March 2028',
    ],
  ])('%s', (_name, sentence) => {
    expect(dueOf(sentence, MEETING, false, { own: panel })).toEqual(march);
  });

  it('a council\'s own "Full Council"', () => {
    expect(
      dueOf('the Green Spaces Group bring a draft tree strategy to Full Council by March 2028', MEETING, false, {
        own: council,
      }),
    ).toEqual(march);
  });

  it.each([
    ['a task, not a report', 'the Lettings Manager to replace the door entry system by March 2028'],
    ['the end of the month is a date', 'the Lettings Manager to report back by the end of March 2028'],
    ['a day of the month is a date', 'the Lettings Manager to report back to the Panel by 31 March 2028'],
    ['a report to another body', 'the Lettings Manager to report to the Audit Committee by March 2028'],
    ['the month in another sentence', 'The Lettings Manager will report back. Works to finish by March 2028'],
  ])('not: %s', (_name, sentence) => {
    expect(dueOf(sentence, MEETING, false, { own: panel })).not.toEqual(march);
  });
});

describe('clauses of a resolution parted by semicolons alone are decisions of their own', () => {
  it.each([
    [
      'no spaces, as lost numbering leaves them',
      'the garden report be noted;the revised lettings policy be approved;the Estates Officer inspect the sheds',
      3,
    ],
    [
      'spaces after the semicolons',
      'the accounts be noted; the Treasurer renew the insurance; the hall hire rates be reviewed by the Clerk',
      3,
    ],
    ['a bare verb first', 'the Warden inspect the allotments; the findings be reported to the Panel', 2],
  ])('%s', (_name, text, parts) => {
    expect(semicolonSubjunctives(text)).toHaveLength(parts);
  });

  it.each([
    [
      'a condition after "and that if"',
      'the Head of Planning complete the agreement; and that if it is not signed within six months, the scheme be refused',
    ],
    [
      'no subject after the semicolon',
      'the report be brought to the meeting on 4 March if ready; otherwise to the following meeting',
    ],
    [
      'a list of topics run on',
      'the work plan be agreed as follows: March - play areas; Lighting review April - budget',
    ],
  ])('not: %s', (_name, text) => {
    expect(semicolonSubjunctives(text)).toHaveLength(1);
  });

  it('each clause of a run-together resolution is proposed', () => {
    const minutes = [
      'Minutes of the Moorside Estates Panel held on Tuesday 9 November 2027',
      '',
      '5. Garages',
      'RESOLVED that:the garages report be noted;the Estates Officer obtain two quotes for new doors;the Lettings Manager be asked to report on the waiting list to the Panel by March 2028.',
    ].join('\n');
    const items = parseMinutes(minutes).items.map((i) => ({ text: i.text, due: i.due }));
    expect(items.some((i) => /obtain two quotes/.test(i.text) && !/waiting list/.test(i.text))).toBe(true);
    expect(items.find((i) => /waiting list/.test(i.text))?.due).toEqual(march);
  });
});

describe('a thing left as it stands is no item', () => {
  const minutes = (clause: string) =>
    [
      'Minutes of the Moorside Estates Panel held on Tuesday 9 November 2027',
      '',
      '6. Action log',
      `RESOLVED that the action log be noted and that ${clause}.`,
    ].join('\n');
  it.each([
    ['remain open', 'the action on the bin stores remain open'],
    ['stay on the log', 'the item on the verges stay on the log'],
    ['remain unchanged', 'the opening hours of the office remain unchanged'],
    ['remain on the plan', 'the review of the fire doors remain on the action plan'],
  ])('%s', (_name, clause) => {
    expect(parseMinutes(minutes(clause)).items.filter((i) => /remain|stay/.test(i.text))).toEqual([]);
  });

  it('not: someone sent to see that it stays open', () => {
    expect(
      parseMinutes(minutes('the Clerk arrange for the hall to remain open')).items.some((i) =>
        /remain open/.test(i.text),
      ),
    ).toBe(true);
  });
});

describe('a meeting named by the short form of its month', () => {
  it.each([
    ['the Jan meeting', 'DK and LM to review the policy and bring it back to the Jan meeting', 'January'],
    ['Sept. with a point', 'Revised rota to the Sept. meeting', 'September'],
    ['Nov and a year', 'PW to present the draft budget at the Nov 2028 meeting', 'November'],
    ['an agenda', 'Item on the lighting survey for the Mar agenda', 'March'],
  ])('%s', (_name, sentence, month) => {
    expect(dueOf(sentence, MEETING, false, { own: panel })).toEqual({ kind: 'month', month });
  });

  it.each([
    ['another word spelt so', 'The Clerk to mar no more of the verge with the mower at the meeting'],
    ['a short month with a day is a date', 'Comments to the Clerk by 3 Dec'],
    ['another body\'s, by "their"', 'PK to ask the town council at their Dec meeting whether it would help'],
  ])("not a month's meeting: %s", (_name, sentence) => {
    expect(dueOf(sentence, MEETING, false, { own: panel })?.kind).not.toBe('month');
  });
});
