// Round 37, precision: text that decides nothing, read as nothing by its form. (1) A matter named and closed by what the
// meeting did with it, "Bank reconciliation to 31 August noted.", a lettered finance line whose first word the
// verb-first reading took for an imperative. (2) The rows of a list headed as the last meeting's actions whose status
// says they are still open and nothing was done to them here ("Carried forward", "Ongoing – one reply in"): earlier
// actions, already on the log. (3) A licence condition in the active that recurs at an hour or a frequency ("…
// shall stop at 10.30 p.m. every day", "the licence holder shall employ a door supervisor from 20:00 until close on
// Saturdays"): a standing term, as the passive one is. Invented minutes of a parish council, a village hall committee
// and a licensing sub-committee, several layouts, with near-misses that must not change.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';
import { matterNoted } from '../../src/minutes/matterNoted.js';
import { listsEarlierActions } from '../../src/minutes/earlierActions.js';
import { standingCondition } from '../../src/minutes/standingConditions.js';
import { readClause } from '../../src/minutes/grammar.js';

const items = (text: string) => parseMinutes(text).items;
const at = (found: ReturnType<typeof items>, words: RegExp) => found.filter((i) => words.test(i.text));

/** Invented minutes of a parish council: year-prefixed minute numbers, lettered lines under finance. */
const parish = (body: string[]) =>
  [
    'ORMSBY WOLD PARISH COUNCIL',
    '',
    'Minutes of the meeting of the Parish Council held on Tuesday 8th September 2026 at 7.30pm in the Reading Room',
    '',
    'Present: Cllr H. Tate (Chair), Cllr B. Okafor, Cllr N. Lyle, Cllr E. Dray',
    'In attendance: Mr P. Quill (Clerk)',
    '',
    '26/61  Apologies',
    'None.',
    '',
    ...body,
    '',
    '26/70  Date of next meeting',
    'Tuesday 13th October 2026, 7.30pm.',
  ].join('\n');

/** Invented minutes of a village hall committee: numbered items, tables set out with tabs. */
const hall = (body: string[]) =>
  [
    'Fenwick Village Hall Management Committee',
    'Minutes of the committee meeting held on 21 October 2026',
    '',
    'Present: Ann Royle (Chair), Dev Mistry (Treasurer), Kath Bell (Secretary), Joe Tran',
    '',
    '1. Apologies',
    'None.',
    '',
    ...body,
    '',
    '9. Next meeting: 18 November 2026',
  ].join('\n');

describe('a matter closed by a recording participle is a record, not an errand', () => {
  it('a lettered finance line with a date and a bracketed balance', () => {
    const found = items(
      parish([
        '26/66  Finance',
        'a) Schedule of payments for September (£2,114.60) approved.',
        'b) Bank reconciliation to 31st August noted (balance £21,930.08).',
        'c) RESOLVED that the Clerk obtain two quotes for the churchyard wall repairs for the October meeting.',
      ]),
    );
    expect(at(found, /reconciliation/i)).toEqual([]);
    expect(at(found, /quotes for the churchyard wall/i)).toHaveLength(1);
  });

  it('other matters and participles: received, approved and signed', () => {
    const found = items(
      parish([
        '26/66  Finance',
        'a) Budget monitoring report to month 5 received.',
        'b) Internal auditor’s letter of engagement approved and signed.',
        'c) RESOLVED that the Clerk renew the insurance with the current insurer.',
      ]),
    );
    expect(at(found, /monitoring|engagement/i)).toEqual([]);
    expect(at(found, /renew the insurance/i)).toHaveLength(1);
  });

  it('near-misses: an errand about the same matter stays an item', () => {
    const found = items(
      parish([
        '26/66  Finance',
        'a) Schedule of payments for September approved.',
        'b) Bank reconciliation to be checked by Cllr Dray before the next meeting.',
        'c) RESOLVED that the Clerk circulate the reconciliation to all councillors.',
      ]),
    );
    expect(at(found, /checked by Cllr Dray/i)).toHaveLength(1);
    expect(at(found, /circulate the reconciliation/i)).toHaveLength(1);
  });

  it('the form, and what it is not', () => {
    expect(matterNoted('Bank reconciliation to 30th September noted.')).toBe(true);
    expect(matterNoted('Payments list for October (total £1,204.10) approved and signed.')).toBe(true);
    expect(matterNoted('Correspondence from the county council received.')).toBe(true);
    expect(matterNoted('That the accounts noted.')).toBe(false);
    expect(matterNoted('Clerk to report the lamp to be noted.')).toBe(false);
    expect(matterNoted('Recommendation to Full Council approved.')).toBe(false);
    expect(matterNoted('The report will be received.')).toBe(false);
    expect(matterNoted('Noted.')).toBe(false);
  });
});

