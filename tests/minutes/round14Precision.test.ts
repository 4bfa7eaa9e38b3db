// Round 14, precision and type: forms of writing the importer proposed that a clerk would not track, or gave the
// wrong type, each seen in several of our sets. Invented wording throughout, several layouts a rule, and near-misses
// that must not fire.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';

const MASTHEAD =
  'RECORD OF DECISIONS of the Westmere Borough Council Cabinet held on 9 March 2027\n\nPresent: Councillors Achebe (Chair), Brannigan, Ceylan\n\n';
const read = (body: string) => parseMinutes(`${MASTHEAD}${body}\n\nThe meeting closed at 8.15 pm.\n`);
const items = (body: string) => read(body).items;
const texts = (body: string) => items(body).map((i) => i.text);

describe('the options a decision record says were considered and rejected are not items', () => {
  const DECISION =
    'CAB 21  Library opening hours\n\nDecision:\n(1) That the revised opening hours be approved.\n(2) That the Head of Libraries write to every friends group by 30 April 2027.\nReasons: To keep within the budget.\n';
  it.each([
    [
      'lettered, a hyphen and "rejected as"',
      'Alternative options considered and rejected:\n(a) Close the two smallest branches - rejected as rural wards would lose their library.\n(b) Run the branches with volunteers - rejected as the training cost is too high.',
    ],
    [
      'an option named and worded as an order, a colon and "rejected because"',
      'Options considered and rejected:\nOption A - Do nothing: rejected because the saving would be lost.\nOption B - Volunteers to run the branches: rejected because of the safeguarding risk.',
    ],
    [
      'no heading, an en dash and "rejected for now"',
      'Bringing the mobile library service back in-house – rejected for now because of the cost of new vehicles.',
    ],
    [
      'one option after the heading, a comma and its reason',
      'Options considered and rejected: Closing the branches on Saturdays, rejected following the consultation.',
    ],
    ['"not pursued" after an em dash', 'Other options: Sell the Market Street building — not pursued at this stage.'],
  ])('%s', (_name, options) => {
    expect(texts(`${DECISION}${options}`)).toEqual([
      'The Head of Libraries write to every friends group by 30 April 2027.',
    ]);
  });

  it.each([
    [
      'a dash that sets out a step, not a verdict',
      'The Clerk to re-submit the grant bid – it was rejected last month.',
    ],
    ['a reason that the rejection leads to', 'The Head of Libraries to appeal against the rejected bid by 1 May 2027.'],
  ])('near-miss: %s', (_name, line) => {
    expect(texts(`CAB 21  Library opening hours\n\nRESOLVED:\n(1) ${line}`)).toHaveLength(1);
  });
});

describe('rows of the action log closed by their references are no new items', () => {
  const LOG =
    '4.  Action log\n\nRef     Action                                   Owner   Status\nHW/31   Map the cycle routes to the schools      TB      Complete\nHW/32   Survey the traders on loading bays       KS      Complete\nHW/33   Cost a second electric charging hub      TB      Open\n\n';
  it.each([
    ['active, after "agreed to"', 'The Panel agreed to close HW/31 and HW/32.'],
    [
      'passive after "agreed that", with a condition',
      'Members agreed that HW/31 be closed once the map had been shared.',
    ],
    ['a resolution, a list of three', 'RESOLVED: That actions HW/31, HW/32 and 12 be closed.'],
    ['"can be closed"', 'HW/31 & HW/32 can be closed.'],
    ['a resolution naming one row', 'RESOLVED: That HW/33 be closed.'],
  ])('%s', (_name, line) => {
    expect(texts(`${LOG}${line}`).filter((t) => /\bclosed?\b/.test(t))).toEqual([]);
  });

  it.each([
    ['a place closed', 'RESOLVED: That the Kings Road public toilets be closed for the winter.'],
    ['a number of things, not rows', 'RESOLVED: That the Head of Estates close 2 branches by 30 June 2027.'],
    ['a numbered place', 'RESOLVED: That Block 2 of the Tannery car park be closed during the works.'],
  ])('near-miss: %s', (_name, line) => {
    expect(texts(`${LOG}${line}`).filter((t) => /\bclosed?\b/.test(t))).toHaveLength(1);
  });
});

