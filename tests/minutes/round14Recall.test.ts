// Round 14, recall: forms of writing the importer missed on fresh 9–34, each a rule of how tables are laid out.
// A due column whose head carries a qualifier ("Revised target", "New due date", "Agreed deadline") is still the due
// column, and a rule of dashes or equals signs printed under a spaced table's heads is no row of it.
// Invented wording throughout, several layouts a rule, and near-misses that must not fire.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';

const MASTHEAD =
  'MINUTES of the meeting of the Pellingford Finance and Audit Committee held on 9 February 2027\n\nPresent: Councillors Amadi (Chair), Brocklesby, Trew\n\n';
const read = (body: string) => parseMinutes(`${MASTHEAD}${body}\n\nThe meeting closed at 7.40 pm.\n`);
const items = (body: string) => read(body).items;
/** A minute among others, so that its number reads as a minute's and its paragraphs' as paragraphs'. */
const among = (minute: string) =>
  items(`7.    APOLOGIES\n7.1   None.\n\n${minute}\n\n9.    CLOSE\n9.1   The Chair thanked members.`);

describe('a due column whose head is qualified ("Revised target", "New due date") is the due column', () => {
  it.each([
    [
      'spaced, a rule of dashes under the heads, "Revised target"',
      '14.  OVERDUE AUDIT ACTIONS\n\n     Ref    Area               Action                       Owner            Revised target\n     ------------------------------------------------------------------------------------------\n     K-21   Car parks          Reconcile the ticket income   Parking Manager  30/04/2027\n     K-27   Grants             Publish the grant register    Grants Officer   31 May 2027\n     K-30   Insurance          Renew the fleet policy        Risk Manager     30/06/2027\n\nRESOLVED that the report be noted.',
    ],
    [
      'spaced, a rule of dashes, owners cut short by the column ("Grants Off.")',
      '14.  OVERDUE AUDIT ACTIONS\n\n     Ref    Area               Action                       Owner            Revised target\n     ------------------------------------------------------------------------------------------\n     K-21   Car parks          Reconcile the ticket income   Parking Manager  30/04/2027\n     K-27   Grants             Publish the grant register    Grants Off.      31 May 2027\n     K-30   Insurance          Renew the fleet policy        Risk Mgr.        30/06/2027\n\nRESOLVED that the report be noted.',
      ['Parking Manager', 'Grants Off.', 'Risk Mgr.'],
    ],
    [
      'tabs, "New due date"',
      '14.\tOverdue audit actions\n\nRef\tArea\tAction\tOwner\tNew due date\nK-21\tCar parks\tReconcile the ticket income\tParking Manager\t30/04/2027\nK-27\tGrants\tPublish the grant register\tGrants Officer\t31 May 2027\nK-30\tInsurance\tRenew the fleet policy\tRisk Manager\t30/06/2027\n\nRESOLVED: That the revised dates be agreed.',
    ],
    [
      'pipes, "Agreed deadline", a rule of equals signs',
      '14. Overdue audit actions\n\nRef | Area | Action | Lead | Agreed deadline\n=====================================================\nK-21 | Car parks | Reconcile the ticket income | Parking Manager | 30 April 2027\nK-27 | Grants | Publish the grant register | Grants Officer | 31 May 2027\nK-30 | Insurance | Renew the fleet policy | Risk Manager | 30 June 2027\n\nRESOLVED – That the tracker be noted.',
    ],
    [
      'spaced, a rule of underscores, "Current target date"',
      '14.  Overdue audit actions\n\nNo.   Action                         Responsible officer   Current target date\n______________________________________________________________________\nK-21  Reconcile the ticket income    Parking Manager       30/04/2027\nK-27  Publish the grant register     Grants Officer        31/05/2027\nK-30  Renew the fleet policy         Risk Manager          30/06/2027\n\nRESOLVED that the report be noted.',
    ],
  ])('%s', (_name, minute, owners = ['Parking Manager', 'Grants Officer', 'Risk Manager']) => {
    const found = items(minute);
    expect(found.map((i) => i.owner)).toEqual(owners);
    expect(found.every((i) => i.type === 'action')).toBe(true);
    expect(found.map((i) => i.due)).toEqual([
      { kind: 'date', date: '2027-04-30' },
      { kind: 'date', date: '2027-05-31' },
      { kind: 'date', date: '2027-06-30' },
    ]);
  });

  it('an "Original target" column is not the due when a revised one stands beside it', () => {
    const found = items(
      '14.\tOverdue audit actions\n\nRef\tAction\tOwner\tOriginal target\tRevised target\nK-21\tReconcile the ticket income\tParking Manager\t31/12/2026\t30/04/2027\nK-27\tPublish the grant register\tGrants Officer\t31/01/2027\t31/05/2027\n\nRESOLVED: That the report be noted.',
    );
    expect(found.map((i) => i.due)).toEqual([
      { kind: 'date', date: '2027-04-30' },
      { kind: 'date', date: '2027-05-31' },
    ]);
  });

  it('a qualified date column beside no owner or action is no action table', () => {
    const found = items(
      '14.\tGrant rounds\n\nRound\tArea\tRevised date\nSpring\tCar parks\t30/04/2027\nSummer\tGrants\t31/05/2027\n\nRESOLVED: That the report be noted.',
    );
    expect(found).toEqual([]);
  });

  it('a rule of dashes between two paragraphs is no table', () => {
    const found = items(
      '14.  Overdue audit actions\n\nThe Committee reviewed the overdue actions.\n---------------------------------------------\nRESOLVED that the report be noted.',
    );
    expect(found).toEqual([]);
  });
});

