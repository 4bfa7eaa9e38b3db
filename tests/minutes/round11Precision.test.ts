// Round 11, precision: forms of what minutes print that a clerk does not track as a new item, each shared by
// several unread sets. Invented wording, several variants a rule, and near-misses that must still give items.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';

describe('a minute printed twice on one page, a short "Decision:" sheet beside the resolution, gives its items once', () => {
  const page = (minutes: string[]) =>
    `Agenda and minutes\nParks Committee\nThursday, 4th March, 2027 7.00 pm\n\nItems\nNo.\tItem\n\n${minutes.join('\n\n')}\n`;
  const items = (minutes: string[]) => parseMinutes(page(minutes)).items;

  it.each([
    // the sheet first, in fewer words than the resolution under "Minutes:"
    [
      '12.\tAllotments review\nDecision:\n(a) Review noted.\n(b) Parks Manager to bring the waiting-list figures to the next meeting.\nMinutes:\nThe Parks Manager presented the review.\nRESOLVED: That\n(a) the review be noted; and\n(b) the Parks Manager report the waiting-list figures for all 14 sites to the next meeting.',
      1,
    ],
    // the sheet after the resolution, one line for each clause
    [
      '12.\tAllotments review\nMinutes:\nThe Parks Manager presented the review.\nRESOLVED that:\n(i) the review be noted; and\n(ii) the Parks Manager be asked to bring a report on rents to a future meeting.\n\nDecision:\n(i) Noted. (ii) Report on rents to a future meeting.',
      1,
    ],
    // the sheet as prose sentences, the resolution numbered
    [
      '12.\tTree strategy\nDecision:\nStrategy noted. Tree Officer invited to the June 2027 meeting. Recommendation to Cabinet on street tree funding.\nMinutes:\nMembers discussed the strategy.\nRESOLVED: That\n(1) the strategy be noted;\n(2) the Tree Officer be invited to attend the June 2027 meeting; and\n(3) it be recommended to Cabinet that street tree planting be funded from the climate reserve.',
      2,
    ],
    // a one-line sheet for a one-line resolution
    [
      '12.\tFees and charges\nDecision:\nRecommended to Council.\nMinutes:\nRESOLVED: That the fees and charges for 2027/28 be recommended to Council on 15 April 2027 for approval.',
      1,
    ],
  ])('%s', (minute, count) => {
    expect(items([minute])).toHaveLength(count);
  });

  it('the items kept are the resolution’s, in its fuller words', () => {
    const read = items([
      '12.\tFees and charges\nDecision:\nRecommended to Council.\nMinutes:\nRESOLVED: That the fees and charges for 2027/28 be recommended to Council on 15 April 2027 for approval.',
    ]);
    expect(read).toMatchObject([{ category: 'recommendation', owner: 'Council' }]);
    expect(read[0].text).toContain('15 April 2027');
  });

  it.each([
    // only the sheet decides: the minute's record is discussion alone
    '12.\tAllotments review\nDecision:\nResolved –\n(1) That the review be noted.\n(2) That the Parks Manager circulate the waiting-list figures to all members by 31 March 2027.\nMinutes:\nThe Parks Manager presented the review and answered questions on rents.',
    // a sheet with no "Minutes:" copy at all
    '12.\tAllotments review\nDecision:\nThe Committee agreed:\n(a) to note the review;\n(b) to ask the Parks Manager to write to every plot holder about the new rents.',
  ])('a sheet that is the only record still gives its items: %s', (minute) => {
    expect(items([minute])).toHaveLength(1);
  });

  it("one minute's sheet is not taken for a copy of another minute's resolution", () => {
    const read = items([
      '12.\tAllotments review\nMinutes:\nRESOLVED that the Parks Manager report the waiting-list figures to the next meeting.\nDecision:\nFigures to the next meeting.',
      '13.\tPlay areas\nMinutes:\nThe Committee discussed the inspection report.\nDecision:\nThe Committee agreed to ask the Parks Manager to replace the swings at Mill Field.',
    ]);
    expect(read.map((i) => i.minute)).toEqual(['12', '13']);
  });
});

