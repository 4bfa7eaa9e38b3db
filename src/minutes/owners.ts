// Step 6b, several owners: a decision may name more than one ("UHL and the CCGs", "the Chair, RB
// and the Clerk", "AB/CD", "Cllr Owen and Cllr Hart"). The list is cut where English joins noun
// phrases — commas and a last "and", "&", a slash between names or initials — but not inside a
// name that itself holds "and" ("Director of Housing and Communities", "Western Health and
// Social Care Trust"): a second owner after "and" opens with a determiner, a title, initials or
// is a single name like the first.
import { BODY_NOUNS, HONORIFIC_WORDS, OFFICE_NOUNS, OFFICER_UNITS } from './lexicon.js';

const OPENS_OWNER = new RegExp(
  String.raw`^(?:(?:the|each|all|every|both|its|their|our)\s|(?:${HONORIFIC_WORDS})\.?\s|[A-Z]{2,6}s?\b(?![a-z]))`,
);

/** Whether "left and right" are two owners rather than one name with "and" inside it. */
function twoOwners(left: string, right: string): boolean {
  if (!left || !right || /\b(?:of|for|in|at|on)\s+(?:the\s+)?[A-Z][^()]*$/.test(left)) return false;
  if (OPENS_OWNER.test(right)) return true;
  // "Leicester City Council and Leicestershire County Council": a body named whole on each side
  const head = (np: string) => np.trim().split(/\s+/).pop()!.toLowerCase();
  if (BODY_NOUNS.has(head(left)) && BODY_NOUNS.has(head(right)) && /^[A-Z]/.test(right)) return true;
  // "Jim and Alasdair": a single name on each side (not "Mayor and Cabinet", the name of one body)
  // ("the Chair and Clerk", "Chair and Co-Chair": one title a side, the determiner shared)
  return [left, right].every(
    (w) =>
      /^(?:the\s+)?[A-Z][a-z'’]+(?:-[A-Z]?[a-z'’]+)*$/i.test(w.trim()) &&
      /^(?:the\s+)?[A-Z]/.test(w.trim()) &&
      !BODY_NOUNS.has(
        w
          .trim()
          .replace(/^the\s+/i, '')
          .toLowerCase(),
      ),
  );
}

const NAME = /^(?:[A-Z][a-z'’-]+\s){1,2}[A-Z][a-z'’-]+$/;
const INITIALS = /^[A-Z]{2,4}$/;
const FIRST_NAME = /^[A-Z][a-z'’-]+$/;
/** Single words that are an office, a body or a field of work rather than a person (closed: the lexicon's nouns). */
const NOT_A_NAME = new Set([...OFFICE_NOUNS, ...BODY_NOUNS, ...OFFICER_UNITS].map((w) => w.toLowerCase()));

/** Every owner a phrase names, the lead first; one owner, or none, as a list of one or none. */
export function ownersOf(phrase: string | null): string[] {
  const text = phrase?.replace(/\s+/g, ' ').trim();
  if (!text) return [];
  // nothing is cut inside brackets: "Director for Finance (s151 Officer, Deputy)"
  if (/\([^)]*(?:[,/&]|\band\b)[^)]*\)/.test(text)) return [text];
  // "AB/CD", "Jim / Alasdair", "Chair/Co-Chair": a slash between names
  const slashed = text.split(/\s*\/\s*/);
  if (slashed.length > 1 && slashed.every((p) => /^[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2}$/.test(p))) return slashed;
  // "CB, NT, JH", "Ann Lee, Bo Hart, Cy Moss": commas between initials, or a run of people's names
  // (two are too few to tell from a title and its portfolio: "Executive Director, Corporate Development")
  const commas = text.split(/\s*,\s*/);
  // (and first names alone, as informal notes print who is to do it: "Kasia, Tyrese" — single words, none an office or
  // a body, which a title's portfolio would be: "Director, Finance")
  if (
    (commas.length > 1 && commas.every((p) => INITIALS.test(p))) ||
    (commas.length > 2 && commas.every((p) => NAME.test(p))) ||
    (commas.length > 1 && commas.every((p) => FIRST_NAME.test(p) && !NOT_A_NAME.has(p.toLowerCase())))
  )
    return commas;
  // "the Chair, RB and the Clerk", "UHL and the CCGs": a list closed by "and"/"&", at the last join that parts two owners
  const joins = [...text.matchAll(/(?:,\s*|\s+)(?:and|&)\s+/g)].reverse();
  for (const join of joins) {
    const head = text.slice(0, join.index);
    const tail = text.slice(join.index + join[0].length);
    if (tail.includes(',')) continue;
    const parts = head.split(/\s*,\s*/);
    // (a title's portfolio runs on after its commas: "the Director of Highways, Transport and Waste")
    const listed =
      parts.length > 1
        ? !/\b(?:of|for)\s/.test(parts[0]) &&
          parts.slice(1).every((p) => OPENS_OWNER.test(p) || NAME.test(p)) &&
          twoOwners(parts[parts.length - 1], tail)
        : twoOwners(head, tail);
    if (listed) return [...parts, tail].map((p) => p.trim());
  }
  return [text];
}