describe('a matter settled at another item of the same meeting leaves nothing to track', () => {
  const MEETING = (line: string) =>
    `MINUTES of the Fernleigh Parish Council held on 2 March 2027\n\n31/27  Public participation\n${line}\n\n32/27  Footpaths\nRESOLVED: That the Clerk report the broken stile to the county council by 16 March 2027.\n\n36/27  Date of next meeting\nThe next meeting will be held on 6 April 2027.`;
  it.each([
    [
      '"would consider the matter under item N"',
      'A resident asked about the stile. The Chair said the Council would consider the matter under item 32/27.',
    ],
    [
      '"it would be discussed at agenda item N"',
      'Mr Ghosh raised the bus shelter. The Chairman said it would be discussed at agenda item 34.',
    ],
    [
      '"would look into it under item N"',
      'A resident raised the verges; the Chair said the Council would look into it under item 33/27.',
    ],
    [
      'a member taking no part in an item',
      'Cllr Yeo declared an interest as a neighbour and said she would take no part in item 33/27.',
    ],
    ['not voting on an item', 'Cllr Abara said he would not vote on item 34 as he is a trustee of the hall.'],
  ])('%s', (_name, line) => {
    expect(parseMinutes(MEETING(line)).items.map((i) => i.text)).toEqual([
      'The Clerk report the broken stile to the county council by 16 March 2027.',
    ]);
  });

  it.each([
    [
      'a report under the item at the next meeting',
      'The Chair said the Clerk would report on the stile under item 5 at the next meeting.',
    ],
    ['an errand, the item only its subject', 'Cllr Yeo agreed to write to the school about item 33/27.'],
  ])('near-miss: %s', (_name, line) => {
    expect(parseMinutes(MEETING(line)).items).toHaveLength(2);
  });
});

describe('a meeting placed in time is the calendar, with the year after its name or "scheduled" for its verb', () => {
  const MEETING = (line: string) =>
    `MINUTES of the Fernleigh Parish Council held on 2 March 2027\n\n31/27  Any other business\n${line}\n\n32/27  Footpaths\nRESOLVED: That the Clerk report the broken stile to the county council by 16 March 2027.`;
  it.each([
    [
      'the year after the name, in a second that-clause',
      'The Chairman announced that the Council would next meet on 6 April 2027\nand that the Annual Parish Meeting in 2028 will be held on Thursday 11 May 2028 at 7pm.',
    ],
    [
      '"scheduled for" a list of dates, after a resolution',
      'RESOLVED that the next meeting be held on Tuesday 6 April 2027 at 7 pm. Further\nmeetings are scheduled for 4 May, 1 June and 6 July 2027.',
    ],
    ['the year after the name, in a resolution', 'RESOLVED: That the Annual Meeting for 2028 be held on 9 May 2028.'],
  ])('%s', (_name, line) => {
    expect(parseMinutes(MEETING(line)).items.map((i) => i.text)).toEqual([
      'The Clerk report the broken stile to the county council by 16 March 2027.',
    ]);
  });

  it('near-miss: someone to arrange a meeting is an errand', () => {
    expect(
      parseMinutes(MEETING('RESOLVED: That the Clerk arrange a meeting with the landowner in April 2027.')).items,
    ).toHaveLength(2);
  });
});

