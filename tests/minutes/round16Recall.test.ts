// Round 16, recall: forms of writing the importer missed on fresh 39–42.
// Invented wording throughout, several layouts a rule, and near-misses that must not fire.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';

describe('the one the attendance list puts "in the Chair" speaks for the body under the title it gives them', () => {
  const record = (present: string, sentence: string) =>
    parseMinutes(
      `Dunmere Borough Council\n\nRECORD OF DECISIONS - EXECUTIVE\n\nDate of meeting: Tuesday 12 January 2027\n\n${present}\n\nEX 11  Parks Budget\nThe Head of Parks presented the report.\n${sentence}\nDECISION:\n1. The parks budget was approved.\n2. Authority was delegated to the Head of Parks to let the cafe lease.\n\nEX 12  Depot\nDECISION:\n1. The depot report was noted.\n`,
    ).items.filter((i) => i.ref === null);

  it.each([
    [
      'the Leader chairing a cabinet',
      'Present: Councillor Ann Lowe (Leader, in the Chair); Councillors Bo Tan and Ed Fry',
      'The Leader asked the Head of Parks to hold a briefing for ward members before the consultation opens.',
    ],
    [
      'the Mayor chairing a town council, the chair in small letters',
      'Present: Cllr Ann Lowe (Mayor - in the chair), Cllr Bo Tan, Cllr Ed Fry',
      'The Mayor asked the Town Clerk to write to the bus company about the timetable.',
    ],
    [
      'a title of several words',
      'Members present: Ann Lowe (Executive Member for Finance, in the Chair), Bo Tan, Ed Fry',
      'The Executive Member for Finance asked officers to publish the savings list.',
    ],
  ])('%s', (_name, present, sentence) => {
    expect(record(present, sentence)).toHaveLength(1);
  });

  it.each([
    [
      'the same title, but not the one in the chair',
      'Present: Councillor Ann Lowe (Leader); Councillor Bo Tan (in the Chair)',
      'The Leader asked the Head of Parks to hold a briefing for ward members.',
    ],
    [
      'the chair asking a question, not asking someone to act',
      'Present: Councillor Ann Lowe (Leader, in the Chair); Councillors Bo Tan and Ed Fry',
      'The Leader asked whether the Head of Parks could hold a briefing.',
    ],
  ])('near-miss, nothing from the discussion: %s', (_name, present, sentence) => {
    expect(record(present, sentence)).toHaveLength(0);
  });
});

describe('"before X opens on <date>": a deadline told as the day something begins, as "closes on" already was', () => {
  const due = (sentence: string) =>
    parseMinutes(
      `MINUTES of the meeting of the Pellingford Community Committee held on 9 February 2027\n\nPresent: Councillors Amadi (Chair), Brocklesby, Trew\n\n8.  PLAY STRATEGY\nRESOLVED: That ${sentence}\n\n9.  CLOSE\nThe meeting closed at 8 pm.\n`,
    ).items[0]?.due;
  it.each([
    ['the Parks Manager arrange a briefing for ward members before the consultation opens on 2 March 2027.'],
    ['officers publish the map before the scheme starts on 2 March 2027.'],
    ['the Clerk arrange a drop-in session for residents before the exhibition opens on 2 March 2027.'],
  ])('%s', (sentence) => {
    expect(due(sentence)).toEqual({ kind: 'date', date: '2027-03-02' });
  });
  it('near-miss: a date the thing opened, not a deadline', () => {
    expect(
      due('the Parks Manager report on the play area, which opened on 2 February 2027, at the next meeting.'),
    ).not.toEqual({
      kind: 'date',
      date: '2027-02-02',
    });
  });
});

describe('"The Committee nevertheless asked that …": a connective adverb between the body and its request', () => {
  const found = (sentence: string) =>
    parseMinutes(
      `MINUTES of the meeting of the Pellingford Community Committee held on 9 February 2027\n\nPresent: Councillors Amadi (Chair), Brocklesby, Trew\n\n8.  PLAY STRATEGY\nThe Parks Manager presented the report.\n${sentence}\nRESOLVED: That the report be noted.\n\n9.  CLOSE\nThe meeting closed at 8 pm.\n`,
    ).items;
  it.each([
    ['The Committee nevertheless asked that the Parks Manager send members the repair costs.', 'the Parks Manager'],
    ['The Committee however asked that the play area be reopened before Easter.', null],
    ['Members therefore requested that the Parks Manager write to the school.', 'the Parks Manager'],
  ])('%s', (sentence, owner) => {
    expect(found(sentence).map((i) => i.owner)).toEqual([owner]);
  });
  it('near-miss: a question, not a request', () => {
    expect(found('The Committee nevertheless asked whether the costs were known.')).toHaveLength(0);
  });
});
