// The heads of an action table's columns, read together: one head can only be told by the others beside it.
import { TABLE_HEADS } from './lexicon.js';

const named = (cell: string) => Object.entries(TABLE_HEADS).find(([, re]) => re.test(cell))?.[0] ?? null;

/**
 * "Action   By   Target": beside a column of when ("Target", "Date", "When"), a column headed "By" alone is by whom —
 * it is by when only where no other column gives the date ("Action   Owner   By"). Returns the heads, "By" written out
 * as "By whom" where it names the owner.
 */
export function readHeads(given: string[]): string[] {
  const cells = given.map(withoutQualifier);
  const bare = cells.map((c) => c.replace(/[*_:]/g, '').trim());
  const kinds = bare.map(named);
  const whenBeside = bare.some((c, k) => kinds[k] === 'due' && !/^by$/i.test(c));
  if (!whenBeside || kinds.includes('owner')) return cells;
  return cells.map((c, k) => (/^by$/i.test(bare[k]) ? 'By whom' : c));
}

/**
 * "Lead (agency)", "Owner (initials)", "Due (dd/mm/yy)": a head with a bracket after it says how the column is filled in,
 * not what it is — the head is the words before the bracket, where they name a column and the whole does not.
 */
function withoutQualifier(cell: string): string {
  const at = /^(?<head>[^()]*\S)\s*\([^()]{1,20}\)\s*$/.exec(cell);
  if (!at?.groups || named(cell.replace(/[*_:]/g, '').trim())) return cell;
  return named(at.groups.head.replace(/[*_:]/g, '').trim()) ? at.groups.head : cell;
}