describe('a charge changed to an amount, or a sum moved between reserves, is made by the decision', () => {
  const RESOLVED = (lines: string) =>
    `MINUTES of the Fernleigh Parish Council held on 2 March 2027\n\n33/27  Finance\nRESOLVED:\n${lines}\n(z) That the Clerk report the broken stile to the county council by 16 March 2027.`;
  it.each([
    [
      'a fee raised by a share to a sum',
      '(a) That the hall hire fee be increased by 4% to £52 rather than the 6% proposed.',
    ],
    ['a rent cut to a sum, to-infinitive', '(a) To reduce the allotment rent to £30 a plot from 1 October.'],
    ['a charge raised by pence', '(a) That the car park charge be raised by 20p.'],
    [
      'a sum moved between reserves',
      '(a) That £900 be moved from general reserves to the play area earmarked reserve.',
    ],
    ['a sum moved into the budget', '(a) That £2,500 be moved from the contingency into the verges budget.'],
  ])('%s', (_name, lines) => {
    expect(parseMinutes(RESOLVED(lines)).items.map((i) => i.text)).toEqual([
      'The Clerk report the broken stile to the county council by 16 March 2027.',
    ]);
  });

  it.each([
    ['someone named to change it', '(a) That the Treasurer raise the petty cash float to £200.'],
    ['a limit that is no amount of money', '(a) That the speed limit on Mill Lane be reduced to 20mph.'],
    ['an item moved between meetings', '(a) That the verges item be moved from the April meeting to the May meeting.'],
  ])('near-miss: %s', (_name, lines) => {
    expect(parseMinutes(RESOLVED(lines)).items).toHaveLength(2);
  });
});

describe('an errand then "and report back": the errand is an action, even when its verb is one a meeting uses', () => {
  const MEETING = (line: string) =>
    `MINUTES of the Oakhurst Housing Panel held on 4 March 2027\n\n14.  Estate parking\n${line}\n\n15.  Date of next meeting\nThe next meeting will be held on 8 April 2027.`;
  it.each([
    [
      'officer "to review … and report back to the Panel"',
      'RESOLVED: That the Estates Manager review the signage in the Hollins Court car park and report back to the Panel.',
    ],
    [
      '"to look at … and report back", no due',
      'Officers to look at a residents-only permit for Hollins Court and report back.',
    ],
    [
      'passive "be asked to review … and report back to the next meeting"',
      'RESOLVED: That the Parking Team be asked to review the permit charges and report back to the next meeting.',
    ],
    [
      'a group "review … and to report back within six months"',
      'RESOLVED: That the Tenants Forum review the parking policy and to report back to the Panel within six months.',
    ],
    ['reported undertaking', 'Ms Ahmadi would take the request to the estates team and report back.'],
  ])('%s', (_name, line) => {
    const found = parseMinutes(MEETING(line)).items;
    expect(found).toHaveLength(1);
    expect(found[0].type).toBe('action');
  });

  it.each([
    [
      'the report is the verb',
      'RESOLVED: That the Estates Manager report back to the Panel on the permit scheme within six months.',
    ],
    [
      'a report back asked for at a named meeting',
      'RESOLVED: That the Estates Manager be asked to report back to the Panel’s June meeting on the permit scheme.',
    ],
  ])('near-miss, still the Panel’s business: %s', (_name, line) => {
    const found = parseMinutes(MEETING(line)).items;
    expect(found).toHaveLength(1);
    expect(found[0].type).toBe('work-programme');
  });
});

describe('an invitation to a sitting of this body, or back to it, is an invitation', () => {
  const MEETING = (line: string) =>
    `MINUTES of the Oakhurst Housing Panel held on 4 March 2027\n\n14.  Estate parking\n${line}\n\n15.  Date of next meeting\nThe next meeting will be held on 8 April 2027.`;
  it.each([
    [
      '"be invited to attend the evidence session on <date>"',
      'RESOLVED: That the Tenants Forum be invited to attend the evidence session on 22 April 2027.',
    ],
    ['"to attend its next hearing"', 'RESOLVED: That the Estates Manager be invited to attend its next hearing.'],
    [
      '"be invited back in the summer to report on …"',
      'RESOLVED: That Oakhurst Homes be invited back in the summer to report on the permit trial.',
    ],
    [
      'to-infinitive, "to report back on …"',
      'RESOLVED: To invite the Parking Team to report back on the permit trial.',
    ],
  ])('%s', (_name, line) => {
    const found = parseMinutes(MEETING(line)).items;
    expect(found).toHaveLength(1);
    expect(found[0].type).toBe('work-programme');
  });

  it('near-miss: invited to another body’s session is an errand', () => {
    const found = parseMinutes(
      MEETING('RESOLVED: That Councillor Oduya be invited to attend the County Council’s scrutiny session on buses.'),
    ).items;
    expect(found.map((i) => i.type)).toEqual(['action']);
  });
});

