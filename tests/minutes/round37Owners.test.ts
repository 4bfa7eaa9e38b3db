// Round 37, owners: (1) a recommendation to the bodies of two councils named jointly — "both Executives", "the
// Executives of both councils" — was owned by the plural body alone, the quantifier that says it is the pair cut
// off; (2) a post whose holder the attendance list names in brackets with a rank's capitals ("Chief Officer (CO Mara
// Quill)") was read as a fuller title holding the name. Invented minutes of a joint committee of two district councils
// and of a rescue service's authority, the forms written several ways, with near-misses that must not change.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';
import { cleanOwner } from '../../src/minutes/owner.js';

/** Invented minutes of a joint committee of two councils: one minute, its decision lines as given. */
const joint = (...lines: string[]) =>
  parseMinutes(
    [
      'Fenmere and Oxley Joint Waste Committee',
      'Minutes of the meeting held on 14 January 2027',
      '',
      '12.  Garden waste charges',
      'The Joint Waste Manager introduced the report on charges for 2027/28.',
      ...lines,
      '',
      '13.  Date of next meeting',
      'Thursday 8 April 2027.',
    ].join('\n'),
  ).items;

const ownerOf = (items: ReturnType<typeof joint>, words: RegExp) =>
  items.find((i) => words.test(i.text))?.owner?.replace(/^the\s/i, '') ?? null;

describe('the bodies of two councils named jointly own the recommendation together', () => {
  it.each([
    ['RESOLVED: The Joint Committee RECOMMENDS to both Executives that the charge be held at £45.', 'both Executives'],
    ['RESOLVED that it be recommended to both Cabinets that the charge be held at £45.', 'both Cabinets'],
    [
      'RESOLVED that the Committee recommend to the Executives of both councils that the charge be held at £45.',
      'Executives of both councils',
    ],
    [
      'RESOLVED that the Committee recommends to the Cabinets of all the partner councils that the charge be held.',
      'Cabinets of all the partner councils',
    ],
  ])('%s', (line, owner) => {
    expect(ownerOf(joint(line), /charge be held/i)).toBe(owner);
  });

  it('cleanOwner keeps "both" before a plural body, as it cuts it before a pair joined by "and"', () => {
    expect(cleanOwner('both Executives')).toBe('both Executives');
    expect(cleanOwner('both Councils')).toBe('both Councils');
    expect(cleanOwner('both the Clerk and the Chair')).toBe('the Clerk and the Chair');
    expect(cleanOwner('both Fenmere and Oxley')).toBe('Fenmere and Oxley');
  });
});

describe('near-misses: one body, a body of one council, a matter sent to both', () => {
  it.each([
    [
      'RESOLVED that the Committee recommend to the Executive of Fenmere District Council that the charge be held.',
      'Executive of Fenmere District Council',
    ],
    ['RESOLVED that the Committee recommend to Cabinet that the charge be held at £45.', 'Cabinet'],
  ])('%s', (line, owner) => {
    expect(ownerOf(joint(line), /charge be held/i)).toBe(owner);
  });
});

/** Invented minutes of a rescue authority whose officers' list names who holds each post. */
const rescue = (officers: string, line: string) =>
  parseMinutes(
    [
      'Harrowdale Fire and Rescue Authority',
      'Minutes of the meeting held on 21 January 2027',
      '',
      'Members: Cllr Tamsin Orr (Chair), Cllr Neil Voss, Cllr Ada Penn',
      `Officers: ${officers}`,
      '',
      '7.  Station cover review',
      'The Deputy Chief Officer presented the consultation results.',
      line,
      '',
      '8.  Date of next meeting',
      'Thursday 18 February 2027.',
    ].join('\n'),
  ).items;

describe("a post whose holder the officers' list names in brackets after a rank keeps the post alone", () => {
  it.each([
    ['Chief Officer (CO Mara Quill), Deputy Chief Officer, Treasurer', 'Chief Officer'],
    ['Group Manager (GM Ivo Brandt), Treasurer (Mrs Lena Stroud)', 'Group Manager'],
    ['Station Manager (SM Petra Lowe); Treasurer', 'Station Manager'],
  ])('%s', (officers, post) => {
    const items = rescue(officers, `RESOLVED: That the ${post} bring the final plan to the next meeting.`);
    expect(ownerOf(items, /final plan/)).toBe(post);
  });
});

describe('near-misses: a bracket that qualifies the post stays', () => {
  it.each([
    ['Safety Adviser (ICB Liaison), Treasurer', 'Safety Adviser', 'Safety Adviser (ICB Liaison)'],
    ['Area Manager (Response), Treasurer', 'Area Manager', 'Area Manager (Response)'],
  ])('%s', (officers, post, full) => {
    const items = rescue(officers, `RESOLVED: That the ${post} bring the final plan to the next meeting.`);
    expect(ownerOf(items, /final plan/)).toBe(full);
  });
});
