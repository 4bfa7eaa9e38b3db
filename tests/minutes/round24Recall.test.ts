// Round 24, recall: forms of writing the importer missed on the odd-numbered sets. Invented wording throughout,
// several layouts a rule, and near-misses that must not fire.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';
import { headingCells } from '../../src/minutes/headingCells.js';
import { decisionForm } from '../../src/minutes/unheadedBlocks.js';

const T = '\t';
const table = (head: string, rows: string[]) =>
  parseMinutes(
    [
      'BRAMBLEFORD PARISH COUNCIL',
      'Amenities Committee',
      '',
      'Minutes of the meeting held on Monday 8 March 2027 at 7pm in the Pavilion',
      '',
      'Present: Cllr A Pike (Chair), Cllr B Rudd, Cllr C Osei',
      '',
      head,
      ...rows,
      '',
      'The meeting closed at 8.40pm.',
    ].join('\n'),
  );

describe('minutes kept in a Word table, its cells parted by tabs, each row a minute under a reference of any shape', () => {
  const rows = (n: (k: number) => string) => [
    `${n(1)}${T}Apologies${T}Apologies were received from Cllr Dunn.${T}`,
    `${n(2)}${T}Play area${T}The Clerk reported on the inspection of the swings.${T}`,
    `${T}${T}RESOLVED that the Clerk order a new seat for the cradle swing.${T}Clerk`,
    `${n(3)}${T}Footpaths${T}Members discussed the stile at Long Acre.${T}`,
    `${T}${T}Cllr Rudd to ask the landowner to repair the stile.${T}BR`,
    `${n(4)}${T}Payments${T}The schedule of payments was approved.${T}`,
  ];
  it.each([
    ['letters and a slash', 'Minute\tItem\tDiscussion / Resolution\tAction', (k: number) => `A/${k + 20}`],
    ['letters and a point', 'Minute\tItem\tDiscussion and resolution\tAction', (k: number) => `AM.${k + 20}`],
    ['a year and a number', 'Ref\tTitle\tResolution\tAction', (k: number) => `27/${k + 130}`],
    ['a plain number', 'No.\tItem\tDiscussion and decision\tAction', (k: number) => `${k + 7}`],
  ])('%s', (_name, head, n) => {
    const items = table(head, rows(n)).items;
    expect(items.map((i) => i.minute)).toEqual([n(2), n(3)]);
    expect(items[0].owner).toMatch(/Clerk/);
    expect(items[1].owner).toMatch(/^(?:BR|Cllr Rudd)$/);
  });
});

describe('near-misses: what a table of minutes is not', () => {
  it('an action log (no record column) is left as it is', () => {
    const lines = ['Ref\tAction\tOwner\tDue', 'A/3\tReplace the notice board\tClerk\tMay'];
    expect(headingCells(lines)).toEqual(lines);
  });
  it('a first cell that is a sentence, not a number and a title, is not a heading', () => {
    const lines = ['Minute\tItem\tDiscussion and resolution\tAction', 'The Chair welcomed everyone.\tx\ty'];
    expect(headingCells(lines)).toEqual(lines);
  });
  it('a reference in running text is not a row', () => {
    const lines = ['Minute\tItem\tResolution\tAction', 'See F/12 above for the earlier decision on the hedge.'];
    expect(headingCells(lines)).toEqual(lines);
  });
});

const minute = (body: string, next = 'None.') =>
  parseMinutes(
    `Harrowgate Mental Health Partnership\nMinutes of the Patient Safety Committee held on Tuesday 6 April 2027\n\nPresent: Dr Lena Moss (Chair), Tom Quayle, Priya Nair\n\nPS 27/20  Work plan\n${body}\n\nPS 27/21  Any other business\n${next}\n`,
  );

describe('an entry of a list of what was received, "Sender: the thing, to be …", is not a decision', () => {
  it.each([
    'Water company: notice of the new standing charge, to be applied from 1 May.',
    'County Council: the winter gritting routes, to be published next week.',
  ])('%s', (text) => expect(decisionForm(text)).toBe('neither'));
  it.each(['The Clerk to write to the water company.', 'To ask the county council to publish the gritting routes.'])(
    'still a decision: %s',
    (text) => expect(decisionForm(text)).toBe('decision'),
  );
  it('a lettered list of correspondence in minutes that record by resolution gives no item', () => {
    const items = minute(
      'Correspondence\n(a) Water company: notice of the new standing charge, to be applied from 1 May.\n(b) Bowls club: thanks for the grant.\n(c) Police: the spring newsletter.\nRESOLVED to note the correspondence.',
    ).items;
    expect(items).toHaveLength(0);
  });
});

describe('"and" before a question word joins a second indirect question to the verb, not a second instruction', () => {
  const notes = (body: string) =>
    parseMinutes(
      `Minutes of the Pavilion Committee held on Monday 7 December 2026\n\n3. Roof\nThe roof leaked again.\n${body}\n\n4. Any other business\nNone.\n`,
    ).items;
  it.each([
    ['"whether … and what …"', 'Agreed:\n- RT to check whether the roof is insured and what the policy would pay.'],
    ['"how … and when …", prose', 'RT to find out how much a new roof costs and when the contractor could start.'],
    ['"if … and which …"', 'Agreed:\n- RT to ask the insurer if the claim stands and which loss adjuster will visit.'],
  ])('%s', (_name, body) => {
    const items = notes(body);
    expect(items).toHaveLength(1);
    expect(items[0].owner).toBe('RT');
  });
  it('a second subject with a modal after "and" is still a second clause', () => {
    expect(notes('RT to check the gutters and the treasurer would pay the invoice.').length).toBeGreaterThanOrEqual(1);
  });
});

describe('an undertaking by a bare title that the resolution gives the fuller title is one matter', () => {
  it('the Actuary undertook … ; RESOLVED that the Fund Actuary report on it', () => {
    const items = parseMinutes(
      `Minutes of the Pension Committee held on 2 March 2027\n\nMinute 12/27 Valuation\nAnn Lee, the Scheme Actuary, presented the interim valuation. The Actuary undertook to look at the exit terms for leaving employers.\n\nRESOLVED - that\n(a) the update be noted;\n(b) the Scheme Actuary report to the Committee in June 2027 on the exit terms for leaving employers.\n\nMinute 13/27 Any other business\nNone.\n`,
    ).items;
    expect(items).toHaveLength(1);
    expect(items[0].source).toBe('resolution');
  });
  it('another person named with a title of their own stays two items', () => {
    const items = parseMinutes(
      `Minutes of the Pension Committee held on 2 March 2027\n\nMinute 12/27 Valuation\nThe Actuary undertook to look at the exit terms for leaving employers.\n\nRESOLVED - that\n(a) the update be noted;\n(b) the Head of Pensions report to the Committee in June 2027 on the exit terms for leaving employers.\n\nMinute 13/27 Any other business\nNone.\n`,
    ).items;
    expect(items).toHaveLength(2);
  });
});
