// Round 29, action records: a log that numbers its actions in a series of its own and prints beside each row the
// minute that raised it ("Ref | Meeting | Minute | Action | …") files a row raised here under that minute, merged with
// the minute's own sentence, whose kind it takes. Invented minutes, several layouts, with near-misses that must not
// change.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';

const items = (text: string) => parseMinutes(text).items;

/** Invented minutes of a water quality committee, with its log laid out by `row` (cells in order). */
const committee = (row: (cells: string[]) => string, rows: string[][]) =>
  [
    'Lowmoor Water Quality Committee',
    'Minutes of the meeting held on Tuesday 9 March 2027',
    '',
    'WQ 27/11\tMinutes of the previous meeting',
    'The minutes of 12 January 2027 were approved as a correct record.',
    '',
    'WQ 27/12\tBathing water sampling',
    'The Lead Scientist presented the sampling results. The committee asked the Lead Scientist to publish the',
    'sampling results for each beach on the website.',
    '',
    'WQ 27/13\tSeptic tank survey',
    'The committee agreed that the Survey Officer write to the owners of the unregistered septic tanks.',
    '',
    'WQ 27/14\tDate of next meeting',
    'Tuesday 11 May 2027.',
    '',
    'ACTION LOG',
    row(['Ref', 'Meeting', 'Minute', 'Action', 'Owner', 'Due', 'Status']),
    ...rows.map(row),
    '',
  ].join('\n');

const NEW_ROWS = [
  ['31/4', '09/03/27', 'WQ 27/12', 'Publish sampling results by beach on website', 'LS', '30/04/27', 'New'],
  ['31/5', '09/03/27', 'WQ 27/13', 'Write to owners of unregistered septic tanks', 'SO', '31/03/27', 'New'],
];

describe('a log that prints the minute that raised each row beside its own number', () => {
  it.each([
    ['tabs', (cells: string[]) => cells.join('\t')],
    ['bars', (cells: string[]) => `| ${cells.join(' | ')} |`],
    ['wide spaces', (cells: string[]) => cells.map((c) => c.padEnd(48)).join('   ')],
  ])('%s: a row raised here is filed under its minute, one item with the minute sentence', (_name, row) => {
    const found = items(committee(row, NEW_ROWS));
    const publish = found.filter((i) => /publish/i.test(i.text));
    const write = found.filter((i) => /septic/i.test(i.text));
    expect(publish).toHaveLength(1);
    expect(write).toHaveLength(1);
    expect(publish[0].minute).toBe('WQ 27/12');
    expect(write[0].minute).toBe('WQ 27/13');
    expect(found.some((i) => i.minute === '31/4' || i.minute === '31/5')).toBe(false);
  });

  it("the minute's sentence says what kind of task the row's shorthand is", () => {
    const text = committee(
      (cells) => cells.join('\t'),
      [['31/6', '09/03/27', 'WQ 27/13', 'Septic tank findings', 'SO', 'May-27', 'New']],
    ).replace(
      'The committee agreed that the Survey Officer write to the owners of the unregistered septic tanks.',
      'The committee asked for a report on the septic tank findings at the May meeting.',
    );
    const septic = items(text).filter((i) => /septic/i.test(i.text));
    expect(septic).toHaveLength(1);
    expect(septic[0]).toMatchObject({ minute: 'WQ 27/13', category: 'work-programme', owner: 'SO' });
  });

  it('"Minute ref" or "Min." heads the column as well as "Minute"', () => {
    for (const head of ['Minute ref', 'Min.']) {
      const text = committee((cells) => cells.join('\t'), NEW_ROWS).replace(
        'Ref\tMeeting\tMinute\t',
        `Ref\tMeeting\t${head}\t`,
      );
      const found = items(text);
      expect(found.filter((i) => /septic/i.test(i.text)).map((i) => i.minute)).toEqual(['WQ 27/13']);
    }
  });

  it('near-miss: a row raised at an earlier meeting keeps the log number it carries on', () => {
    const found = items(
      committee(
        (cells) => cells.join('\t'),
        [['29/8', '12/01/27', 'WQ 27/04', 'Replace the sampling boat engine', 'FM', '30/06/27', 'Open - now June']],
      ),
    );
    const engine = found.filter((i) => /engine/i.test(i.text));
    expect(engine.every((i) => i.minute !== 'WQ 27/04')).toBe(true);
  });

  it('near-miss: a tracker sent on its own, with no minutes, keeps each row under its own number', () => {
    const text = [
      'From: Clerk',
      'Subject: action tracker as at 9 March 2027',
      '',
      'Ref\tRaised\tMinute\tAction\tOwner\tDue\tStatus',
      'B-14\t09/03/2027\tHW27/31\tRepaint the footbridge railings\tWorks Officer\tMay-27\tNew',
      'B-15\t09/03/2027\tHW27/32\tOrder grit for the car park\tClerk\tApr-27\tNew',
      '',
    ].join('\n');
    const found = items(text);
    expect(found.find((i) => /railings/i.test(i.text))?.minute).toBe('B-14');
    expect(found.find((i) => /grit/i.test(i.text))?.minute).toBe('B-15');
  });
});
