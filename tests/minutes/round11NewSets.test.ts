// Issue 11, round 11: references and recall on the newest sets, as rules of the heading grammar and of how
// minutes are laid out. Invented bodies, people and wording throughout.
import { describe, expect, it } from 'vitest';
import { headingOf } from '../../src/minutes/headingLine.js';
import { parseMinutes } from '../../src/minutes/index.js';
import { layout } from '../../src/minutes/layout.js';

const refs = (text: string) => parseMinutes(text).items.map((i) => [i.minute, i.ref]);

describe("a committee's letters joined by '&' before its minute numbers", () => {
  it.each([
    ['letters, a space, count and year', 'P&R 14/27  Budget monitoring', 'P&R 14/27'],
    ['letters, a dot, the count', 'H&S.9   Fire risk assessments', 'H&S.9'],
    ['four letters', 'F&GP 3/28 Insurance renewal', 'F&GP 3/28'],
    ['two letters and a dot', 'P&R.21 Grants to groups', 'P&R.21'],
  ])('%s', (_name, line, number) => {
    expect(headingOf(line)?.number).toBe(number);
  });

  it('a run of such headings gives each item its minute', () => {
    const text = [
      'Minutes of the Resources Committee held on 3 March 2027',
      '',
      'R&A 20/27  Apologies',
      'None.',
      '',
      'R&A 21/27  Office lease',
      'RESOLVED: That the Town Clerk negotiate a five-year lease for the ground floor office.',
      '',
      'R&A 22/27  Bank mandate',
      'RESOLVED: That the Finance Officer add two signatories to the bank mandate by 31 March 2027.',
    ].join('\n');
    expect(refs(text)).toEqual([
      ['R&A 21/27', null],
      ['R&A 22/27', null],
    ]);
  });

  it.each([
    ['an ampersand in a sentence', 'Q&A session with residents was held.'],
    ['a company name and a ratio', 'B&Q 24/7 opening was raised by a resident.'],
  ])('near miss: %s is no heading run', (_name, line) => {
    const text = `Minutes of the Resources Committee held on 3 March 2027\n\n1. Apologies\nNone.\n\n2. Matters arising\n${line}\nRESOLVED: That the Clerk write to the store.\n`;
    expect(refs(text)).toEqual([['2', null]]);
  });
});

describe('a log row whose status says it is new was raised at this meeting', () => {
  const minutes = (said: string, table: string) =>
    [
      'Notes of the Brookvale Allotments Liaison Group, 14 April 2027',
      '',
      '1. Water supply',
      `The trough on plot row C leaks again. ${said}`,
      '',
      '2. Dates of next meetings',
      'Wednesday 9 June 2027.',
      '',
      'ACTIONS',
      '',
      table,
    ].join('\n');
  const LOG_HEAD = 'Ref    Action                                 Owner    Due          Status';

  it.each([
    ['the text gives the new number', 'New action W/14.', 'New'],
    ['the number in brackets after "agreed"', 'Agreed (W/14).', 'New'],
    ['the number alone', 'W/14.', 'New action'],
    ['a dash after the status', 'See W/14.', 'New – added today'],
  ])('%s', (_name, said, status) => {
    const table = `${LOG_HEAD}\nW/14   Replace the trough on row C            KB       31/05/2027   ${status}`;
    const items = parseMinutes(minutes(said, table)).items.filter((i) => i.source === 'action-table');
    expect(items.map((i) => [i.minute, i.text, i.owner, i.updates])).toEqual([
      ['W/14', 'Replace the trough on row C', 'KB', undefined],
    ]);
  });

  it.each([
    ['an earlier row the text only reports on', 'W/11: still waiting for the plumber.', 'Open'],
    ['a new date for an old row is no new row', 'W/11: still waiting for the plumber.', 'New date given'],
  ])('near miss: %s stays a carried row', (_name, said, status) => {
    const table = `${LOG_HEAD}\nW/11   Replace the trough on row C            KB       31/05/2027   ${status}`;
    const items = parseMinutes(minutes(said, table)).items.filter((i) => i.source === 'action-table');
    expect(items.every((i) => i.updates === 'W/11')).toBe(true);
  });
});

