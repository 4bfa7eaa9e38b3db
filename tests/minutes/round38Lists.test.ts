// Round 38, lists and run-in topics: a list entry headed by its topic and a dash, whose matter — a request for a sum
// written with a thousands comma — was put back ("c) Bowls club – request for £2,400 deferred to …"). The figure's
// comma was read as a mark between words, so the matter's name looked too long to be a subject and the deferral was
// lost, leaving only the errand after the semicolon. Invented wording throughout.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';

const grants = (entry: string) =>
  [
    'Minutes of the Leisure Committee held on 12 January 2027',
    '',
    'LC/27/08  COMMUNITY GRANTS',
    'a) Hill Road Bowls Club – £350 towards new mats. RESOLVED to award.',
    'b) Sea Cadets – £1,100 towards a dinghy. RESOLVED to award £600.',
    entry,
    '',
    'LC/27/09  ALLOTMENTS',
    'The Clerk reported that two plots were vacant.',
  ].join('\n');

const under = (text: string, ref: string) =>
  parseMinutes(text)
    .items.filter((i) => i.ref === ref)
    .map((i) => `${i.category}|${i.owner ?? '-'}|${i.text}`);

describe('a run-in entry whose matter, a sum with a thousands comma, was put back', () => {
  it.each([
    [
      'c) Town Band – request for £2,400 deferred to the next meeting pending a budget; the Clerk to ask the Band for one.',
      'Request for £2,400 deferred to the next meeting',
    ],
    [
      'c) Ridge Scouts – bid for £12,500 deferred to the March meeting.',
      'Bid for £12,500 deferred to the March meeting',
    ],
    [
      'c) Youth Theatre - grant of £3,000 postponed to the next meeting; the Clerk to tell the Theatre.',
      'Grant of £3,000 postponed to the next meeting',
    ],
  ])('%s', (entry, deferral) => {
    const read = under(grants(entry), '(c)');
    expect(read.some((r) => r.startsWith('deferral|-|') && r.includes(deferral))).toBe(true);
  });

  it('keeps the errand after the semicolon as its own item', () => {
    const read = under(
      grants('c) Town Band – request for £2,400 deferred to the next meeting; the Clerk to ask the Band for a budget.'),
      '(c)',
    );
    expect(read.some((r) => r.startsWith('action|the Clerk|'))).toBe(true);
    expect(read.some((r) => r.startsWith('deferral|'))).toBe(true);
  });
});

describe('near-misses that must not change', () => {
  it('reads a sum with no comma as before', () => {
    const read = under(grants('c) Town Band – request for £900 deferred to the next meeting.'), '(c)');
    expect(read.some((r) => r.startsWith('deferral|'))).toBe(true);
  });

  it('does not take a list of figures with spaced commas for one figure', () => {
    // ("the figures for 2, 3 and 4 deferred": a spaced comma separates words, and the subject is then too long)
    const read = under(grants('c) Town Band – requests 2, 300 and 4 deferred to the next meeting.'), '(c)');
    expect(read.filter((r) => r.startsWith('deferral|'))).toHaveLength(0);
  });

  it('leaves a granted sum with a thousands comma as a decision already taken', () => {
    const read = under(grants('c) Town Band – £2,400 towards music stands. RESOLVED to award.'), '(c)');
    expect(read.filter((r) => r.startsWith('deferral|'))).toHaveLength(0);
  });
});
