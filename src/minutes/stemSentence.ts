// A decision sentence that ends by announcing its clauses ("Following consideration, the Committee AGREED to recommend
// to the Executive that:") over a run of marked clauses: the sentence is the stem every clause hangs from, as a
// "RESOLVED that:" line is — one block, not the sentence as a decision of its own and its clauses as a list found by
// layout alone with nothing to say what they are.
import type { Block } from './block.js';

/** A sentence closed by "that:" (or "that:-", "that –"): it is finished only by the clauses under it. */
const ANNOUNCES = /\bthat\s*(?::-?|[–—-])\s*$/i;

/** The blocks with each such sentence joined to the run of clauses on the lines just after it. */
export function withStemSentences(blocks: Block[], lines: string[]): Block[] {
  const out: Block[] = [];
  for (let k = 0; k < blocks.length; k++) {
    const sentence = blocks[k];
    const next = blocks[k + 1];
    const last = sentence.lines[sentence.lines.length - 1];
    const said = sentence.paragraphs.join(' ').trim();
    if (
      sentence.found === 'sentence' &&
      ANNOUNCES.test(said) &&
      // (the sentence is its line: a line that also tells the discussion keeps it for the discussion)
      sentence.lines.length === 1 &&
      lines[last]?.trim() === said &&
      next?.found === 'layout' &&
      !next.stem &&
      next.lines[0] === last + 1
    ) {
      out.push({ ...next, stem: said, lines: [...sentence.lines, ...next.lines], confidence: sentence.confidence });
      k++;
      continue;
    }
    out.push(sentence);
  }
  return out;
}
