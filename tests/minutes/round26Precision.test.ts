// Round 26, precision: what the importer proposed that a clerk would not track — a sitting called off when an adverb
// says how it had been set, and the terms a licence or a permission is granted with, listed under the grant. Each rule
// is tested on invented wording, several ways, with near-misses that must not fire.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';

/** Invented minutes of a harbour board: the lines given under minute 21. */
const board = (lines: string[], title = 'Dates of meetings') =>
  [
    'Saltmarsh Harbour Board',
    'Minutes of the meeting held on 11 February 2027',
    '',
    `21. ${title}`,
    ...lines,
    '',
    '22. Close',
    'The meeting closed at 8.40 pm.',
    '',
  ].join('\n');

const items = (text: string) => parseMinutes(text).items;

describe('a sitting called off is the calendar, however its setting was qualified', () => {
  it.each([
    'RESOLVED – That the Board next meet on 6 May 2027, and that the meeting provisionally arranged for 8 April 2027 be cancelled.',
    'RESOLVED: That the meeting previously fixed for 15 April 2027 be cancelled.',
    'RESOLVED – That meetings be held on 6 May and 1 July 2027, and that the meeting originally planned for 3 June 2027 be cancelled.',
    'RESOLVED: That the meeting tentatively scheduled for 18 March 2027 be moved to 25 March 2027.',
  ])('%s gives no item', (line) => {
    expect(items(board([line]))).toEqual([]);
  });

  // Near-misses: an item of business moved or dropped from a sitting, and a sitting someone is told to arrange, stay items.
  it.each([
    'RESOLVED: That the item provisionally arranged for the April meeting be deferred to the May meeting.',
    'RESOLVED: That the Secretary arrange a special meeting in March 2027 to consider the dredging tender.',
    'RESOLVED: That the visit provisionally arranged for 8 April 2027 be cancelled and the Secretary tell the pilots.',
  ])('%s still gives an item', (line) => {
    expect(items(board([line])).length).toBeGreaterThan(0);
  });
});

/** Invented minutes of a licensing panel: the lines given under minute 7. */
const hearing = (lines: string[]) =>
  [
    'Brackenford Borough Council',
    'Licensing Panel',
    'Minutes of the hearing held on 3 March 2027',
    '',
    '7. Application to vary the premises licence – The Tin Kettle, Quay Street',
    'The Panel heard from the applicant, the Police and two residents.',
    ...lines,
    '',
    '8. Close',
    'The hearing closed at 1.15 pm.',
    '',
  ].join('\n');

describe('the terms a licence or permission is granted with, listed under the grant, are part of the grant', () => {
  it.each([
    [
      'RESOLVED that the application be GRANTED IN PART, as follows:',
      '(i) late night refreshment until 00.30 on Fridays – granted;',
      '(ii) live music in the yard – granted until 21.00 only, and the yard to be emptied of customers by 21.30;',
      '(iii) the conditions offered by the applicant to be added to the licence.',
    ],
    [
      'RESOLVED to GRANT the variation, with the following modifications:',
      '(a) sale of alcohol to end at 23:00 Monday to Thursday;',
      '(b) the conditions agreed with the Police to be attached to the licence;',
      '(c) an additional condition that the side door be kept shut after 22:00, and that a sign to that effect be fixed to it;',
      '(d) an additional condition that no glass be emptied into the bins after 21:00.',
    ],
    [
      '',
      '7.2 Decision',
      '',
      'The Panel RESOLVED to GRANT the premises licence, with the following conditions:',
      '',
      '(a) the rear gate to be locked from 22:00 each night;',
      '(b) the conditions consistent with the operating schedule to be attached to the licence.',
    ],
    [
      'RESOLVED: That the licence be granted with the following amendments:',
      '1. opening hours to be reduced to 23:30 on Saturdays;',
      '2. a personal licence holder to be on the premises whenever alcohol is sold.',
    ],
  ])('%s … gives no item', (...lines) => {
    expect(items(hearing(lines))).toEqual([]);
  });

  // Near-misses: someone named to act among the terms keeps the errand; a list that is not a grant's terms keeps its
  // clauses; the budget approved "as follows" is no grant.
  it.each([
    [
      'RESOLVED that the application be GRANTED, as follows:',
      '(i) sale of alcohol until 23.00 – granted;',
      '(ii) the Licensing Officer to issue the varied licence within five working days.',
    ],
    [
      'The Panel RESOLVED to GRANT the variation, with the following modifications:',
      '(a) the conditions agreed with the Police to be attached to the licence;',
      '(b) the Licensing Manager to review the noise complaints after three months and report to the Panel.',
    ],
    [
      'RESOLVED to GRANT the variation, with the following modifications:',
      '(a) the licence holder shall fit a sound limiter by 1 May 2027;',
    ],
    [
      'RESOLVED that the repair budget be approved as follows:',
      '(a) the Clerk to order the new doors;',
      '(b) the yard to be resurfaced before the summer.',
    ],
  ])('%s … still gives an item', (...lines) => {
    expect(items(hearing(lines)).length).toBeGreaterThan(0);
  });
});

describe("a consultation's length, set or told, is its term in the calendar", () => {
  it.each([
    [
      'RESOLVED:',
      '(a) That the draft mooring policy be approved for consultation.',
      '(b) That the consultation run for six weeks from 1 March 2027.',
    ],
    [
      'RESOLVED that:',
      '(a) the draft tariff be approved for public consultation;',
      '(b) the consultation run for ten weeks, closing on 30 April 2027.',
    ],
    [
      'The Harbour Master introduced the draft byelaws. Consultation would run until 9 May 2027 and the county council would decide in June.',
      'RESOLVED: That the draft byelaws be noted.',
    ],
    ['RESOLVED: That the draft be approved and that the consultation period last for eight weeks.'],
  ])('%s … gives no item', (...lines) => {
    expect(items(board(lines, 'Draft byelaws'))).toEqual([]);
  });

  // Near-misses: someone told to run the consultation, or a consultation that goes on to an errand, stays an item.
  it.each([
    ['RESOLVED: That the Harbour Master run the consultation for six weeks from 1 March 2027.'],
    ['RESOLVED: That the consultation run for six weeks and the responses be reported to the May meeting.'],
    ['RESOLVED: That the Secretary consult the mooring holders for six weeks from 1 March 2027.'],
  ])('%s … still gives an item', (...lines) => {
    expect(items(board(lines, 'Draft byelaws')).length).toBeGreaterThan(0);
  });
});

describe('where a record the minutes leave out is kept is no errand', () => {
  it.each([
    [
      'The Board received a confidential update from the Secretary. It was resolved to note it. (A confidential minute is held by the Secretary.)',
    ],
    [
      'The Harbour Master gave a verbal update on a staff matter. Not minuted here as it concerned one employee. Notes held by Human Resources.',
    ],
    ['RESOLVED: That the report be noted.', 'The full record of the item is kept by the Board Secretary.'],
  ])('%s … gives no item', (...lines) => {
    expect(items(board(lines, 'Staffing (confidential)'))).toEqual([]);
  });

  // Near-misses: a record still to be kept, or someone told to hold or file a paper, stays an errand.
  it.each([
    ['RESOLVED: That a record of the visit be kept by the Secretary and reported to the next meeting.'],
    ['RESOLVED: That the Secretary file the signed lease with the Land Registry.'],
    ['The notes of the site visit to be kept by the Harbour Master and circulated to members.'],
  ])('%s … still gives an item', (...lines) => {
    expect(items(board(lines, 'Staffing (confidential)')).length).toBeGreaterThan(0);
  });
});
