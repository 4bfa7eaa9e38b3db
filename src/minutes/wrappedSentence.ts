// A sentence a hard line break cut in two. Minutes typed or printed to a column break their lines wherever the width
// runs out, so the words that say what a day is — a label before it ("Planning Committee:" / "8 January 2027."), a
// qualifier ("… Annual Parish Meeting provisionally" / "21 April 2027."), the noun after it ("… that the 4 December" /
// "meeting of the Committee will start …") — may stand on the line above or below the day. These read the day's
// sentence over the break: only inside a sentence (the line above must not end one, nor close a bracket), and never
// from a line that is a row of its own (one that carries a day of its own, or a new bullet or number: the caller's
// `above`/`below` are already blank there).
import { findDates } from './dateText.js';

/** The end of a sentence: a semicolon, or a full stop that is no initial's or decimal's point ("a.m." and "7.30" run on). */
const SENTENCE_END = /;|(?<!\b[a-z])\.(?!\d)|[!?]/gi;

/**
 * The unfinished sentence the line above ends with, when the day opens its line (nothing but blanks before it): ''
 * where the line above is blank, ends a sentence or a bracket, or holds a day of its own after its last full stop (a
 * row of a list, "9 March 2027 reserve" / "11 May 2027": each line is its own row there).
 */
export function wrappedBefore(above: string, line: string, index: number): string {
  const text = above.trim();
  if (text === '' || line.slice(0, index).trim() !== '' || /[.;!?)\]]$/.test(text)) return '';
  // (a label's colon ends the line above only where that line ran rows of the list together, "Authority: 5 February,
  // 26 March. Planning Committee:" — a label alone on its line heads all the rows under it, and is read as a heading)
  if (text.endsWith(':') && findDates(text).length === 0) return '';
  const ends = [...text.matchAll(SENTENCE_END)];
  const last = ends[ends.length - 1];
  const tail = last ? text.slice(last.index + 1) : text;
  return findDates(tail).length > 0 ? '' : `${tail.trim()} `;
}

/**
 * The words after a day that ends its line, run on from the line below ("the 4 December" / "meeting of the Committee"):
 * '' where the day's line goes on after it, or the line below is blank, a new row, or opens with a day of its own.
 */
export function wrappedAfter(line: string, end: number, below: string): string {
  const rest = line.slice(end);
  if (!/^[\s,]*$/.test(rest)) return '';
  const next = below.trim();
  if (next === '' || findDates(next)[0]?.index === 0) return '';
  return ` ${next}`;
}
