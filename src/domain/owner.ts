// Owners are free text as the minutes name them; grouping and filtering ignore case,
// spacing and a leading "the".

export function ownerKey(owner: string | null): string {
  if (owner === null) return '';
  return owner
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the\s+/, '')
    .replace(/[.,;:]+$/, '');
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
