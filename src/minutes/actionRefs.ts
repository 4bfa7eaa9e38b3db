// Part of step 9b: an action's reference printed with its label — "Action Point 2", "ACTION 3:",
// "AP 4", "Action No. 5" — on a line of its own above the action's words, or opening the
// action's own line ("Action Point 7 – Quotes to be sought …"). The label is how the minutes cite
// the action, so it is the item's reference. ("AP" is the label only in capitals: "ap" is no
// word of its own.)

const LABEL = String.raw`(?:[Aa]ction|ACTION)(?:\s+(?:[Pp]oint|POINT))?(?:\s+(?:[Nn]o|NO|[Rr]ef|REF)\.?)?`;
const NUMBER = String.raw`[A-Z]{0,4}\d{1,4}[a-z]?(?:[./]\d{1,4})*`;
const ALONE = new RegExp(String.raw`^(?<ref>${LABEL}|AP)\s*(?<n>${NUMBER})\s*[:.–—-]?$`);
const OPENING = new RegExp(String.raw`^(?<label>(?:${LABEL}|AP)\s*${NUMBER})\s*[:–—-]\s+(?<rest>\S.*)$`);

/** "Action Point 2" alone on its line: the reference of the action under it. */
export function actionRefLine(line: string): string | null {
  const m = ALONE.exec(line.trim());
  return m?.groups ? `${m.groups.ref} ${m.groups.n}` : null;
}

/** "ACTION 8: RP to seek quotes …": the reference and the action's words (a sentence of three words or more). */
export function actionRefInline(line: string): { ref: string; rest: string } | null {
  const m = OPENING.exec(line.trim());
  if (!m?.groups || m.groups.rest.split(/\s+/).length < 3) return null;
  return { ref: actionRefLine(m.groups.label) ?? m.groups.label, rest: m.groups.rest };
}
