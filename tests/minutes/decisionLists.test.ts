import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';
import { isKeywordLine } from '../../src/minutes/resolutions.js';
import { directive } from '../../src/minutes/owner.js';

const items = (text: string) => parseMinutes(text).items;

describe('every clause of a decision list', () => {
  it('opens a block at "The Board RESOLVED to:" and "The Committee agreed that:"', () => {
    expect(isKeywordLine('The Board RESOLVED to:')).toBe(true);
    expect(isKeywordLine('The Committee agreed that:')).toBe(true);
    expect(isKeywordLine('The Committee agreed that the fees rise')).toBe(false);
  });

  it('reads a numbered list under "RESOLVED to:", not only its noting clause', () => {
    const text = [
      'Minutes of the Housing Board held on 2 March 2026',
      '7. Empty homes',
      'The Housing Board RESOLVED to:',
      '1. note the update on empty homes;',
      '2. request that the Housing Manager circulate the list of long-term empty homes to members;',
      '3. recommend to the Executive that the empty homes premium be raised.',
    ].join('\n');
    const found = items(text);
    expect(found.map((i) => i.category)).toEqual(['information', 'recommendation']);
    expect(found[1].owner).toBe('the Executive');
  });

  it('sends a recommendation "to full Council" to that body', () => {
    const found = items('Minutes of the Cabinet held on 3 March 2026\n9. Budget\nDecision: Cabinet agreed:\n(a) to note the forecast; and\n(b) to recommend to full Council that the budget be set.');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ ref: '(b)', category: 'recommendation', owner: 'full Council' });
  });
});

describe('sentences wrapped by the layout', () => {
  it('reads a decision sentence broken across lines as one', () => {
    const text = [
      'Minutes of the Scrutiny Panel held on 4 March 2026',
      '5. Leisure contract',
      'The Panel noted the report and requested that the Head of Leisure',
      'bring the revised contract to the next meeting.',
    ].join('\n');
    expect(items(text)).toEqual([expect.objectContaining({ category: 'work-programme', owner: 'the Head of Leisure' })]);
  });

  it('keeps an undertaking in the discussion whole when it runs onto the next line', () => {
    const text = ['Minutes of the Parks Committee held on 5 March 2026', 'Present: Cllr A', '4. Play areas', 'A member asked about the inspections, and the Parks Manager agreed to', 'circulate the inspection reports to members of the Committee.'].join('\n');
    expect(items(text)).toEqual([expect.objectContaining({ category: 'information', owner: 'Parks Manager' })]);
  });
});

describe('owners named in full', () => {
  it('keeps the service after a title written "Director, Service"', () => {
    expect(directive('that authority be delegated to the Executive Director, Finance and Resources, in consultation with the Leader, to sign the contract')?.agent).toBe('the Executive Director, Finance and Resources');
  });

  it('reads a bare title as the fuller one the minute named', () => {
    const text = ['Minutes of the Health Panel held on 6 March 2026', 'Present: Cllr B', '3. Waiting lists', 'The Director of Public Health presented the report.', 'The Director agreed to send members the figures by ward.'].join('\n');
    expect(items(text)[0].owner).toBe('Director of Public Health');
  });
});

describe('recommendations and agenda items in plain words', () => {
  it('reads "partner authorities be recommended to …" as a recommendation to them', () => {
    const found = items('Minutes of the Joint Transport Committee held on 7 March 2026\n4. Bus fares\nRESOLVED that:\n1. the report be noted;\n2. constituent councils be recommended to adopt the common fares policy.');
    expect(found).toEqual([expect.objectContaining({ category: 'recommendation', owner: 'constituent councils' })]);
  });

  it('reads a report asked for "at the June meeting" and an addition "for the meeting on …" as agenda items', () => {
    const asked = items('Minutes of the Board held on 8 March 2026\n6. Carers\nRESOLVED:\n1. That the strategy be noted.\n2. That providers be asked to report at the June 2026 meeting on carer breaks.');
    expect(asked).toEqual([expect.objectContaining({ category: 'work-programme' })]);
    const added = items('Minutes of the Committee held on 9 March 2026\n7. Work Programme\nResolved: That the work programme be agreed, with the addition of the libraries review for the meeting on 8 April 2026.');
    expect(added).toEqual([expect.objectContaining({ category: 'work-programme' })]);
  });

  it('takes a decision from a bulleted discussion point "- Members requested that …"', () => {
    const found = items('Minutes of the Scrutiny Committee held on 10 March 2026\n4. Libraries\n- Members requested that the visitor figures for each library be circulated to the committee.\nResolved: That the report be noted.');
    expect(found).toEqual([expect.objectContaining({ category: 'information' })]);
  });

  it('names the one who sends an invitation in a trailing ", the Clerk to invite …"', () => {
    expect(directive('a talk from the Canal Trust, the Clerk to invite a speaker to a future meeting')?.agent).toBe('the Clerk');
  });
});

describe('dues written in prose', () => {
  it('reads a deadline named before its date, working days, and a month a matter is put back to', async () => {
    const { dueOf } = await import('../../src/minutes/due.js');
    expect(dueOf('the Clerk to send the response by the planning deadline of 9 April 2026.', '2026-03-01')).toEqual({ kind: 'date', date: '2026-04-09' });
    expect(dueOf('notice will be issued within three working days; any appeal must be lodged within 28 days.', '2026-03-01')).toEqual({ kind: 'within', amount: 3, unit: 'days' });
    expect(dueOf('Parties may appeal within 21 days. The officer will write to them within ten days.', '2026-03-01')).toEqual({ kind: 'within', amount: 10, unit: 'days' });
    expect(dueOf('the review was deferred to May 2026 at the request of officers', '2026-03-01', true)).toEqual({ kind: 'month', month: 'May' });
  });
});

describe('a list a colon opens inside a resolution', () => {
  const head = 'Minutes of the Scrutiny Panel held on 2 February 2026\n5. Forward Plan\n';
  it('reads every entry of "with the addition of:", on separate lines or run into one', () => {
    const listed = items(`${head}RESOLVED – That the forward plan be approved with the addition of:\n(a) the school transport review;\n(b) an update on the leisure centre contract at a future meeting.`);
    expect(listed.map((i) => [i.ref, i.category])).toEqual([['(a)', 'work-programme'], ['(b)', 'work-programme']]);
    const inline = items(`${head}RESOLVED – That the forward plan be approved with the addition of: (i) the school transport review; and (ii) a report on grass cutting.`);
    expect(inline.map((i) => i.text)).toEqual(['The school transport review', 'A report on grass cutting.']);
  });

  it('does not join the entries to a stem that is a whole sentence, such as "Cabinet agreed:"', () => {
    const agreed = items(`${head}Decision: Cabinet agreed:\n(a) to approve the draft parking policy;\n(b) to note the consultation responses.`);
    expect(agreed.map((i) => i.category)).not.toContain('action');
  });
});
