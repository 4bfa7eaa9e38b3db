// Round 7, layouts: ways minutes are laid out that no earlier set showed, each tested on
// invented wording in several variants.
import { describe, expect, it } from 'vitest';
import { layout } from '../../src/minutes/layout.js';
import { parseMinutes } from '../../src/minutes/index.js';

/** A wrapped record whose lines reach a column near 90, so the reflow step reads it as a PDF's. */
const wrappedRecord = (rule: string, headings: string[]) =>
  [
    'LOWFIELD DISTRICT COUNCIL EXECUTIVE – RECORD OF DECISIONS TAKEN AT ITS MEETING OF THE BOARD',
    'Meeting held on Wednesday, 4 March 2026 at 2.00 pm in the main committee room at the offices',
    '',
    ...headings.flatMap((h, k) => [
      rule,
      h,
      `The Executive considered the report of the officer on the matter set out in the heading ${k}`,
      'above and the comments made on it by the members present, and made the decision shown below',
      'after a full discussion of the options, of which there were three in the report circulated.',
      '',
    ]),
  ].join('\n');

/** Headings long enough not to pass for a short title line under the column. */
const HEADINGS = [
  'Item 3    CAR PARKING CHARGES AND PERMITS – REVIEW OF TARIFFS 2026/27',
  'Item 4    COMMUNITY GRANTS FOR VILLAGE HALLS AND PLAYING FIELDS 2026-28',
];

describe('a rule across the page between minutes', () => {
  it.each(['-'.repeat(92), '_'.repeat(90), '='.repeat(91), '-'.repeat(40)])(
    'is a separator: the heading under it stays a line of its own (%s)',
    (rule) => {
      const lines = layout(wrappedRecord(rule, [HEADINGS[0], HEADINGS[1]])).split('\n');
      expect(lines).toContain(HEADINGS[0]);
      expect(lines).toContain(HEADINGS[1]);
      expect(lines.some((l) => /^[-_=]{3,}/.test(l))).toBe(false);
    },
  );
});

describe('a decision reference printed under the heading', () => {
  const record = (label: string, refs: string[]) =>
    [
      'Executive – record of decisions, meeting held on 4 March 2026',
      '',
      ...refs.flatMap((ref, k) => [
        `Item ${k + 3}   ${['PARKING CHARGES', 'GRANTS TO VILLAGE HALLS', 'FLEET REPLACEMENT'][k]}`,
        `${label} ${ref}`,
        'Decision',
        'The Executive:',
        '1. Noted the report.',
        `2. Asked the Head of Finance to publish the revised schedule ${['by 31 March 2026', 'within two months', 'before the year end'][k]}.`,
        '',
      ]),
    ].join('\n');

  it.each([
    ['Decision reference:', ['EX/26/031', 'EX/26/032', 'EX/26/033']],
    ['Decision Ref:', ['D2026-14', 'D2026-15', 'D2026-16']],
    ['Decision number:', ['EXE 44/26', 'EXE 45/26', 'EXE 46/26']],
    ['Record of decision no.', ['107', '108', '109']],
  ])('is how the decisions are cited: "%s"', (label, refs) => {
    const items = parseMinutes(record(label, refs)).items;
    expect(items.map((i) => [i.minute, i.ref])).toEqual(refs.map((r) => [r, '2']));
  });

  it('keeps a mark printed beside the reference ("*" for urgent) out of it', () => {
    const items = parseMinutes(record('Decision reference:', ['EX/26/031 *', 'EX/26/032', 'EX/26/033 (urgent)'])).items;
    expect(items.map((i) => i.minute)).toEqual(['EX/26/031', 'EX/26/032', 'EX/26/033']);
  });

  it("does not take a reference cited inside the minute's text for its own", () => {
    const text = [
      'Executive – record of decisions, meeting held on 4 March 2026',
      'Item 3   PARKING CHARGES',
      'Decision',
      'The Executive noted that decision reference EX/25/090 had been implemented, and asked the Head of Finance to publish the schedule.',
      'Item 4   GRANTS',
      'The Executive asked the Clerk to write to each hall.',
    ].join('\n');
    expect(parseMinutes(text).items.map((i) => i.minute)).toEqual(['3', '4']);
  });
});

