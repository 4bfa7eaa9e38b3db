// A pronoun's contracted auxiliary written out in full, so that the discussion reads "she'd check" as "she would check"
// and "He'll ring" as "He will ring": informal notes write undertakings this way, and every reader of the discussion
// looks for the full modal ("would", "will") after its subject.
import { isParticiple } from './words.js';

/** The subject pronouns that take a contracted auxiliary (closed). */
const PRONOUN = String.raw`(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I)`;
/** An apostrophe as typed or as a word processor curls it. */
const APOSTROPHE = String.raw`['’]`;
/** After "'d", words that make it "had": a participle ("she'd spoken"), or an adverb before one ("he'd already …"). */
const AFTER_HAD = /^(?:been|had|already|just|never|got|done|gone|made|sent|seen|told|written|spoken)$/i;

/**
 * "She'll look into it" → "She will look into it"; "he'd chase the contractor" → "he would chase the contractor";
 * "she's going to write", "they are going to write" → "she will write", "they will write" (the present of "be going
 * to" is the future, as auxiliaries.ts reads it; not "was going to", an intention past, nor "going to be", a forecast). A "'d" before a participle is "had" ("they'd written to the
 * school", "he'd already asked") and is written so. A name's "'s" is left alone: it is as often a possessive
 * ("Priya's report") as "is".
 */
export function expandContractions(text: string): string {
  return text
    .replace(new RegExp(String.raw`\b(${PRONOUN})${APOSTROPHE}ll\b`, 'g'), '$1 will')
    .replace(
      new RegExp(String.raw`\b(${PRONOUN})${APOSTROPHE}d\s+([a-z]+)\b`, 'g'),
      (_all, who: string, next: string) =>
        AFTER_HAD.test(next) || isParticiple(next) ? `${who} had ${next}` : `${who} would ${next}`,
    )
    .replace(
      new RegExp(
        String.raw`\b(${PRONOUN})(?:\s+(?:is|are|am)|${APOSTROPHE}(?:s|re|m))\s+going\s+to\s+(?!be\b)(?=[a-z])`,
        'g',
      ),
      '$1 will ',
    );
}
