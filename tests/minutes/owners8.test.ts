// Round 8, owners: initials in an "Action by" column and the owners of informal notes — each rule
// tested on invented wording, several ways a rule, never in a sentence of the labelled files.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';
import { HOUSING_PANEL_MASTHEAD, housingPanelItems } from './helpers/housingPanel.js';

const itemsOf = housingPanelItems;

describe('initials in an "Action by" column own the clause they stand beside', () => {
  const page = (lines: string[]) =>
    [
      'Item 2  Void properties',
      'The TSM presented the quarterly figures on empty council homes.',
      ...lines,
      '',
      'Item 3  Any other business',
      'None.',
      '',
      'Key to action initials: AH Ann Hale; BL Ben Lowe; TS Tom Sykes (TSM); HO Hana Okoro (HHO)',
    ].join('\n');

  it.each([
    'Cllr Lowe asked about the backlog at Mill Court. The TSM agreed to write to the contractor about it.   TS',
    'Cllr Lowe asked about the backlog. The TSM said she would write to the contractor about the Mill Court voids.   TS',
    'Asked about Mill Court, the TSM undertook to write to the contractor about the backlog.   TS',
  ])('%s → one item, owned by the initials', (line) => {
    const items = itemsOf(page([line]));
    expect(items).toHaveLength(1);
    expect(items[0].owners).toEqual(['TS']);
  });

  it.each([
    ['The TSM agreed to write to the contractor about the Mill Court voids.   TS / HO', ['TS', 'HO']],
    ['The TSM agreed to write to the contractor about the Mill Court voids.   TS, HO', ['TS', 'HO']],
  ])('a list of initials (%s) is joint owners', (line, owners) => {
    expect(itemsOf(page([line])).map((i) => i.owners)).toEqual([owners]);
  });

  it.each([
    ['b) delegated approval of the repairs contract to the Chair and the Vice-Chair;   AH / BL', ['AH', 'BL']],
    ['b) asked the TSM to bring the void figures by estate to the March meeting.   TS', ['TS']],
  ])('beside a lettered clause of the body’s decision (%s)', (clause, owners) => {
    const items = itemsOf(page(['The Panel:', 'a) noted the figures;', clause]));
    expect(items.map((i) => i.owners)).toEqual([owners]);
  });

  it('a line closed by its initials ends its paragraph: the next line is not the errand’s', () => {
    const items = itemsOf(
      page([
        'The TSM agreed to write to the contractor about the Mill Court voids.   TS',
        'The HHO will continue to chair the voids working group, which reports to the Panel each year.',
      ]),
    );
    expect(items).toHaveLength(1);
    expect(items[0].text).not.toMatch(/working group/);
  });

  it('a decision sentence with its initials is one item, not read again as discussion', () => {
    const items = itemsOf(
      page(['The Panel noted the report and asked the TSM to bring the void figures to its next meeting.   TS']),
    );
    expect(items).toHaveLength(1);
    expect(items[0].owners).toEqual(['TS']);
  });

  it('the key to the initials is no item', () => {
    expect(parseMinutes(`${HOUSING_PANEL_MASTHEAD}${page(['The figures were noted.'])}\n`).items).toEqual([]);
  });
});

describe('a review of earlier actions: a line with initials that gives an action a new due carries it on', () => {
  it.each([
    'All actions were complete except 14/26 (garage licences), which the HHO said would be finished by the end of March.   HO',
    'Action 14/26 (garage licences) is outstanding; the HHO now expects to complete it by 31 March 2027.   HO',
  ])('%s → one item for the initials, with its new due', (line) => {
    const items = itemsOf(
      ['Item 2  Minutes of the last meeting and action log', 'The minutes were agreed.', line].join('\n'),
    );
    expect(items).toHaveLength(1);
    expect(items[0].owners).toEqual(['HO']);
    expect(items[0].due?.kind).toBe('date');
  });

  it('a line that only reports progress adds nothing', () => {
    const items = itemsOf(
      [
        'Item 2  Minutes of the last meeting and action log',
        'The minutes were agreed.',
        'Action 14/26 (garage licences): the survey is under way.   HO',
      ].join('\n'),
    );
    expect(items).toEqual([]);
  });
});

describe('informal notes: first names, "we agreed", "X is going to …"', () => {
  const notes = (body: string) =>
    parseMinutes(
      [
        'RIVERSIDE TENANTS’ YOUTH PANEL',
        'Notes of meeting – Monday 12 January 2026, 6–7.30pm, Community Room',
        '',
        'Here tonight: Kofi (Chair), Dana, Imran (Westside School), Lucy, Rhys',
        'Adults: Sue Park (youth worker)',
        '',
        '1. Welcome',
        'Kofi welcomed everyone.',
        '',
        '2. Park lighting',
        body,
        '',
        '3. Next time',
        'Monday 9th February, same place.',
      ].join('\n'),
    ).items.filter((i) => i.minute === '2');

  it.each([
    'Dana will find out which paths have no lights.',
    'Dana is going to find out which paths have no lights.',
    'Dana will find out which paths have no lights – maybe a walkabout one evening?',
  ])('a first name from the list of who came owns the errand: %s', (line) => {
    const items = notes(line);
    expect(items).toHaveLength(1);
    expect(items[0].owner).toBe('Dana');
  });

  it.each(['Imran will put the photos on the group chat.', 'Imran is going to put the photos on the group chat.'])(
    'an aside in brackets after a first name is not part of the owner: %s',
    (line) => {
      expect(notes(line).map((i) => i.owner)).toEqual(['Imran']);
    },
  );

  it.each([
    'We agreed to write to the council about the broken lamps. Lucy will draft the letter by 30th Jan.',
    'We decided to write to the council about the broken lamps. Lucy will draft the letter by 30th Jan.',
    'We all agreed to write to the council about the broken lamps. Lucy is going to draft the letter by 30th Jan.',
  ])('"we agreed" is the body’s decision, and the one named to do the thing agreed carries it out: %s', (line) => {
    const items = notes(line);
    expect(items).toHaveLength(1);
    expect(items[0].owner).toBe('Lucy');
    expect(items[0].due).toEqual({ kind: 'date', date: '2026-01-30' });
  });

  it.each([
    'Sue is going to ask Cllr Obi if she can come to our February meeting.',
    'Sue will ask Cllr Obi whether he could come to our February meeting.',
    'Sue will ask Cllr Obi to come to our February meeting.',
  ])('asking someone whether they can come is inviting them: %s', (line) => {
    const items = notes(line);
    expect(items).toHaveLength(1);
    expect(items[0].owner).toBe('Sue');
    expect(items[0].type).toBe('work-programme');
  });

  it('a question with its own auxiliary is still a question, not an errand', () => {
    expect(notes('Dana will find out which paths have no lights – can we ask the council for a map?')).toHaveLength(0);
  });
});
