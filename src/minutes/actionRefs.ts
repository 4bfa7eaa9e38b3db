// Part of step 9b: an action's reference printed with its label — "Action Point 2", "ACTION 3:",
// "AP 4", "Action No. 5" — on a line of its own above the action's words, or opening the
// action's own line ("Action Point 7 – Quotes to be sought …"). The label is how the minutes cite
// the action, so it is the item's reference. ("AP" is the label only in capitals: "ap" is no
// word of its own.)

const LABEL = String.raw`(?:[Aa]ction|ACTION)(?:\s+(?:[Pp]oint|POINT))?(?:\s+(?:[Nn]o|NO|[Rr]ef|REF)\.?)?`;
const NUMBER = String.raw`[A-Z]{0,4}\d{1,4}[a-z]?(?:[./]\d{1,4})*`;
const ALONE = new RegExp(String.raw`^(?<ref>${LABEL}|AP)\s*(?<n>${NUMBER})\s*[:.–—-]?$`);
const OPENING = new RegExp(String.raw`^(?<label>(?:${LABEL}|AP)\s*${NUMBER})\s*[:–—-]\s+(?<rest>\S.*)$`);

/**
 * A number counted through the year ("26/14", "2026/07"): the log cites the action by it alone ("26/05 … CLOSED"),
 * where a bare count ("Action 3") needs its label to be told from a minute's or a clause's number.
 */
const YEAR_COUNT = /^(?:\d{2}|(?:19|20)\d{2})\/\d{1,4}$/;

/** "Action Point 2" alone on its line: the reference of the action under it. */
export function actionRefLine(line: string): string | null {
  const m = ALONE.exec(line.trim());
  if (!m?.groups) return null;
  return YEAR_COUNT.test(m.groups.n) ? m.groups.n : `${m.groups.ref} ${m.groups.n}`;
}

/** "ACTION 8: RP to seek quotes …": the reference and the action's words (a sentence of three words or more). */
export function actionRefInline(line: string): { ref: string; rest: string } | null {
  const m = OPENING.exec(line.trim());
  if (!m?.groups || m.groups.rest.split(/\s+/).length < 3) return null;
  return { ref: actionRefLine(m.groups.label) ?? m.groups.label, rest: m.groups.rest };
}
