// An action log whose table was flattened into lines: each row opens with the reference of the
// item that raised it ("12 – Play Area", "8b)- Footpaths"), perhaps the month it was raised, then
// the action with its owner and status cells run on in one line or set on lines of their own. The
// status word is where the action's cells end; a finished row makes nothing.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';

const present =
  'Present: Anne Brook (AB) Chair, Rob Mills (RM), Kate Lowe (KL), Mo Ali (MA)\n\nIn attendance: Jo Park (Clerk)\n\n';

const withHeads = `Outstanding actions – January to June 2024

${present}Item   Owner Due Status
5 – Allotments

(March 2024)

Allotment hedges – obtain quotes for cutting back the hedges AB/Clerk Ongoing Two quotes received so far. AB/MA to walk the hedges prior to the next meeting
12- Play Area

(April 2024)

RM to arrange the annual inspection of the play equipment RM By Next meeting In progress.
8b)- Footpaths

(May 2024)

Footpath 14 stile – replace the broken stile

Clerk

Completed
9 – Village Hall

(June 2024)

Hall lettings policy Clerk Ongoing The draft is with the solicitor. Clerk to monitor
`;

const withoutHeads = `Action points carried forward

${present}3 – Bus shelter (raised Jan 2025)
Write to the bus company about the damaged shelter Chair Open
7a) – Speed watch (raised Feb 2025)
Recruit two more volunteers for the speed watch team KL Ongoing KL to ask at the school gate if the rota allows
11 – Website (raised Feb 2025)
Move the website to the new host Clerk Done
14 – Grass cutting (raised March 2025)

Agree the grass cutting contract for the coming season

AB/RM

In progress
`;

const rows = (text: string) =>
  parseMinutes(text).items.map((i) => ({ ref: i.minute, owner: i.owner, due: i.due, text: i.text, type: i.type }));

describe('a flattened action log', () => {
  it('with its column heads run together: each open row is an item under the reference it opens with', () => {
    const items = rows(withHeads);
    expect(items.map((i) => [i.ref, i.owner, i.due])).toEqual([
      ['5', 'AB', null],
      ['5', 'AB', { kind: 'next' }],
      ['12', 'RM', { kind: 'next' }],
      ['9', 'Clerk', null],
    ]);
    expect(items[0].text).toMatch(/obtain quotes for cutting back the hedges$/);
    expect(items[1].text).toMatch(/^AB\/MA to walk the hedges/);
    expect(items[3].text).toMatch(/Hall lettings policy.*monitor/);
    expect(items.every((i) => i.type === 'action')).toBe(true);
    expect(parseMinutes(withHeads).items.map((i) => i.owners)).toEqual([
      ['AB', 'Clerk'],
      ['AB', 'MA'],
      ['RM'],
      ['Clerk'],
    ]);
  });

  it('without column heads, under a title that names an action record', () => {
    const items = rows(withoutHeads);
    expect(items.map((i) => [i.ref, i.owner])).toEqual([
      ['3', 'Chair'],
      ['7a)', 'KL'],
      ['14', 'AB'],
    ]);
    expect(items[0].text).toBe('Write to the bus company about the damaged shelter');
    // each row carries on the action its reference raised: offered as an update of it
    expect(parseMinutes(withoutHeads).items.map((i) => i.updates)).toEqual(['3', '7a', '14']);
    // a step that waits on a condition is no new item; a finished row makes nothing
    expect(items.some((i) => /school gate/.test(i.text))).toBe(false);
    expect(items.some((i) => /website/i.test(i.text))).toBe(false);
  });

  it('with references of any shape and each cell on a line of its own', () => {
    const log = `Action log\n\n${present}Ref Action Owner Status\nPC/24/07 – Noticeboard\n\n(Nov 2024)\n\nReplace the glass in the noticeboard\n\nRM\n\nOpen\nPC/24/11 – Dog bins\n\n(Dec 2024)\n\nAsk the district council for two more dog bins\n\nClerk\n\nClosed\nPC/25/02 – Hedges\n\n(Jan 2025)\n\nCut back the hedge on Mill Lane\n\nMA\n\nPending\n`;
    expect(rows(log).map((i) => [i.ref, i.owner, i.text])).toEqual([
      ['PC/24/07', 'RM', 'Replace the glass in the noticeboard'],
      ['PC/25/02', 'MA', 'Cut back the hedge on Mill Lane'],
    ]);
  });

  it('is not read in numbered minutes whose paragraphs merely mention a status', () => {
    const minutes = `Minutes of the Parish Council held on 4 March 2025\n${present}5 – Allotments\nThe hedges were discussed and the work is ongoing.\n6 – Play Area\nThe Clerk reported the inspection was completed.\n`;
    expect(parseMinutes(minutes).items).toEqual([]);
  });

  // A review of earlier actions as lines "<action> - <progress>", however they are spaced: the log's rows, nothing new.
  it.each([
    ['one to a line', '\n'],
    ['a blank line between each', '\n\n'],
  ])(
    'a review of actions as "<action> - <progress>" lines, %s, adds nothing but a step named with its owner',
    (_, gap) => {
      const rows = [
        'Send out the newsletter - Done',
        'Clerk to write to the auditor about the return - Done',
        'Letter to the county council re the broken kerb - Awaiting reply',
        'Request to the school; to ask for two more quotes - See minute 8',
        'Hedge cutting quotes - Clerk to chase the contractor',
      ];
      const text = `Minutes of the Parish Council held on 4 March 2025\n\n${present}6) Update on actions from previous meetings\n${rows.join(gap)}\n\n7) Date of next meeting\nThe next meeting will be held on 1 April 2025.\n`;
      const items = parseMinutes(text).items;
      expect(items.map((i) => i.owner)).toEqual(['Clerk']);
      expect(items[0].text).toMatch(/chase the contractor/);
    },
  );
});
