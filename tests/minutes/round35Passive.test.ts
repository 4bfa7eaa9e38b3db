// Round 35, requests in the passive, the infinitive and the past: an invitation to a later sitting of this body told
// otherwise than "X be invited to attend …" — "is to be asked to attend the next meeting", "The Chair invited X to
// attend the <month> meeting", "was invited to return to the <month> meeting" — was dropped; it is read as the
// subjunctive it paraphrases, owned by the invitee. Invented minutes throughout, with near-misses that must not change.
import { describe, expect, it } from 'vitest';
import { communitiesPanelItems } from './helpers/communitiesPanel.js';

/** The discussion items of minute 7 of an invented panel's minutes, whose paragraphs are `body`. */
const panel = (body: string[]) =>
  communitiesPanelItems(
    {
      officers: 'Head of Neighbourhoods, Monitoring Officer, Scrutiny Officer',
      heading: 'Neighbourhood Wardens',
      opening: 'The Head of Neighbourhoods introduced the annual report on the warden service.',
    },
    body,
  ).filter((i) => i.source === 'discussion');

describe('an invitation to a later sitting told otherwise than "be invited to"', () => {
  it.each([
    [
      'Members were not satisfied with the answers. The Head of Housing Repairs is to be asked to attend the next meeting to explain the backlog.',
      /Head of Housing Repairs/,
      'The Head of Housing Repairs',
    ],
    [
      'The Chair invited the Chair of the Residents’ Forum to attend the April meeting.',
      /Residents’ Forum/,
      'the Chair of the Residents’ Forum',
    ],
    [
      'The Parks Manager was invited to return to the June meeting with the costed options.',
      /costed options/,
      'The Parks Manager',
    ],
  ])('%s', (sentence, text, owner) => {
    const item = panel([sentence]).find((i) => text.test(i.text));
    expect(item?.category).toBe('invitation');
    expect(item?.owner).toBe(owner);
  });

  it.each([
    // this sitting's business, done at it
    ['Mr Cole was invited to address the meeting on the warden service.'],
    ['The Chair invited Mr Cole to speak.'],
    // one member, not the chair, and no later meeting named
    ['Councillor Thorne invited residents to attend the open day.'],
  ])('%s', (sentence) => {
    expect(panel([sentence])).toEqual([]);
  });
});
