// Informal notes: a record of actions read entry by entry. A club's or a working group's notes close an item with
// "ACTIONS:" and who does what — on the label's line and on the lines under it, several to a line after a full stop,
// or run together where a wrapped line was joined to the one above ("… before the AGM KM/PS – price …"). Each entry
// opens with its owner: initials the attendance list gives someone (several joined by "/" or "&"), or the whole
// group ("everyone", "all"); then "to" and a verb, a dash, or — as such notes write it — the bare verb alone ("DO mend
// the gate"). The entries are cut where a new owner opens one, so that each is read as its own errand.
import { isFunctionWord, stems } from './words.js';

/** The whole membership as notes name it, owning an errand everyone is to do. */
const EVERYONE = /^(?:everyone|everybody|all)$/i;
/** Initials, alone or joined ("KM", "GF/PE", "KM & PS"). */
const INITIALS = /^[A-Z]{2,4}(?:\s*[/&]\s*[A-Z]{2,4})*$/;

/** Whether `who` is an owner an entry can open with: the attendance list's initials, or the whole group. */
function ownerOf(who: string, initials: ReadonlySet<string>): boolean {
  if (EVERYONE.test(who)) return true;
  return INITIALS.test(who) && who.split(/\s*[/&]\s*/).every((i) => initials.has(i));
}

/**
 * A verb in its bare form, as an imperative is: not a past or a participle ("paid", "reported"), not the third person
 * ("says", "thinks"), not a gerund, not a function word ("to", "will", "is"). "put", "set", "cut" are their own base.
 */
export function bareVerb(word: string): boolean {
  const w = word.toLowerCase();
  if (!/^[a-z][a-z'-]+$/.test(w) || isFunctionWord(w)) return false;
  // (a short word in "-ing" is a verb of its own: "ring", "bring", "sing")
  if (/ing$/.test(w)) return w.length <= 5;
  return stems(w).every((s) => s === w);
}

const OWNER_THEN = String.raw`(?<who>[A-Z]{2,4}(?:\s*[/&]\s*[A-Z]{2,4})*|[Ee]veryone|[Ee]verybody|[Aa]ll|ALL)`;
const BARE = new RegExp(String.raw`^${OWNER_THEN}\s+(?<verb>[a-z][a-z'-]+)\b(?<rest>.*)$`);

/** "DO mend the rink markers this week": the owner and the errand of an entry written with a bare verb, or null. */
export function bareEntry(entry: string, initials: ReadonlySet<string>): { who: string; what: string } | null {
  const m = BARE.exec(entry.trim())?.groups;
  if (!m || !ownerOf(m.who, initials) || !bareVerb(m.verb)) return null;
  return { who: m.who, what: `${m.verb.charAt(0).toUpperCase()}${m.verb.slice(1)}${m.rest}` };
}

/** Whether an entry opens with an owner and its errand: "X to <verb>", "X – …" or the bare verb. */
export function opensEntry(text: string, initials: ReadonlySet<string>): boolean {
  const m = new RegExp(String.raw`^${OWNER_THEN}(?:\s+to\s+[a-z]|\s*[–—-]\s+\S)`).exec(text.trim());
  return (!!m?.groups && ownerOf(m.groups.who, initials)) || bareEntry(text, initials) !== null;
}

/**
 * The entries of a record of actions: cut before each owner that opens one — after a full stop or a semicolon with any
 * of the three forms, or inside a run of words (a wrapped line joined on) only before a dash, the one form that cannot
 * be an errand's own words ("pass the scores to TR" ends an entry; "TR – book" opens one).
 */
export function actionEntries(text: string, initials: ReadonlySet<string>): string[] {
  const cuts: number[] = [];
  const candidates = new RegExp(String.raw`(?<=[.;]\s+|\s)${OWNER_THEN}\b`, 'g');
  for (const m of text.matchAll(candidates)) {
    const at = m.index;
    if (at === 0 || !ownerOf(m.groups!.who, initials)) continue;
    const tail = text.slice(at);
    const afterStop = /[.;]\s+$/.test(text.slice(0, at));
    // (inside a run of words the dash must lead to a bare verb: "… to JB – by Friday" is the entry's own due)
    const verb = new RegExp(String.raw`^${OWNER_THEN}\s*[–—-]\s+(?<verb>[a-z][a-z'-]+)\b`).exec(tail)?.groups?.verb;
    if ((verb && bareVerb(verb)) || (afterStop && opensEntry(tail, initials))) cuts.push(at);
  }
  const bounds = [0, ...cuts, text.length];
  return bounds
    .slice(0, -1)
    .map((start, k) => text.slice(start, bounds[k + 1]).trim())
    .filter(Boolean);
}
