// The transformations of the metamorphic eval (scripts/lib/relayout.ts), on invented minutes:
// each does the one thing a real copy does, and nothing to the words.
import { describe, expect, it } from 'vitest';
import {
  RELAYOUTS,
  blankLinesAdded,
  blankLinesRemoved,
  clauseStyle,
  curlyPunctuation,
  hardWrap,
  joinedParagraphs,
  keywordCase,
  keywordDropped,
  keywordMark,
  minuteWord,
  nonBreakingSpaces,
  numberStyle,
  pageBreaks,
  straightPunctuation,
  tabsAfterMarkers,
  windowsLineEndings,
} from '../../scripts/lib/relayout.js';
import { keptLabels, minuteNumbers } from '../../scripts/lib/relayout-score.js';

const MINUTES = [
  'Minutes of the Parks Committee',
  '',
  '12. Allotment Waiting List',
  'The Committee discussed the length of the waiting list and the cost of new plots on the',
  'old depot site, and the Clerk\'s "best estimate" - about forty plots.',
  'RESOLVED:',
  '(a) That the report be noted;',
  '(b) That the Clerk obtain quotes for fencing the depot site.',
  '',
  '13. Date of Next Meeting',
  'RESOLVED – That the next meeting be held on 4 March 2026.',
].join('\n');

const words = (text: string) => text.replace(/[\s\u00a0]+/g, ' ').trim();

