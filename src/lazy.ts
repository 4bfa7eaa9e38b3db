// Loading a CommonJS package or a Node built-in only when it is first used: most commands
// never need date-fns, cli-table3, csv-stringify or node:crypto, and loading each at start
// cost every command milliseconds. require() loads them synchronously, on the spot.
import { createRequire } from 'node:module';

const requireFromHere = createRequire(import.meta.url);

/** What `load` gives, worked out the first time the returned function is called and kept after. */
export function lazy<T>(load: (require: (specifier: string) => unknown) => T): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= load(requireFromHere));
}

/** The module, required the first time the returned function is called. */
export const lazyRequire = <T>(specifier: string): (() => T) => lazy((require) => require(specifier) as T);
