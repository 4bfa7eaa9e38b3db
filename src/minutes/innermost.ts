// Following a decision down to the clause that says what is to be done, and who is to do it.
import type { Reading } from './reading.js';

/** The deepest clause a reading leads to, and who is to act on it: "The Panel AGREED that X would …" → X would … */
export function innermost(reading: Reading): { clause: Reading; asked: string | null; chain: Reading[] } {
  let clause = reading;
  let asked = reading.asked;
  const chain = [reading];
  while (clause.inner) {
    const next = clause.inner;
    asked = clause.asked ?? asked;
    chain.push(next);
    clause = next;
    if (clause.asked) asked = clause.asked;
  }
  return { clause, asked, chain };
}
