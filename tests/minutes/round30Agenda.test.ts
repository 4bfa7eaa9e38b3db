// Round 30, later agendas: a minute titled as the list of items for a named month's agenda ("Items for the June
// agenda") is the same list as "Items for the next agenda": each entry a work-programme item, due at the month named.
// Invented wording, with near-misses ("next month's agenda" is left as it was: see the round's "Left").
import { describe, expect, it } from 'vitest';
import { agendaItems } from '../../src/minutes/agendaItems.js';

describe('a minute titled as the items for a named month’s agenda', () => {
  it.each([
    ['ITEMS FOR THE JUNE AGENDA', 'June'],
    ['Items for the October agenda', 'October'],
    ['Matters for the February agenda', 'February'],
  ])('%s', (title, month) => {
    const { items } = agendaItems(['Footpath signage; the pond railings.'], '27/14', '2027-03-02', title);
    expect(items).toMatchObject([
      { minute: '27/14', type: 'work-programme', due: { kind: 'month', month }, text: 'Footpath signage' },
      { type: 'work-programme', due: { kind: 'month', month }, text: 'the pond railings' },
    ]);
  });
});

describe('near-misses: titles that name no coming agenda keep their reading', () => {
  it.each([
    'Matters arising from the June agenda',
    'Items from the March agenda',
    'Approval of the agenda',
    'Items for the March meeting of the Finance Committee',
    "Items for next month's agenda",
  ])('%s', (title) => {
    const { items } = agendaItems(['Footpath signage; the pond railings.'], '27/16', '2027-03-02', title);
    expect(items).toEqual([]);
  });
});

describe('an entry of such a list lettered "a)" or "(ii)" keeps its letter as its reference', () => {
  it('lettered entries', () => {
    const { items } = agendaItems(
      ['a) Footpath signage', '(b) Pond railings - repainting', 'iii) Bench by the war memorial'],
      '27/17',
      '2027-03-02',
      'ITEMS FOR THE NEXT AGENDA',
    );
    expect(items.map((i) => i.ref)).toEqual(['(a)', '(b)', '(iii)']);
  });

  it('near-misses: numbered, dashed and unmarked entries carry no reference of their own', () => {
    const { items } = agendaItems(
      ['1. Footpath signage', '- Pond railings - repainting', 'Bench by the war memorial'],
      '27/18',
      '2027-03-02',
      'Items for the next agenda',
    );
    expect(items.map((i) => i.ref)).toEqual([null, null, null]);
  });
});
