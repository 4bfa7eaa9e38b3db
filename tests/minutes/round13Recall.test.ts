// Round 13, recall: forms of writing the importer missed on fresh 29–32, each shared by several sets.
// A table of an auditor's or a review's recommendations with the officer who owns each and a target date, agreed by the
// meeting, is an action table: its column "Recommendation" is the action, "Responsible officer" the owner. And an
// earlier action kept on a log whose "Status" column, after an "Update" column, says it goes to plan is nothing new.
// Invented wording throughout, several layouts a rule, and near-misses that must not fire.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';

const MASTHEAD =
  'MINUTES of the meeting of the Harrowgate Vale Audit Committee held on 8 March 2027\n\nPresent: Councillors Ostrowski (Chair), Pellow, Quarrie\n\n';
const read = (body: string) => parseMinutes(`${MASTHEAD}${body}\n\nThe meeting closed at 8.15 pm.\n`);
const items = (body: string) => read(body).items;

describe('a table of recommendations with an owner and a date: each row an action', () => {
  it.each([
    [
      'tabs, "Recommendation | Responsible officer | Target date"',
      '12.\tExternal audit findings\nThe auditor set out three recommendations.\n\nRef\tRecommendation\tResponsible officer\tTarget date\nA1\tRewrite the grants procedure and train staff on it\tHead of Finance\t30 June 2027\nA2\tPublish the register of interests each quarter\tMonitoring Officer\t31/05/2027\nA3\tReconcile the payroll to the ledger monthly\tPayroll Manager\tApril 2027\n\nRESOLVED: That the management responses be agreed.',
    ],
    [
      'spaced columns, wrapped text, "No | Recommendation | Owner | Target date"',
      '12.  Internal audit recommendations\n\n No  Recommendation                       Owner                  Target date\n --  -----------------------------------  ---------------------  ------------\n 1   Rewrite the grants procedure and     Head of Finance        30 June 2027\n     train staff on it\n 2   Publish the register of interests    Monitoring Officer     31/05/2027\n     each quarter\n 3   Reconcile the payroll to the         Payroll Manager        April 2027\n     ledger monthly\n\nRESOLVED - That the target dates be agreed.',
    ],
    [
      'pipes, "Recommendations | Lead | Due"',
      '12. Review of procurement\n\nNo. | Recommendations | Lead | Due\n1 | Rewrite the grants procedure and train staff on it | Head of Finance | 30 June 2027\n2 | Publish the register of interests each quarter | Monitoring Officer | 31 May 2027\n3 | Reconcile the payroll to the ledger monthly | Payroll Manager | April 2027\n\nRESOLVED: That the report be noted.',
    ],
  ])('%s', (_name, minute) => {
    const found = items(minute);
    expect(found.map((i) => i.owner)).toEqual(['Head of Finance', 'Monitoring Officer', 'Payroll Manager']);
    expect(found.every((i) => i.type === 'action')).toBe(true);
  });

  it('a "Recommendation" column with no owner or date beside it is no action table', () => {
    const found = items(
      '12.\tOptions\n\nOption\tRecommendation\nA\tNot supported\nB\tSupported\n\nRESOLVED: That option B be noted.',
    );
    expect(found).toEqual([]);
  });
});

describe('an earlier action whose Status column, after an Update column, says it goes to plan is nothing new', () => {
  const LOG = (status: string) =>
    `4.\tAction log\n\nRef | Meeting | Action | Responsible officer | Update | Status\nAC/12 | 7 Dec 2026 | Hold a members' seminar on cyber risk | Head of ICT | Booked for 20 April 2027, 10.00 am | ${status}`;
  it.each(['Open – on track', 'On track', 'Ongoing, on schedule', 'In progress - on target'])('"%s"', (status) => {
    expect(items(LOG(status))).toEqual([]);
  });

  it('a row raised at this meeting is still new', () => {
    const found = items(
      `4.\tAction log\n\nRef | Meeting | Action | Responsible officer | Update | Status\nAC/19 | 8 Mar 2027 | Hold a members' seminar on cyber risk | Head of ICT | To be booked | New`,
    );
    expect(found).toHaveLength(1);
    expect(found[0].owner).toBe('Head of ICT');
  });
});

describe('a written reply promised by the one asked is that speaker’s undertaking', () => {
  it.each([
    [
      '"said a written reply would be sent"',
      '7.\tPublic questions\nMrs Okafor asked about the closure of the Dene Road toilets. The Chair said a written reply would be sent.',
      'Chair',
    ],
    [
      '"said that a full written answer … would be sent to …"',
      '7.\tPublic questions\nMr Lintott asked how many street lights were out of order. The Head of Highways gave the figure and said that a full written answer with the repair dates would be sent to Mr Lintott within 14 days.',
      'Head of Highways',
    ],
    [
      '"stated that a written response would be provided"',
      '7.\tQuestions from members\nCouncillor Pellow asked about the cost of the ferry subsidy. The Treasurer stated that a written response would be provided.',
      'Treasurer',
    ],
  ])('%s', (_name, minute, owner) => {
    const found = items(minute);
    expect(found).toHaveLength(1);
    expect(found[0].owner).toBe(owner);
  });

  it.each([
    // the reply already given: nothing to do
    '7.\tPublic questions\nMrs Okafor asked about the closure of the Dene Road toilets. The Chair said a written reply had been sent on 2 March.',
    // a reply declined
    '7.\tPublic questions\nMrs Okafor asked about the closure of the Dene Road toilets. The Chair said a written reply would not be sent as the matter was before the courts.',
    // no written reply promised
    '7.\tPublic questions\nMrs Okafor asked about the toilets. The Chair said the answer had been given at the last meeting.',
  ])('not: %s', (minute) => {
    expect(items(minute)).toEqual([]);
  });
});
