// Round 9, meaning: what a clerk tracks and what is only noted, read from the grammar of the record — a record of a
// decision taken that cites the forward plan it was listed in, a numbered decision denied by "Not to …", the options a
// record says were considered and rejected. Invented wording, several variants a rule.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';
import { leisureMinute } from './helpers/leisureCommittee.js';
import { readClause } from '../../src/minutes/grammar.js';
import { isForwardPlan } from '../../src/minutes/documentKind.js';

const RECORD = (fields: string, decisions: string, after = '') => `NORTHWOLD BOROUGH COUNCIL

RECORD OF DECISION

${fields}
Decision maker:        Councillor P Ives, Cabinet Member for Leisure
Date of decision:      Monday, 9th March 2026

DECISION

Having considered the report, the Cabinet Member decided:

${decisions}
${after}`;

const ASK_CLERK = "To ask the Clerk to write to the users' forum explaining the decision and the reasons for it.";
const TWO_DECISIONS = `1.  To approve the revised opening hours of the leisure centres.

2.  To ask the Head of Leisure to consult the users' forum on the timetable and to report back.`;

describe('a record that cites the forward plan it was listed in is a decision taken, not a plan', () => {
  it.each([
    'Forward Plan reference:   FP/26/014',
    'Forward plan ref: 2026/031 (first published 2 February 2026)',
    'Forward Plan entry:    Leisure opening hours',
    'Forward Plan item number:  KD 12',
  ])('%s', (field) => {
    const parsed = parseMinutes(RECORD(field, TWO_DECISIONS));
    expect(parsed.items.map((i) => i.owner)).toEqual(['the Head of Leisure']);
  });

  it.each([
    'FORWARD PLAN OF KEY DECISIONS',
    'Forward Plan: 1 April 2026 to 31 July 2026',
    'Notice of key decisions to be taken',
    'Forward plan',
  ])('a plan still proposes nothing: %s', (title) => {
    expect(isForwardPlan(['Northwold Borough Council', title, 'Decision due: 9 March 2026'])).toBe(true);
  });
});

describe('"Not to …" denies the numbered decision it opens: nothing to do', () => {
  it.each([
    'Not to extend the scheme to the side streets at this stage, as the residents there were not consulted.',
    'not to proceed with the second phase of the works until the condition survey has been done',
    'Not to renew the licence of the kiosk in the park when it ends in the autumn.',
    'Not to charge for parking in the evening, as the surveys showed that demand was low then.',
  ])('%s', (clause) => {
    const reading = readClause(clause);
    expect(reading.negated).toBe(true);
    expect(reading.form).toBe('infinitive');
    const parsed = parseMinutes(RECORD('', `1.  ${clause}\n\n2.  ${ASK_CLERK}`));
    expect(parsed.items.map((i) => i.text)).toEqual([ASK_CLERK]);
  });

  it('an infinitive with "not" further in is still read as a decision', () => {
    expect(readClause('To ask the Head of Leisure not to close the pool in August.').negated).toBe(false);
  });
});

describe('the options a record says were considered and rejected are not decisions', () => {
  it.each([
    'ALTERNATIVE OPTIONS CONSIDERED AND REJECTED',
    'Alternative options considered',
    'Options considered and rejected',
  ])('%s', (heading) => {
    const after = `\n${heading}\n\n(a) To keep the present hours - rejected, as the centres are little used after 9pm.\n(b) To close one centre on Sundays - rejected because of the swimming clubs.\n`;
    const parsed = parseMinutes(RECORD('', TWO_DECISIONS, after));
    expect(parsed.items.map((i) => i.ref)).toEqual(['2']);
  });
});

const NOTES = (body: string) => `Notes of the Allotments Working Group held on 4 March 2026

Present: A Rowe (AR), B Shah (BS), C Tait (CT)

1. Notes of the last meeting and actions
${body}

2. Close
The meeting closed at 8pm.
`;

