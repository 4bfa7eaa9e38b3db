// Round 26, owners: how minutes print a post, read as rules of the clerks' layout, each tested on invented minutes
// written several ways, with near-misses that must not change.
//   - "the Director of Housing, Priya Kendal, introduced …": a given name and a surname after the title's comma say who
//     holds it; "the Director" later is the title, not the title with the name;
//   - "the Leader agreed …": a council's Leader is an office of its own, not the Leader of the Opposition;
//   - "Martin Cole agreed …" beside "Martin Cole (Head of Waste)": a person's name is not a title to fill out.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';

/** Invented minutes of a borough's scrutiny committee: an attendance line, then one minute with its lines as given. */
const committee = (attendance: string, ...lines: string[]) =>
  parseMinutes(
    [
      'Kelsworth Borough Council',
      'Place Scrutiny Committee - minutes of the meeting held on 14 October 2026',
      '',
      `Officers: ${attendance}`,
      '',
      '22.  Housing delivery update',
      ...lines,
      '',
      '23.  Date of next meeting',
      '11 November 2026.',
    ].join('\n'),
  ).items;

const owners = (items: ReturnType<typeof committee>) => items.map((i) => i.owner);

describe('"the Director of Housing, Priya Kendal, …": the name after the comma is who holds the title', () => {
  it.each([
    [
      'The Director of Housing, Priya Kendal, introduced the report.',
      'The Director agreed to send members the figures for empty homes by ward.',
      'Director of Housing',
    ],
    [
      'The Head of Parks, Tomas Brede, presented the report on play areas.',
      'RESOLVED that the Head report the repair costs for each site to the next meeting.',
      'Head of Parks',
    ],
    [
      'The report was introduced by the Director of Regeneration, Owain Petch, who answered questions.',
      'The Director undertook to circulate the revised timetable before the end of the month.',
      'Director of Regeneration',
    ],
  ])('%s', (...args) => {
    const want = args.pop()!;
    expect(owners(committee('Democratic Services Officer', ...args))).toEqual([want]);
  });

  // near-misses: a title whose only fuller form names a holder after an honorific, or one printed with no name
  it.each([
    ['The Director, Mrs Anwen Hale, introduced the report.', 'The Director agreed to send members the figures.'],
  ])('near-miss: %s', (...lines) => {
    expect(owners(committee('Democratic Services Officer', ...lines))).toEqual(['The Director']);
  });
  it('near-miss: a title printed in full with its service after "of" is unchanged', () => {
    expect(
      owners(
        committee(
          'Democratic Services Officer',
          'The Director of Housing and Communities presented the report.',
          'The Director agreed to send members the figures.',
        ),
      ),
    ).toEqual(['Director of Housing and Communities']);
  });
});

describe('"the Leader agreed …": a council\'s Leader is an office of its own', () => {
  it.each([
    [
      'Councillor Brook, Leader of the Opposition, asked about the delays.',
      'The Leader agreed to write to the housing association before the next meeting.',
      'The Leader',
    ],
    [
      'The Leader of the Council introduced the report.',
      'RESOLVED that the Leader write to the Minister about the funding gap.',
      'the Leader',
    ],
  ])('%s', (...args) => {
    const want = args.pop()!;
    expect(owners(committee('Democratic Services Officer', ...args))).toEqual([want]);
  });

  it('near-miss: the Leader named in full keeps the full title', () => {
    expect(
      owners(
        committee(
          'Democratic Services Officer',
          'The Leader of the Council agreed to write to the housing association before the next meeting.',
        ),
      ),
    ).toEqual(['The Leader of the Council']);
  });
});

describe('"Martin Cole agreed …" beside "Martin Cole (Head of Waste)": a person is not a title to fill out', () => {
  it.each([
    ['Martin Cole (Head of Waste Services)', 'Martin Cole agreed to send members the collection figures by ward.'],
    [
      'Scrutiny Officer (Jo Pell), Ruth Ellery (Housing Manager)',
      'Ruth Ellery undertook to provide a note on the repairs backlog.',
    ],
  ])('%s', (attendance, line) => {
    const want = /^(\S+\s+\S+)/.exec(line)![1];
    expect(owners(committee(attendance, line))).toEqual([want]);
  });

  it('near-miss: a post with its area in brackets is still filled out', () => {
    expect(
      owners(committee('Repairs Manager (West)', 'The Repairs Manager agreed to send members the void figures.')),
    ).toEqual(['Repairs Manager (West)']);
  });
});