describe('recommendations and actions with labelled numbers under each minute', () => {
  const minutes = (rLead: string, aLead: string, r: (n: number) => string, a: (n: number) => string) =>
    [
      'Minutes of the Environment Scrutiny Panel held on 9 March 2026',
      '',
      '12. Street cleansing contract',
      'The Head of Neighbourhoods presented the mid-year review. Members asked about litter bins.',
      '',
      rLead,
      `${r(1)}That the Executive be recommended to extend the contract for two years.`,
      `${r(2)}That the Cabinet Member for the Environment write to the contractor about missed`,
      '    collections in rural wards.',
      aLead,
      `${a(1)}Head of Neighbourhoods to circulate the bin emptying figures to members.`,
      '',
      '13. Allotments',
      'Members discussed the waiting lists.',
      '',
      rLead,
      `${r(3)}That the Executive be asked to review allotment rents.`,
      aLead,
      `${a(2)}Scrutiny Officer to add a site visit to the work programme.`,
    ].join('\n');

  it.each([
    ['Recommendations:', 'Actions:', (n: number) => `R${n}  `, (n: number) => `A${n}  `],
    ['Recommendations:', 'Actions:', (n: number) => `R${n}. `, (n: number) => `A${n}. `],
    ['Recommendation:', 'Action points:', (n: number) => `REC${n} `, (n: number) => `AP${n} `],
    ['Agreed recommendations:', 'Agreed actions:', (n: number) => `R ${n}   `, (n: number) => `A ${n}   `],
  ])('cites each entry by its label: %s / %s', (rLead, aLead, r, a) => {
    const items = parseMinutes(minutes(rLead, aLead, r, a)).items;
    const label = (n: string) => n.replace(/\s+/g, '');
    expect(items.map((i) => [i.minute, i.ref])).toEqual([
      ['12', label(r(1).trim().replace(/\.$/, ''))],
      ['12', label(r(2).trim().replace(/\.$/, ''))],
      ['12', label(a(1).trim().replace(/\.$/, ''))],
      ['13', label(r(3).trim().replace(/\.$/, ''))],
      ['13', label(a(2).trim().replace(/\.$/, ''))],
    ]);
    expect(items[0]).toMatchObject({ category: 'recommendation', owner: 'the Executive' });
    expect(items[2].owner).toBe('Head of Neighbourhoods');
    expect(items[1].text).toMatch(/rural wards/);
  });

  it('leaves entries alone that do not count on by one (a table of codes, not a list of decisions)', () => {
    const text = [
      'Minutes of the Environment Scrutiny Panel held on 9 March 2026',
      '12. Street cleansing contract',
      'Actions:',
      'B7  Bins emptied late on the estate',
      'C2  Fly-tipping reported at the lay-by',
    ].join('\n');
    expect(parseMinutes(text).items.filter((i) => /^[BC]\d/.test(i.ref ?? ''))).toEqual([]);
  });
});

