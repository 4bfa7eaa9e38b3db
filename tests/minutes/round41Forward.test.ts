// Round 41, undertakings in the discussion read by clause grammar (src/minutes/undertakings.ts): a clause anywhere in a
// sentence of the discussion — after "and", "but", a semicolon or "that" — whose subject is someone of this meeting and
// whose verb group looks forward is an undertaking, whatever its main verb. Near-misses (a question, a view, another
// body's plan, an earlier agreement, a condition, a negation, someone or something not of the meeting, a suggestion, a
// quotation, an "and" inside a name) give nothing. Invented minutes of a town council's amenities committee.
//
// The reader is built and measured in shadow this round but not yet consulted by the discussion (docs/minutes-parser.md,
// "Round 41: undertakings in the discussion"): it is tested here on its own, as the discussion would call it once the
// sentence's wording readers have found nothing.
import { describe, expect, it } from 'vitest';
import { ownBodyOf } from '../../src/minutes/bodies.js';
import { peopleOf } from '../../src/minutes/people.js';
import { PROPOSING } from '../../src/minutes/lexicon.js';
import { undertakings } from '../../src/minutes/undertakings.js';

const HEAD = [
  'Hollinbrook Town Council',
  'Amenities Committee',
  '',
  'Minutes of the meeting held on Wednesday 4th November 2026 at 7.30pm in the Town Hall',
  '',
  'Present: Cllr P Amos (Chair), Cllr J Brill, Cllr T Corley, Cllr M Dunne',
  'In attendance: Mrs R Hale (Clerk)',
];
const context = { own: ownBodyOf(HEAD), people: peopleOf(HEAD), formal: false };
const read = (sentence: string) => undertakings(sentence, context, false, PROPOSING);

describe('a forward clause of someone of this meeting, wherever it stands in the sentence', () => {
  const cases: [string, string, RegExp][] = [
    [
      'Cllr Dunne reported that the hedge by the lych gate had grown over the path and that the Chair would speak to the landowner.',
      'the Chair',
      /speak to the landowner/,
    ],
    [
      'The surface of the car park was discussed at some length, but Cllr Brill will get a second price for patching it.',
      'Cllr Brill',
      /second price/,
    ],
    [
      'Cllr Corley explained that the notice board was rotten and that the Clerk would order a new one before Christmas.',
      'the Clerk',
      /order a new one/,
    ],
    [
      'Members were worried about speeding on Station Road; Cllr Amos will ask the police for a speed survey.',
      'Cllr Amos',
      /speed survey/,
    ],
    [
      'The Clerk agreed to send members the proposed fees for the allotments before the next meeting.',
      'the Clerk',
      /proposed fees/,
    ],
    [
      'The Treasurer explained the new bank charges; Cllr Amos was asked to compare the charges of two other banks.',
      'Cllr Amos',
      /compare the charges/,
    ],
    [
      'The Clerk said the minutes were late and the Clerk will circulate them before the next meeting, so that they can be agreed then.',
      'the Clerk',
      /circulate them before the next meeting$/,
    ],
  ];
  for (const [sentence, owner, what] of cases)
    it(sentence.slice(0, 60), () => {
      const found = read(sentence);
      expect(found).toHaveLength(1);
      expect(found[0]!.agent?.toLowerCase()).toBe(owner.toLowerCase());
      expect(found[0]!.text).toMatch(what);
      expect(found[0]!.decision.category).not.toBe('noted');
    });
});

describe('near-misses: no undertaking', () => {
  const cases = [
    'Cllr Brill asked whether the Clerk would contact the police about the damage.',
    'Cllr Corley felt that the Chair would be best placed to reply to the resident.',
    'The Clerk reported that the county council would resurface the lane in spring.',
    'The Clerk reported that the County would offer a lease on the library.',
    'Cllr Dunne had already agreed to check the invoices and the Clerk reported this was done.',
    'Cllr Amos reported that the bench was broken and that the Clerk would not repair it until spring.',
    'The inspector noted that the slide was worn and that the contractor would replace it.',
    'Cllr Corley suggested that the Clerk write to the school about litter.',
    'Cllr Brill reported that the path was flooded and that, if the rain continued, the Clerk would close it.',
    'Members discussed the events for next year and the Spring Fair in the Park would go ahead.',
    'The Clerk read out that the Committee had "agreed that the Chair sign the lease" at its last meeting.',
    'The leaflet went to Hollinbrook and Kiln Meadow Residents Association to circulate to its members.',
    'Cllr Corley raised the deadline for comments and members agreed to extend it.',
    'The Chair said that the Committee would respond to the consultation in writing.',
  ];
  for (const sentence of cases)
    it(sentence.slice(0, 60), () => {
      expect(read(sentence)).toEqual([]);
    });
});