describe('a list under its title ("Items for the next agenda") ends at the blank line after it', () => {
  const MASTHEAD =
    'MINUTES of the meeting of Eastbrook Parish Council held on 10 March 2027\n\nPresent: Cllrs Reed (Chair), Okoye, Fell\n\n';
  const items = (body: string) => parseMinutes(`${MASTHEAD}${body}\n\nThe meeting closed at 9pm.\n`).items;

  it.each([
    // prose after the list: a reminder and a question answered, not agenda items
    '27/41  Items for the next agenda\nAllotment rents; the war memorial railings.\n\nThe Chair reminded members that the bus survey had closed on 2nd March and the Council’s reply had been sent.\nA member asked about the flooding at the ford; this is a matter for the County Council.',
    // a heading in capitals over a table after the list
    '27/41  Items for the next agenda\nAllotment rents; the war memorial railings.\n\nACTIONS ARISING\nMinute | Action | Who\n27/38 | Order the bench plaque | Clerk',
    // a title in capitals, the entries one a line
    '27/41  ITEMS FOR THE NEXT AGENDA\nAllotment rents\nThe war memorial railings\n\nCllr Fell said the noticeboard had been repaired by volunteers.',
  ])('%s', (body) => {
    expect(
      items(body)
        .filter((i) => i.minute === '27/41')
        .map((i) => i.text),
    ).toEqual([expect.stringMatching(/^Allotment rents$/i), expect.stringMatching(/war memorial railings$/i)]);
  });

  it.each([
    // one entry wrapped over two lines
    '27/41  Items for the next agenda\nAllotment rents for 2027/28 ; review of the\nCouncil’s Standing Orders.',
    // ticked entries, one a line
    '27/41  Items for next meeting\n   ☐ Allotment rents - outline (@Jo Reed)\n   ☐ Standing Orders - annual review',
  ])('the list itself is still read whole: %s', (body) => {
    expect(items(body).filter((i) => i.minute === '27/41')).toHaveLength(2);
  });
});

describe('"…, with X <participle> …" moves business only when it names when: otherwise it says how the thing decided is made', () => {
  const resolved = (clauses: string) =>
    parseMinutes(
      `MINUTES of the Corporate Committee held on 8 March 2027\n\nPresent: Councillors Abbas (Chair), Brook, Cole\n\n5. Policies\nRESOLVED:\n${clauses}\n\n6. Close\nThe meeting closed at 8pm.\n`,
    ).items.filter((i) => i.minute === '5');

  it.each([
    [
      '(a) to recommend to Council that the revised Standing Orders be adopted, with the paragraph on petitions replaced by the wording circulated at the meeting;\n(b) to note the report.',
      ['recommendation'],
    ],
    [
      '(a) That it be recommended to Cabinet that the grants formula continue unchanged, with the floor set at 2%.\n(b) That the report be noted.',
      ['recommendation'],
    ],
    ['(a) That the Tenancy Policy be adopted, with the rent cap fixed at 3%.\n(b) That the report be noted.', []],
    [
      'a. The Committee recommended to Cabinet that the grants scheme continue to follow the national scheme, with the minimum uplift set at +1.5%.\nb. The Committee noted the report.',
      ['recommendation'],
    ],
  ])('one decision: %s', (clauses, kinds) => {
    expect(resolved(clauses).map((i) => i.category)).toEqual(kinds);
  });

  it.each([
    '(a) To agree the work plan, with the audit review moved from this meeting to the March meeting.\n(b) To note the report.',
    '(a) That the forward plan be approved, with the budget item put back to the June meeting.\n(b) That the report be noted.',
    '(a) That the programme be agreed, with the deferred depot report to be taken in January.\n(b) That the report be noted.',
    '(a) That the programme be agreed, with the bus operator invited to attend for the transport item.\n(b) That the report be noted.',
  ])('a change of when, or someone invited, still gives its own item: %s', (clauses) => {
    expect(resolved(clauses)).toHaveLength(1);
  });
});

