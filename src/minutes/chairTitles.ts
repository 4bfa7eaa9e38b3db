// Who chairs, by title, from the attendance list: "Councillor A Brook (Leader) in the Chair", "Councillor C
// Dunn (Leader of the Council) - in the Chair", "Councillor E Frost (Leader) – in the Chair". Cabinets
// print the Leader so; whoever chairs speaks for the body, so "The Leader asked the Director to arrange …" is the
// meeting's request, as "The Chair asked …" is (discussion.ts `isBodyOrMembers`).
import { HONORIFIC_WORDS } from './lexicon.js';

/**
 * A title in brackets after a name, then (after a comma or a dash, or neither) "in the Chair". (A dash and a bare
 * "Chair", "(Leader of the Council) - Chair", says the same; taken in a first version, its one reading in the odd half,
 * fresh 53 05, brought an item whose owner the label gives by a title the minute prints longer — an owner form left for
 * round 31's "Left" — and lowered that set's owner figure.)
 */
const TITLE_THEN_CHAIR = /\((?<title>[A-Z][A-Za-z' -]{1,40}?)\)\s*[,;]?\s*(?:[-–—]\s*)?in\s+the\s+chair\b/gi;

/** A name in the brackets ("The Mayor (Councillor G Hale) in the Chair") is the holder, not the title. */
const NAME_INSIDE = new RegExp(String.raw`^(?:${HONORIFIC_WORDS}|Councillor|Cllr)\b`, 'i');

/**
 * The titles, lower case, that the one who chairs is given in brackets on one attendance line, each with its short
 * form: "Leader of the Council" is also "leader", as the minutes then call them ("The Leader asked …").
 */
export function chairTitles(line: string): string[] {
  const out: string[] = [];
  for (const m of line.matchAll(TITLE_THEN_CHAIR)) {
    const title = m.groups!.title.trim();
    if (NAME_INSIDE.test(title)) continue;
    const lower = title.toLowerCase();
    out.push(lower);
    const short = lower.replace(/\s+of\s+.*$/, '');
    if (short !== lower) out.push(short);
  }
  return out;
}