describe('a list of actions with no heads: who, then what, then when', () => {
  const minutes = (rows: string[]) =>
    [
      'Notes of the Brookvale Allotments Liaison Group, 14 April 2027',
      '',
      '1. Water supply',
      'The trough on plot row C leaks again.',
      '',
      '2. Hedges',
      'The boundary hedge needs cutting before nesting season ends.',
      '',
      'ACTIONS',
      ...rows,
    ].join('\n');
  const tabled = (rows: string[]) =>
    parseMinutes(minutes(rows))
      .items.filter((i) => i.source === 'action-table')
      .map((i) => [i.minute, i.owner, i.text]);

  it.each([
    [
      'numbered, initials first',
      [
        'W/1   KB      Replace the trough on row C                     31/05/2027',
        'W/2   DT      Ask the tenants about a hedge-cutting rota      –',
        'W/3   KB/DT   Price a new water meter for the site            June',
      ],
    ],
    [
      'a dash for no date',
      [
        'W/1   KB      Replace the trough on row C                     —',
        'W/2   DT      Ask the tenants about a hedge-cutting rota      next meeting',
        'W/3   KB/DT   Price a new water meter for the site            –',
      ],
    ],
  ])('%s', (_name, rows) => {
    expect(tabled(rows)).toEqual([
      ['W/1', 'KB', 'Replace the trough on row C'],
      ['W/2', 'DT', 'Ask the tenants about a hedge-cutting rota'],
      ['W/3', 'KB', 'Price a new water meter for the site'],
    ]);
  });

  it('near miss: a subject column before the errand is no owner', () => {
    const rows = [
      'W/1   Water     Replace the trough on row C                     31/05/2027',
      'W/2   Hedges    Ask the tenants about a hedge-cutting rota      June',
      'W/3   Meters    Price a new water meter for the site            July',
    ];
    expect(tabled(rows).every(([, owner]) => owner === null)).toBe(true);
  });
});

describe("a body and a colon over its decisions: 'The Board:' then one verb to a line", () => {
  const HEAD = 'Minutes of the Harrowfield Leisure Trust Board held on 3 March 2027\n\n1. Apologies\nNone.\n\n';
  const items = (minute: string) =>
    parseMinutes(`${HEAD}${minute}\n`).items.map((i) => [i.ref, i.owner, i.text.split(/\s+/).slice(0, 3).join(' ')]);

  it.each([
    [
      'unmarked, verbs in capitals, a paragraph number',
      '2. Pool reopening\n2.1 The manager described the repairs.\n2.2   The Board:\n      NOTED the report;\n      ASKED the Facilities Manager to book the safety inspection before April;\n      REQUESTED the Treasurer to cost the new boiler.',
      [
        ['2.2', 'the Facilities Manager', 'ASKED the Facilities'],
        ['2.2', 'the Treasurer', 'REQUESTED the Treasurer'],
      ],
    ],
    [
      'unmarked, no paragraph number, an AGREED among them',
      '2. Pool reopening\nThe Committee:\nNOTED the report;\nAGREED the revised opening hours;\nASKED the Facilities Manager to book the safety inspection before April.',
      [[null, 'the Facilities Manager', 'ASKED the Facilities']],
    ],
    [
      'a working group, lettered clauses',
      '2. Pool reopening\n2.2 The Steering Group:\n(a) noted the report;\n(b) asked the Facilities Manager to book the safety inspection before April.',
      [['2.2(b)', 'the Facilities Manager', 'Asked the Facilities']],
    ],
    [
      'a task and finish group, numbered clauses',
      '2. Pool reopening\nThe Task and Finish Group:\n1. noted the report;\n2. asked the Facilities Manager to book the safety inspection before April.',
      [['2', 'the Facilities Manager', 'Asked the Facilities']],
    ],
  ])('%s', (_name, minute, expected) => {
    expect(items(minute)).toEqual(expected);
  });

  it('near miss: a group in lower case over a list is people talking, not a body deciding', () => {
    const minute =
      '2. Pool reopening\nThe following points were raised by the user group:\n(a) the changing rooms were cold;\n(b) the lockers were broken.';
    expect(items(minute)).toEqual([]);
  });

  it('near miss: a capitalised verb with no body over it stays a sentence of the discussion', () => {
    const minute =
      '2. Pool reopening\nNOTED that the pool had been closed for six weeks.\nThe manager described the repairs.';
    expect(parseMinutes(`${HEAD}${minute}\n`).items.filter((i) => i.source === 'resolution')).toEqual([]);
  });
});

