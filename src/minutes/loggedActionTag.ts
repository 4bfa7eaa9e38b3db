// Layout: an action tag that carries the action log's number and a return date around its owner. A clerk who keeps a
// numbered log writes, under the paragraph that gives the errand (or at its end), "ACTION 26/21 - NO - return: 11
// February 2027": the log's number (counted through the year), who acts and when it comes back. The number is the
// log's, not the minute's, and the line is no errand of its own: it is rewritten as the tag the owner steps read
// already, "ACTION: NO - by 11 February 2027", so the paragraph above is the item, owned and dated by the tag.

/** "ACTION 26/21", "Action 2026/07": the word, then a number counted through the year (a year's digits, a slash, a count). */
const LOGGED =
  /(?<lead>^\s*|[.;)]\s+)(?:ACTION|Action)\s+(?:\d{2}|\d{4})\/\d{1,3}\s*[-–—:]\s*(?<owner>[A-Z][\w'’&/ .]{0,40}?)\s+[-–—]\s+(?:return|due|deadline|target)\s*:\s*(?<when>\S.{0,40}?)\s*\.?\s*$/;
/** A return field that gives no day: "n/a", "n/a (ARC)", "TBC", "ongoing" (closed class). */
const NO_DAY = /^(?:n\/a|tbc|tba|ongoing|none|-+)\b/i;

export function withoutLogNumber(line: string): string {
  const m = LOGGED.exec(line);
  if (!m?.groups) return line;
  const { lead, owner, when } = m.groups;
  const tag = NO_DAY.test(when) ? `ACTION: ${owner}` : `ACTION: ${owner} - by ${when}`;
  return `${line.slice(0, m.index)}${lead}${tag}`;
}
