// Round 7b, precision: ways minutes record things that are not new business — each rule tested in
// invented wording, several variants a rule, never in a sentence of the labelled files.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';
import type { ProposedItem } from '../../src/minutes/types.js';

const MASTHEAD = `MINUTES of the Amenities Committee held on 14 January 2026

Present: Councillor A Hart (Chair), Councillor B Lowe, Councillor C Patel
Officers: Head of Parks (Dana Frost); Democratic Services Officer (Ian Moss)

1. Apologies
Apologies were received from Councillor D Ray.

`;
const itemsOf = (body: string, minute = '2'): ProposedItem[] =>
  parseMinutes(`${MASTHEAD}${body}\n`).items.filter((i) => (i.minute ?? '').startsWith(minute));

describe('a decision printed twice, worded once actively and once passively, gives its items once', () => {
  it.each([
    [
      '2. Sports pitches',
      'Decision:\nThe Committee agreed:\n(a) to award £18,500 from the parks reserve to the pavilion repairs;\n(b) to ask the Head of Parks to tender the drainage works by March; and\n(c) that a review of pitch bookings be reported to the Committee in the autumn.\nMinutes:\nThe Head of Parks introduced the report.\nRESOLVED – That\n(a) £18,500 from the parks reserve be awarded to the pavilion repairs;\n(b) the Head of Parks be asked to tender the drainage works by March; and\n(c) a review of pitch bookings be reported to the Committee in the autumn.',
    ],
    [
      '2. Allotments',
      'Decision:\nThe Committee agreed:\n(1) to delegate authority to the Head of Parks to set the plot rents for 2026/27; and\n(2) to grant the allotment society a licence for the tool store.\nMinutes:\nMembers discussed the waiting list.\nRESOLVED – That\n(1) authority be delegated to the Head of Parks to set the plot rents for 2026/27; and\n(2) the allotment society be granted a licence for the tool store.',
    ],
    [
      '2. Play areas',
      'Decision:\nThe Committee resolved:\n(i) to approve the replacement of the swings at the recreation ground at a cost of £9,200; and\n(ii) to request the Democratic Services Officer to arrange a site visit for Members.\nMinutes:\nRESOLVED – That\n(i) the replacement of the swings at the recreation ground be approved at a cost of £9,200; and\n(ii) the Democratic Services Officer be requested to arrange a site visit for Members.',
    ],
  ])('%s', (heading, body) => {
    const once = itemsOf(`${heading}\n${body.split('\nMinutes:')[0]}\n\n3. Close`);
    const twice = itemsOf(`${heading}\n${body}\n\n3. Close`);
    expect(once.length).toBeGreaterThan(0);
    expect(twice).toHaveLength(once.length);
  });

  it('two different decisions under one minute both stand', () => {
    const items = itemsOf(
      '2. Sports pitches\nDecision:\nThe Committee agreed:\n(a) to award £18,500 from the parks reserve to the pavilion repairs; and\n(b) to ask the Head of Parks to tender the drainage works by March.\nMinutes:\nRESOLVED – That\n(a) the Head of Parks write to the county about the footpath; and\n(b) the Democratic Services Officer book the hall for the consultation in May.\n\n3. Close',
    );
    expect(items.length).toBeGreaterThanOrEqual(3);
  });
});

describe('a line set in capitals is a heading, not an errand', () => {
  it.each([
    '2. Planning applications\nThe Committee considered the application below.\n\nREF 26/0141 – EXTENSION OF GARAGE TO FORM ANNEXE, 4 MILL LANE\n\nRESOLVED – That planning permission be granted.',
    '2. Standing items\nNone.\n\nDELEGATION TO CHAIR AND CLERK\n\n3. Delegation\nRESOLVED – That the Chair has authority to act between meetings.',
    '2. Licensing\nThe report was noted.\n\nVARIATION OF LICENCE TO EXTEND OPENING HOURS, THE OLD FORGE\n\nRESOLVED – That the variation be refused.',
  ])('%s', (body) => {
    const items = parseMinutes(`${MASTHEAD}${body}\n\n4. Close\n`).items;
    expect(items.filter((i) => i.text === i.text.toUpperCase())).toEqual([]);
  });

  it('an errand in ordinary type under the same kind of minute still stands', () => {
    const items = itemsOf(
      '2. Footpaths\nThe Head of Parks to write to the county about the stile by 30 March.\n\n3. Close',
    );
    expect(items).toHaveLength(1);
  });
});

