// The council named on a paper: that of the committees the paper covers. A paper for
// committees of two councils (a shared service) names both; none when no council is set.
import type { Committee } from './types.js';

export function councilOf(committees: readonly Committee[], covered?: Iterable<string>): string | null {
  const wanted = covered === undefined ? null : new Set(covered);
  const councils = new Set<string>();
  for (const committee of committees) {
    if (committee.council && (wanted === null || wanted.has(committee.slug))) councils.add(committee.council);
  }
  return councils.size === 0 ? null : [...councils].join(' and ');
}
