// Several owners: a decision's owner phrase read as the list English makes of it — commas and a
// last "and", a slash between names or initials — but a name or title that holds "and" is one owner.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';
import { ownersOf } from '../../src/minutes/owners.js';

describe('ownersOf', () => {
  it.each([
    ['the Treasurer, KL and the Chair', ['the Treasurer', 'KL', 'the Chair']],
    ['the Port Trust and the county councils', ['the Port Trust', 'the county councils']],
    ['KL/MN', ['KL', 'MN']],
    ['Rhona / Tam', ['Rhona', 'Tam']],
    ['Rhona and Tam', ['Rhona', 'Tam']],
    ['Cllr Ives and Mrs Dale', ['Cllr Ives', 'Mrs Dale']],
    ['KL, MN, OP', ['KL', 'MN', 'OP']],
    ['Ann Ives, Tom Dale, Cy Moss', ['Ann Ives', 'Tom Dale', 'Cy Moss']],
    [
      'Northshire County Council and Southvale District Council',
      ['Northshire County Council', 'Southvale District Council'],
    ],
    ['the Leisure Board and the Court of Aldermen', ['the Leisure Board', 'the Court of Aldermen']],
  ])('%s names each owner', (phrase, owners) => {
    expect(ownersOf(phrase)).toEqual(owners);
  });

  it.each([
    'Director of Parks and Open Spaces',
    'Eastvale Mental Health and Social Care Trust',
    'the Manager for Parks, Trees and Cemeteries',
    'Ann Ives, Head of Harbours and Coast',
    'Mayor and Cabinet',
    'Executive Director, Harbour Services',
    'Director for Finance (s151 Officer, Deputy Chief Executive)',
    'Audit and Risk Committee',
  ])('%s is one owner', (phrase) => {
    expect(ownersOf(phrase)).toEqual([phrase]);
  });

  it('gives none for no owner', () => {
    expect(ownersOf(null)).toEqual([]);
    expect(ownersOf('  ')).toEqual([]);
  });
});

describe('the proposal’s owners', () => {
  it('lists every owner a decision names, the lead as its owner', () => {
    const p = parseMinutes(
      'Minutes of the Harbour Panel held on 14 January 2026\n\n4. Moorings\nRESOLVED that the Port Trust and the county councils be asked to report on the moorings to the next meeting.\n\n5. Dues\nThe Treasurer, KL and the Chair to draft the table of dues.',
    );
    expect(p.items.map((i) => [i.owner, i.owners])).toEqual([
      ['the Port Trust', ['the Port Trust', 'the county councils']],
      ['The Treasurer', ['The Treasurer', 'KL', 'the Chair']],
    ]);
  });
});
