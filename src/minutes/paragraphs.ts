// A minute's paragraphs as the grammar needs them: their own numbers ("6.3"), the clause
// markers that open lines, and sentences.

export const PARAGRAPH_REF = /^(?<ref>[A-Z]{0,3}\d{1,4}\.\d{1,3})\.?\s+/;
/** A clause marker at the start of a line: "(a)", "a)", "1.", "1)", "(1)", "i.", "(iv)", "4.1", "- ". */
export const CLAUSE_START =
  /^(?:- |\(?[a-z]{1,4}\)\s|\(\d{1,2}\)\s|[a-z]\.\s|[ivx]{1,5}\.\s|\d{1,2}(?:\.\d{1,2})*[.)]?\s)(?!\s*(?:am|pm|a\.m|p\.m)\b)/i;

/**
 * A resolution standing as a paragraph of its own, with no number, after the minute's numbered paragraphs ("4.3 …" /
 * "RESOLVED that:"): where every paragraph of the debate carries a number, the clerk left the resolution unnumbered
 * because it is the item's decision, not a further paragraph of the last speaker's — it is cited by the item's number.
 * Only straight after a numbered paragraph that has closed on a full stop (a paragraph ending on a colon or
 * mid-sentence runs on; an unnumbered line between them is a part's own text, as a motion's under its titled number), and
 * only where no numbered paragraph follows it in the minute: numbered paragraphs that go on after a resolution are
 * sub-items (applications, topics), each with its own decision under its number; and so are paragraphs each closed by
 * a resolution of their own, so the item's resolution is its only one.
 */
function ownResolution(line: string, previous: string): boolean {
  return (
    /^(?:It\s+was\s+)?(?:RESOLVED|Resolved)\b/.test(line) &&
    PARAGRAPH_REF.test(previous) &&
    /[.!?]["')]?\s*$/.test(previous)
  );
}

/**
 * Paragraph references ("6.3", "C149.1") in force at each line of a minute. Sub-items numbered under a lead-in of the
 * minute's own ("The Board agreed to ask the Committee to:" / "7.1 consider …; and" / "7.2 note ….") are the lead-in's
 * list: once the last of them has closed on a full stop, a new sentence on a line of its own ("The Chair will present
 * the report.") is the minute's again, cited as the lead-in is — not the last sub-item's.
 */
export function paragraphRefs(lines: string[]): (string | null)[] {
  let current: string | null = null;
  // (the reference in force at a colon lead-in whose numbered list runs below it; undefined outside such a list)
  let lead: string | null | undefined;
  let previous = '';
  return lines.map((raw, k) => {
    const line = raw.trim();
    const numbered = PARAGRAPH_REF.exec(line)?.groups?.ref;
    if (
      !numbered &&
      current !== null &&
      ownResolution(line, previous) &&
      !lines.slice(k + 1).some((l) => PARAGRAPH_REF.test(l.trim())) &&
      !lines.slice(0, k).some((l) => /\b(?:RESOLVED|Resolved)\b/.test(l))
    ) {
      current = null;
      lead = undefined;
    } else if (numbered) {
      if (lead === undefined && /:\s*$/.test(previous) && !PARAGRAPH_REF.test(previous)) lead = current;
      current = numbered;
    } else if (
      lead !== undefined &&
      PARAGRAPH_REF.test(previous) &&
      /[.!?]\s*$/.test(previous) &&
      /^[A-Z]/.test(line) &&
      !/^actions?\b/i.test(line)
    ) {
      current = lead;
      lead = undefined;
    } else if (line) lead = lead !== undefined && PARAGRAPH_REF.test(previous) ? lead : undefined;
    if (line) previous = line;
    return current;
  });
}

/**
 * Sentences of a paragraph: a full stop, then a capital or a bracket. The stop of an honorific ("Mr. Hale") or of an
 * initial after one ("Mrs K. Hale", "Cllr J. P. Hale") is an abbreviation, not a sentence's end; a lone capital with
 * no honorific before it ("chose option B. The Clerk …") still ends one.
 */
export function sentences(text: string): string[] {
  return text
    .split(
      /(?<=[.!?])(?<!\b(?:Mr|Mrs|Ms|Dr|Cllr|Prof)\.)(?<!\b(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Prof)\.?\s+(?:[A-Z]\.\s*)*[A-Z]\.)\s+(?=[A-Z(])|(?<=[a-z)])\.(?=[A-Z][a-z])/,
    )
    .map((s) => s.trim())
    .filter(Boolean);
}
