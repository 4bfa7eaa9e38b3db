// Round 15, recall: forms of writing the importer missed on fresh 9–38.
// An authority given to someone is folded into the action before it only when both are about the same matter;
// sharing the people ("the Chair", "the Chief Finance Officer") is not sharing a matter.
// Invented wording throughout, several layouts a rule, and near-misses that must not fire.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';

const MASTHEAD =
  'MINUTES of the meeting of the Pellingford Finance and Audit Committee held on 9 February 2027\n\nPresent: Councillors Amadi (Chair), Brocklesby, Trew\n\n';
const items = (body: string) =>
  parseMinutes(`${MASTHEAD}${body}\n\nThe meeting closed at 7.40 pm.\n`).items.filter((i) => i.type === 'action');
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
