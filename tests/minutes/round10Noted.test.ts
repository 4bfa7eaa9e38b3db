// Round 10, what the clerk is shown: an earlier action reported done, and a task ticked off in a shared document's
// checklist, propose nothing to track — but the review lists them as noted, saying why, so that nothing the minutes
// hold is dropped unseen. Invented examples only, each worded several ways.
import { describe, expect, it } from 'vitest';
import { layout } from '../../src/minutes/layout.js';
import { parseMinutes } from '../../src/minutes/index.js';

const titled = (title: string, ...body: string[]) =>
  [
    'Notes of the Orchard Group, 12 March 2026',
    '',
    `1. ${title}`,
    ...body,
    '',
    '2. Pruning day',
    'RH to book the pruning day for April.',
    '',
    'The meeting closed at 8.15pm.',
  ].join('\n');
const notes = (...body: string[]) => titled('Netting and ladders', ...body);

describe('an entry of an action list reported done is noted as reported done', () => {
  it.each([
    '- LM to order the ladders – done (delivered 3 March).',
    '- LM to order the ladders - done.',
    '- Clerk to order the ladders — completed; invoice paid.',
    '- LM to order the ladders (complete)',
    '- LM to order the ladders – CLOSED',
  ])('%s', (entry) => {
    const proposal = parseMinutes(notes('Agreed actions:', entry));
    expect(proposal.items.map((i) => i.owner)).toEqual(['RH']);
    expect(proposal.noted).toEqual([
      expect.objectContaining({
        minute: '1',
        reason: 'reported done',
        text: expect.stringMatching(/order the ladders/),
      }),
    ]);
  });

  it.each(['- LM to order the ladders – done by Friday', '- LM to order the ladders once the quote is done'])(
    '%s is still to do: an item, not noted',
    (entry) => {
      const proposal = parseMinutes(notes('Agreed actions:', entry));
      expect(proposal.items.map((i) => i.text)).toEqual([entry.slice(2), 'RH to book the pruning day for April.']);
      expect(proposal.noted.filter((n) => n.reason)).toEqual([]);
    },
  );
});

describe('an errand in the discussion with its status set after it is noted as reported done', () => {
  it.each([
    'LM to order the ladders – done.',
    'Clerk to write to the landowner about the gate - done (letter sent 1 March).',
    'PJ to update the tree register — completed.',
    'LM to ask the council for a skip – closed; see item 2.',
  ])('%s', (line) => {
    const proposal = parseMinutes(notes('Notes of 5 February agreed.', line));
    expect(proposal.items.map((i) => i.owner)).toEqual(['RH']);
    const done = proposal.noted.filter((n) => n.reason);
    expect(done).toEqual([expect.objectContaining({ minute: '1', reason: 'reported done', source: 'discussion' })]);
    expect(done[0].text).toContain(line.slice(0, 20));
  });

  // (in a minute reviewing earlier actions, a log's row with its status is the same report)
  it.each(['Matters arising', 'Update on previous actions'])('and in a minute titled %s', (title) => {
    const proposal = parseMinutes(titled(title, 'LM to order the ladders – done.', 'Gate repairs - Done'));
    expect(proposal.items.map((i) => i.owner)).toEqual(['RH']);
    expect(proposal.noted.map((n) => [n.reason, n.text])).toEqual([
      ['reported done', 'LM to order the ladders – done.'],
      ['reported done', 'Gate repairs - Done'],
    ]);
  });
});

describe('a task ticked off in a checklist is noted as ticked, under its minute', () => {
  it.each([
    ['- [x] LM to order the ladders', 'LM to order the ladders'],
    ['* [X] LM to order the ladders', 'LM to order the ladders'],
    ['☑ @Lena Marsh order the ladders', 'Lena Marsh to order the ladders'],
    [
      '☒ @Lena Marsh (Treasurer) order the ladders - done Mar 2, 2026',
      'Lena Marsh to order the ladders - done Mar 2, 2026',
    ],
    ['  ☑ Lena Marsh to order the ladders', 'Lena Marsh to order the ladders'],
  ])('%s', (line, text) => {
    const proposal = parseMinutes(notes('- [ ] PJ to send round the rota', line));
    expect(proposal.items.map((i) => [i.minute, i.owner])).toEqual([
      ['1', 'PJ'],
      ['2', 'RH'],
    ]);
    expect(proposal.noted).toEqual([
      { minute: '1', ref: null, text, source: 'resolution', confidence: 0.8, reason: 'ticked as done' },
    ]);
  });

  it('keeps a ticked task that runs onto a second line whole, and leaves the open task beside it an action', () => {
    const proposal = parseMinutes(
      notes(
        '- [x] LM to order the ladders and the',
        '      netting for the cherry trees',
        '- [ ] PJ to send round the rota',
      ),
    );
    expect(proposal.noted.map((n) => n.text)).toEqual(['LM to order the ladders and the netting for the cherry trees']);
    expect(proposal.items.map((i) => i.owner)).toEqual(['PJ', 'RH']);
  });

  it('does not read a checklist collected again after the meeting closed', () => {
    const text = `${notes('☑ LM to order the ladders')}\n\nTasks (collected)\n☑ LM - Order the ladders\n`;
    expect(parseMinutes(text).noted.map((n) => n.text)).toEqual(['LM to order the ladders']);
  });

  it('the layout marks the ticked task rather than dropping it', () => {
    expect(layout('- [ ] Clerk to order the bins\n- [x] Clerk to book the hall').split('\n')).toEqual([
      'Action: Clerk to order the bins',
      '☑ Clerk to book the hall',
    ]);
  });
});
