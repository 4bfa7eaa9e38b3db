// Round 44, owners: an owner must be someone by its grammar — a person, a post, initials or a body. A capitalised word
// that opens an item and that the same minutes write elsewhere in small letters is a common noun, and a month or a
// day names a time: neither is who acts. First names (never written in small letters), posts, bodies and the whole
// membership keep their owners. Invented notes, names and wording throughout.
import { describe, expect, it } from 'vitest';
import { namesNoOne } from '../../src/minutes/nounOwner.js';
import { peopleOf } from '../../src/minutes/people.js';
import type { OwnBody } from '../../src/minutes/bodies.js';

const own = { is: () => false } as unknown as OwnBody;
const notes = [
  'Fenby Allotment Society — committee notes, 4 November 2026',
  'Present: Lorna Pike (Chair), Dev Bhatt, Kit Orme',
  'The item on water butts was held over; the accounts were checked and the subject of fees raised again.',
  'Every trial of the new invitation list went well; a proposal on rents follows.',
].join('\n');
const people = peopleOf(notes.split('\n'));
const noOne = (owner: string, text: string) => namesNoOne(owner, text, notes, people, own);

describe('a capitalised word that names no one is not the owner', () => {
  it.each([
    ['Item', 'Item to come back to the December meeting.'],
    ['Subject', 'Subject to the lease, fees to rise in April.'],
    ['Accounts', 'Accounts to go to the examiner before the AGM.'],
    ['Invitation', 'Invitation to the open day – Kit to attend.'],
    ['Proposal', '- Proposal to be brought back with costs.'],
    ['None', 'None this month.'],
    ['March', 'The plot map will be redrawn by March.'],
    ['Friday', 'Keys to be returned by Friday.'],
  ])('%s: %s', (owner, text) => {
    expect(noOne(owner, text)).toBe(true);
  });
});

describe('people, posts, bodies and the membership keep their owners (near-misses)', () => {
  it.each([
    ['Dev', 'Dev to order the water butts.'],
    ['Tamsin', 'Tamsin will bring the rota to the next meeting.'],
    ['Lorna', 'Lorna to write to the landlord by Friday.'],
    ['Clerk', 'Clerk to circulate the notes.'],
    ['Treasurer', 'Treasurer to pay the insurance.'],
    ['Members', 'Members to send comments by 1 December.'],
    ['Everyone', 'Everyone to bring a tool to the work day.'],
    ['KO', 'KO to chase the quote.'],
    ['Item', 'The Chair will check whether Item 4 can close.'],
  ])('%s: %s', (owner, text) => {
    expect(noOne(owner, text)).toBe(false);
  });
});
