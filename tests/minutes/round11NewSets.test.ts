// Issue 11, round 11: references and recall on the newest sets, as rules of the heading grammar and of how
// minutes are laid out. Invented bodies, people and wording throughout.
import { describe, expect, it } from 'vitest';
import { headingOf } from '../../src/minutes/headingLine.js';
import { parseMinutes } from '../../src/minutes/index.js';

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
