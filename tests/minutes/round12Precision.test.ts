// Round 12, precision: forms of what minutes print that a clerk does not track as a new item, each shared by
// several sets read this round. Invented wording, several variants a rule, and near-misses that must still give items.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';

const MASTHEAD =
  'MINUTES of the meeting of the Riverside Services Committee held on 9 March 2027\n\nPresent: Councillors Abara (Chair), Lusk, Pemberton\n\n';
const read = (body: string) => parseMinutes(`${MASTHEAD}${body}\n\nThe meeting closed at 8.40 pm.\n`);
const items = (body: string) => read(body).items;

describe('a change that takes effect from a date, with no one told to make it, is decided at the meeting: noted', () => {
  it.each([
    // "with effect from"
    '31.\tFees and charges\nRESOLVED: That the fees and charges in Appendix C be set with effect from 1st April 2027.',
    // a fronted date, the change in the passive
    '31.\tBurial fees\nRESOLVED: That, from 1 April 2027, the adult interment fee be increased by 4% and all other fees by 6%.',
    // the subjunctive of an intransitive verb, the rate and the date after it
    '31.\tRoom hire\nRESOLVED: That room hire charges rise by 3% from 1st May 2027, rounded up to the nearest 10p.',
    // "backdated to"
    '31.\tStaff pay\nRESOLVED: That the national pay award for 2026/27 be applied to all staff, backdated to 1st April 2026.',
    // "comes into effect"
    '31.\tMarket tolls\nRESOLVED: That, if no objections are received, the revised table of market tolls comes into effect on 2nd February 2027.',
    // a closing date after a comma
    '31.\tLicensing policy\nRESOLVED: That the Policy be amended so that licences run for three years rather than one, from 1st June 2027.',
    // lettered clauses under one heading, the infinitive
    '31.\tAllotments\nRESOLVED to:\n(a) increase allotment rents by 5% with effect from 1 October 2027;\n(b) note the waiting list.',
  ])('%s', (minute) => {
    const r = read(minute);
    expect(r.items).toEqual([]);
    expect(r.noted.length).toBeGreaterThan(0);
  });

  it.each([
    // someone named to act from the date: their errand
    ['31.\tFees\nRESOLVED: That the Finance Officer apply the new fees with effect from 1st April 2027.', 'action'],
    // a consultation launched from a date is work to do
    [
      '31.\tConsultation\nRESOLVED: That the Head of Planning launch a six-week consultation from 4th January 2027.',
      'action',
    ],
    // a contract let for a term that starts on the date: "for three years from"
    [
      '31.\tContracts\nRESOLVED: That the cleaning contract be re-tendered for a period of three years from 1st April 2027.',
      'action',
    ],
    // the change and an errand about it in the next sentence
    [
      '31.\tAllotments\nRESOLVED that allotment rents rise from £30 to £33 a plot from 1st October 2027. Clerk to write to every tenant giving notice of the rise by 30th November 2026.',
      'action',
    ],
    // recommended to another body: that body's to decide
    [
      '31.\tRents\nRESOLVED that it be RECOMMENDED to Council:\n1) that garage rents be increased by 3% from 5 April 2027; and\n2) that service charges be frozen.',
      'recommendation',
    ],
  ])('near-miss still an item: %s', (minute, category) => {
    expect(items(minute).map((i) => i.category)).toContain(category);
  });
});

describe('a correction of the previous minutes is the record mended, not an item', () => {
  it.each([
    // approved with a correction, in notes
    '2.\tMinutes of the last meeting (10 February 2027)\nAgreed as an accurate record, with one correction: under item 4 the grant figure should read £4,500, not £5,400.',
    '2.\tNotes of the last meeting\n• Agreed, with one correction: item 6 should say that PL, not RD, led the walk.',
    '2.\tNotes of the last meeting\nAgreed, except that MK (not MR) should be shown as present.',
    // the resolution amends the earlier minute by its number
    '2.\tMinutes\nRESOLVED: That the minutes of the meeting held on 10 February 2027 be approved, and that Minute No. 17 be amended to show that Councillor Lusk had sent apologies.',
    '2.\tMinutes\nRESOLVED:\n(a) That RS.44(c) be amended to show that Councillor Pemberton voted against.\n(b) That the minutes, as amended, be signed by the Chair.',
    // a name changed in a paragraph of a minute
    '2.\tMinutes\nRESOLVED: That the name in the second paragraph of minute 9 be changed from “Mr Oakes” to “Mr Oates”, and that the minutes be approved.',
  ])('%s', (minute) => {
    expect(items(minute)).toEqual([]);
  });

  it.each([
    // a website or a leaflet amended is work to do
    '2.\tWebsite\nRESOLVED: That the Clerk amend the Council’s website to show the new opening hours.',
    // an item agreed after the minutes, in the same notes
    '2.\tNotes of the last meeting\nAgreed as an accurate record.\n\n3.\tPlay area\nIt was agreed that the Clerk would order two new swing seats.',
  ])('near-miss still an item: %s', (minute) => {
    expect(items(minute).length).toBeGreaterThan(0);
  });
});