describe("a report's entries in note form that say what has happened are progress, not tasks", () => {
  it.each([
    "2. Clerk's report\na) Grit bin repair invoice paid; £85 refunded by the supplier on 3rd January.\nb) Hedge cutting quotations: one quotation received, two more are awaited.\nc) The new laptop has been delivered.\nd) The Clerk to write to the bus operator about the timetable.",
    "2. Clerk's report\n(a) Village sign restored; volunteers thanked at the December meeting.\n(b) Grant application submitted to the lottery fund, decision still pending.\n(c) The Clerk will order the replacement bench before the end of March.\n(d) Defibrillator pads replaced and the cabinet checked.",
    "2. Officer's update\n1. Play area fence repaired; insurers notified.\n2. Tree survey commissioned, report awaited.\n3. Footpath signage: two signs installed, the third is outstanding.\n4. The Head of Parks to book the contractor for the spring planting.",
  ])('%s', (body) => {
    const items = itemsOf(`${body}\n\n3. Close`);
    const done = items.filter((i) =>
      /\b(?:paid|received|delivered|restored|submitted|replaced|repaired|commissioned|installed)\b/.test(i.text),
    );
    expect(done).toEqual([]);
  });

  it.each([
    '2. Grants\n(a) £500 be awarded to the youth club;\n(b) the Clerk to notify the club of the award; and\n(c) the grant be reported to the next meeting.',
    '2. Grants\n1. That £500 be awarded to the youth club.\n2. That the Clerk notify the club of the award.',
  ])('a list worded as decisions still gives its items: %s', (body) => {
    expect(itemsOf(`${body}\n\n3. Close`).some((i) => /\bnotify\b/.test(i.text))).toBe(true);
  });
});

describe('money allocated at the meeting is a decision taken, as an award is', () => {
  it.each([
    '2. Grants\nRESOLVED – That £3,000 from the general reserve be allocated to the footpath fund.',
    '2. Grants\nThe Committee agreed to allocate £3,000 from the general reserve to the footpath fund.',
    '2. Grants\nRESOLVED – To allocate £12,500 of the capital budget to the play area for 2026/27.',
  ])('%s → noted', (body) => {
    expect(itemsOf(`${body}\n\n3. Close`)).toEqual([]);
  });

  it('an officer asked to allocate something later still has an errand', () => {
    const items = itemsOf(
      '2. Allotments\nRESOLVED – That the Head of Parks allocate the vacant plots by March.\n\n3. Close',
    );
    expect(items).toHaveLength(1);
  });
});

describe('a body meeting on a day, with an adverb before the verb, is a date in its calendar', () => {
  const AGREED = 'The Committee agreed to set up a Play Sub-Committee, and asked each parish to nominate one member.';
  it.each([
    `2. Sub-groups\n${AGREED}\nThe Allotments Sub-Committee will\nnext meet on 12 March 2026.`,
    `2. Sub-groups\n${AGREED} The Youth Sub-Committee will next meet on Thursday 5 February.`,
    `2. Sub-groups\n${AGREED} The Joint Parks Board will next convene on 9 April 2026.`,
  ])('%s', (body) => {
    expect(itemsOf(`${body}\n\n3. Close`).filter((i) => /\bmeet\b/.test(i.text))).toEqual([]);
  });

  it('meeting someone on a day is still an errand', () => {
    const items = itemsOf(
      `2. Footpaths\n${AGREED} The Head of Parks will next meet the landowner on 12 March to agree the route.\n\n3. Close`,
    );
    expect(items.filter((i) => /landowner/.test(i.text))).toHaveLength(1);
  });
});

