// The words of the domain, as plain data. Dates are ISO calendar days ("2025-11-27");
// timestamps are ISO instants. Nothing here knows about files, clocks or terminals.

export type IsoDate = string;

export interface Committee {
  slug: string;
  name: string;
  /** The council whose papers these are, shown on the Word papers and letters; absent when none is set. */
  council?: string;
}

/** An owner's details as the log keeps them (`owner set`), for chasing them. */
export interface OwnerContact {
  /** The owner as the minutes name them ("LLR ICB"); matched as owners are (case, a leading "the"). */
  name: string;
  email: string | null;
  /** The person to address ("Dr Jane Smith"), when the owner is an organisation or a role. */
  contact: string | null;
}

export interface Meeting {
  committee: string;
  date: IsoDate;
  cancelled: boolean;
  /** Set when a cancelled meeting was rearranged to another date. */
  movedTo: IsoDate | null;
}

export type MeetingStatus = 'scheduled' | 'held' | 'cancelled';

export const ITEM_TYPES = ['action', 'work-programme'] as const;
export type ItemType = (typeof ITEM_TYPES)[number];

export const CATEGORIES = [
  'action',
  'information',
  'invitation',
  'recommendation',
  'deferral',
  'work-programme',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const STATUSES = ['open', 'in-progress', 'done', 'dropped'] as const;
export type Status = (typeof STATUSES)[number];

/**
 * What an item is due at, as recorded. `next` is the committee's next meeting after a day,
 * recorded when the calendar had no such meeting yet: it becomes the first meeting added
 * after that day (not cancelled), and is derived from the calendar, never stored as a date.
 */
export type Due =
  | { kind: 'meeting'; meeting: IsoDate }
  | { kind: 'date'; date: IsoDate }
  | { kind: 'next'; after: IsoDate }
  | { kind: 'future' };

export const DUE_KINDS = ['meeting', 'date', 'next', 'future'] as const satisfies readonly Due['kind'][];

export interface Source {
  meeting: IsoDate;
  minute: string | null;
  ref: string | null;
}

export interface HistoryEntry {
  at: string;
  by: string;
  change: string;
  from: unknown;
  to: unknown;
  note: string | null;
}

export interface Deferral {
  at: string;
  from: Due;
  to: Due;
  reason: string | null;
}

export interface Item {
  id: string;
  type: ItemType;
  category: Category;
  committee: string;
  /**
   * The committee whose meeting decided the item (its source), when the item has since been
   * moved to another committee (`actionlog move`); null when it is still the deciding committee's.
   */
  movedFrom: string | null;
  text: string;
  /** The lead owner: the first of `owners`, or null when there is none (kept for scripts). */
  owner: string | null;
  /** Everyone responsible, as the minutes name them, the lead first; empty when none is named. */
  owners: string[];
  status: Status;
  source: Source;
  due: Due;
  originalDue: Due;
  deferrals: Deferral[];
  /** The latest update recorded with done/drop/update --note, shown for sign-off. */
  lastNote: string | null;
  /** Date of the meeting at which the committee signed the item off, or null. */
  signedOff: IsoDate | null;
  createdAt: string;
  updatedAt: string;
  history: HistoryEntry[];
}

/** Open or in progress: what the reports chase. */
export const ACTIVE_STATUSES: readonly Status[] = ['open', 'in-progress'];
export const CLOSED_STATUSES: readonly Status[] = ['done', 'dropped'];
export const isClosed = (item: Pick<Item, 'status'>): boolean => CLOSED_STATUSES.includes(item.status);

/** The type each category belongs to (DESIGN.md "Words of the domain"). */
export const TYPE_OF_CATEGORY: Record<Category, ItemType> = {
  action: 'action',
  information: 'action',
  recommendation: 'action',
  invitation: 'work-programme',
  deferral: 'work-programme',
  'work-programme': 'work-programme',
};