describe('a tracker printed under its own minute is reviewed there, not under a later "action plan" minute', () => {
  const TRACKER = (title: string, later: string) =>
    `21.\t${title}\n\nRef\tAction\tOwner\tRevised date\nK-40\tRetender the cleaning contract\tFacilities Manager\t31/03/2027\nK-44\tTrain budget holders on the new ledger\tChief Accountant\t30/04/2027\n\nRESOLVED: That the tracker be noted.\n\n22.\t${later}\n\nThe Monitoring Officer reported progress. RESOLVED: That the update be noted.`;
  it.each([
    ['Audit recommendations tracker', 'Governance action plan update'],
    ['Overdue actions log', 'Action plan update'],
    ['Internal audit follow-up tracker', 'Matters arising and action log'],
  ])('"%s" then "%s"', (title, later) => {
    const found = items(TRACKER(title, later));
    expect(found.map((i) => i.minute)).toEqual(['K-40', 'K-44']);
  });

  it('a log printed under a minute that names no tracker is still reviewed under the action log minute', () => {
    const found = items(
      `21.\tMatters arising and action log\n\nThe Clerk reported on the log, printed below.\n\n22.\tDate of next meeting\n\nThe next meeting will be held on 9 March 2027.\n\nRef\tAction\tOwner\tStatus\nK-12\tRetender the cleaning contract\tFacilities Manager\tOpen\n`,
    );
    expect(found.map((i) => i.minute)).toEqual(['21']);
  });
});

describe('a review of the log: the verb that decides about a row stands before its reference', () => {
  const LOG =
    'Ref\tAction\tOwner\tDue\tStatus\nB-5\tRepaint the bandstand railings\tGrounds Manager\tOct 26\tOpen\nB-7\tSurvey the pond for newts\tEcology Officer\tNov 26\tOpen\nB-9\tPrice a second bench for the rose garden\tClerk\tSep 26\tOpen';
  const REVIEW = (said: string) =>
    `6.\tMatters arising and action log\n\n${said}\n\n7.\tDate of next meeting\n\nThe next meeting will be on 12 April 2027.\n\n${LOG}\n`;
  const rows = (said: string) =>
    items(REVIEW(said))
      .filter((i) => i.source === 'action-table')
      .map((i) => i.updates);

  it.each([
    ['a request before it', 'Councillor Trew asked that B-7 be brought forward before the spring.', ['B-7']],
    ['agreed before it', 'It was agreed that B-7 be widened to the canal bank.', ['B-7']],
    [
      'a question that names it last',
      'Councillor Amadi asked whether the survey would be finished in time for B-7.',
      ['B-7'],
    ],
  ])('%s: the row stays', (_name, said, kept) => {
    expect(rows(said)).toEqual(expect.arrayContaining(kept));
  });

  it.each([
    ['progress only, the reference first', 'B-7 remains with the ecologist; the survey is booked.'],
    ['closed by the meeting', 'It was agreed that B-7 be closed.'],
    ['kept open by the meeting', 'The Committee agreed that B-7 remain open.'],
  ])('%s: the row adds nothing', (_name, said) => {
    expect(rows(said)).not.toContain('B-7');
  });
});