describe('an action tag set at the right margin', () => {
  it.each([
    ['To write to the bus operator about the timetable.', 'Action: Clerk', 'Clerk'],
    ['To write to the bus operator about the timetable.', 'ACTION: RFO', 'RFO'],
    ['To write to the bus operator about the timetable.', 'Action – Cllr Vance', 'Cllr Vance'],
    ['To write to the bus operator about the timetable.', 'Action: Cllr Vance, Clerk', 'Cllr Vance'],
  ])('after a run of spaces at the end of the line stands as a line of its own: %s … %s', (sentence, tag) => {
    const lines = layout(`Resolved:\n${sentence}${' '.repeat(24)}${tag}\n`).split('\n');
    expect(lines).toContain(sentence);
    expect(lines).toContain(tag);
  });

  it.each([
    ['Action: Clerk', 'Clerk'],
    ['Action: Cllr Vance', 'Cllr Vance'],
  ])('names who acts on the resolution it ends (%s)', (tag, owner) => {
    const text = [
      'Minutes of the Parish Council meeting held on 6 January 2025',
      '25/012  TRANSPORT',
      'Resolved:',
      `To write to the bus operator about the evening timetable.${' '.repeat(30)}${tag}`,
    ].join('\n');
    expect(parseMinutes(text).items[0]).toMatchObject({ minute: '25/012', owner });
  });

  it('leaves a run of spaces inside a table row alone', () => {
    const row = 'Bus shelter repair        Clerk        Open';
    expect(layout(row)).toBe(row);
  });
});

describe('a resolution inside a lettered sub-item of a minute', () => {
  const minute = (resolvedLine: (letter: string) => string[]) =>
    [
      'Minutes of the Parish Council meeting held on 6 January 2025',
      '25/014  FINANCE',
      '(a) Bank reconciliation to 31st December.',
      ...resolvedLine('a'),
      'To approve the reconciliation.',
      '(b) Grass cutting contract. Two quotes had been received.',
      ...resolvedLine('b'),
      'To accept the lower quote and to ask the Clerk to tell both contractors.',
      '(c) Noticeboard. The glass is cracked.',
    ].join('\n');

  it.each([[(_: string) => ['Resolved:']], [(_: string) => ['RESOLVED:']], [(_: string) => ['It was resolved:']]])(
    "is cited by the sub-item's letter when another sub-item follows it",
    (resolved) => {
      const items = parseMinutes(minute(resolved)).items;
      expect(items.map((i) => [i.minute, i.ref])).toEqual([['25/014', '(b)']]);
    },
  );

  it('leaves a resolution after the last sub-item to the whole minute', () => {
    const text = [
      'Minutes of the Parish Council meeting held on 6 January 2025',
      '25/015  CORRESPONDENCE',
      '(a) A letter about the bus shelter.',
      '(b) A letter about the war memorial.',
      'Resolved:',
      'To ask the Clerk to reply to both writers.',
    ].join('\n');
    expect(parseMinutes(text).items.map((i) => [i.minute, i.ref])).toEqual([['25/015', null]]);
  });
});

describe('an action tag under a paragraph that records a decision and then an errand', () => {
  it.each([
    ['ACTION: Company Secretary', 'Company Secretary'],
    ['Action: Head of Estates', 'Head of Estates'],
  ])('tags the errand that ends the paragraph, not the decision before it (%s)', (tag, owner) => {
    const text = [
      'Minutes of the Trust Board held on 4 December 2025',
      'TB 25/120  Risk register',
      `The Director reported on the register. The Board APPROVED the revised scores. The ${owner} to arrange a workshop before the end of March 2026.${' '.repeat(12)}${tag}`,
    ].join('\n');
    const items = parseMinutes(text).items;
    expect(items.map((i) => i.owner)).toEqual([owner]);
    expect(items[0].text).toMatch(/workshop/);
  });
});

