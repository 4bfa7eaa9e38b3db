// Round 43, the reader of undertakings (src/minutes/undertakings.ts) wired into the discussion: where the wording readers
// of a sentence find nothing, a clause anywhere in it whose subject is someone of this meeting and whose verb group looks
// forward is read as an undertaking. The same errand is written several ways (first clause, after "and", after a
// semicolon, after "that", after a word of suggesting, passive "was asked to", "agreed to"); the near-misses are the
// narrowings this round adds — the body's members asked by whoever presented, a clause set against a suggestion by
// "but", an errand of a bare verb, a bare name of the members' line in reported speech — and the filters of rounds 41
// and 42. Invented minutes of a small drainage board; the sentences go through `readSentence`, as the discussion reads
// them.
import { describe, expect, it } from 'vitest';
import { ownBodyOf } from '../../src/minutes/bodies.js';
import { peopleOf } from '../../src/minutes/people.js';
import { readSentence } from '../../src/minutes/discussion.js';
import { parseMinutes } from '../../src/minutes/index.js';
import { undertakings } from '../../src/minutes/undertakings.js';
import { PROPOSING } from '../../src/minutes/lexicon.js';

const HEAD = [
  'Wendlow Marsh Internal Drainage Board',
  '',
  'Minutes of the meeting held on Tuesday 13 October 2026 at the Board Office',
  '',
  'Present: Mr G Pell (Chair), Mrs A Coker, Mr D Rudd, Harlow Farms Partnership',
  'In attendance: Ms F Ives (Clerk), Mr S Blyth (Engineer)',
];
const context = { own: ownBodyOf(HEAD), people: peopleOf(HEAD), formal: true };
const read = (sentence: string) => readSentence(sentence, context, false, null);

describe('one errand written several ways is read wherever its clause stands', () => {
  const cases: [string, RegExp, RegExp][] = [
    [
      'The Engineer reported silt in the main drain at the pumping station and that the Clerk would obtain two quotations for clearing it.',
      /clerk/i,
      /two quotations/,
    ],
    [
      'Members discussed the silt in the main drain at length, and the Clerk will obtain two quotations for clearing it.',
      /clerk/i,
      /two quotations/,
    ],
    [
      'The silt in the main drain was worse than last year; the Clerk will obtain two quotations for clearing it.',
      /clerk/i,
      /two quotations/,
    ],
    [
      'The Engineer showed photographs of the silt; Mr Rudd agreed to walk the main drain with the contractor before the next meeting.',
      /rudd/i,
      /walk the main drain/,
    ],
    [
      'The state of the outfall gates was discussed; Mr Blyth was asked to inspect the gates before the winter.',
      /blyth/i,
      /inspect the gates/,
    ],
    [
      'The smell at the outfall was discussed at some length, but Mr Rudd will get a second price for clearing the weed.',
      /rudd/i,
      /second price/,
    ],
  ];
  for (const [sentence, owner, what] of cases)
    it(sentence.slice(0, 70), () => {
      const found = read(sentence);
      expect(found).toHaveLength(1);
      expect(found[0]!.agent ?? '').toMatch(owner);
      expect(found[0]!.text).toMatch(what);
      expect(found[0]!.decision.category).not.toBe('noted');
    });
});

describe('near-misses: no undertaking', () => {
  const cases = [
    // a clause set against a suggestion by "but": the answer to it
    'Mr Rudd suggested dredging the whole of the main drain this year, but the Clerk would first ask the contractor for a price for the pumping station length.',
    // an errand of a bare verb: what it works on is the matter raised before
    'The blocked culvert at Marsh Lane was reported; the Engineer agreed to investigate further.',
    'Complaints about the smell at the outfall were noted; Mrs Coker agreed to follow up.',
    // rounds 41 and 42: a question, a view, a negation, another body's plan, a plan reported as made before
    'Mrs Coker asked whether the Clerk would write to the landowners about the fencing.',
    'Mr Rudd felt that the Engineer would be best placed to advise the landowners.',
    'The Engineer reported the pump failure and that the Clerk would not claim on the insurance.',
    'The Clerk reported that the Environment Agency would repair the sluice in the new year.',
    'The Engineer reported that he had already agreed to replace the gate seals.',
  ];
  for (const sentence of cases)
    it(sentence.slice(0, 70), () => {
      expect(read(sentence)).toEqual([]);
    });
});

describe('near-misses the wording readers leave to the reader itself', () => {
  const direct = (sentence: string) => undertakings(sentence, context, false, PROPOSING);
  it.each([
    // the body's members asked by whoever presented: the meeting weighing its own business
    'The Engineer presented the capital programme; members were asked to consider which scheme should come first.',
    // a bare name of the members' line in reported speech: the body a representative came from, telling its own plan
    'The Engineer explained the new pump and that Harlow Farms would fence the drain along its land in the spring.',
  ])('%s', (sentence) => expect(direct(sentence)).toEqual([]));
});

describe('an errand for a sitting of this body named by its month is work for that meeting', () => {
  it.each([
    'The levy was discussed; the Clerk agreed to prepare a draft budget for the January meeting.',
    'Members discussed the levy, and the Clerk will prepare a draft budget for the January meeting.',
  ])('%s', (sentence) => {
    const found = read(sentence);
    expect(found).toHaveLength(1);
    expect(found[0]!.decision.category).toBe('work-programme');
  });

  it('an errand before the next meeting stays an errand', () => {
    const found = read('The levy was discussed; the Clerk agreed to send members the figures before the next meeting.');
    expect(found).toHaveLength(1);
    expect(found[0]!.decision.category).not.toBe('work-programme');
  });
});

describe('an undertaking the resolution of the minute then records is one item', () => {
  const minutes = (resolution: string) =>
    [
      ...HEAD,
      '',
      '12. OUTFALL GATES',
      'The Engineer reported that the outfall gates were leaking, and the Engineer would look at the cost of new seals for the gates.',
      resolution,
      '',
      '13. DATE OF NEXT MEETING',
      'Tuesday 12 January 2027.',
    ].join('\n');

  it('the same person on the same matter: the resolution only', () => {
    const items = parseMinutes(
      minutes('RESOLVED that the Engineer obtain two quotations for replacing the gate seals.'),
    ).items;
    expect(items.filter((i) => /seals/.test(i.text))).toHaveLength(1);
    expect(items.find((i) => /seals/.test(i.text))!.source).toBe('resolution');
  });

  it('another person on the same matter: both', () => {
    const items = parseMinutes(minutes('RESOLVED that the Clerk write to the landowner about the gate seals.')).items;
    expect(items.filter((i) => /seals/.test(i.text))).toHaveLength(2);
  });
});
