// A run of decimal sub-items under a lead-in: "The Board agreed to ask the Committee to:" / "7.1 consider …; and" /
// "7.2 note …". Their words start in small letters, as they complete the lead-in, so nothing in the line itself says a
// new clause opens — the number does, being the next of the run. Read in layout (a line waiting on its "and" is not
// carried on into the next sub-item) and in reflow (a PDF's column is not taken for the break before it).

/**
 * Whether the line opens the sub-item numbered next after the one the previous line opens ("7.2" after "7.1"): a run of
 * decimal sub-items continuing a lead-in ("… to:" / "7.1 consider …; and" / "7.2 note …") whose words start in small
 * letters. Only the next number of the same paragraph: a figure at a line's start ("2.5 per cent") rarely follows
 * the sub-item numbered one below it.
 */
export function decimalSibling(previous: string, line: string): boolean {
  const before = /^\s*(\d{1,2})\.(\d{1,2})\.?\s/.exec(previous);
  const next = /^\s*(\d{1,2})\.(\d{1,2})\.?\s+[a-z]/.exec(line);
  return !!before && !!next && before[1] === next[1] && Number(next[2]) === Number(before[2]) + 1;
}