describe('"take effect" in a clause of time is when something else happens', () => {
  it.each([
    '31.\tStreet trading\nRESOLVED: That the new consent fees be advertised for 28 days in the local press before they take effect.',
    '31.\tTaxi fares\nRESOLVED: That the revised fares be published on the Council’s website once they come into force.',
  ])('%s', (minute) => {
    expect(items(minute).map((i) => i.category)).toEqual(['action']);
  });
});

describe('money moved into or out of the body’s own budgets by the decision is spent by it: noted', () => {
  it.each([
    '32.\tCapital programme\nRESOLVED: That £1.5m be added to the capital programme for 2027/28 for the replacement of the depot roof.',
    '32.\tPavilion\nRESOLVED: That the Meadow Park pavilion scheme be added to the capital programme.',
    '32.\tReserves\nRESOLVED: That £40,000 be released from the Transformation Reserve to fund the pilot.',
    '32.\tEvents\nRESOLVED: That up to £800 be spent from the events budget on extra staging.',
    '32.\tBudget\nRESOLVED to:\n(a) transfer £12,000 from the general reserve to the play areas budget;\n(b) note the forecast outturn.',
    '32.\tBudget\nRESOLVED: That the underspend of £9,500 be transferred to the building maintenance reserve.',
  ])('%s', (minute) => {
    expect(items(minute)).toEqual([]);
  });

  it.each([
    // a purchase paid for from a budget is an errand
    '32.\tBenches\nRESOLVED: That two new benches be bought from the parks budget at a cost not exceeding £1,200.',
    // someone named to move the money
    '32.\tReserves\nRESOLVED: That the Treasurer transfer £5,000 from the general reserve to the election reserve.',
    // an item added to the agenda is work programme, not money
    '32.\tWork programme\nRESOLVED: That a report on the depot be added to the agenda of the next meeting.',
  ])('near-miss still an item: %s', (minute) => {
    expect(items(minute).length).toBeGreaterThan(0);
  });
});

describe('the conduct of a hearing, ruled on and carried out as it sits, leaves nothing to track', () => {
  it.each([
    '41.\tLate papers\nRESOLVED that the additional documents be admitted.',
    '41.\tProcedure\nRESOLVED that the hearing follow the procedure in the agenda and that the late statement of the Ward Councillor be admitted.',
    '41.\tAppointment of Chair\nRESOLVED that Councillor Imrie chair the hearing.',
    '41.\tEvidence\nAGREED: the photographs submitted by the applicant be accepted.',
    '41.\tExclusion of the press and public\nRESOLVED that the press and public be excluded for the next item, as it involves exempt information, and that the public interest in maintaining the exemption outweighs the public interest in disclosure.',
    // a condition of failure fronted after "That," arms a fallback
    '41.\tEnforcement\nRESOLVED: That, should the notice not be complied with, the Solicitor be authorised to take proceedings.',
  ])('%s', (minute) => {
    expect(items(minute)).toEqual([]);
  });

  it.each([
    // a report for a later meeting is work, even if "accepted"
    '41.\tLicence review\nRESOLVED that the hearing be adjourned to 14 April 2027 and the applicant be asked to submit a noise report before then.',
    // a condition of success fronted after "That,": work to do once it happens
    '41.\tKiosk\nRESOLVED: That, if the bid succeeds, the Head of Parks let the kiosk by March.',
    // a chair asked to act after the meeting
    '41.\tAppeals\nRESOLVED that the Chair write to the appellant with the decision within five working days.',
  ])('near-miss still an item: %s', (minute) => {
    expect(items(minute).length).toBeGreaterThan(0);
  });
});

describe('a clause whose verb the grammar cannot place is read for the plain signs of a record', () => {
  it.each([
    // the passive of a recording verb at its end
    '51.\tComplaints\nRESOLVED: That the handling of the complaint referred to and returned by the Ombudsman be noted.',
    // a view stated
    '51.\tPlanning\nRESOLVED: That the Town Council has no objection.',
    // what had happened, in a list of reasons given
    '51.\tCall-in\nThe reasons given in the call-in notice were:\n(a) that the ward members affected had not been consulted;\n(b) that the options appraised were not published.',
  ])('%s', (minute) => {
    expect(items(minute)).toEqual([]);
  });

  it('a clause with a subjunctive still instructs', () => {
    expect(
      items('51.\tFootpaths\nRESOLVED: That the footpath signs damaged in the storm be replaced before Easter.').length,
    ).toBe(1);
  });
});

describe('a date as the subject is the calendar, and closed rows of the action log are the log kept', () => {
  it.each([
    '52.\tDates of meetings\nRESOLVED:\n(i) That Thursday 18 February 2027 is held in reserve;\n(ii) That 18 February 2027 will be used only if the Panel vetoes the precept.',
    '52.\tAction log\nRESOLVED: That actions PR/14 and PR/19 be closed.',
    '52.\tAction log\nRESOLVED: That the completed actions be removed from the log.',
    '52.\tAction log\nAGREED: actions 3, 5 and 8 be marked as complete.',
  ])('%s', (minute) => {
    expect(items(minute)).toEqual([]);
  });

  it.each([
    '52.\tAction log\nRESOLVED: That action PR/21 be reassigned to the Head of Parks and brought back to the next meeting.',
    '52.\tDates\nRESOLVED: That the Clerk book the hall for Thursday 18 February 2027.',
  ])('near-miss still an item: %s', (minute) => {
    expect(items(minute).length).toBeGreaterThan(0);
  });
});
