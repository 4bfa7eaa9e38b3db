// A matter named, then what the meeting did with it, and no verb before: "Bank reconciliation to 30 September noted.",
// "Internal audit report received (balance £12,400).", "Payments schedule approved and signed." A clerk writes a
// finance or correspondence line so, the participle at its end the whole record. Read verb-first, as a lettered line of
// a resolution is, the matter's first word may pass for an imperative ("Bank …", "Budget …", "Report …") and the line
// for an errand; the closing participle says it is done. (A line with an auxiliary or a modal, "… to be noted", "…
// will be received", an infinitive after a name, "Clerk to …", or two parts, "… noted; Clerk to chase", is left to the
// grammar.)

/** The participles a meeting records with (a closed few: what it does with a paper or a list put before it). */
const RECORDING = String.raw`(?:noted|received|approved|accepted|adopted|ratified|endorsed|signed)`;

/** The line ends on them, one or two ("approved and signed"), a bracket after ("(balance £38,406.17)") allowed. */
const CLOSES_ON_RECORD = new RegExp(
  String.raw`^(?<matter>[A-Z][^;:]*?)\s+(?:(?:was|were|duly)\s+)?${RECORDING}(?:\s+(?:and|&)\s+${RECORDING})?\s*(?:\([^()]*\))?\s*\.?$`,
);

/** Words that make the line a clause the grammar reads: an auxiliary, a modal, a finite "has". */
const CLAUSE_WORDS =
  /\b(?:be|been|being|is|are|will|would|shall|should|must|may|can|could|has|have|had|asked|requested|agreed|resolved)\b/i;

/** "to" before anything but a date or a period's end ("to 30th September", "to the end of October", "to month 6"). */
const TO_A_VERB =
  /\bto\s+(?!\d|(?:the\s+)?(?:end|close|date|month|year|quarter|period)\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)/i;

/** Whether the line is a matter named and closed by a recording participle, with nothing else in it. */
export function matterNoted(text: string): boolean {
  const matter = CLOSES_ON_RECORD.exec(text.trim())?.groups?.matter;
  if (!matter || /^that\b/i.test(matter)) return false;
  const words = matter
    .replace(/\([^()]*\)/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  return words.length >= 2 && words.length <= 12 && !CLAUSE_WORDS.test(matter) && !TO_A_VERB.test(matter);
}
