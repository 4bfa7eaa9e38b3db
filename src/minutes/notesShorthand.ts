// Informal notes write when an errand is due in shorthand: "before next mtg", "by end of Nov", "- end Nov" after the
// errand. Written out here ("before next meeting", "by the end of November") before the due is read, so that the
// readings of the full words apply; nothing else of the sentence changes.
import { MONTHS } from '../domain/dates.js';

/** A month cut to its first three letters (or "Sept"), capitalised as notes write it. */
const SHORT_MONTH = String.raw`(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?`;
const full = (short: string) => {
  const month = MONTHS.find((m) => m.startsWith(short.slice(0, 3).toLowerCase()))!;
  return month.charAt(0).toUpperCase() + month.slice(1);
};

export function writtenOut(text: string): string {
  return (
    text
      // "mtg" is a meeting, nothing else, in any notes
      .replace(/\bmtg\b/g, 'meeting')
      // "by end of Nov", "before end Nov": the month's end
      .replace(
        new RegExp(String.raw`\b(by|before)\s+(?:the\s+)?end\s+(?:of\s+)?${SHORT_MONTH}(?![\w/])`, 'g'),
        (_m, by: string, month: string) => `${by} the end of ${full(month)}`,
      )
      // "… survey - end Nov": a dash, then the month's end alone, closing the errand — when it is due
      .replace(
        new RegExp(String.raw`\s[–—-]\s+end\s+(?:of\s+)?${SHORT_MONTH}\s*\.?\s*$`),
        (_m, month: string) => ` by the end of ${full(month)}`,
      )
  );
}
