// Sorting by slugs and by owner keys (lower-cased names). Plain code-unit order is the order
// a reader expects for such text, and unlike localeCompare it does not start ICU's collator,
// which costs a read command more at start-up than sorting everything it shows.
export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Item ids (A1, A2, … A10) in number order. The number is read by character code: sorting
 * a log compares ids thousands of times, and slicing each one first made a string per look.
 */
export const compareIds = (a: string, b: string): number => idNumber(a) - idNumber(b);

function idNumber(id: string): number {
  let n = 0;
  for (let i = 1; i < id.length; i++) n = n * 10 + (id.charCodeAt(i) - 48);
  return n;
}