describe('relayout transformations', () => {
  it('are deterministic and each has a distinct name', () => {
    for (const r of RELAYOUTS) expect(r.apply(MINUTES), r.name).toBe(r.apply(MINUTES));
    expect(new Set(RELAYOUTS.map((r) => r.name)).size).toBe(RELAYOUTS.length);
  });

  it('change only spacing, line breaks and line endings where that is all they claim', () => {
    for (const f of [windowsLineEndings, nonBreakingSpaces, tabsAfterMarkers, blankLinesAdded, blankLinesRemoved])
      expect(words(f(MINUTES))).toBe(words(MINUTES));
    expect(words(hardWrap(MINUTES, 30))).toBe(words(MINUTES));
    expect(words(joinedParagraphs(MINUTES))).toBe(words(MINUTES));
  });

  it('end lines with CRLF, and put &nbsp; after markers, in names and on empty lines', () => {
    expect(windowsLineEndings('a\nb')).toBe('a\r\nb');
    expect(nonBreakingSpaces('(a) That Parks Committee\n\nx')).toBe(
      '(a)\u00a0That\u00a0Parks\u00a0Committee\n\u00a0\nx',
    );
  });

  it('put a tab after a number and spaces after a letter', () => {
    expect(tabsAfterMarkers('12. Allotments\n(b) That')).toBe('12.\tAllotments\n(b)   That');
  });

  it('swap straight and curly quotes and dashes both ways', () => {
    expect(curlyPunctuation(`the Clerk's "estimate" - forty`)).toBe(
      'the Clerk\u2019s \u201cestimate\u201d \u2013 forty',
    );
    expect(straightPunctuation('the Clerk\u2019s \u201cestimate\u201d \u2013 forty')).toBe(
      `the Clerk's "estimate" - forty`,
    );
  });

  it('wrap long lines at spaces no wider than the column', () => {
    const wrapped = hardWrap(MINUTES, 30).split('\n');
    expect(wrapped.every((l) => l.length <= 30)).toBe(true);
    expect(wrapped.length).toBeGreaterThan(MINUTES.split('\n').length);
  });

  it('join each paragraph onto one line, keeping blank lines, headings and new blocks apart', () => {
    const wrapped = 'The Committee discussed the waiting list for allotments at length and\nthe cost of new plots.';
    expect(joinedParagraphs(`${wrapped}\n\n${wrapped}`)).toBe(
      `${wrapped.replace('\n', ' ')}\n\n${wrapped.replace('\n', ' ')}`,
    );
    // a heading, a new clause, a keyword and a table's row each stay a line of their own
    const blocks =
      'Allotment Waiting List\nThe Committee discussed it.\n(a) That the list be noted and\nRESOLVED that x\nPlot\t12';
    expect(joinedParagraphs(blocks)).toBe(blocks);
    expect(blankLinesAdded('a\nb\n\nc')).toBe('a\n\nb\n\nc');
    expect(blankLinesRemoved('a\n\n \nb')).toBe('a\nb');
  });

  it('insert a page footer and the running header at every page break', () => {
    const text = Array.from({ length: 6 }, (_, i) => `Line number ${i + 1}`).join('\n');
    expect(pageBreaks(text, 3).split('\n')).toEqual([
      'Line number 1',
      'Line number 2',
      'Line number 3',
      'Page 1 of 2',
      '',
      'Line number 1',
      'Line number 4',
      'Line number 5',
      'Line number 6',
    ]);
  });

  it("restyle a line's opening number, but not a decimal paragraph or a figure in the text", () => {
    const paren = numberStyle((n) => `(${n})`);
    expect(paren('12. Allotments\n12.1 Background\n45.\nCost 12. Fine')).toBe(
      '(12) Allotments\n12.1 Background\n(45)\nCost 12. Fine',
    );
    expect(numberStyle((n) => n)('12. Allotments')).toBe('12 Allotments');
  });

  it('write "Minute N" for the minutes\' own headings only, as the labels number them', () => {
    const text =
      '1. Cllr A Smith\n2. Cllr B Jones\n11. Apologies\n12. Allotments\n1. That the report be noted.\n13.\nCost';
    expect(minuteWord(text, ['12', '13', '12'])).toBe(
      '1. Cllr A Smith\n2. Cllr B Jones\nMinute 11 Apologies\nMinute 12 Allotments\n1. That the report be noted.\nMinute 13\nCost',
    );
    expect(minuteWord(text)).toBe(text);
    // nor a table's numbered rows
    expect(minuteWord('1.\tCllr A Smith\tChair\n2.\tCllr B Jones\tMember', ['1', '2'])).toBe(
      '1.\tCllr A Smith\tChair\n2.\tCllr B Jones\tMember',
    );
    // clauses numbered as the labels cite them are not headings
    expect(minuteWord('AGREED:\n1.\nThat the report be noted.\n2. To add it.', ['1', '2'])).toBe(
      'AGREED:\n1.\nThat the report be noted.\n2. To add it.',
    );
  });

  it("take the minute numbers from the labels' references", () => {
    const item = { kind: 'action', owner: null, due: { type: 'none' }, summary: 'x' };
    const refs = ['17', '17(b)', '9/2', '6.2', '291/19', 'C146/1112', null];
    const expected = { meetingDate: null, nextMeetings: [], items: refs.map((ref) => ({ ...item, ref })) };
    // ("291/19" reads as minute 291 too: a number that heads no "291." line changes nothing)
    expect(minuteNumbers(expected)).toEqual(['17', '17', '9', '291']);
  });

  it("restyle a clause's letter or numeral", () => {
    expect(clauseStyle((l) => `${l}.`)('(a) That\nb) That\n(iv) to')).toBe('a. That\nb. That\niv. to');
    expect(clauseStyle(() => '\u2022')('(a) That')).toBe('\u2022 That');
  });

  it('change the case and the mark of a decision keyword, or lose it', () => {
    expect(keywordCase('RESOLVED:\nResolved that\nThe Board AGREED that')).toBe(
      'Resolved:\nRESOLVED that\nThe Board agreed that',
    );
    expect(keywordMark('RESOLVED:\nAgreed – That')).toBe('RESOLVED \u2013\nAgreed: That');
    expect(keywordDropped(MINUTES)).not.toMatch(/RESOLVED/);
    expect(keywordDropped('RESOLVED – that the next meeting be held')).toBe('That the next meeting be held');
    expect(keywordDropped('It was RESOLVED that x')).toBe('It was RESOLVED that x');
  });

  it('score without the clause references that bullets lose', () => {
    const bullets = RELAYOUTS.find((r) => r.name === 'clauses-bullets')!;
    const item = { kind: 'action', owner: null, due: { type: 'none' }, summary: 'x' };
    const expected = {
      meetingDate: null,
      nextMeetings: [],
      items: [
        { ...item, ref: '12(b)' },
        { ...item, ref: '13' },
      ],
    };
    expect(keptLabels(expected, bullets).items.map((i) => i.ref)).toEqual([null, '13']);
    expect(keptLabels(expected, RELAYOUTS[0])).toBe(expected);
  });
});
