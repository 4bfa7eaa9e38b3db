// Round 40, lead-ins: a numbered minute titled "Report of …" whose first paragraph tells who put the report to the
// meeting ("Councillor X introduced …", "The Executive Member …, Councillor Y, presented …") is the minute's own record,
// not the report printed: its discussion is read as any minute's. A report printed under such a title (its own
// sections, its own present tense) is still passed over. Invented wording throughout.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';

const minutes = (title: string, body: string[]) =>
  [
    'ASHFORD VALE DISTRICT COUNCIL',
    'Minutes of the Overview Committee held on Tuesday 9 February 2027 at 7.00 pm',
    '',
    'Present: Councillors P Ames (Chair), R Bell, S Crane, T Dale',
    '',
    '13.  Minutes of the last meeting',
    'Resolved: That the minutes of the meeting held on 12 January 2027 be approved.',
    '',
    title,
    ...body,
    'Resolved:',
    'That the report be noted.',
    '',
    '15.  Date of next meeting',
    'The next meeting will be held on 9 March 2027.',
  ].join('\n');

const found = (text: string) =>
  parseMinutes(text).items.map((i) => ({ minute: i.minute, owner: i.owner, text: i.text }));

const undertaking =
  'Members asked about the cost of new surfacing. The Parks Manager agreed to obtain quotes for resurfacing the Mill Lane play area.';

describe('a numbered "Report of …" minute whose first paragraph tells who presented it is read as a minute', () => {
  it.each([
    [
      'the presenter on the line under the title',
      '14.  Report of the Play Areas Working Group',
      ['Councillor Bell presented the findings of the group. ' + undertaking],
    ],
    [
      'a presenter with an apposition, after a blank line',
      '14.  REPORT OF THE PLAY AREAS WORKING GROUP',
      ['', 'Councillor Bell, who chaired the working group, introduced its final report.', undertaking],
    ],
    [
      'a post as the presenter',
      '14.  Report of the Head of Leisure',
      ['The Cabinet Member for Leisure and Parks gave an update on the play areas review.', undertaking],
    ],
  ])('%s', (_name, title, body) => {
    expect(found(minutes(title, body))).toContainEqual(
      expect.objectContaining({ minute: '14', owner: 'The Parks Manager' }),
    );
  });
});

describe('near-misses: what is not a presenter is left as it was', () => {
  it('a report printed under the title, in its own present tense, gives no item', () => {
    const text = minutes('14.  Report of the Head of Leisure', [
      'The Parks Manager will obtain quotes for resurfacing the Mill Lane play area.',
      'It is recommended that the Committee notes the review.',
    ]);
    expect(found(text).filter((i) => i.minute === '14')).toEqual([]);
  });

  it('a report whose section headings follow the title gives no item from them', () => {
    const text = minutes('14.  Report of the Head of Leisure', [
      'Purpose of report',
      'The Parks Manager agreed to obtain quotes for resurfacing the Mill Lane play area.',
      '',
    ]);
    expect(found(text).filter((i) => i.text.includes('quotes'))).toEqual([]);
  });

  it('a presenter in a later paragraph of a printed report does not reopen the record', () => {
    const text = minutes('14.  Report of the Head of Leisure', [
      'The review covers eleven play areas across the district.',
      'Councillor Bell presented the findings to the working group last year. ' + undertaking,
    ]);
    expect(found(text).filter((i) => i.text.includes('quotes'))).toEqual([]);
  });
});