describe('a term that ends or opens on a day is a date in a calendar, not a task', () => {
  it.each([
    '2. Enforcement\nMembers noted that a notice had been served on 3 May, that no appeal had been made, and that the period for compliance ends on 30 June 2026.',
    '2. Lease\nThe current lease of the pavilion expires on 31 August 2026.',
    '2. Licence\nMembers noted that the licence had been varied and that the period for objections ends on 2 March.',
    '2. Consultation\nThe Committee noted the consultation. The consultation closes on Friday 13 February.',
  ])('%s', (body) => {
    expect(itemsOf(`${body}\n\n3. Close`)).toEqual([]);
  });

  it('an errand about the term in the same sentence still stands', () => {
    const items = itemsOf(
      '2. Lease\nThe lease of the pavilion expires on 31 August; the Clerk will ask the club to renew it before then.\n\n3. Close',
    );
    expect(items).toHaveLength(1);
  });
});

describe('money committed at the meeting is a decision taken', () => {
  it.each([
    '2. Investments\nMembers agreed to commit up to £15m to the regional housing fund, subject to legal advice.',
    '2. Investments\nRESOLVED – That the Committee commit £4.5 million to the renewable energy partnership.',
    '2. Investments\nRESOLVED – That a further £250,000 be committed to the property fund.',
  ])('%s → noted', (body) => {
    expect(itemsOf(`${body}\n\n3. Close`)).toEqual([]);
  });

  it('an officer committed to a task still has an errand', () => {
    const items = itemsOf(
      '2. Investments\nRESOLVED – That the Head of Parks commit to reporting the fund\u2019s returns to the next meeting.\n\n3. Close',
    );
    expect(items).toHaveLength(1);
  });
});

describe('a deferral and the return of the deferred matter are one item', () => {
  it.each([
    '2. Application 26/0141\nRESOLVED – That consideration of the application be deferred to allow a site visit, and that the application be reported back to the April meeting of the Committee.',
    '2. Hall lettings policy\nRESOLVED – That the item be deferred pending legal advice and that the item be brought back to the June meeting.',
    '2. Tree works\nRESOLVED – That the decision be deferred for further information, and that the matter be considered at the May meeting.',
  ])('%s', (body) => {
    const items = itemsOf(`${body}\n\n3. Close`);
    expect(items).toHaveLength(1);
    expect(items[0].category).toBe('deferral');
    expect(items[0].due).not.toBeNull();
  });

  it('a deferral beside a report on another matter gives both', () => {
    const items = itemsOf(
      '2. Tree works\nRESOLVED – That the decision be deferred for further information, and that the Head of Parks bring a report on the play areas to the May meeting.\n\n3. Close',
    );
    expect(items).toHaveLength(2);
  });
});

describe('an entry that refers to another minute of the meeting with "(see …)" repeats it', () => {
  it.each([
    [
      "2. Clerk's report\nRESOLVED – That the bench quotations be brought to the March meeting for a decision.\n\n3. Items for the next agenda\nSpring clean arrangements; bench quotations (see 2).",
      'bench',
    ],
    [
      '2. Play area\nRESOLVED – That a survey of the play area be reported to the next meeting.\n\n3. Items for the next agenda\nThe play area survey (see minute 2); the hall booking policy.',
      'survey',
    ],
  ])('%s', (body, word) => {
    const all = parseMinutes(`${MASTHEAD}${body}\n\n4. Close\n`).items;
    expect(all.filter((i) => new RegExp(word, 'i').test(i.text))).toHaveLength(1);
    expect(all.some((i) => /\b(?:spring|hall)\b/i.test(i.text))).toBe(true);
  });
});
