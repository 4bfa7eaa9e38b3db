// Round 12, types: the kind of an item read from the grammar of its clause — an invitation to attend with nothing else
// named, a group set up to report to this body, information sent in writing — each worded several ways, with near-misses
// that must keep their kind. Invented examples only.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';
import { minuteTwoItems, parksMinutes } from './parksMinutes.js';

const minutes = parksMinutes;
const second = (...body: string[]) => minuteTwoItems(...body).map((i) => i.category);

describe('an invitation to attend, with no other place named, is an invitation to this body', () => {
  it.each([
    'RESOLVED: That the tree warden be invited to attend.',
    'RESOLVED: That Ms Okafor and the county ecologist be invited to attend.',
    "RESOLVED: That the tree warden be invited to attend the Committee in six months' time to report on the orchard.",
    'RESOLVED – that the Allotment Society’s secretary be invited to attend in the spring.',
    'Decision: the beekeepers’ association to be invited to attend to present its annual report.',
    'The Committee agreed that the chair of the Friends group be invited to attend the Parks Committee.',
  ])('%s', (line) => {
    expect(second(line)).toEqual(['invitation']);
  });

  it.each([
    // (another place to attend, or members sent to attend: no invitation to this body)
    'RESOLVED: That the Ranger be invited to attend the county show.',
    'RESOLVED: That members be invited to attend the opening of the pavilion.',
    'RESOLVED: That the Clerk arrange a site visit with the drainage engineer and that Cllrs Pike and Rowe attend.',
  ])('%s', (line) => {
    expect(second(line)).not.toContain('invitation');
  });
});

describe('a group set up to report to this body leaves its report as business of this body', () => {
  it.each([
    'RESOLVED: That a Working Group be set up to plan the fete and report to the Committee in July.',
    'RESOLVED: That the Committee sets up a Hedges Working Group (Cllrs Pike, Rowe and Tan) to survey the boundaries and report to the meeting on 3 November 2026.',
    'RESOLVED: That a task group of Councillors Pike and Rowe be established to review the leases and to report its findings to the September meeting.',
    'Agreed: to form a small group, led by Cllr Tan, to cost the options and bring them to the next meeting.',
  ])('%s', (line) => {
    expect(second(line)).toEqual(['work-programme']);
  });

  it.each([
    // (no report, or a report to someone else: the group's setting up is the errand)
    'RESOLVED: That a Working Group be set up to plan the fete.',
    'RESOLVED: That a Working Group be set up to plan the fete and report to the County Council.',
  ])('%s', (line) => {
    expect(second(line)).toEqual(['action']);
  });
});

describe('what is provided in writing to this body reaches the members: information, not business at a meeting', () => {
  it.each([
    'RESOLVED: That the Water Company be asked to provide a written summary of its leak repairs to the Committee within 28 days.',
    'RESOLVED: That the Ranger provide the figures to the Committee in writing.',
    'RESOLVED: That written answers be provided to the Committee within four weeks.',
    'RESOLVED – the Head of Parks to give the Committee a written breakdown of plot vacancies by site.',
  ])('%s', (line) => {
    expect(second(line)).toEqual(['information']);
  });

  it.each([
    // (a report brought to a meeting is a paper for the agenda, written or not; an update with no word of writing too)
    'RESOLVED: That the Ranger bring a written report on the orchard to the next meeting.',
    'RESOLVED: That the Ranger provide an update on the orchard to the next meeting.',
  ])('%s', (line) => {
    expect(second(line)).toEqual(['work-programme']);
  });
});

describe('an action-log row naming a paper, due at a meeting of this body, is an item of its work programme', () => {
  const log = (...rows: string[]) =>
    parseMinutes(
      [
        'Minutes of the Parks Committee held on 4 March 2026',
        '',
        '1. Play areas',
        'RESOLVED: That the Clerk order new swings.',
        '',
        'Action log',
        'Ref | Action | Owner | Due',
        ...rows,
      ].join('\n'),
    ).items.map((i) => [i.text, i.category]);

  it.each([
    'A/7 | Six-month review of the orchard planting | Ranger | June meeting',
    'A/8 | Allotment waiting list report | Clerk | Next meeting',
    'A/9 | Lease renewal as main item | Clerk | Jul mtg',
    'A/10 | Bee hotels - report options and costs | Ranger | May',
    'A/11 | Update on the pond dipping platform | Ranger | Sept committee',
  ])('%s', (row) => {
    expect(log(row).find(([text]) => row.includes(String(text)))?.[1]).toBe('work-programme');
  });

  it.each([
    // (an errand led by its verb, an errand with a report back, a paper handed to a person, a due that is only a date)
    'A/12 | Update the noticeboard with the new rules | Clerk | Next meeting',
    'A/13 | Review the lease of the kiosk | Clerk | June meeting',
    'A/14 | Ask the county about the culvert and report back | Ranger | Next meeting',
    'A/15 | Orchard survey report | Ranger | 30 June 2026',
  ])('%s', (row) => {
    expect(log(row).find(([text]) => row.includes(String(text)))?.[1]).toBe('action');
  });

  it('a row whose matter is "(deferred …)" in brackets is a deferral', () => {
    expect(log('A/16 | Kiosk lease paper (deferred from today) | Clerk | June meeting')[1]?.[1]).toBe('deferral');
  });
});

describe('the items these kinds bring with them', () => {
  it('a row sending a paper "to the Board" in a committee’s log is an errand for the body above', () => {
    const items = parseMinutes(
      [
        'Minutes of the Parks Committee held on 4 March 2026',
        '',
        '1. Play areas',
        'RESOLVED: That the Clerk order new swings.',
        '',
        'Action log',
        'Ref | Action | Owner | Due',
        "A/20 | Vandalism figures in the Chair's report to the Board | Chair | May meeting",
      ].join('\n'),
    ).items;
    expect(items.find((i) => /Vandalism/.test(i.text))?.category).toBe('action');
  });

  it.each([
    ['A letter from the bowls club asking for a new bench. To be placed on the December agenda.', 'December'],
    ['RESOLVED: That the request be placed on the agenda of the January meeting.', 'January'],
  ])('%s: an item for that month', (line, month) => {
    const items = parseMinutes(minutes(line)).items.filter((i) => i.minute === '2');
    expect(items.map((i) => [i.category, i.due])).toEqual([['work-programme', { kind: 'month', month }]]);
  });

  it('a group set up to report owns the report', () => {
    const items = parseMinutes(
      minutes('RESOLVED: That a Pond Working Group be set up to cost the repairs and report to the Committee in July.'),
    ).items.filter((i) => i.minute === '2');
    expect(items.map((i) => [i.category, i.owner])).toEqual([['work-programme', 'Pond Working Group']]);
  });
});