describe('an errand with its status set after it is an earlier action reported finished: nothing new', () => {
  it.each([
    'AR to order the new water butts – done.',
    'BS to ask the landlord about the fence - done (letter sent 2 March).',
    'CT to update the waiting list — completed.',
    'AR to book the hall for the open day (done)',
    'BS to chase the skip hire firm – closed; see item 2.',
    'CT to circulate the plot map - complete',
  ])('%s', (line) => {
    expect(parseMinutes(NOTES(`Notes of 4 February agreed.\n${line}`)).items).toEqual([]);
    expect(parseMinutes(NOTES(`Actions from last time:\n  - ${line}`)).items).toEqual([]);
  });

  it.each([
    ['AR to order the new water butts before the spring.', 1],
    // (the word in running prose, not a status: still an errand)
    ['BS to check the repairs done by the volunteers last month.', 1],
    ['The repairs – done by volunteers in the winter – were praised by members.', 0],
  ])('%s', (line, count) => {
    expect(parseMinutes(NOTES(`Notes of 4 February agreed.\n${line}`)).items).toHaveLength(count);
  });
});

const MINUTE = leisureMinute;

describe('the past perfect tells what was done before the meeting, not what it decides', () => {
  it.each([
    'The Sub-Committee had recommended that the pool open an hour earlier on Saturdays.',
    'The Cabinet had agreed to fund the new changing rooms from reserves.',
    'The Chair had already agreed to write to the operator about the closures.',
    'The working group had asked that the survey be repeated in the summer.',
  ])('%s', (sentence) => {
    expect(parseMinutes(MINUTE(`RESOLVED that:\n(a) ${sentence}\n(b) the report be noted.`)).items).toEqual([]);
  });

  it.each(['RESOLVED that the Director bring a report to the June meeting on the bookings that had been lost.'])(
    'a "had" inside the decision leaves the decision: %s',
    (sentence) => {
      expect(parseMinutes(MINUTE(sentence)).items).toHaveLength(1);
    },
  );
});

describe('"RESOLVED that the Council:" with clauses in the present: each coordinated verb is a decision of its own', () => {
  const council = (clause: string) =>
    parseMinutes(MINUTE(`RESOLVED that the Committee:\n(a) ${clause}\n(b) notes the attendance figures.`)).items;

  it.each([
    'supports the idea of a community swimming club and sets up a working group of three members to look into it.',
    'agrees in principle to a longer summer season, subject to the costs, and sets up a task group to work out the staffing.',
    'welcomes the offer of the swimming club and asks the Clerk to draw up a hire agreement with it.',
    'approves the draft timetable, with the addition of the two early swims proposed at the meeting, and asks the Director to publish it.',
  ])('%s', (clause) => {
    const items = council(clause);
    expect(items).toHaveLength(1);
    expect(items[0].text).not.toMatch(/^(?:Supports|Agrees|Welcomes|Approves)\b/);
  });

  it('an addition to the work programme is still an item of it', () => {
    const items = parseMinutes(
      MINUTE(
        'RESOLVED that the work programme be agreed, with the addition of a report on the pool roof at the June meeting.',
      ),
    ).items;
    expect(items.map((i) => i.category)).toEqual(['work-programme']);
  });
});

describe('a person named and a verb in -ed is what happened at the meeting, not a task', () => {
  it.each([
    'Cllr Bryce substituted for Cllr Dale.',
    'Councillor Shah attended as an observer.',
    'Ms Oduya joined the meeting remotely.',
    'Mr T. Lamb arrived during the item.',
  ])('%s', (sentence) => {
    expect(parseMinutes(MINUTE(`Outcome: ${sentence}`)).items).toEqual([]);
  });
});

