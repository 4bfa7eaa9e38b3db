// Step 0: is this minutes at all, and whose?  A forward plan of key decisions, or a notice of decisions
// to be taken, lists proposals and the dates they will be decided: nothing in it has been
// decided yet, so it proposes nothing and has no meeting of its own.

/** Words that a forward plan or a notice of future decisions opens with. */
const NOT_YET_DECIDED = /^(?:the\s+)?(?:forward plan\b|notice of (?:key |forthcoming |intended )?decisions\b|key decisions? (?:to be taken|plan)\b|(?:schedule|list|register) of (?:forthcoming |key )decisions\b)/i;
const OPENING_LINES = 12;

export function isForwardPlan(lines: string[]): boolean {
  const opening = lines.filter((l) => l.trim()).slice(0, OPENING_LINES);
  return opening.some((l) => NOT_YET_DECIDED.test(l.replace(/^#{1,6}\s+/, '').trim()));
}

/** "Minutes of the Cabinet held on …", "Minutes of a meeting of the Licensing Committee held …": the body whose minutes these are. */
const HEADING = /^minutes?\s+of\s+(?:(?:a|an|the)\s+)?(?:(?:public|ordinary|special|extraordinary|annual|remote)\s+)?(?:meeting\s+of\s+(?:the\s+)?)?(?<name>[A-Z][\w&'’ -]{2,80}?)\s+(?:held|on|at|meeting)\b/i;

/**
 * The body's own name, made plain: "reported to Cabinet in September" in Cabinet's minutes is
 * "reported to the Committee", its own agenda, not a recommendation to another body.
 */
export function ownBody(lines: string[]): (text: string) => string {
  const name = ownName(lines);
  if (!name || !/\b(?:Cabinet|Committee|Board|Panel|Commission|Council|Authority|Executive)$/i.test(name) || /^(?:Committee|Board|Panel)$/i.test(name)) return (text) => text;
  const named = new RegExp(String.raw`\b(?:the\s+)?${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')}\b(?!['’]s|\s+(?:Members?|Lead|Portfolio|Office|Officers?|Secretary|Support)\b)`, 'gi');
  return (text) => text.replace(named, 'the Committee');
}

/** The body the minutes are of: from "Minutes of the Cabinet held …", or a heading line that is only "COUNCIL" or "Cabinet". */
export function ownName(lines: string[]): string | null {
  const opening = lines.slice(0, OPENING_LINES).map((l) => l.replace(/^#{1,6}\s+/, '').trim());
  return opening.map((l) => HEADING.exec(l)?.groups?.name).find((n) => n && !/^meeting$/i.test(n)) ?? opening.find((l) => /^(?:full\s+)?(?:council|cabinet)$/i.test(l))?.replace(/^full\s+/i, '') ?? null;
}
