// A promise whose object is a thing, not an errand: "X promised a written note on …" is "X promised to provide a written
// note on …". "Promise" takes either an infinitive or a noun phrase; with a noun phrase the errand is to give that thing,
// and the readers of undertakings know only the infinitive. Round 43.

/**
 * "promised" as a finite verb of a subject (not "had promised", "was promised", "as promised", "the figures promised at
 * …"), straight before the head of a noun phrase that opens with an article or with "further", "written" or "full" —
 * the few words that open a thing to be given (closed: articles and the two adjectives of a written reply). Not before
 * "to" or "that", which the readers already take.
 */
const PROMISED_THING =
  /(?<![Hh]ad\s|[Hh]as\s|[Hh]ave\s|[Ww]as\s|[Ww]ere\s|[Bb]een\s|[Bb]eing\s|[Aa]s\s|[Aa]lready\s)\bpromised\s+(?=(?:a|an|the|some|further|written|full)\s+[a-z])/g;

/** The sentence with a promised thing read as the errand of giving it. */
export function promisedAsErrand(sentence: string): string {
  return sentence.replace(PROMISED_THING, 'promised to provide ');
}