describe('figures asked for by a meeting are information for the members, not a paper on its agenda', () => {
  const MEETING = (line: string) =>
    `MINUTES of the Oakhurst Housing Panel held on 4 March 2027\n\n14.  Voids\n${line}\n\n15.  Date of next meeting\nThe next meeting will be held on 8 April 2027.`;
  it.each([
    [
      'initials "to provide a breakdown … to the next meeting"',
      'PT to provide a breakdown of void times by estate to the next meeting.',
    ],
    [
      '"would provide the figures for the April meeting"',
      'The Voids Manager would provide the figures by estate for the April meeting.',
    ],
    [
      'a resolution, "a written update … to the next meeting"',
      'RESOLVED: That the Voids Manager provide a written update on the two oldest voids to the next meeting.',
    ],
    [
      'passive, "a breakdown be provided"',
      'RESOLVED: That a breakdown of relet times by bedroom size be provided to the next meeting.',
    ],
  ])('%s', (_name, line) => {
    const found = parseMinutes(MEETING(line)).items;
    expect(found).toHaveLength(1);
    expect(found[0].category).toBe('information');
    expect(found[0].type).toBe('action');
  });

  it('near-miss: a report is a paper for the meeting', () => {
    const found = parseMinutes(
      MEETING('RESOLVED: That the Voids Manager provide a report on void times to the next meeting.'),
    ).items;
    expect(found.map((i) => i.type)).toEqual(['work-programme']);
  });

  it('near-miss: a further update is a paper for the meeting', () => {
    const found = parseMinutes(
      MEETING('RESOLVED: That the Voids Manager provide a further update on void times to the June meeting.'),
    ).items;
    expect(found.map((i) => i.type)).toEqual(['work-programme']);
  });
});

describe('a decision this body will take itself, in the passive, at a meeting of its own is its future business', () => {
  const MEETING = (line: string) =>
    `MINUTES of the Fernleigh Parish Council held on 2 March 2027\n\n33/27  Finance\n${line}\n\n36/27  Date of next meeting\nThe next meeting will be held on 6 April 2027.`;
  it.each([
    ['"be set at the <month> meeting"', 'RESOLVED: That the hall hire charges for 2027/28 be set at the May meeting.'],
    ['"would be set at …", reported', 'The Chairman said the precept would be set at the January meeting.'],
    [
      '"be reviewed again by this Council in the autumn"',
      'RESOLVED: That the earmarked reserves be reviewed again by this Council in the autumn of 2027.',
    ],
    [
      '"be considered at the meeting on <date>"',
      'RESOLVED: That the allotment rules be considered at the meeting on 6 April 2027.',
    ],
  ])('%s', (_name, line) => {
    const found = parseMinutes(MEETING(line)).items;
    expect(found.map((i) => i.type)).toEqual(['work-programme']);
  });

  it.each([
    ['work someone does by the meeting', 'RESOLVED: That the bench be installed before the next meeting.'],
    ['reviewed by an officer', 'RESOLVED: That the reserves be reviewed by the Clerk in the autumn of 2027.'],
  ])('near-miss: %s', (_name, line) => {
    expect(parseMinutes(MEETING(line)).items.map((i) => i.type)).toEqual(['action']);
  });
});