describe('a minutes table pasted with tabs, its action, owner and date in columns after the record', () => {
  const HEAD = 'Harrowfield Leisure Trust Board – notes, 3 March 2027\n\n';
  const tabled = (table: string[]) =>
    parseMinutes(`${HEAD}${table.join('\n')}\n`).items.map((i) => [i.minute, i.owner, i.text]);

  it.each([
    [
      'heads "Action / Owner / Date", a second action on a line of its own',
      [
        'Item\tDiscussion\tAction\tOwner\tDate',
        '1\tPool reopening',
        'The manager described the repairs.\tBook the safety inspection\tFM\t31/03/2027',
        '\t\tCost the new boiler\tTR\tApril',
        '2\tAny other business',
        'None.\t–\t–\t–',
      ],
    ],
    [
      'heads "Notes / Action / Who / When"',
      [
        'No.\tNotes\tAction\tWho\tWhen',
        '1\tPool reopening',
        'The manager described the repairs.\tBook the safety inspection\tFM\t31/03/2027',
        '\t\tCost the new boiler\tTR\tApril',
        '2\tAny other business',
        'None.\t-\t-\t-',
      ],
    ],
  ])('%s', (_name, table) => {
    expect(tabled(table)).toEqual([
      ['1', 'FM', 'Book the safety inspection'],
      ['1', 'TR', 'Cost the new boiler'],
    ]);
  });

  it('near miss: a table with one "Action by" column after the record keeps its own reading', () => {
    const table = [
      'Minute\tDiscussion\tAction by',
      '1. Pool reopening\tThe manager described the repairs.\t',
      '2. Any other business\tNone.\t',
    ];
    expect(tabled(table)).toEqual([]);
  });
});

describe('an action list set out by spaces: "By" beside a date is by whom, and a reference as wide as its column', () => {
  const table = (rows: string[]) =>
    layout(['ACTIONS ARISING', ...rows].join('\n'))
      .split('\n')
      .slice(1);

  it.each([
    ['"By" and "Target"', 'Minute     Action                            By      Target', 'Target'],
    ['"By" and "Date"', 'Minute     Action                            By      Date', 'Date'],
    ['"By" and "When"', 'Minute     Action                            By      When', 'When'],
  ])('%s', (_name, head, when) => {
    const rows = [
      head,
      'HT.20      Order the new swings              Clerk   31 Mar',
      'HT.21      Write to the allotment tenants    DC      April',
    ];
    expect(table(rows)).toEqual([
      `| Minute | Action | By whom | ${when} |`,
      '| HT.20 | Order the new swings | Clerk | 31 Mar |',
      '| HT.21 | Write to the allotment tenants | DC | April |',
    ]);
  });

  it('a reference filling its column runs into the action with one space', () => {
    const rows = [
      'Minute     Action                            By      Target',
      'HT.20      Order the new swings              Clerk   31 Mar',
      'HT.21(b)xx Write to the allotment tenants    DC      April',
    ];
    expect(table(rows)[2]).toBe('| HT.21(b)xx | Write to the allotment tenants | DC | April |');
  });

  it('near miss: "By" with no other date column is by when', () => {
    const rows = [
      'Action                            Owner   By',
      'Order the new swings              Clerk   31 Mar',
      'Write to the allotment tenants    DC      April',
    ];
    expect(table(rows)[0]).toBe('| Action | Owner | By |');
  });

  it('near miss: a cell running past a column start with no word there stays whole', () => {
    const rows = [
      'Minute     Action                            By      Target',
      'HT.20      Order the new swings              Clerk   31 Mar',
      'HT.21      Write to the allotment tenants and the wardens  DC',
    ];
    expect(table(rows).some((l) => l.includes('| Write to the allotment tenants and the wardens'))).toBe(false);
  });
});
