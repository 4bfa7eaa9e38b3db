// The shapes the minutes parser passes between its steps, and the proposal it returns.
import type { StatedDue } from '../domain/importPlan.js';
import type { Category, ItemType } from '../domain/types.js';

export type { StatedDue, Category };

/** Where an item was read: a resolution or decision, the discussion around it, or an action table or log. */
export type Source = 'resolution' | 'discussion' | 'action-table';

export interface ProposedItem {
  minute: string | null;
  ref: string | null;
  type: ItemType;
  category: Category;
  /** The lead owner: the first of `owners`. */
  owner: string | null;
  /** Everyone the decision names to act, the lead first ("UHL and the CCGs" → UHL, the CCGs). */
  owners?: string[];
  due: StatedDue;
  /** The decision's words, whole. */
  text: string;
  /** 0..1: how sure the reading is. Under 0.7 for the discussion and for instructions read as actions for want of a clearer sign. */
  confidence: number;
  source: Source;
  /** Agreed in the discussion rather than in a resolution (source 'discussion'). */
  narrative: boolean;
  /** The earlier minute or action this entry carries on ("269/19", "Minute C134"), when it cites one. */
  updates?: string;
  /** A row of an action log carried on from an earlier meeting (its status open), not one this meeting added. */
  carried?: boolean;
  /**
   * A row of a list that holds only this meeting's new actions, each numbered in a series of its own ("JW/26/15 |
   * Comms plan | FN | March | New"): the action is cited by that number, not by the minute that agreed it.
   */
  ownNumber?: boolean;
  /** A log's row filed under the minute its "Minute" column names, one of this meeting's: that minute's sentence is its record. */
  placed?: boolean;
  /**
   * The number of a row so filed, where the log numbers its rows in a series of its own beside the minute ("26/12" under
   * "No.", "2" under "Item"): the action is cited by it where the minute's sentence only points to the row. Read by
   * `dedupeSummary` and dropped there.
   */
  logNumber?: string;
}

/**
 * Why an entry that is no resolution is only noted, in the clerk's words: an earlier action the minutes report
 * finished ("Clerk to order the bench – done"), or a task ticked off in a shared document's checklist.
 */
export type NotedReason = 'reported done' | 'ticked as done' | 'fell at a vote';

/** A decision that leaves nothing to track (noted, received, approved), kept whole so the review can show it. */
export interface NotedEntry {
  minute: string | null;
  ref: string | null;
  text: string;
  source: Source;
  confidence: number;
  /** Set where the entry is not a resolution read as noting: why it proposes nothing. */
  reason?: NotedReason;
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
  /** The words that introduce a list ("That UHL and the CCGs be requested to consider:"), all the way up. */
  stem: string;
  /** The list a decision announces as what it says ("the following comments …:"): its content, not decisions. */
  content?: string;
  /** The nearest of those: the clause's parent, or the block's stem. */
  lead?: string;
  confidence: number;
}