describe('an Action / Lead column run into the text of the minutes', () => {
  const pad = (text: string, cell: string, gap = 3) => `${text.padEnd(66 - gap)}${' '.repeat(gap)}${cell}`;
  const doc = (head: string, cells: [string, string, number][]) =>
    [
      'JOINT TRANSPORT BOARD – MINUTES OF THE MEETING HELD ON 3 MARCH 2026',
      '',
      `Minute   Item${' '.repeat(48)}${head}`,
      '',
      'TB/26/04 BUS SHELTERS',
      '         Officers reported on the condition of the shelters.',
      ...cells.map(([text, cell, gap]) => (cell ? pad(`         ${text}`, cell, gap) : `         ${text}`)),
      '',
    ].join('\n');

  it.each([
    ['Action / Lead', 'HT', 6],
    ['Action', 'Head of Transport', 4],
    ['Lead', 'HT', 1],
    ['Owner', 'HT / RB', 3],
  ])('sets the cell under the sentence it stands in, as an Action line (%s: %s)', (head, cell, gap) => {
    const lines = layout(
      doc(head, [
        ['The Board agreed that the shelters on the ring road be', cell as string, gap as number],
        ['replaced before the winter.', '', 0],
      ]),
    ).split('\n');
    const at = lines.findIndex((l) => /replaced before the winter\.$/.test(l));
    expect(lines[at]).toMatch(/^The Board agreed that the shelters on the ring road be replaced before the winter\.$/);
    expect(lines[at + 1]).toBe(`Action: ${cell}`);
  });

  it("gives the minute's item its owner from the column", () => {
    const items = parseMinutes(
      doc('Action / Lead', [
        ['The Board agreed that the shelters on the ring road be', 'HT', 5],
        ['replaced before the winter.', '', 0],
      ]),
    ).items;
    expect(items.map((i) => [i.minute, i.owner])).toEqual([['TB/26/04', 'HT']]);
  });

  it('leaves text alone where no head names such a column', () => {
    const text = 'Minute   Item\n\nTB/26/04 BUS SHELTERS\n         The Board agreed to replace the shelters.     HT';
    expect(layout(text)).not.toContain('Action:');
  });
});

describe('a date broken from the preposition before it', () => {
  it.each(['from', 'on', 'by', 'until'])('is one sentence: "… %s" over "1 July 2026 …"', (prep) => {
    const lines = layout(`That the new rota start ${prep}\n1 July 2026; and that the Clerk tell the volunteers.`).split(
      '\n',
    );
    expect(lines).toEqual([`That the new rota start ${prep} 1 July 2026; and that the Clerk tell the volunteers.`]);
  });
});

describe('an action log printed as blocks, one per action', () => {
  const doc = (rows: string[]) =>
    [
      'Minutes of the Estates Committee held on 14 January 2026',
      '',
      'EC 26/03  Car park resurfacing',
      'The Committee agreed the works. KB to write to the tenants within 14 days.',
      '                                                             ACTION: KB',
      '',
      'ESTATES COMMITTEE – ACTION LOG',
      '',
      ...rows,
    ].join('\n');
  const row = (ref: string, minute: string, action: string, status: string, gap = '      ') =>
    [
      `${ref}   Raised: 12 Nov 2025   Minute: ${minute}`,
      `         Action: ${action}`,
      '         Lead: KB          Due: Feb 2026',
      `         Update: Progress noted.${gap}${status}`,
      '',
    ].join('\n');

  it.each([
    ['CLOSED 14/01/26', '      '],
    ['CLOSED', ' '],
    ['Complete', '        '],
    ['Done', '     '],
  ])('makes nothing of a closed row (%s)', (status, gap) => {
    const items = parseMinutes(doc([row('EL-21', 'EC 25/40', 'Order new signs for the depot', status, gap)])).items;
    expect(items.map((i) => i.text).join(' ')).not.toMatch(/signs/);
  });

  it("makes nothing of a new row that repeats one of this meeting's minutes", () => {
    const items = parseMinutes(doc([row('EL-30', 'EC 26/03', 'Write to the tenants about the works', 'NEW')])).items;
    expect(items.map((i) => [i.minute, i.owner])).toEqual([['EC 26/03', 'KB']]);
  });

  it('still reads a row left open, as before', () => {
    const items = parseMinutes(doc([row('EL-22', 'EC 25/41', 'Order new signs for the depot', 'OPEN')])).items;
    expect(items.length).toBeGreaterThan(1);
    expect(items.map((i) => i.text).join(' ')).toMatch(/signs|EL-22/);
  });
});
