// Decisions as minutes of this round's styles record them: the motion's "Proposed …, seconded …,
// and resolved that", a numbered "RESOLVED 2025/041", capitalised board verbs, a request
// that "was AGREED", and "(1) … (2) …" clauses.
import { describe, expect, it } from 'vitest';
import { findBlocks } from '../../src/minutes/resolutions.js';
import { parseMinutes } from '../../src/minutes/index.js';

const paragraphs = (lines: string[]) => findBlocks(lines).map((b) => b.paragraphs);

describe('decisions in other words', () => {
  it('reads a motion proposed and seconded, to the end of its sentence on the next line', () => {
    expect(paragraphs(['It was proposed by Cllr Ash, seconded by Cllr Box, and resolved that the Footpaths', 'Group survey the stiles before the spring.'])).toEqual([['that the Footpaths Group survey the stiles before the spring.']]);
  });

  it('opens a block at "RESOLVED" followed by the resolution\'s own number', () => {
    expect(paragraphs(['RESOLVED 2026/012', '', '(a) That the report be noted.', '', '(b) That the Clerk write to the bus company.'])).toEqual([['(a) That the report be noted.', '(b) That the Clerk write to the bus company.']]);
  });

  it('keeps "(2)" as the next clause after "(1) …." ends its sentence', () => {
    expect(paragraphs(['RESOLVED:', '(1) That the work programme be noted.', '(2) That flooding be added to the work programme.'])[0]).toHaveLength(2);
  });

  it('reads "The Board REQUESTED …" and "The Board DEFERRED …" as decisions', () => {
    expect(paragraphs(['The Board REQUESTED a further update at its next meeting.', 'The Board DEFERRED the estates strategy to May.'])).toHaveLength(2);
  });

  it('takes a request that "was AGREED" as the decision', () => {
    expect(paragraphs(['Dr Rowe asked that the Board receive a presentation from the ambulance trust at a future meeting. This was AGREED.'])).toEqual([['the Board receive a presentation from the ambulance trust at a future meeting.']]);
  });

  it('makes the clerk\'s task from a proposed-and-seconded grant its own item, with the clerk as owner', () => {
    const p = parseMinutes('Minutes of the Parish Council held on 2 March 2026\n\n5. Grants\nProposed by Cllr Ash, seconded by Cllr Box, and resolved that £200 be given to the Scouts and that the Clerk write to the Scouts to confirm the grant and request a receipt by 30 April 2026.');
    expect(p.items.map((i) => [i.category, i.owner, i.due])).toEqual([['action', 'the Clerk', null]]);
    expect(p.noted).toHaveLength(1);
  });
});

describe('"Members requested that …"', () => {
  it('is a decision when it asks that something be done, not when members only asked about something', () => {
    expect(paragraphs(['Members requested that a briefing note on the scheme be circulated to all members.'])).toHaveLength(1);
    expect(paragraphs(['Members asked about vacancy rates in the rural areas.'])).toHaveLength(0);
  });

  it('reads "be asked to attend the next meeting" as an invitation, and tidies "requested that"', () => {
    const p = parseMinutes('Minutes of the Scrutiny Committee held on 3 March 2026\n\n12. Floods\nRESOLVED – That the Committee:\n(a) noted the report;\n(b) requested that officers write to the water company;\n(c) agreed that the Cabinet Member for Environment be asked to attend the next meeting.');
    expect(p.items.map((i) => [i.ref, i.category, i.text.split(' ')[0]])).toEqual([
      ['(b)', 'action', 'Officers'],
      ['(c)', 'invitation', 'The'],
    ]);
  });
});

it('does not run a resolution ending in "ACTION: Clerk" on into the next line', () => {
  expect(paragraphs(['It was RESOLVED to report the defect to the County Council. ACTION: Clerk', 'Cllr Dunn will obtain a quote for the noticeboard.'])).toEqual([['to report the defect to the County Council. ACTION: Clerk']]);
});

it('reads "Agreed:" after the discussion on the same line as the decision', () => {
  expect(paragraphs(['Governors discussed attendance. Agreed: the Headteacher to present a revised strategy at the summer term meeting.'])).toEqual([['the Headteacher to present a revised strategy at the summer term meeting.']]);
  expect(paragraphs(['Governors agreed the dates.'])).toHaveLength(1);
});