describe('the open rows of a list of the last meeting’s actions are earlier actions', () => {
  it('a tab-separated list under its heading: open rows unchanged add nothing', () => {
    const found = items(
      hall([
        '2. Action list from the last meeting',
        'Ref\tAction\tWho\tStatus',
        '4.1\tGet quotes for new stage curtains\tKB\tDone',
        '5.2\tCheck fire extinguisher dates\tJT\tCarried forward',
        '6.3\tAsk the brewery about a bar licence\tDM\tOngoing – one reply in',
        '',
        '3. Hall hire charges',
        'Agreed to raise the hourly rate to £16 from January. KB to update the booking form.',
      ]),
    );
    expect(at(found, /curtains|extinguisher|brewery/i)).toEqual([]);
    expect(at(found, /booking form/i)).toHaveLength(1);
  });

  it('a space-aligned list numbered 1, 2, 3 under "Actions from the previous meeting"', () => {
    const found = items(
      hall([
        '2. Actions from the previous meeting',
        '',
        '  No.   Action                                 Who          Status',
        '  1     Clear the gutters on the north side     Joe Tran     Done',
        '  2     Renew the PAT testing contract          Dev Mistry   In progress',
        '  3     Repaint the disabled parking bay        Kath Bell    Carried forward',
        '',
        '3. Hall hire charges',
        'Agreed to raise the hourly rate to £16 from January. KB to update the booking form.',
      ]),
    );
    expect(at(found, /gutters|PAT testing|parking bay/i)).toEqual([]);
  });

  it('near-misses: a row changed here, a new date, and a list that does not say whose actions it holds', () => {
    const changed = items(
      hall([
        '2. Action list from the last meeting',
        'Ref\tAction\tWho\tStatus',
        '5.2\tCheck fire extinguisher dates\tJT\tOngoing – reassigned to KB',
        '6.3\tAsk the brewery about a bar licence\tDM\tOpen – now due 30/11/2026',
      ]),
    );
    expect(at(changed, /extinguisher/i)).toHaveLength(1);
    expect(at(changed, /brewery/i)).toHaveLength(1);
    const unheaded = items(
      hall(['2. Action log', 'Ref\tAction\tWho\tStatus', '5.2\tCheck fire extinguisher dates\tJT\tCarried forward']),
    );
    expect(at(unheaded, /extinguisher/i)).toHaveLength(1);
    // (a sentence above the table tells what the meeting did with it; it is no caption, and its rows are read as before)
    const told = items(
      hall([
        '2. Review of actions',
        'The committee went through the action table from the previous meeting, as updated by the Secretary.',
        'Ref\tAction\tWho\tStatus',
        '5.2\tCheck fire extinguisher dates\tJT\tNot started',
      ]),
    );
    expect(at(told, /extinguisher/i)).toHaveLength(1);
  });

  it('the heading, and what it is not', () => {
    expect(listsEarlierActions('Action list from the last meeting')).toBe(true);
    expect(listsEarlierActions('ACTIONS FROM PREVIOUS MEETINGS')).toBe(true);
    expect(listsEarlierActions('ACTION LOG (previous meetings)')).toBe(true);
    expect(listsEarlierActions('Progress on actions from the last meeting')).toBe(true);
    expect(listsEarlierActions('New actions')).toBe(false);
    expect(listsEarlierActions('Action log')).toBe(false);
    expect(listsEarlierActions('Minutes of the last meeting')).toBe(false);
  });
});

/** Invented minutes of a licensing sub-committee hearing: "LS/NN" minutes, a resolution with lettered steps. */
const hearing = (steps: string[]) =>
  [
    'Marlow Vale District Council',
    'Licensing Sub-Committee',
    'Minutes of the hearing held on 2 November 2026',
    '',
    'Present: Councillors Abbot (Chair), Fry and Nolan',
    '',
    'LS/12  Review of premises licence: The Tithe Barn, Church Street',
    'The Sub-Committee heard from residents, the police and the licence holder.',
    'RESOLVED – That the premises licence be modified as follows:',
    ...steps,
    '',
    'LS/13  Close of hearing',
    'The hearing closed at 4.10 p.m.',
  ].join('\n');

describe('a licence condition that recurs is a standing term, in the active as in the passive', () => {
  it('a thing that stops at an hour, and a holder’s duty from an hour until close on a day of the week', () => {
    const found = items(
      hearing([
        '(a) amplified music in the courtyard shall stop at 10.30 p.m. every day;',
        '(b) the licence holder shall fit a CCTV camera covering the car park within 21 days of this decision;',
        '(c) the licence holder shall employ one door supervisor from 20:00 until close on Saturdays;',
        '(d) the licence holder shall make the refusals book available to the police on request.',
      ]),
    );
    expect(at(found, /amplified music|door supervisor|refusals book/i)).toEqual([]);
    expect(at(found, /CCTV camera/i)).toHaveLength(1);
  });

  it('near-misses: a duty met once, by a day or with no time, stays an errand', () => {
    const found = items(
      hearing([
        '(a) the licence holder shall submit a written dispersal plan to the Licensing Team;',
        '(b) the Designated Premises Supervisor shall complete a licensing refresher course by 31 January 2027.',
      ]),
    );
    expect(at(found, /dispersal plan/i)).toHaveLength(1);
    expect(at(found, /refresher course/i)).toHaveLength(1);
  });

  it('the form, and what it is not', () => {
    const standing = (t: string) => standingCondition(readClause(t, true), t);
    expect(standing('Amplified music shall stop at 10.30 p.m. every day')).toBe(true);
    expect(standing('The licence holder shall employ a door supervisor from 20:00 until close on Saturdays')).toBe(
      true,
    );
    expect(standing('The rear yard shall not be used after 22:00')).toBe(true);
    expect(standing('The licence holder shall submit a noise plan')).toBe(false);
    expect(standing('A sound limiter shall be fitted by 30 April 2027')).toBe(false);
    expect(standing('The Clerk will attend at 7.30 p.m. on Fridays')).toBe(false);
  });
});
