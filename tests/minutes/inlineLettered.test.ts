import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';

describe('lettered clauses run together on one line', () => {
  it('are read one by one, each with its letter', () => {
    const text = `Minutes of the meeting of the Transport Panel held on 4 December 2025

Present: Cllr Oakes (Chair), Cllr Reid

12. Bus Service Review

RESOLVED - That (a) the update be noted; and (b) the Head of Transport write to the operator about the cancelled
evening services.
`;
    const { items, noted } = parseMinutes(text);
    const letter = items.find((i) => /operator/.test(i.text));
    expect(letter?.ref).toMatch(/\(b\)$/);
    expect(letter?.owner).toMatch(/Head of Transport$/);
    expect(noted.some((n) => /update be noted/.test(n.text))).toBe(true);
  });
});
