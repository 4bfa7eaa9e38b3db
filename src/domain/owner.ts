// Owners are free text as the minutes name them; grouping and filtering ignore case,
// spacing and a leading "the".

export function ownerKey(owner: string | null): string {
  if (owner === null) return '';
  let key = KEYS.get(owner);
  if (key === undefined) {
    key = owner
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^the\s+/, '')
      .replace(/[.,;:]+$/, '');
    // A log names a few dozen owners over and over: each is worked out once. The bound
    // only guards a process that reads many logs (the tests).
    if (KEYS.size >= 10_000) KEYS.clear();
    KEYS.set(owner, key);
  }
  return key;
}

const KEYS = new Map<string, string>();

/** Does the item's owner match what the user asked for (whole key, or a word-bounded part of it)? */
export function ownerMatches(owner: string | null, wanted: string): boolean {
  const have = ownerKey(owner);
  const want = ownerKey(wanted);
  if (want === '') return have === '';
  if (have === want) return true;
  return ` ${have} `.includes(` ${want} `);
}
