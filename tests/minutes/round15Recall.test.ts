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
/** A sentence of the discussion under a minute whose resolution only notes. */
const discussion = (sentence: string) =>
  tracked(
    `12.  LIBRARY HOURS\nThe Libraries Manager presented the report.\n${sentence}\nRESOLVED – That the report be noted.\n\n13.  CLOSE\nThe meeting closed.`,
  );
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

describe('a date on a line of its own ("26 January 2027 at 6pm") is no numbered minute', () => {
  // Word minutes whose numbering was lost: headings are plain lines, and a date line under "Date of next meeting"
  // read as minute 26 made everything before it a preamble, losing the discussion's undertakings.
  const minutes = (dateLine: string) =>
    parseMinutes(
      `Pellingford Town Council\nAmenities Committee\nMinutes of a meeting held on 9 February 2027\n\nPresent: Councillors Amadi (Chair), Brocklesby, Trew\n\nApologies\nNone.\nPlay Areas\nCouncillor Trew asked about the swings at Mill Lane; the Amenities Officer agreed to obtain two quotes for new seats.\nRESOLVED:\nThat the inspection report be noted.\nCemetery\nMembers discussed the state of the paths. The Clerk undertook to order a new bench for the cemetery gate.\nRESOLVED:\nThat the report be noted.\nDate of Next Meeting\n${dateLine}\nThe meeting closed at 8.05pm.\n`,
    ).items;
  it.each([
    ['day, month, year and time', '16 March 2027 at 7.00pm.'],
    ['an ordinal day', '16th March 2027, 7pm, Council Chamber.'],
    ['a short month, other meetings after', '16 Mar 2027. Further meetings: 11 May 2027, 6 July 2027.'],
  ])('%s', (_name, dateLine) => {
    expect(minutes(dateLine).map((i) => i.owner)).toEqual(['the Amenities Officer', 'The Clerk']);
  });

  it('near-miss: a numbered minute whose title opens with a month is still a minute', () => {
    const found = parseMinutes(
      `${MASTHEAD}11.  APOLOGIES\nNone.\n\n12.  March 2027 budget workshop\nRESOLVED that the Clerk book the hall for the workshop.\n\n13.  CLOSE\nThe meeting closed.\n`,
    ).items;
    expect(found.map((i) => i.minute)).toEqual(['12']);
  });
});

describe('a note or figures provided "to the Committee" reach its members: information, not its agenda', () => {
  const minute = (sentence: string) =>
    parseMinutes(`${MASTHEAD}12.  PARKING\n${sentence}\n\n13.  CLOSE\nThe meeting closed.\n`).items;
  it.each([
    [
      'a resolution, a breakdown',
      'RESOLVED – That the Parking Manager provide a breakdown of the permit income to the Committee.',
    ],
    [
      'the discussion, a note',
      'RESOLVED – That the report be noted.\nCouncillor Trew asked about the fees; Ms Okafor agreed to provide a note to the Committee.',
    ],
    [
      'the discussion, figures',
      'RESOLVED – That the report be noted.\nThe Parking Manager agreed to supply the figures to the Committee.',
    ],
  ])('%s', (_name, sentence) => {
    expect(minute(sentence).map((i) => i.category)).toEqual(['information']);
  });

  it('near-miss: a report to the Committee is a paper for its agenda', () => {
    expect(
      minute('RESOLVED – That the Parking Manager provide a report on the permit income to the Committee.').map(
        (i) => i.category,
      ),
    ).toEqual(['work-programme']);
  });
});

describe('"… and the clerk will …": a second main clause whose subject is an office, however it is capitalised', () => {
  const parish = (sentence: string) =>
    parseMinutes(
      `MINUTES of the meeting of Little Pellingford Parish Council held on 9 February 2027\n\nPresent: Cllrs Amadi (Chair), Brocklesby, Trew\n\n12.  PLANNING\n${sentence}\n\n13.  CLOSE\nThe meeting closed.\n`,
    ).items;
  it.each([
    [
      'lower case, "will"',
      'The Council objects to the barn conversion on grounds of access and the clerk will submit the objection by 20th February.',
      'clerk',
    ],
    [
      'lower case, "would"',
      'Members supported the application and the clerk would send the comments to the district.',
      'clerk',
    ],
    [
      'capitals, "will"',
      'Members supported the application and the Clerk will send the comments to the district.',
      'Clerk',
    ],
    [
      'another office, "will"',
      'The Council supports the new footpath and the chairman will order the new waymarker posts.',
      'chairman',
    ],
  ])('%s', (_name, sentence, owner) => {
    const found = parish(sentence);
    expect(found).toHaveLength(1);
    expect(found[0]!.owner?.replace(/^the\s+/i, '')).toBe(owner);
  });

  it.each([
    ['two people, one subject', 'The chair and the clerk will meet the developer.'],
    ['"would be", a fact to come', 'Members noted the appeal and the clerk would be away in March.'],
  ])('near-miss: %s', (_name, sentence) => {
    expect(
      parish(sentence).filter((i) => /^(?:the\s+)?clerk$/i.test(i.owner ?? '') && !/meet/.test(i.text)),
    ).toHaveLength(0);
  });
});

describe('another body asked to keep a thing so is asked to decide it: a recommendation, not a carrying-on', () => {
  const resolved = (clauses: string) =>
    parseMinutes(
      `MINUTES of the meeting of the Pellingford Scrutiny Panel held on 9 February 2027\n\nPresent: Councillors Amadi (Chair), Brocklesby, Trew\n\n4.   APOLOGIES\n4.1  None.\n\n5.   LIBRARIES REVIEW\n5.1  The Head of Culture presented the review.\n${clauses}\n\n6.   CLOSE\n6.1  The meeting closed.\n`,
    ).items;
  it.each([
    [
      'lettered, "be asked to keep … running"',
      '5.2  RESOLVED that:\n     (a) the review be noted; and\n     (b) Cabinet be asked to keep the mobile library running in 2027/28.',
      'Cabinet',
    ],
    [
      '"be requested to keep … open"',
      '5.2  RESOLVED that the County Council be requested to keep the Mill Lane footpath open.',
      'the County Council',
    ],
    [
      '"be asked to retain"',
      '5.2  RESOLVED – That the Executive be asked to retain the Sunday opening hours.',
      'the Executive',
    ],
  ])('%s', (_name, clauses, owner) => {
    const found = resolved(clauses);
    expect(found.map((i) => [i.category, i.owner])).toEqual([['recommendation', owner]]);
  });

  it.each([
    [
      'an officer asked to carry on',
      '5.2  RESOLVED that the Head of Culture be asked to continue to liaise with the trust.',
    ],
    ['this body keeping a thing under review', '5.2  RESOLVED that the Panel keep the opening hours under review.'],
  ])('near-miss: %s', (_name, clauses) => {
    expect(resolved(clauses)).toHaveLength(0);
  });
});
