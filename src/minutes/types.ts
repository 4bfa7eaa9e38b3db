// The shapes the minutes parser passes between its steps, and the proposal it returns.
import type { StatedDue } from '../domain/importPlan.js';
import type { Category, ItemType } from '../domain/types.js';

export type { StatedDue, Category };

export interface ProposedItem {
  minute: string | null;
  ref: string | null;
  type: ItemType;
  category: Category;
  owner: string | null;
  due: StatedDue;
  text: string;
  /** 0..1; below 0.7 for actions read from the discussion rather than a resolution. */
  confidence: number;
  narrative: boolean;
}

export interface NotedEntry {
  minute: string | null;
  ref: string | null;
  text: string;
}

export interface MinutesProposal {
  meeting: { date: string | null };
  nextMeetings: string[];
  items: ProposedItem[];
  noted: NotedEntry[];
}

export interface ParseOptions {
  /** The meeting's date as the user gave it (ISO); it wins over the heading. */
  meetingDate?: string;
}

/** One numbered (or titled) record of an agenda item. */
export interface Minute {
  number: string | null;
  title: string;
  lines: string[];
}

/** One resolution (or one decision sentence) before it is read. */
export interface Clause {
  minute: string | null;
  ref: string | null;
  text: string;
  /** The words that introduce a list ("That UHL and the CCGs be requested to consider:"). */
  stem: string;
  confidence: number;
}
