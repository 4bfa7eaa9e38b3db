// A run-in report line "Topic - Person …": partner updates and task-group reports open with what (or which body) the
// line is about, then a dash, then the person who speaks or takes the errand on ("Town Centre Vitality - Councillor
// Castle reported …", "Riverside Trust - Ann Bell offered to send …"). The words before the dash head the line like a
// title; the person after it is who acts. Only a person's name is taken — a post after a dash is the post's own
// wording ("Assistant Director - Highways and Transport") and stays whole.
import { BODY_NOUNS, HONORIFIC_WORDS, OFFICE_NOUNS } from './lexicon.js';

const NAME_WORD = String.raw`[A-Z][a-z'’-]+`;
/** An honorific and a name, or a given name and a surname (two or three capitalised words). */
const PERSON = new RegExp(
  String.raw`^(?:(?:${HONORIFIC_WORDS})\.?(?:\s+[A-Z]\.?)*(?:\s+${NAME_WORD}){1,2}|${NAME_WORD}(?:\s+${NAME_WORD}){1,2})$`,
);

/** The person after a run-in topic and a dash, or the phrase as it was. */
export function afterRunInTopic(owner: string): string {
  const run = /^(?<topic>[A-Z][^–—]*?\S)\s+[-–—]\s+(?<who>[A-Z].*)$/.exec(owner)?.groups;
  if (!run || !PERSON.test(run.who!)) return owner;
  const nouns = run.who!.toLowerCase().split(/\s+/);
  if (nouns.some((w) => BODY_NOUNS.has(w) || OFFICE_NOUNS.includes(w))) return owner;
  return run.who!;
}
