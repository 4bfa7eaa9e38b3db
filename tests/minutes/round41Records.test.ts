// Round 41, action records: a log or table of actions read as the clerk printed it. A table head with a bracket after it
// ("Lead (agency)") is the column its words name; a sentence whose errand names no matter of its own ("KM to send before
// the next meeting.") takes the words of its log row, and the row's own number where the log prints one beside the item.
// Invented minutes throughout, with near-misses that must not change.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';

/** An invented partnership board's notes, its closing table of new actions given as `table`. */
const boardNotes = (table: string[]) =>
  parseMinutes(
    [
      'Thornbury Vale Community Safety Partnership',
      'Meeting held: 19 November 2026, 10:00-12:00, Civic Centre, Thornbury',
      '',
      'Present: Insp Kath Rowe (Chair), Dan Ellery (Fire), Priya Nandra (Council), Tom Agyei (Housing)',
      '',
      '1. Minutes and actions',
      '   The minutes of 17 September 2026 were agreed.',
      '',
      '2. Antisocial behaviour in the town centre',
      '   Insp Rowe reported a fall in reports since the summer. The partnership agreed that the',
      '   dispersal order should be reviewed before it lapses.',
      '',
      '3. Home fire safety visits',
      '   Dan Ellery said referrals from housing officers had dropped.',
      '',
      'Next meeting: 21 January 2027',
      '',
      ...table,
    ].join('\n'),
  ).items.filter((i) => i.source === 'action-table' || /dispersal|referral/i.test(i.text));

describe('a table head with a bracket after it is the column its words name', () => {
  it.each([
    [
      'space-aligned, "Lead (agency)"',
      [
        'NEW ACTIONS',
        ' Ref   Item  Action                                        Lead (agency)         Due',
        ' T31   2     Review the dispersal order before it lapses   K Rowe (Police)       14/01/27',
        ' T32   3     Remind housing officers about referrals       T Agyei (Housing)     Next mtg',
      ],
    ],
    [
      'tab-separated, "Owner (initials)"',
      [
        'NEW ACTIONS',
        'Ref\tAction\tOwner (initials)\tDue',
        'T31\tReview the dispersal order before it lapses\tK Rowe (Police)\t14/01/27',
        'T32\tRemind housing officers about referrals\tT Agyei (Housing)\tNext meeting',
      ],
    ],
    [
      'bars, "Due (dd/mm/yy)"',
      [
        'NEW ACTIONS',
        '| Ref | Action | Lead | Due (dd/mm/yy) |',
        '| T31 | Review the dispersal order before it lapses | K Rowe (Police) | 14/01/27 |',
        '| T32 | Remind housing officers about referrals | T Agyei (Housing) | 21/01/27 |',
      ],
    ],
  ])('%s', (_, table) => {
    const items = boardNotes(table);
    const dispersal = items.find((i) => /dispersal order/i.test(i.text));
    const referrals = items.find((i) => /referrals/i.test(i.text) && i.source === 'action-table');
    expect(dispersal?.owner).toBe('K Rowe (Police)');
    expect(dispersal?.due).toEqual({ kind: 'date', date: '2027-01-14' });
    expect(referrals?.owner).toBe('T Agyei (Housing)');
  });

  it('a table whose bracketed heads name no action column is no action table', () => {
    const items = boardNotes([
      'FUNDED SCHEMES',
      ' Scheme (ward)                 Cost (£)     Lead',
      ' Street lighting (Abbey)       12,400       Council',
      ' Youth outreach (Northfield)   8,000        Housing',
    ]);
    expect(items.filter((i) => i.source === 'action-table')).toEqual([]);
  });
});

/** An invented trust's board minutes: prose items 1–4, then its log of new actions (`log`). */
const trustMinutes = (prose: string[], log: string[]) =>
  parseMinutes(
    [
      'Greyfriars Allotment Trust',
      'Minutes of the Board of Trustees',
      'Tuesday 17 November 2026, 7.00pm, The Old Forge, Greyfriars',
      '',
      'Trustees present: Nell Varga (Chair) NV, Joe Pelham (Treasurer) JP, Asha Reid AR',
      'In attendance: Kit Marsh, Site Manager (KM)',
      '',
      '1. Welcome and apologies',
      'NV welcomed everyone. No apologies.',
      '',
      '2. Site report',
      ...prose,
      '',
      '3. Finance',
      'JP presented the accounts to 31 October. Agreed: the 2027 budget to be circulated by JP by',
      '8 January.',
      '',
      '4. Date of next meeting',
      'Tuesday 16 February 2027, 7.00pm.',
      '',
      ...log,
    ].join('\n'),
  ).items;

describe('a sentence whose errand names no matter takes the words of its log row', () => {
  it.each([
    [
      'tab-separated, "to send before"',
      [
        'KM reported that water use was up on last year. Trustees asked for the figures by plot.',
        'KM to send before the next meeting.',
      ],
      [
        'ACTION LOG (new actions)',
        'No.\tItem\tAction\tWho\tBy when',
        '26/12\t2\tWater use by plot to trustees\tKM\tNext meeting',
        '26/13\t3\tCirculate 2027 budget\tJP\t8 Jan 2027',
      ],
      /Water use by plot/,
    ],
    [
      'bars, "to arrange"',
      ['The hedge on the north boundary needs cutting before the nesting season.', 'AR to arrange.'],
      [
        '| No. | Item | Action | Who | By when |',
        '| 26/12 | 2 | Hedge cutting on north boundary | AR | Feb 2027 |',
        '| 26/13 | 3 | Circulate 2027 budget | JP | 8 Jan 2027 |',
      ],
      /Hedge cutting/,
    ],
  ])('%s', (_, prose, log, words) => {
    const items = trustMinutes(prose, log);
    const errand = items.find((i) => words.test(i.text));
    expect(errand).toBeDefined();
    // (one item: the row and the sentence are one errand, cited by the row's own number, the only record of what it is)
    expect(items.filter((i) => i.minute === '2' || words.test(i.text))).toHaveLength(1);
    expect(errand?.minute).toBe('26/12');
    expect(items.every((i) => i.logNumber === undefined)).toBe(true);
  });

  it('a sentence that names its own matter keeps its words', () => {
    const items = trustMinutes(
      [
        'KM reported that water use was up on last year.',
        'KM to send the water figures by plot before the next meeting.',
      ],
      [
        'ACTION LOG (new actions)',
        'No.\tItem\tAction\tWho\tBy when',
        '26/12\t2\tWater use by plot to trustees\tKM\tNext meeting',
      ],
    );
    const errand = items.find((i) => /water figures by plot/.test(i.text));
    expect(errand?.text).not.toMatch(/Water use by plot to trustees/);
  });
});