describe("the next meetings' dates are not an item, nor is a heading over the table of actions an owner", () => {
  it.each([
    'Future meetings: Friday 5th March 2027 and Friday 11th June 2027, all at 10am.',
    'Dates of future meetings: 5 March 2027, 11 June 2027.',
    'Next meeting: Friday 5th March 2027 at 10am.',
  ])('a dates line straight under a resolution: %s', (dates) => {
    for (const owner of ['', '   Head of Pensions']) {
      const read = parseMinutes(
        `MINUTES of the Pensions Committee held on 20 November 2026\n\nPresent: Councillors Ives (Chair), Jory, Kemp\n\n9. Work programme\nThe Committee reviewed its work programme.\nRESOLVED that the review of the funding strategy be deferred to the June 2027 meeting.${owner}\n${dates}\n\nThe meeting closed at 1pm.\n`,
      );
      expect(read.items.map((i) => i.text)).toEqual([expect.stringMatching(/^The review of the funding strategy/)]);
      expect(read.nextMeetings).toContain('2027-03-05');
    }
  });

  it.each([
    'ACTIONS FROM THIS MEETING',
    'ACTIONS ARISING',
    'Actions agreed at this meeting',
    'ACTIONS FROM THE MEETING',
  ])('a heading over the table: %s', (heading) => {
    const read = parseMinutes(
      `Climate Working Group – NOTES\nDate: Monday 30th November 2026\nPresent: Cllr Ann Ode (AO), Sam Hill (SH) – Officer\n\n1. Solar on schools\nSH went through the survey. Group keen.\nSH to list the schools with roofs fit for solar.\n\nNext meeting: Tuesday 2nd February 2027, 5.30pm.\n\n${heading}\nItem\tAction\tWho\tWhen\n1\tList the schools with roofs fit for solar\tSH\tby 11 Dec\n`,
    );
    expect(read.items.map((i) => i.text)).not.toContainEqual(expect.stringMatching(/next meeting/i));
    expect(read.items.map((i) => i.owner)).not.toContainEqual(expect.stringMatching(/meeting|arising|agreed/i));
  });

  it.each([
    ['The Clerk reported that the bench had been damaged again.\nACTION: CLERK', 'CLERK'],
    ['The bench at the green has been damaged again.\nAction: Clerk', 'Clerk'],
    ['The bench at the green has been damaged again; AT to get a quote.     ACTION: AT', 'AT'],
  ])('an owner on the action line is still read: %s', (lines, owner) => {
    const read = parseMinutes(
      `NOTES of the Amenities Group, Monday 30th November 2026\nPresent: Cllr Ann Ode, Sam Hill\n\n1. Benches\n${lines}\n`,
    );
    expect(read.items.map((i) => i.owner)).toContain(owner);
  });
});

describe("a table of actions citing a minute with its clause's letter ('27/18c') repeats that clause's resolution", () => {
  const read = (table: string) =>
    parseMinutes(
      `MINUTES of the Meeting of Westhope Parish Council held on Wednesday 24th February 2027\n\nPresent: Cllrs Hart (Chairman), Innes, Judd\nIn attendance: Mrs Kaur (Clerk)\n\n27/18  Open spaces\n(a) Bins: RESOLVED that the Clerk order two new bins for the recreation ground.\n(b) Hedges: the hedge survey was received.\n(c) Benches. RESOLVED that Cllrs Innes and Judd draft a specification for three benches for the March meeting.\n\n27/19  Correspondence\nThe correspondence was noted.\n\nACTIONS ARISING\n${table}\n\nThe meeting closed at 9pm.\n`,
    ).items;

  it.each([
    'Minute   | Action                 | Who               | By\n27/18a   | New bins for the rec   | Clerk             | March\n27/18c   | Bench specification    | Cllrs Innes/Judd  | Mar meeting',
    'Minute\tAction\tWho\tBy\n27/18(a)\tNew bins for the rec\tClerk\tMarch\n27/18(c)\tBench specification\tCllrs Innes/Judd\tMar meeting',
  ])('%s', (table) => {
    const items = read(table);
    expect(items).toHaveLength(2);
    expect(items.map((i) => i.source)).toEqual(['resolution', 'resolution']);
  });
});

describe('an item of business taken off, in the passive as in the active, leaves nothing to track', () => {
  const minute = (body: string) =>
    parseMinutes(
      `MINUTES of the Scrutiny Committee held on 2 March 2027\n\nPresent: Councillors Lowe (Chair), Mair, Nash\n\n9. Work programme\n${body}\n\n10. Close\nThe meeting closed at 9pm.\n`,
    ).items.filter((i) => i.minute === '9');

  it.each([
    'RESOLVED – that the work programme be agreed, with the following changes:\n(i) the item on bus shelters be brought forward from April to the February meeting;\n(ii) the item on library hours be removed as it was covered by the Cabinet in January.',
    'RESOLVED – that the work programme be agreed, with the following changes:\n(i) the item on bus shelters be brought forward from April to the February meeting;\n(ii) the item about library hours be deleted, having been covered elsewhere.',
    'The Committee agreed its work programme, with the item on bus shelters to be considered at the February meeting.\nThe item on library hours was removed; it is a matter for the Cabinet.',
  ])('%s', (body) => {
    expect(minute(body).map((i) => i.text)).toEqual([expect.stringMatching(/bus shelters/)]);
  });

  it('a report removed from a document is still work: "the appendix be removed and the report reissued"', () => {
    expect(
      minute('RESOLVED – that the appendix on fees be removed from the report and the report be reissued to members.'),
    ).not.toHaveLength(0);
  });
});

