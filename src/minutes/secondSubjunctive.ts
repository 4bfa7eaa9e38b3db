// Step 4b (coordination): a resolution in the subjunctive that goes on, after "and", with a second subject of its own —
// "That the report be noted, and the Treasurer update the asset list by May", "That the sale be approved and the Head
// of Estates be authorised to sign the lease", "That the scheme be withdrawn and the Parks Manager bring a new one to a
// future meeting". English may join two clauses so, each with its subject and its verb in the bare (subjunctive) form;
// the first is often only a noting, and the second the work to track, which was filed as noted with it.
import { readClause } from './grammar.js';
import type { Reading } from './reading.js';
import { RECORDING_PARTICIPLES, alternatives } from './lexicon.js';
import { isParticiple } from './words.js';

/** The second subject opens with a determiner: a noun phrase, not a second object run on ("… be noted and thanked"). */
const AND_THEN_SUBJECT = new RegExp(
  String.raw`,?\s+and\s+(?=(?:${alternatives(['the', 'a', 'an', 'any', 'all', 'its', 'their', 'this', 'these', 'each'])})\s)`,
  'gi',
);

/** A verb in the bare form: what a subjunctive's subject takes ("the Clerk write", "the Board recommend"). */
function bareVerb(verb: string): boolean {
  // (not a gerund, "-ing" after three letters or more: "bring" is bare, "reporting" is not)
  return /^[a-z]{3,}$/.test(verb) && !isParticiple(verb) && !/[^s]s$/.test(verb) && !/^[a-z]{3,}ing$/.test(verb);
}

/** Cuts "X be <done>, and the Y <verb> …" into its two clauses; anything else comes back whole. */
export function secondSubjunctive(part: string): string[] {
  const first = readClause(part);
  if (first.form !== 'subjunctive' || !first.passive) return [part];
  for (const m of part.matchAll(AND_THEN_SUBJECT)) {
    const left = part.slice(0, m.index).trim();
    const right = part.slice(m.index + m[0].length).trim();
    // (the first clause whole, with its "be" and participle before the "and": not "the Chair and the Clerk be …")
    const before = readClause(left);
    if (before.form !== 'subjunctive' || !before.passive || left.split(/\s+/).length < 3) continue;
    // (the first clause records what the sitting did — noted, approved, withdrawn — so the second is work of its own; an
    // errand first, "the scheme be reviewed by the Clerk and a draft be brought to the May meeting", has its report back
    // after the "and": one item, as "… and to report back" is)
    if (!RECORDING_PARTICIPLES.has(before.verb?.toLowerCase() ?? '')) continue;
    const after = readClause(right);
    if (!after.subject || !after.verb || after.subject.split(/\s+/).length > 8) continue;
    // (a subject that is itself a list began before this "and": "reviewed by the Chair and the Clerk and a draft be
    // brought …" — the "and" to cut at is the later one)
    if (/\s(?:and|&)\s/i.test(after.subject)) continue;
    // (a subject and a verb with something after it: "the budget report" alone is a noun phrase, not a clause)
    if (after.rest.trim().split(/\s+/).length < 2) continue;
    const subjunctive = after.form === 'subjunctive' || (after.form === 'finite' && bareVerb(after.verb));
    if (subjunctive) return [left, ...secondSubjunctive(right)];
  }
  return [part];
}

/**
 * The second clause of "X be <done>, and the Y <verb> …" when the first is no record of the sitting and so stays whole
 * with it: "a task group be set up, and the Scrutiny Officer seek nominations for it", "a special meeting be held, and the
 * Clerk make the arrangements". The first clause's passive names no one; the second's subject is who acts on both.
 */
export function secondSubjunctiveReading(part: string): Reading | null {
  const first = readClause(part);
  if (first.form !== 'subjunctive' || !first.passive) return null;
  for (const m of part.matchAll(AND_THEN_SUBJECT)) {
    const left = part.slice(0, m.index).trim();
    const before = readClause(left);
    if (before.form !== 'subjunctive' || !before.passive || left.split(/\s+/).length < 3) continue;
    const after = readClause(part.slice(m.index + m[0].length).trim());
    if (!after.subject || !after.verb || after.passive || after.subject.split(/\s+/).length > 8) continue;
    if (/\s(?:and|&)\s/i.test(after.subject) || after.rest.trim().split(/\s+/).length < 2) continue;
    if (after.form === 'subjunctive' || (after.form === 'finite' && bareVerb(after.verb))) return after;
  }
  return null;
}

/**
 * "That the accounts be noted; the Treasurer renew the insurance; the hall hire rates be reviewed": clauses of a resolution
 * parted by semicolons alone, as Word's lost numbering leaves them ("that:the … be noted;the …"). A semicolon between
 * two whole clauses in the subjunctive, each with its own subject, parts two decisions — as a list's marks would; a
 * semicolon inside one clause ("… be approved; otherwise to the following meeting") has no subject after it and stays.
 */
export function semicolonSubjunctives(part: string): string[] {
  const pieces = part.split(/;\s*(?=\S)/);
  if (pieces.length < 2) return [part];
  const out: string[] = [pieces[0]];
  for (const piece of pieces.slice(1)) {
    const left = readClause(out[out.length - 1].replace(/^\s*That\s*:?\s*/i, ''));
    const right = readClause(piece);
    const bare = (c: ReturnType<typeof readClause>) =>
      c.form === 'subjunctive' || (c.form === 'finite' && !!c.verb && bareVerb(c.verb));
    const whole =
      bare(left) &&
      !!right.subject &&
      // (the next clause opens on its own subject, a determiner first: not "and that if …", nor a heading run on)
      /^(?:the|a|an|any|all|each|its|their|this|these|those|no)\s/i.test(piece) &&
      !!right.verb &&
      right.subject.split(/\s+/).length <= 8 &&
      // (a passive may stop at its participle, "the policy be approved"; an active verb needs its object)
      (right.passive || right.rest.trim().split(/\s+/).length >= 2) &&
      bare(right);
    if (whole) out.push(piece);
    else out[out.length - 1] = `${out[out.length - 1]}; ${piece}`;
  }
  return out.map((p) => p.trim());
}
