// Round 6, meaning in a parish's narrative minutes: the clerk's errands, members' undertakings,
// a step that carries out the decision before it, lists of two titles, phrasal verbs — invented
// wording, several forms a rule.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';
import { ownersOf } from '../../src/minutes/owners.js';

const minute = (body: string) =>
  parseMinutes(`MINUTES OF THE MEETING OF ASHWELL PARISH COUNCIL HELD ON MONDAY 12 JANUARY 2026 AT 7.30PM

Present: Cllrs R Dean (Chair), S Okoro, P Walsh, T Young
In attendance: Mrs K Bell (Clerk), 3 members of the public

26/01 Apologies
Cllr M Finch sent apologies.

26/02 Playing field
${body}
`).items.filter((i) => i.minute === '26/02');
const norm = (owner: string | null | undefined) => (owner ?? '').replace(/^the\s+/i, '').toLowerCase();

describe('an errand in a narrative minute', () => {
  it.each([
    ['The roundabout is damaged. Clerk to obtain quotes for the repair.', 'action', 'Clerk'],
    ['Councillors agreed that the Clerk should contact the insurers.', 'action', 'Clerk'],
    ['The Clerk will write to the football club about the goalposts.', 'action', 'Clerk'],
    [
      'It was proposed by Cllr Young, seconded by Cllr Okoro and resolved that the Clerk orders a new bin.',
      'action',
      'Clerk',
    ],
    ['RESOLVED: The Clerk to order two new benches at a cost of £850.', 'action', 'Clerk'],
    ['It was resolved to accept the quote for £1,200. Clerk to place the order.', 'action', 'Clerk'],
    ['The Clerk is to ask the district council to empty the dog bin more often.', 'action', 'Clerk'],
    ['The hedge needs cutting before the spring. Cllr Dean to arrange.', 'action', 'Cllr Dean'],
    ['Members discussed the car park. The Chair and Clerk will meet the landowner.', 'action', 'Chair'],
    ['It was agreed that this item be carried forward to the next meeting.', 'deferral', ''],
    ['The matter was deferred until the February meeting pending a site meeting.', 'deferral', ''],
    ['It was agreed to invite the tree warden to the next meeting.', 'invitation', 'tree warden'],
    ['The Clerk will circulate the inspection report to all councillors.', 'information', 'Clerk'],
    [
      'Cllr Walsh agreed to look into grants for new play equipment and report back at the next meeting.',
      'action',
      'Cllr Walsh',
    ],
    ['Resolved unanimously that the Clerk apply for a grant from the district council.', 'action', 'Clerk'],
  ])('%s → %s (%s)', (body, category, owner) => {
    const items = minute(body);
    expect(items.map((i) => i.category)).toEqual([category]);
    expect(norm(items[0].owner)).toBe(norm(owner));
  });

  it.each([
    'The Council agreed to ask the county council to repair the footpath. The Clerk will report it online.',
    'It was agreed to ask the county council to repair the footpath. The Clerk would send it by email.',
  ])('a step that only carries out the decision before it gives it its owner: %s', (body) => {
    expect(minute(body).map((i) => [i.category, norm(i.owner)])).toEqual([['action', 'clerk']]);
  });
});

describe('two titles joined by "and", the determiner shared', () => {
  it.each([
    ['the Chair and Clerk', ['the Chair', 'Clerk']],
    ['Chair and Co-Chair', ['Chair', 'Co-Chair']],
    ['the Chair and Vice-Chair', ['the Chair', 'Vice-Chair']],
    ['Mayor and Cabinet', ['Mayor and Cabinet']],
    ['Director of Housing and Communities', ['Director of Housing and Communities']],
  ])('%s → %j', (phrase, owners) => {
    expect(ownersOf(phrase)).toEqual(owners);
  });
});