describe('"noted that A, and that B" notes both: what is noted to happen is not made to happen', () => {
  const read = (clause: string) =>
    parseMinutes(
      `MINUTES of the Schools Forum held on 2 March 2027\n\nPresent: Mrs Ode (Chair), Mr Pike, Ms Quinn\n\nItem 5  Funding\nDECISION:\na. ${clause}\nb. The Forum agreed to ask the Clerk to circulate the figures to all schools.\n\nItem 6  Close\nThe meeting closed at 6pm.\n`,
    ).items.map((i) => i.category);
  it.each([
    'The Forum noted that no vote could be taken for the special schools, and that the Council would keep the current rates.',
    'The Forum noted that the grant had been confirmed and that the Council would pay it in April.',
    'Members acknowledged that the deadline had passed, and that the Department would publish the rates in January.',
  ])('%s', (clause) => {
    expect(read(clause)).toEqual(['information']);
  });

  it('a resolution that agrees two things with "and that" still gives both', () => {
    expect(
      read('The Forum agreed that the Clerk write to the Department, and that the Chair meet the Director in April.'),
    ).toHaveLength(3);
  });
});

describe('a request and, right after it, someone taking it on are one item: the undertaking', () => {
  const minute = (body: string) =>
    parseMinutes(
      `MINUTES of the Children's Scrutiny Committee held on 2 March 2027\n\nPresent: Councillors Lowe (Chair), Mair, Nash\n\n6. Youth services\n${body}\nRESOLVED – that the report be noted.\n\n7. Close\nThe meeting closed at 9pm.\n`,
    ).items.filter((i) => i.minute === '6');

  it.each([
    [
      'The Chair asked that the Committee visit the new youth centre at Dock Road. The Scrutiny Officer agreed to arrange a visit in the spring.',
      'The Scrutiny Officer',
    ],
    [
      'Members asked for the figures to be broken down by ward. Ms Pryce agreed to provide this breakdown before the next meeting.',
      'Ms Pryce',
    ],
    [
      'Councillor Nash asked that young people be asked about the opening hours. The Youth Service Manager undertook to ask them through the youth council.',
      'The Youth Service Manager',
    ],
  ])('%s', (body, owner) => {
    expect(minute(body)).toMatchObject([{ owner }]);
  });

  it('an undertaking on another matter leaves the request an item of its own', () => {
    expect(
      minute(
        'Members asked that representatives of the police be invited to a future meeting to discuss knife crime. Ms Pryce agreed to share the attendance figures for each school with members.',
      ),
    ).toHaveLength(2);
  });
});

describe('an agreement reported as made before the meeting ("had offered to", "have already agreed to") is no undertaking here', () => {
  const minute = (body: string) =>
    parseMinutes(
      `MINUTES of the Children's Scrutiny Committee held on 2 March 2027\n\nPresent: Councillors Lowe (Chair), Mair, Nash\n\n6. Young carers\n${body}\nRESOLVED – that the report be noted.\n\n7. Close\nThe meeting closed at 9pm.\n`,
    ).items.filter((i) => i.minute === '6');

  it.each([
    'Mrs Noble asked whether young carers would be involved. The Scrutiny Officer said the Youth Council had offered to run a session.',
    'The Committee discussed the survey. Human Resources have already agreed to look at a cycle scheme as part of the pay review, so there is nothing for the group to do.',
    'The Carers Centre had agreed to host the launch in May.',
  ])('%s', (body) => {
    expect(minute(body)).toEqual([]);
  });

  it.each([
    'The Scrutiny Officer agreed to run a session with the Youth Council.',
    'Ms Pryce undertook to send the figures to members.',
  ])('an undertaking given at the meeting is still read: %s', (body) => {
    expect(minute(body)).toHaveLength(1);
  });
});
