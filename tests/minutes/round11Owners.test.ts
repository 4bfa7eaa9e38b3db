// Round 11, owners: who a record names to act, read as the grammar of minutes — each rule tested
// on invented wording, several ways a rule, with near-misses that must not fire.
import { describe, expect, it } from 'vitest';
import { housingPanelItems } from './helpers/housingPanel.js';

const itemsOf = housingPanelItems;
const minute = (lines: string[]) => ['Item 2  Tenant engagement', ...lines].join('\n');
// (a leading "the" is how the minute prints the title, not part of who it is)
const ownersOf = (lines: string[]) =>
  itemsOf(minute(lines)).map((i) => [i.type, (i.owners ?? [i.owner]).map((o) => o?.replace(/^the\s+/i, ''))]);

describe('"recommend to X that …": the one addressed is the whole noun phrase between "to" and "that"', () => {
  it.each([
    [
      'RESOLVED – That it be recommended to the Cabinet Member for Parks and Leisure that the verges on Quarry Lane be cut back to a metre.',
      ['Cabinet Member for Parks and Leisure'],
    ],
    [
      'RESOLVED: That the Panel recommends to the Portfolio Holder for Housing that void repairs be completed within 20 days.',
      ['Portfolio Holder for Housing'],
    ],
    [
      'RESOLVED – That it be RECOMMENDED to the Lead Member for Estates that the caretaking rota be increased to five days a week.',
      ['Lead Member for Estates'],
    ],
    [
      'RESOLVED: To recommend to Cabinet and the Tenant Services Board that the repairs budget be raised to £2m.',
      ['Cabinet', 'Tenant Services Board'],
    ],
    [
      'RESOLVED: That the Panel recommend to Full Council on 3 March 2027 that the allocations policy be adopted.',
      ['Full Council'],
    ],
  ])('%s', (line, owners) => {
    expect(ownersOf([line])).toEqual([['action', owners]]);
  });

  it('a thing after "to" is no one addressed: "recommended to proceed to tender that …" keeps its reading', () => {
    const items = itemsOf(
      minute([
        'RESOLVED: That the scheme be recommended to Cabinet for approval, subject to the costs being confirmed.',
      ]),
    );
    expect(items.map((i) => i.owner)).toEqual(['Cabinet']);
  });
});

describe('what a recommendation addressed to someone asks is theirs to decide, whatever its verb', () => {
  it.each([
    'RESOLVED: That it be recommended to the Cabinet Member for Housing that the tenancy conditions be made as consulted on.',
    'RESOLVED: That the Panel recommends to Cabinet that the rent policy be approved.',
    'RESOLVED: That it be recommended to the Portfolio Holder for Estates that the garage sites be noted for disposal.',
  ])('%s', (line) => {
    expect(itemsOf(minute([line])).map((i) => i.category)).toEqual(['recommendation']);
  });

  it('a recommendation the body did not make stays noted: "That it not be recommended to Cabinet that …"', () => {
    expect(
      itemsOf(minute(['RESOLVED: That it not be recommended to Cabinet that the rent policy be approved.'])),
    ).toEqual([]);
  });
});
