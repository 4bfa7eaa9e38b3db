// A small log for the paper writers' tests: two committees, a cancelled and a rearranged
// meeting, something in every carry-forward section, a slipped item with updates, items
// with and without owners, and a done item awaiting sign-off. Today is 20 November 2025;
// the JHSC meets next on 27 November.
import { createItem, deferItem, markDone, updateItem, type NewItem } from '../../../src/domain/lifecycle.js';
import type { LogData } from '../../../src/domain/reportItem.js';
import type { Item, Meeting } from '../../../src/domain/types.js';

export const TODAY = '2025-11-20';
export const TARGET = '2025-11-27';

const stamp = (day: string, by = 'Jo Clerk') => ({ at: `${day}T10:00:00.000Z`, by });
const meeting = (committee: string, date: string, cancelled = false, movedTo: string | null = null): Meeting => ({
  committee,
  date,
  cancelled,
  movedTo,
});

function item(id: string, fields: Partial<NewItem>): Item {
  return createItem(
    {
      id,
      type: 'action',
      category: 'action',
      committee: 'jhsc',
      text: 'Report back',
      owner: 'UHL',
      source: { meeting: '2025-06-16', minute: '53', ref: null },
      due: { kind: 'meeting', meeting: '2025-09-15' },
      ...fields,
    },
    stamp('2025-06-20'),
  );
}

export function papersLog(): LogData {
  const blueprint = updateItem(
    deferItem(
      item('A1', {
        text: 'Circulate the model ICB blueprint to members',
        owner: 'LLR ICB',
        source: { meeting: '2025-06-16', minute: '53', ref: '3' },
        due: { kind: 'meeting', meeting: '2025-06-16' },
      }),
      { kind: 'meeting', meeting: '2025-09-01' },
      'Blueprint still with the ICB board',
      stamp('2025-06-16'),
    ),
    { status: 'in-progress' },
    'ICB says the blueprint goes to its board in December',
    stamp('2025-11-12'),
  );
  const items: Item[] = [
    blueprint,
    item('A2', {
      text: 'UHL and the CCGs to consider the winter plan and report back',
      owner: 'UHL and the CCGs',
      source: { meeting: '2025-06-16', minute: '54', ref: '(d)' },
      due: { kind: 'meeting', meeting: '2025-11-27' },
    }),
    markDone(
      item('A3', {
        text: 'Send the minutes to the ICB board',
        owner: 'Officers',
        source: { meeting: '2025-09-15', minute: '18', ref: null },
      }),
      'Sent on 3 October',
      stamp('2025-10-03'),
    ),
    item('A4', {
      type: 'work-programme',
      category: 'work-programme',
      text: 'Update on ICB changes',
      owner: 'LLR ICB',
      due: { kind: 'meeting', meeting: '2025-11-27' },
    }),
    item('A5', {
      type: 'work-programme',
      category: 'work-programme',
      text: 'An item on dentistry across LLR',
      owner: null,
      due: { kind: 'future' },
      source: { meeting: '2025-03-10', minute: '12', ref: null },
    }),
    item('A6', {
      text: 'Healthwatch Rutland to assess access to GP services and report back to the panel',
      owner: 'Healthwatch Rutland',
      source: { meeting: '2025-09-15', minute: '17', ref: '(c)(ii)' },
      due: { kind: 'date', date: '2025-10-31' },
    }),
    item('A7', {
      committee: 'hwb',
      text: 'Report on the obesity strategy',
      owner: 'Director of Public Health',
      source: { meeting: '2025-07-10', minute: '5', ref: null },
      due: { kind: 'meeting', meeting: '2025-10-09' },
    }),
    item('A8', {
      committee: 'hwb',
      text: 'Pharmacy needs assessment to the board',
      owner: 'LLR ICB',
      source: { meeting: '2025-07-10', minute: '6', ref: null },
      due: { kind: 'meeting', meeting: '2026-03-12' },
    }),
  ];
  return {
    committees: [
      { slug: 'jhsc', name: 'Joint Health Scrutiny Committee' },
      { slug: 'hwb', name: 'Health and Wellbeing Board' },
    ],
    meetings: [
      meeting('jhsc', '2025-03-10'),
      meeting('jhsc', '2025-06-16'),
      meeting('jhsc', '2025-09-01', true, '2025-09-15'),
      meeting('jhsc', '2025-09-15'),
      meeting('jhsc', '2025-11-27'),
      meeting('jhsc', '2026-01-22'),
      meeting('hwb', '2025-07-10'),
      meeting('hwb', '2025-10-09', true),
      meeting('hwb', '2025-12-11'),
      meeting('hwb', '2026-03-12'),
    ],
    items,
  };
}

/** Text a hostile or careless hand might type: formulas, controls, markup, escapes, huge. */
export const HOSTILE = [
  '=HYPERLINK("http://evil.example","click")',
  "+cmd|' /C calc'!A0",
  '-1+1',
  '@SUM(A1:A2)',
  'nul\u0000bell\u0007 vt\u000b ff\u000c esc\u001b[31mred\u001b[0m lone\ud800surrogate \ufffe',
  '<w:p><w:r><w:t>injected</w:t></w:r></w:p> </row> ]]> <script>alert(1)</script> & "quotes"',
  '\u202Eevil bidi\u202C',
  `long ${'word '.repeat(8000)}end`,
];

/** The papers log with hostile text as item text, owners and notes. */
export function hostileLog(): LogData {
  const log = papersLog();
  const extra = HOSTILE.map((text, n) =>
    updateItem(
      item(`A${20 + n}`, { text, owner: text, due: { kind: 'meeting', meeting: '2025-09-15' } }),
      {},
      text,
      stamp('2025-11-01', text),
    ),
  );
  return { ...log, items: [...log.items, ...extra] };
}
