import { describe, expect, it } from 'vitest';
import { normalise } from '../../src/minutes/normalise.js';
import { isReportSection, segment, titleLike } from '../../src/minutes/segment.js';

const numbers = (text: string) => segment(normalise(text).split('\n')).map((m) => m.number);

describe('segment', () => {
  it('finds "17. Title" minutes and the text under each', () => {
    const minutes = segment(normalise('17. Allotments.\nThe Panel discussed waiting lists.\n18. Any other business.\nNone.').split('\n'));
    expect(minutes.map((m) => [m.number, m.title])).toEqual([['17', 'Allotments.'], ['18', 'Any other business.']]);
    expect(minutes[0].lines).toContain('The Panel discussed waiting lists.');
  });

  it('reads the numbering styles councils print', () => {
    expect(numbers('25/08 Apologies\nNone.\n26/08 Finance\nNoted.')).toEqual(['25/08', '26/08']);
    expect(numbers('117 (18) Planning\nx.\n118 (18) Highways\ny.')).toEqual(['117 (18)', '118 (18)']);
    expect(numbers('C146/1112 Apologies\nx.\nC147/1112 Declarations\ny.')).toEqual(['C146/1112', 'C147/1112']);
    expect(numbers('53.\n\nNHS Transformation\n\nMinutes:\n\nx.')).toEqual(['53']);
    expect(numbers('## 4. Parking\nx.')).toEqual(['4']);
  });

  it('reads year-first numbers, and numbers after "Minute", "Min.", "Item" or in brackets', () => {
    expect(numbers('26/101 Apologies\nNone.\n26/102 Allotments\nx.\n26/103 Finance\ny.')).toEqual(['26/101', '26/102', '26/103']);
    expect(numbers('Minute 41 Street Lighting\nx.\nMinute 42 Parking Review\ny.')).toEqual(['41', '42']);
    expect(numbers('Min. 7 Bus Shelters\nx.\nMin. 8 Grit Bins\ny.')).toEqual(['7', '8']);
    expect(numbers('Item 3 Village Green\nx.\nItem 4 Christmas Lights\ny.')).toEqual(['3', '4']);
    expect(numbers('(3) Village Green\nx.\n(4) Christmas Lights\ny.')).toEqual(['3', '4']);
  });

  it('reads board numbers with letters, year and number', () => {
    expect(numbers('QB/26/14 Welcome\nx.\nQB/26/15 Estates Strategy\ny.')).toEqual(['QB/26/14', 'QB/26/15']);
  });

  it('ignores numbered lists that do not rise with the minutes', () => {
    const text = 'PRESENT\n14. Cllr A Jones   Chair of the Board\n1 WELCOME AND APOLOGIES\nx.\n2 DECLARATIONS OF INTEREST\ny.\n3 MINUTES OF THE LAST MEETING\nz.';
    expect(numbers(text)).toEqual([null, '1', '2', '3']);
  });

  it('does not take a resolution or a sentence for a heading', () => {
    expect(titleLike('That the report be noted.')).toBe(false);
    expect(titleLike('The Panel AGREED the budget')).toBe(false);
    expect(titleLike('The Clerk will write to the owners.')).toBe(false);
    expect(titleLike('Minutes of the previous meeting.')).toBe(true);
    expect(titleLike('DATE OF NEXT MEETING')).toBe(true);
  });

  it('sets a report’s own sections apart, until the record of the decision resumes', () => {
    const minutes = segment(normalise('4. Parking\n1. Purpose of the report\nTo ask members to comment.\n2. Recommendations\n(a) notes the survey;\nMinutes:\nRESOLVED: That the survey be noted.').split('\n'));
    expect(minutes.map((m) => [m.number, m.title])).toEqual([['4', 'Parking'], [null, 'Purpose of the report'], [null, 'Recommendations'], ['4', 'Parking']]);
    expect(isReportSection('Financial implications')).toBe(true);
    expect(isReportSection('Consultation on the Local Plan')).toBe(false);
  });

  it('keeps a one-line record of a numbered item with its minute', () => {
    const minutes = segment(normalise('1. Apologies: none.\n2. Footpath 12 is blocked by a fallen tree near the stile. Clerk to report it. JB').split('\n'));
    expect(minutes[1]).toMatchObject({ number: '2' });
    expect(minutes[1].lines.join(' ')).toContain('Clerk to report it');
  });
});

describe('ModernGov agenda-and-minutes pages', () => {
  it('keeps a paper\'s size line and its appendices inside the item', () => {
    const minutes = segment(normalise('35.\tLibrary review\nPDF 512 KB\nPurpose of report\nTo set out the results.\nAdditional documents:\nAppendix A - consultation summary, item 35   PDF 890 KB\nMinutes:\nRESOLVED that the report be noted.').split('\n'));
    expect(minutes.filter((m) => m.lines.some((l) => /RESOLVED/.test(l))).map((m) => m.number)).toEqual(['35']);
  });
});

it('reads a board\'s minute numbers with a lettered prefix and a space: "ICB 26/05"', () => {
  const minutes = segment(normalise('ICB 26/04  Chief Executive\'s report\nThe Board NOTED the report.\n\nICB 26/05  Finance report\nThe Board NOTED the position.').split('\n'));
  expect(minutes.map((m) => m.number)).toEqual(['ICB 26/04', 'ICB 26/05']);
});

it('reads minute numbers such as "LR/45"', () => {
  expect(segment(normalise('LR/45  HACKNEY CARRIAGE FARES\nDECISION: That the fares be approved.').split('\n')).map((m) => m.number)).toEqual(['LR/45']);
});

it('keeps a markdown table whole, its rows opening and closing with bars', () => {
  const minutes = segment(normalise('5. Actions\n| Action | Lead | Deadline |\n| --- | --- | --- |\n| Circulate the register | Company Secretary | 20 February 2026 |').split('\n'));
  expect(minutes).toHaveLength(1);
});
