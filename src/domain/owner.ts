// Owners are free text as the minutes name them; grouping and filtering ignore case,
// spacing and a leading "the".

// Each owner's key, worked out once: a report of thousands of items asks for the same few
// hundred owners' keys several times each (grouping, totals), and each working out makes
// four strings for the garbage collector.
const keys = new Map<string, string>();
const KEYS_KEPT = 10_000;

export function ownerKey(owner: string | null): string {
  if (owner === null) return '';
  let key = keys.get(owner);
  if (key === undefined) {
    key = owner
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^the\s+/, '')
      .replace(/[.,;:]+$/, '');
    if (keys.size >= KEYS_KEPT) keys.clear();
    keys.set(owner, key);
  }
  return key;
}

/** Does an item's owner match what the user asked for (whole key, or a word-bounded part of it)? */
export function ownerMatcher(wanted: string): (owner: string | null) => boolean {
  const want = ownerKey(wanted);
  return (owner) => {
    const have = ownerKey(owner);
    if (want === '') return have === '';
    return have === want || ` ${have} `.includes(` ${want} `);
  };
}

export const ownerMatches = (owner: string | null, wanted: string): boolean => ownerMatcher(wanted)(owner);

/**
 * Owners as given (repeated --owner, an import's "UHL and the CCGs" split): spacing
 * tidied, empty names left out, and each owner once (by ownerKey), the first the lead.
 */
export function ownerList(names: readonly (string | null | undefined)[]): string[] {
  const seen = new Set<string>();
  const owners: string[] = [];
  for (const name of names) {
    const owner = name?.replace(/\s+/g, ' ').trim();
    if (!owner) continue;
    const key = ownerKey(owner);
    if (seen.has(key)) continue;
    seen.add(key);
    owners.push(owner);
  }
  return owners;
}

/**
 * Does any of an item's owners match any of the owners asked for (repeated --owner)? An
 * item with no owner matches only a request for none ("").
 */
export function ownersMatcher(wanted: readonly string[]): (owners: readonly string[]) => boolean {
  const tests = wanted.map(ownerMatcher);
  return (owners) => {
    if (owners.length === 0) return tests.some((test) => test(null));
    for (const owner of owners) if (tests.some((test) => test(owner))) return true;
    return false;
  };
}

/** The test of an owner filter (one owner or several, as --owner was given); undefined when there is none. */
export function ownerFilter(
  wanted: string | readonly string[] | undefined,
): ((owners: readonly string[]) => boolean) | undefined {
  if (wanted === undefined) return undefined;
  const list = typeof wanted === 'string' ? [wanted] : wanted;
  return list.length === 0 ? undefined : ownersMatcher(list);
}
