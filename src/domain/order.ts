// Sorting by slugs and by owner keys (lower-cased names). Plain code-unit order is the order
// a reader expects for such text, and unlike localeCompare it does not start ICU's collator,
// which costs a read command more at start-up than sorting everything it shows.
export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
