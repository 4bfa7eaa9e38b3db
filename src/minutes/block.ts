// A decision block: the lines of a minute that record what was decided, as paragraphs.
import { reprinted } from './reprintedDecision.js';

export interface Block {
  /** Sentences on the block's lines after the resolution: the minute's text again, for the discussion. */
  rest?: string;
  /** Line indexes within the minute, for the discussion step to leave alone. */
  lines: number[];
  /** The block's paragraphs, one per line, still unsplit into clauses. */
  paragraphs: string[];
  /** The paragraph number in force where the block starts ("6.2"), if the minute numbers its paragraphs. */
  paragraphRef: string | null;
  /** The words after the keyword that every clause hangs from ("That Cabinet:"). */
  stem: string;
  /** 0.9 under a keyword, 0.8 for a decision sentence, 0.65 for a run found by its layout alone. */
  confidence: number;
  /** How the block was found ('quoted': words quoted as moved, which give nothing — the resolution after them decides). */
  found: 'keyword' | 'inline' | 'sentence' | 'layout' | 'quoted';
  /**
   * Found by layout, and worded so that it can only be a decision (every clause "That …"/"to …", or under a
   * "That …:" stem): read even before a "Minutes:" heading, where an agenda's own notes stand.
   */
  strict?: boolean;
  /** The lead-in says the list was not adopted ("These are not agreed:"): its clauses are kept as noted, none tracked. */
  undecided?: boolean;
  /** Owners' initials set at the end of the decision's line ("… quoting the earlier reference.        JW"). */
  initials?: string[];
  /**
   * The paragraph number is a titled part of the minute ("57.1 Motion 1 - Bus services") whose clauses are cited under
   * it, "57.1(1)" — not a paragraph of running text, whose numbered clauses are the minute's own ("4/2").
   */
  titledPart?: boolean;
  /** A page's "Decision:" sheet restating the resolution its minute records: its lines are taken, its clauses give nothing. */
  copy?: boolean;
}

export function push(blocks: Block[], block: Block, used: Set<number>, exclusive = true): void {
  // A page that prints the decision twice ("Decision:" and again under "Minutes:") gives it once.
  const key = (b: Block) => b.paragraphs.join(' ').replace(/\W+/g, ' ').trim().toLowerCase();
  // (worded once as "to allocate …" and again as "… be allocated", it is the same decision)
  if (blocks.some((b) => (key(b) === key(block) && key(b).length > 0) || reprinted(b.paragraphs, block.paragraphs))) {
    for (const k of block.lines) used.add(k);
    return;
  }
  blocks.push(block);
  if (exclusive) for (const k of block.lines) used.add(k);
}
