// Round 15, recall: forms of writing the importer missed on fresh 9–38.
// An authority given to someone is folded into the action before it only when both are about the same matter;
// sharing the people ("the Chair", "the Chief Finance Officer") is not sharing a matter.
// Invented wording throughout, several layouts a rule, and near-misses that must not fire.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';

const MASTHEAD =
  'MINUTES of the meeting of the Pellingford Finance and Audit Committee held on 9 February 2027\n\nPresent: Councillors Amadi (Chair), Brocklesby, Trew\n\n';
const tracked = (body: string) => parseMinutes(`${MASTHEAD}${body}\n\nThe meeting closed at 7.40 pm.\n`).items;
const items = (body: string) => tracked(body).filter((i) => i.type === 'action');
const among = (minute: string) =>
  items(`7.    APOLOGIES\n7.1   None.\n\n${minute}\n\n9.    CLOSE\n9.1   The Chair thanked members.`);

describe('an authority about another matter is its own item, though it names the same people', () => {
  it.each([
    [
      'clauses on their own lines, no numbering (a Word export)',
      '8.    YEAR-END ACCOUNTS\nRESOLVED:\nThat the Mayor and the Town Treasurer sign the bank reconciliation.\nThat authority be delegated to the Town Treasurer, in consultation with the Mayor, to settle the insurance renewal.',
    ],
    [
      'lettered clauses',
      '8.    YEAR-END ACCOUNTS\nRESOLVED that:\n(a) the Mayor and the Town Treasurer sign the bank reconciliation;\n(b) authority be delegated to the Town Treasurer, in consultation with the Mayor, to settle the insurance renewal.',
    ],
    [
      'the authority worded "be authorised"',
      '8.    YEAR-END ACCOUNTS\nRESOLVED:\nThat the Head of Finance countersign the petty cash book.\nThat the Head of Finance be authorised to renew the cleaning contract.',
    ],
  ])('%s', (_name, minute) => {
    expect(among(minute)).toHaveLength(2);
  });

  it.each([
    [
      'the same matter, the authority the means of the action',
      '8.    CAR PARKS\nRESOLVED:\nThat officers prepare a consultation on the car park charges.\nThat the Director be authorised to approve the consultation document on the charges.',
    ],
    [
      'the same matter, people shared as well',
      '8.    GRANTS\nRESOLVED:\nThat the Town Clerk pay the community grants listed.\nThat authority be delegated to the Town Clerk to vary the grants by up to £200.',
    ],
  ])('near-miss, still one item: %s', (_name, minute) => {
    expect(among(minute)).toHaveLength(1);
  });
});

describe('"X said that …, and offered to …": an offer after what the speaker said is theirs, like "undertook"', () => {
  const discussion = (sentence: string) =>
    tracked(
      `12.  LIBRARY HOURS\nThe Libraries Manager presented the report.\n${sentence}\nRESOLVED – That the report be noted.\n\n13.  CLOSE\nThe meeting closed.`,
    );
  it.each([
    [
      'replied that …, and offered to',
      'The Libraries Manager replied that the Saturday rota would change in May and offered to send members the new rota.',
      'The Libraries Manager',
    ],
    [
      'said that …, with a comma, offered to',
      'In answer to Councillor Trew, Ms Okafor said that two posts were vacant, and offered to share the recruitment plan with members.',
      'Ms Okafor',
    ],
    [
      'explained that … but offered to',
      'The Head of Culture explained that the figures were not yet audited but offered to circulate them in March.',
      'The Head of Culture',
    ],
  ])('%s', (_name, sentence, owner) => {
    const found = discussion(sentence);
    expect(found).toHaveLength(1);
    expect(found[0]!.owner).toBe(owner);
  });

  it.each([
    [
      'an offer reported as made before',
      'The Libraries Manager said that the Friends group had offered to run the stall.',
    ],
    [
      'an offer of thanks, no "to" and a verb',
      'The Libraries Manager said the pilot had gone well and offered her thanks to the volunteers.',
    ],
  ])('near-miss: %s', (_name, sentence) => {
    expect(discussion(sentence)).toHaveLength(0);
  });
});

describe('"X added / replied that she would …": the speaker commits, whatever verb of saying reports it', () => {
  const discussion = (sentence: string) =>
    tracked(
      `12.  LIBRARY HOURS\nThe Libraries Manager presented the report.\n${sentence}\nRESOLVED – That the report be noted.\n\n13.  CLOSE\nThe meeting closed.`,
    );
  it.each([
    [
      'added that he would',
      'The Leader added that he would raise the Saturday closures with the county council.',
      'The Leader',
    ],
    [
      'replied that she would',
      'Councillor Pryce replied that she would write to the trust about the mobile library.',
      'Councillor Pryce',
    ],
    [
      'responded, no "that"',
      'The Head of Culture responded he would ask the trust for the visitor figures.',
      'The Head of Culture',
    ],
  ])('%s', (_name, sentence, owner) => {
    const found = discussion(sentence);
    expect(found).toHaveLength(1);
    expect(found[0]!.owner).toBe(owner);
  });

  it.each([
    [
      'a past habit, "would" of what used to happen',
      'The Libraries Manager added that the van would usually call on Tuesdays.',
    ],
    ['what someone else would do', 'The Leader replied that the trust would decide in the spring.'],
  ])('near-miss: %s', (_name, sentence) => {
    expect(discussion(sentence)).toHaveLength(0);
  });
});

it('near-miss: "said that …, and offered to help …" — help with another\'s task is no item of the speaker\'s', () => {
  const found = tracked(
    '12.  LIBRARY HOURS\nThe Libraries Manager presented the report. The Friends representative said that older readers had not been asked and offered to help reach them.\nRESOLVED – That the report be noted.\n\n13.  CLOSE\nThe meeting closed.',
  );
  expect(found).toHaveLength(0);
});
