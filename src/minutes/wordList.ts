// How a closed class of words is written: a set to look words up in, and a pattern's alternatives.

/** A closed class as a set of its words. */
export const words = (...list: string[]) => new Set(list);

/**
 * A closed class written as a list, made into a pattern's alternatives in the order given (the
 * order is the regex's): each word escaped, a space in a phrase matching any run of white space.
 */
export function alternatives(list: readonly string[]): string {
  return list.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, String.raw`\s+`)).join('|');
}