describe('dates, moves and members in other shapes', () => {
  const resolved = (text: string) =>
    parseMinutes(
      `Minutes of the Scrutiny Committee held on 10 November 2025\n\n5. Work programme\nIt was AGREED that:\n- ${text}\n`,
    ).items;
  it.each([
    ['the report on bus services be moved from 12.01.26 to 09.03.26;', { kind: 'meeting', meeting: '2026-03-09' }],
    ['the report on bus services be moved from 12/01/2026 to 09/03/2026;', { kind: 'meeting', meeting: '2026-03-09' }],
    ['the libraries item be moved from January to the March meeting;', { kind: 'month', month: 'March' }],
  ])('a matter moved to a later meeting is put back: %s', (text, due) => {
    expect(resolved(text).map((i) => [i.category, i.due])).toEqual([['deferral', due]]);
  });
  it('reads a date written with dots, two digits a part, and not a paragraph number', async () => {
    const { findDates } = await import('../../src/minutes/dateText.js');
    expect(findDates('on 19.01.26').map((d) => [d.day, d.month, d.year])).toEqual([[19, 1, 2026]]);
    expect(findDates('see paragraph 8.4.1 and 12.01.26.3, at 10.30')).toEqual([]);
  });
  it.each([
    ['The Head of Finance agreed to provide this to Panel members in writing.', 'information'],
    ['The figures would be sent to Board members after the meeting.', 'information'],
  ])('"Panel members" are the members, not the Panel: %s', (body, category) => {
    expect(minute(body).map((i) => i.category)).toEqual([category]);
  });
  it('a title holding "and" is one subject: "The Director of Skills and Work was asked to …"', () => {
    expect(
      minute('The Director of Skills and Work was asked to report the outcome to the Council in March.').map((i) =>
        norm(i.owner),
      ),
    ).toEqual(['director of skills and work']);
  });
});

describe('names, spans and invitations in other shapes', () => {
  const resolved = (text: string) =>
    parseMinutes(
      `Minutes of the Health and Wellbeing Board held on 1 December 2025\n\n2. Pharmacy\nRESOLVED – ${text}\n`,
    ).items;
  it.each([
    ['That NHS Northfield ICB be asked to consider commissioning a late-night service.', 'NHS Northfield ICB'],
    ['That BBC Radio Northfield be asked to publicise the campaign.', 'BBC Radio Northfield'],
  ])('initials run on into a name are the subject, not a verb in capitals: %s', (text, owner) => {
    expect(resolved(text).map((i) => i.owner)).toEqual([owner]);
  });
  it('a span from an event to come is no due: "within a week of it becoming known"', () => {
    expect(
      resolved('That the Director notify Board members of any closure within a week of it becoming known.')[0]?.due,
    ).toBeNull();
    expect(resolved('That the Director write to the pharmacies within two weeks.')[0]?.due).toEqual({
      kind: 'within',
      amount: 2,
      unit: 'weeks',
    });
  });
  it.each([
    'That the independent chair of the Safeguarding Partnership be invited to present next year’s report in person.',
    'To invite the Chief Fire Officer to address the Board on the new risk plan.',
    'That the chair of the youth forum be invited to give a presentation on the survey.',
  ])('invited to present before this body is an invitation: %s', (text) => {
    expect(resolved(text).map((i) => i.category)).toEqual(['invitation']);
  });
  it('a title with a bracketed qualifier undertakes after ", and"', () => {
    expect(
      minute(
        'Councillor Young asked for the figures by ward, and the Head of Finance (Capital) undertook to send these to members by email.',
      ).map((i) => [i.category, norm(i.owner)]),
    ).toEqual([['information', 'head of finance (capital)']]);
  });
});

describe('the meeting and the next one, in other shapes', () => {
  it.each([
    [
      'Northfield Town Council – Finance Committee\nSpecial meeting, Tuesday 3 March 2026, 7pm, Town Hall',
      '2026-03-03',
    ],
    ['Northfield Health and Wellbeing Board\nExtraordinary meeting – Monday 1 December 2025 at 4pm', '2025-12-01'],
  ])('a masthead naming the kind of sitting before its date: %s', (head, date) => {
    expect(parseMinutes(`${head}\n\n1. Apologies\nNone.\n`).meeting.date).toBe(date);
  });
  it.each([
    'Date of next ordinary meeting: Thursday 22 January 2026, 2pm.',
    'The next scheduled meeting will be on Thursday 22 January 2026.',
  ])('the next meeting with a word for its kind: %s', (line) => {
    const p = parseMinutes(
      `Minutes of the Health and Wellbeing Board held on 1 December 2025\n\n1. Apologies\nNone.\n\n2. Date of next meeting\n${line}\n`,
    );
    expect(p.nextMeetings).toEqual(['2026-01-22']);
  });
});
