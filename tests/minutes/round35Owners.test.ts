// Round 35, owners: two spans of who acts cut short. (1) A group called by its name and then its head noun — "the
// Orchard Lane working party", "the young carers task and finish group", "the Pavilion project team" — had a word of
// its name ("working", "task", "project") or the group noun itself read as the verb, so the owner was only the name
// before it. (2) "authority" closing a phrase was cut as a power given ("the Director delegated authority") even where a
// word in small letters before it names a kind of body ("the local authority", "each partner authority"). Invented
// minutes of a small town council, the forms written several ways, with near-misses that must not change.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';
import { readClause } from '../../src/minutes/grammar.js';
import { cleanOwner } from '../../src/minutes/owner.js';

/** Invented minutes of a town council: one minute, its resolution lines as given. */
const resolved = (...lines: string[]) =>
  parseMinutes(
    [
      'Westerby Town Council',
      'Minutes of the meeting of the Amenities Committee held on 12 January 2027',
      '',
      '41.  Orchard Lane allotments and the pavilion',
      'The Town Clerk reported on the allotment waiting list and the pavilion roof.',
      ...lines,
      '',
      '42.  Date of next meeting',
      'Monday 9 February 2027.',
    ].join('\n'),
  ).items;

const ownerOf = (items: ReturnType<typeof resolved>, words: RegExp) =>
  items.find((i) => words.test(i.text))?.owner?.replace(/^the\s/i, '') ?? null;

describe('a group called by its name and a head noun is the whole subject', () => {
  it.each([
    ['RESOLVED that the Orchard Lane working party meet before the end of February.', 'Orchard Lane working party'],
    [
      'RESOLVED: That the young carers task and finish group report its findings to the March meeting.',
      'young carers task and finish group',
    ],
    ['RESOLVED that the Pavilion project team report back on the roof quotes in March.', 'Pavilion project team'],
    [
      'RESOLVED that the Westerby in Bloom sub-group (Cllrs Amis, Boyle and Dane) prepare a planting plan.',
      'Westerby in Bloom sub-group',
    ],
  ])('%s', (line, owner) => {
    expect(ownerOf(resolved(line), /meet|report|plan/i)).toBe(owner);
  });

  it('the grammar takes the verb after the group noun', () => {
    const r = readClause('that the Orchard Lane working party meet before the end of February');
    expect(r.verb).toBe('meet');
    expect(r.subject).toBe('the Orchard Lane working party');
  });
});

describe('near-misses: a verb before a group noun, and a party that is no group', () => {
  it.each([
    // (the verb's object is a group's people: "invite group leaders")
    ['that the Committee invite group leaders to the open day', 'invite', 'the Committee'],
    // (a verb and its particle: "team up with")
    ['that the Clerk team up with the Warden on the open day', 'team', 'the Clerk'],
    // (a verb before a group noun that is its object's modifier, then no verb after it)
    ['that the Chair lead working group meetings in the spring', 'lead', 'the Chair'],
    // (a group already read whole, its name in small letters)
    ['that the budget working group meet in January', 'meet', 'the budget working group'],
  ])('%s', (clause, verb, subject) => {
    const r = readClause(clause);
    expect(r.verb).toBe(verb);
    expect(r.subject).toBe(subject);
  });

  it('a group whose name is all in capitals was already read whole ("the Allotments Steering Group meet …")', () => {
    expect(
      ownerOf(resolved('RESOLVED that the Allotments Steering Group meet the tenants in February.'), /tenants/),
    ).toBe('Allotments Steering Group');
  });

  it('"party" alone is not read as a group ("the Christmas party …" keeps its reading)', () => {
    expect(readClause('that the Christmas party take place on 11 December').subject).not.toBe('the Christmas party');
  });
});

describe('"authority" after a word for a kind of body is part of its name', () => {
  it.each([
    ['the local authority', 'the local authority'],
    ['each partner authority', 'each partner authority'],
    ['the highway authority', 'the highway authority'],
    ['the local planning authority', 'the local planning authority'],
  ])('%s', (phrase, owner) => {
    expect(cleanOwner(phrase)).toBe(owner);
  });

  it('a recommendation to the local authority names it whole', () => {
    const items = resolved(
      'RESOLVED that the Committee recommend to the local authority that the allotment rents be frozen for 2027/28.',
    );
    expect(ownerOf(items, /rents/)).toBe('local authority');
  });

  it.each([
    // (the power given, after who holds it, is still cut — "full authority" now as "delegated authority" was)
    ['the Town Clerk delegated authority', 'the Town Clerk'],
    ['the Chair full authority', 'the Chair'],
    ['officers authority', 'officers'],
    ['the Clerk authority', 'the Clerk'],
  ])('near-miss: %s', (phrase, owner) => {
    expect(cleanOwner(phrase)).toBe(owner);
  });
});