describe('a body deciding in another capacity: "The Board, acting as …:" over its lettered decisions', () => {
  it.each([
    'The Board, acting for the Trust as sole shareholder of the trading company:',
    'The Committee, sitting as trustee of the recreation ground charity:',
    "The Board, having considered the company's annual report:",
  ])('%s', (stem) => {
    const parsed = parseMinutes(
      MINUTE(
        `${stem}\n(a) received the company's accounts for the year;\n(b) reappointed Ms Ola Vance as a director of the company for three years;\n(c) asked the company's board to bring a business plan to the shareholder by 31 March 2027.`,
      ),
    );
    expect(parsed.items.map((i) => [i.ref?.slice(-3), i.owner])).toEqual([['(c)', "the company's board"]]);
    expect(parsed.noted).toHaveLength(2);
  });

  it.each([
    ["asked the trust's board to review the lettings policy.", "the trust's board"],
    ["asked the company's directors to set up a new bank account.", "the company's directors"],
  ])('a body owned by a possessive can be asked to act: %s', (clause, owner) => {
    const items = parseMinutes(MINUTE(`RESOLVED to:\n(a) note the report;\n(b) ${clause}`)).items;
    expect(items.map((i) => i.owner)).toEqual([owner]);
  });
});

describe("another body's own plan, reported at the meeting, is that body's business", () => {
  it.each([
    'The Director confirmed that the County would offer a ten-year lease at a nominal rent.',
    'Ms Hale confirmed that the Cabinet would consider the pool contract on 4 May 2026.',
    'The Chair confirmed that the District Council would fund the new changing rooms.',
  ])('%s', (sentence) => {
    expect(parseMinutes(MINUTE(`${sentence}\nRESOLVED that the report be noted.`)).items).toEqual([]);
  });

  it('a speaker vouching for a task done here is still read', () => {
    const items = parseMinutes(
      MINUTE(
        'Ms Hale confirmed that a written reply would be sent to the swimming club.\nRESOLVED that the report be noted.',
      ),
    ).items;
    expect(items).toHaveLength(1);
  });
});

describe('"… and the Clerk was asked to …" after another clause: the meeting asked someone to act', () => {
  it.each([
    'Members felt the parking problem should be taken up with the police and the Clerk was asked to write to the Inspector.',
    "The hedge was thought to be the landowner's responsibility, and the Deputy Clerk was asked to write to the owner.",
    'Councillors were unhappy with the state of the path and Cllr Rowe was requested to report it to the highways team.',
  ])('%s', (sentence) => {
    const items = parseMinutes(MINUTE(`${sentence}\nThe report was noted.`)).items;
    expect(items).toHaveLength(1);
    expect(items[0].text).toMatch(/was (?:asked|requested) to/);
  });
});

describe('"stay" keeps an arrangement as it is, like "remain" and "continue": nothing new to do', () => {
  it.each([
    'Members agreed that the adult swim price should stay below the county average.',
    'RESOLVED that the opening hours stay as they are for the winter.',
    'It was agreed that the café should stay open during the works.',
  ])('%s', (sentence) => {
    expect(parseMinutes(MINUTE(sentence)).items).toEqual([]);
  });
});

describe('a motion lost before the clauses is not the clauses: they are what was then decided', () => {
  it.each([
    'Councillor Hale proposed that the pool open on Sundays. On being put to the vote the proposal was lost (3 for, 6 against).',
    'An amendment to close the café was moved and seconded. The amendment was defeated.',
    'Cllr Oke moved that the item be deferred; the motion was not carried.',
  ])('%s', (before) => {
    const parsed = parseMinutes(
      MINUTE(
        `${before}\n(1) That the revised timetable be approved for the summer.\n(2) That the Director be asked to publish the timetable on the website by 1 May 2026.`,
      ),
    );
    expect(parsed.items.map((i) => i.owner)).toEqual(['the Director']);
  });

  it('a list its lead-in says was not adopted stays noted', () => {
    const parsed = parseMinutes(
      MINUTE(
        'The report set out two options, which the Committee did not adopt:\n(1) That the pool be closed on Mondays.\n(2) That the Director be asked to consult on Sunday closing.',
      ),
    );
    expect(parsed.items).toEqual([]);
  });
});