describe('a status whose later sentence moves the date: the row is due on the new date', () => {
  it.each([
    'R. Delayed by the software change. Revised date 30/11/26.',
    'Amber. Contractor unwell. New date: 30/11/26',
    'Late – supplier failed. Revised to 30/11/26',
  ])('"%s"', (status) => {
    const found = items(
      `6.\tAction log\n\nRef\tAction\tOwner\tDue\tStatus\nB-11\tReplace the noticeboard at the rec\tClerk\tOct 26\t${status}\n`,
    );
    expect(found).toHaveLength(1);
    expect(found[0].due).toEqual({ kind: 'date', date: '2026-11-30' });
  });
});

describe('a paragraph number before the first of its lettered clauses: the clauses are read, under that number', () => {
  it.each([
    [
      'a keyword alone on the paragraph before, "(a)"/"(b)"',
      '8.    CEMETERY\n8.1   The Clerk reported on the extension.\n8.2   AGREED:\n8.3   (a) the report be noted;\n      (b) the Clerk obtain three quotes for the new gates.',
      ['8.3(b)'],
    ],
    [
      'no keyword, "(a)" and "(b)" after the number',
      '8.    PLAY AREAS\n8.1   Councillor Trew reported on the swings.\n8.2   (a) A report on the play area surfacing to come to the April meeting.\n      (b) The Clerk to order two new swing seats.',
      ['8.2(a)', '8.2(b)'],
    ],
    [
      'roman numerals, "RESOLVED:" alone',
      '8.    ALLOTMENTS\n8.1   RESOLVED:\n8.2   (i) the rent review be noted;\n      (ii) the Allotments Officer write to every tenant about the new water meters.',
      ['8.2(ii)'],
    ],
  ])('%s', (_name, minute, refs) => {
    expect(among(minute).map((i) => i.ref)).toEqual(refs);
  });

  it('a keyword with its decision on its own paragraph still ends at the next paragraph number', () => {
    const found = among(
      '8.    CEMETERY\n8.1   RESOLVED: That the Clerk obtain three quotes for the new gates.\n8.2   (a) Councillor Trew asked about the hedge.\n      (b) Councillor Amadi reported that the bins had been emptied.',
    );
    expect(found.map((i) => i.ref)).toEqual(['8.1']);
  });
});

describe('"– X to <verb>" closing a resolution\'s clause names who acts', () => {
  it.each([
    ['(b) A working group to meet before the spring - Dr Ambrose to convene.', 'Dr Ambrose'],
    ['(b) The sports club to be consulted on the pitch fees – the Clerk to write to them.', 'the Clerk'],
    ['(b) A site visit to be arranged before the next meeting — RT to arrange.', 'RT'],
  ])('%s', (clause, owner) => {
    const found = among(`8.    PLAYING FIELDS\n8.1   RESOLVED:\n      (a) the report be noted;\n      ${clause}`);
    expect(found.map((i) => i.owner)).toEqual([owner]);
  });

  it('a dash inside the matter, with no one named to act after it, names no one', () => {
    const found = among(
      '8.    PLAYING FIELDS\n8.1   RESOLVED:\n      (a) the report be noted;\n      (b) the pavilion – the old changing rooms – to be let to the cricket club.',
    );
    expect(found.map((i) => i.owner)).not.toContain('the old changing rooms');
  });
});

describe('"… and <someone> undertook to …" with no comma: a second main clause with its own subject', () => {
  it.each([
    [
      'Members wished to understand the delay and the Treasurer undertook to send a note on the late invoices to members.',
      'the Treasurer',
    ],
    ['The Committee discussed the hedge and Dr Ambrose agreed to walk the boundary with the contractor.', 'Dr Ambrose'],
    ['Councillor Trew raised the bus shelter and RT offered to report the damage to the county council.', 'RT'],
    [
      'Members were concerned at the figures and the Head of Parks and Open Spaces promised to bring a recovery plan.',
      'the Head of Parks and Open Spaces',
    ],
  ])('%s', (sentence, owner) => {
    const found = among(`8.    GROUNDS\n8.1   ${sentence}\n8.2   RESOLVED: That the report be noted.`);
    expect(found.map((i) => i.owner?.toLowerCase())).toEqual([owner.toLowerCase()]);
    expect(found[0].source).toBe('discussion');
  });

  it('two people joined by "and" before "undertook" are one subject, not a clause each', () => {
    const found = among(
      '8.    GROUNDS\n8.1   The Chair and the Clerk undertook to meet the landowner.\n8.2   RESOLVED: That the report be noted.',
    );
    expect(found.map((i) => i.owner)).not.toContain('the Clerk');
  });
});
