// Round 24, owners: who acts where the grammar or this body's name hid them — a subject whose head noun is modified
// by two nouns joined by "and", an executive member named in another body's minutes, and a paper sent to another
// body's sitting. Tested on invented minutes, several ways, with near-misses that must not fire.
import { describe, expect, it } from 'vitest';
import { ownBodyOf } from '../../src/minutes/bodies.js';
import { readClause } from '../../src/minutes/grammar.js';
import { scrutinyPanelItems } from './helpers/scrutinyPanel.js';

/** Invented minutes of a scrutiny panel: one minute, its lines as given. */
const panel = (...lines: string[]) =>
  scrutinyPanelItems('Allotments strategy', 'The Parks Officer introduced the draft strategy.', lines);

const owners = (items: ReturnType<typeof panel>) => items.map((i) => i.owner);

describe('"the task and finish group report …": two nouns joined by "and" before the head noun are the subject', () => {
  it.each([
    ['RESOLVED – That the canals and towpaths group report its survey results to the Panel in April 2027.'],
    [
      'RESOLVED:',
      '(1) That the report be noted.',
      '(2) That the finance and audit group review the fees by 1 May 2027.',
    ],
    ['It was RESOLVED that the repairs and maintenance group inspect the shelters before the winter.'],
    ['RESOLVED -', 'a) That the report be noted;', 'b) that the play and leisure group survey the parks by June 2027.'],
  ])('%s', (...lines) => {
    const items = panel(...lines);
    const owned = owners(items).filter((o) => o !== null);
    expect(owned).toHaveLength(1);
    expect(owned[0]).toMatch(/^the [a-z]+ and [a-z]+ group$/);
  });

  it('the word after "and" is not read as the verb', () => {
    const r = readClause('That the health and safety group review the risk assessment.');
    expect([r.subject, r.verb]).toEqual(['the health and safety group', 'review']);
  });

  // near-misses: two verbs joined by "and" after the subject, and a passive with a coordinated subject
  it.each([
    ['That the contractor clear and reseed the verge by March.', 'the contractor', 'clear'],
    ['That the warden lock and check the gates each evening.', 'the warden', 'lock'],
  ])('near-miss: %s', (text, subject, verb) => {
    const r = readClause(text);
    expect([r.subject, r.verb]).toEqual([subject, verb]);
  });

  it('near-miss: a passive with a coordinated subject names no owner', () => {
    expect(owners(panel('RESOLVED – That the hedges and verges be cut back by March 2027.'))).toEqual([null]);
  });
});

describe('"the Executive Member" is this body only in the record of their own decision session', () => {
  const opening = (title: string) => ['Ashby Vale District Council', title, ''];

  it.each([
    ['Communities Scrutiny Panel - minutes of the meeting held on 3 November 2026'],
    ['Minutes of the Overview and Scrutiny Commission held on 3 November 2026'],
    ['CORPORATE SCRUTINY COMMITTEE - 3 November 2026'],
  ])('another body: %s', (title) => {
    const own = ownBodyOf(opening(title));
    expect(own.is('The Executive Member')).toBe(false);
    expect(own.is('the Panel')).toBe(title.includes('Panel'));
  });

  it.each([
    ['Decision Session - Executive Member for Housing, 3 November 2026'],
    ['Executive Member for Transport Decision Session - 3 November 2026'],
  ])('their own session: %s', (title) => {
    expect(ownBodyOf(opening(title)).is('the Executive Member')).toBe(true);
  });

  it.each([
    ['The Executive Member undertook to write to the allotment societies before Christmas.'],
    ['Members asked about waiting lists. The Executive Member agreed to brief ward members in the new year.'],
  ])('in a scrutiny panel’s minutes, the member who undertakes owns it: %s', (line) => {
    expect(owners(panel(line, 'RESOLVED – That the report be noted.'))).toContain('The Executive Member');
  });
});

describe('a paper sent to another body’s sitting is for that body to decide', () => {
  it.each([
    ['(2) That the final strategy be submitted to the Cabinet meeting on 12 May 2027.', 'Cabinet'],
    ['(2) That the findings be presented to the Cabinet meeting on 12 May 2027 for decision.', 'Cabinet'],
    ['(2) That the draft strategy be sent to the Council meeting in July 2027.', 'Council'],
    ['(2) That the final strategy be referred to the meeting of Cabinet on 12 May 2027.', 'Cabinet'],
  ])('%s', (line, body) => {
    expect(owners(panel('RESOLVED -', '(1) That the report be noted.', line))).toContain(body);
  });

  // near-misses: this body's own sitting, a matter only reported to another body's sitting, and an officer named to
  // take the paper there
  it.each([
    ['(2) That a short note of the outcome be reported to the following meeting of the Council.'],
    ['(2) That the outcome be reported to the Cabinet meeting on 12 May 2027 for information.'],
  ])('near-miss: only reported there: %s', (line) => {
    expect(owners(panel('RESOLVED -', '(1) That the report be noted.', line))).toEqual([null]);
  });
  it('near-miss: to this body’s own meeting', () => {
    expect(
      owners(
        panel(
          'RESOLVED -',
          '(1) That the report be noted.',
          "(2) That the update be brought to the Panel's meeting on 12 May 2027.",
        ),
      ),
    ).not.toContain('Cabinet');
  });
  it('near-miss: an officer who takes the paper runs the errand', () => {
    expect(
      owners(
        panel(
          'RESOLVED -',
          '(1) That the report be noted.',
          '(2) That the Head of Parks submit the bid to the Cabinet meeting on 12 May 2027.',
        ),
      ),
    ).toContain('the Head of Parks');
  });
});
