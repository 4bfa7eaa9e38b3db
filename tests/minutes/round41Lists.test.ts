// Round 41, lists and numbering layout: an entry of a list that only names its topic ("(3) 24/0412/FUL Orchard
// Cottage – new porch.", "iv) Letter from the county about the bus review.") with what was done about it on the line
// under it, before a blank line. The decision on that line is the entry's, filed under its marker — as it already was
// where the topic and the decision share one line. Invented wording throughout.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';

const minutes = (heading: string, entries: string[]) =>
  [
    'Minutes of the Parish Council held on 9 February 2027',
    '',
    heading,
    ...entries,
    '',
    '31/27  DATE OF NEXT MEETING',
    'Tuesday 9 March 2027 at 7.30pm.',
  ].join('\n');

const refsOf = (text: string, words: RegExp) =>
  parseMinutes(text)
    .items.filter((i) => words.test(i.text))
    .map((i) => `${i.minute ?? ''}${i.ref ?? ''}`);

describe('a topic-only entry whose decision is on the line under it', () => {
  it.each([
    [
      'roman entries of correspondence, the last one completed on its next line',
      '30/27  CORRESPONDENCE',
      [
        'i)   Village show – request for a raffle prize. Noted.',
        'ii)  Letter from a resident about the bus shelter. Cllr Moss to reply.',
        'iii) Invitation from the county to a rural transport forum on 4th March 2027.',
        '     Cllr Parr to attend.',
      ],
      /Cllr Parr to attend/,
      '30/27(iii)',
    ],
    [
      'bracketed numbers of planning applications, a request under the last',
      '30/27  PLANNING',
      [
        '(1) 27/00112/FUL  Mill Farm – new barn.  No objection.',
        '(2) 27/00140/HOU  3 Church Row – rear dormer.',
        '    Members asked the Clerk to seek an extension of time so the site can be visited.',
      ],
      /extension of time/,
      '30/27(2)',
    ],
    [
      'a bracketed number, its request under it, before the next entry',
      '30/27  PLANNING',
      [
        '(1) 27/00098/FUL  Land off Bridge Street – two dwellings.',
        '    Members asked the Clerk to request the drainage report.',
        '(2) 27/00112/FUL  Mill Farm – new barn.  No objection.',
      ],
      /drainage report/,
      '30/27(1)',
    ],
  ])('%s', (_name, heading, entries, words, ref) => {
    expect(refsOf(minutes(heading, entries), words)).toEqual([ref]);
  });
});

describe('near-misses that must not change', () => {
  it('keeps a sentence after a blank line as the minute’s', () => {
    const text = minutes('30/27  CORRESPONDENCE', [
      'i)   Village show – request for a raffle prize. Noted.',
      'ii)  Invitation from the county to a rural transport forum.',
      '',
      'The Clerk to circulate the forum papers to all members.',
    ]);
    expect(refsOf(text, /forum papers/)).toEqual(['30/27']);
  });

  it('keeps a sentence under an entry that decides on its own line as before', () => {
    const text = minutes('30/27  CORRESPONDENCE', [
      '(1) The accounts for January were approved.',
      '(2) The bank reconciliation was noted.',
      'The Clerk to file the statements with the auditor.',
    ]);
    const before = refsOf(text, /file the statements/);
    expect(before).not.toContain('30/27(2)');
  });

  it('keeps a sentence after a list under a lead-in ending in a colon as the minute’s', () => {
    const text = minutes('30/27  GRANTS', [
      'It was RESOLVED to make grants as follows:',
      '(1) Scout group – £300 for tents;',
      '(2) Lunch club – £250 for a cooker.',
      'The Clerk to send each group a letter with its award.',
    ]);
    expect(refsOf(text, /letter with its award/)).not.toContain('30/27(2)');
  });

  it('does not take a cross-reference run on to a new line for an entry', () => {
    const text = minutes('30/27  FETE', [
      'Three stalls were proposed. Cllr Rowe supported stalls',
      '(b) and (c) together, seconded by Cllr Ince.',
      'Members asked the Clerk to book the marquee for the fete.',
    ]);
    expect(refsOf(text, /book the marquee/)).not.toContain('30/27(b)');
  });

  it('keeps a line after a list of bare topics as the minute’s', () => {
    const text = minutes('30/27  REPORTS RECEIVED', [
      '(1) Play area inspection report.',
      '(2) Village hall condition survey.',
      'Members asked the Clerk to book the contractor for both.',
    ]);
    expect(refsOf(text, /book the contractor/)).not.toContain('30/27(2)');
  });

  it('reads an entry whose topic and decision share a line under its marker', () => {
    const text = minutes('30/27  CORRESPONDENCE', [
      'i)  Letter from a resident about the bus shelter. Cllr Moss to reply.',
      'ii) Circular from the district about litter picks. Noted.',
    ]);
    expect(refsOf(text, /Cllr Moss to reply/)).toEqual(['30/27(i)']);
  });
});
