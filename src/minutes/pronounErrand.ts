// An undertaking whose object is only a pronoun — "Ms Reed said she would send it", "Tom will chase them" — names its
// matter in the sentence before; where the same person is given an errand with the same verb in the same minute (a
// closing list of actions, "Ms Reed – send the tenancy leaflet"), the two are one errand, however few words they share:
// the list's line is kept, as it names the matter.
import { readClause } from './grammar.js';
import type { ProposedItem } from './types.js';

/** An object that is a pronoun and nothing more, perhaps with a short place or person after it ("it to IT", "them round"). */
const PRONOUN_OBJECT =
  /^(?:it|them|this|that|these|those)\b(?:\s+(?:to|with|round|around|on|out)\b[^,;.]{0,30})?[.;]?$/i;

const bare = (owner: string) =>
  owner
    .toLowerCase()
    .replace(/^the\s+/, '')
    .trim();

/** Whether `item` (from the discussion) undertakes a pronoun's errand that one of `others`, by the same owner with the same verb, spells out. */
export function pronounErrandOf(item: ProposedItem, others: ProposedItem[]): boolean {
  if (!item.owner) return false;
  const said = readClause(item.text);
  if (!said.verb || said.form !== 'modal' || !PRONOUN_OBJECT.test(said.rest.trim())) return false;
  const verb = said.verb.toLowerCase();
  return others.some((o) => {
    if (o === item || !o.owner || bare(o.owner) !== bare(item.owner!)) return false;
    const first = /^[A-Za-z]+/.exec(o.text.trim())?.[0]?.toLowerCase();
    return first === verb || readClause(o.text).verb?.toLowerCase() === verb;
  });
}

/** The items, less each undertaking of the discussion with a pronoun for its object that another item spells out. */
export function withoutPronounErrands(items: ProposedItem[]): ProposedItem[] {
  const spelt = items.filter((i) => i.source !== 'discussion');
  return items.filter((i) => i.source !== 'discussion' || !pronounErrandOf(i, spelt));
}
