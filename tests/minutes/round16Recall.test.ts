// Round 16, recall: forms of writing the importer missed on fresh 39–42.
// Invented wording throughout, several layouts a rule, and near-misses that must not fire.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';

const MASTHEAD =
  'Dunmere Borough Council\n\nRECORD OF DECISIONS - EXECUTIVE BOARD\n\nDate of meeting: Tuesday 12 January 2027\n\nPresent: Councillors Okafor (Chair), Lindqvist, Prentice\n\n';
const parsed = (body: string) => parseMinutes(`${MASTHEAD}${body}\n\nNext meeting: Tuesday 9 February 2027.\n`);

describe('numbered clauses under a decision keyword restart under each minute: they are clauses, not an agenda', () => {
  // Three minutes whose decisions are numbered from 1 again; the first holds three or more clauses one under
  // another, so it looked like an agenda printed above minutes whose numbers come again further down.
  const sheet = (keyword: string, a: string[], b: string[], c: string[]) =>
    [
      `EB 21   Library Opening Hours\n${keyword}\n${a.map((t, k) => `${k + 1}. ${t}`).join('\n')}\nReasons: Demand has changed since 2020.`,
      `EB 22   Allotment Rents\n${keyword}\n${b.map((t, k) => `${k + 1}. ${t}`).join('\n')}\nReasons: Rents were last set in 2019.`,
      `EB 23   Depot Roof\n${keyword}\n${c.map((t, k) => `${k + 1}. ${t}`).join('\n')}\nReasons: The roof leaks.`,
    ].join('\n\n');

  it.each([
    [
      'infinitives under "Decision:"',
      'Decision:',
      [
        'To note the survey of library users.',
        'To ask the Head of Libraries to consult on Sunday opening at Orme Street.',
        'To delegate authority to the Director of Communities to set the new hours.',
      ],
      ['To ask the Parks Manager to write to every tenant about the new rents.'],
      [
        'To approve the repair of the depot roof.',
        'To ask officers to seek three quotes for the work.',
        'To report the cost to the Board in March.',
      ],
    ],
    [
      'subjunctives under "DECISION:"',
      'DECISION:',
      [
        'The survey of library users be noted.',
        'The Head of Libraries be asked to consult on Sunday opening at Orme Street.',
        'Authority be delegated to the Director of Communities to set the new hours.',
      ],
      ['The Parks Manager be asked to write to every tenant about the new rents.'],
      [
        'The repair of the depot roof be approved.',
        'Officers be asked to seek three quotes for the work.',
        'A report on the cost be brought to the Board in March.',
      ],
    ],
    [
      'under "RESOLVED:"',
      'RESOLVED:',
      [
        'That the survey of library users be noted.',
        'That the Head of Libraries consult on Sunday opening at Orme Street.',
        'That the Director of Communities set the new hours.',
      ],
      ['That the Parks Manager write to every tenant about the new rents.'],
      [
        'That the repair of the depot roof be approved.',
        'That officers seek three quotes for the work.',
        'That the cost be reported to the Board in March.',
      ],
    ],
  ])('%s', (_name, keyword, a, b, c) => {
    const p = parsed(sheet(keyword, a, b, c));
    const first = p.items.filter((i) => i.minute === 'EB 21').map((i) => i.ref);
    expect(first).toEqual(['2', '3']);
    expect(p.items.filter((i) => i.minute === 'EB 22')).toHaveLength(1);
    expect(p.items.filter((i) => i.minute === 'EB 23').map((i) => i.ref)).toEqual(['2', '3']);
  });

  it('near-miss: an agenda listed above the minutes is still the agenda, not clauses', () => {
    const p = parsed(
      'Agenda\n1. Apologies\n2. Minutes of the last meeting\n3. Play areas\n\n1.  APOLOGIES\nNone were received.\n\n2.  MINUTES OF THE LAST MEETING\nThe minutes were approved.\n\n3.  PLAY AREAS\nRESOLVED: That the Clerk order new swings for Mill Green.',
    );
    expect(p.items.map((i) => [i.minute, i.type])).toEqual([['3', 'action']]);
  });
});

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
