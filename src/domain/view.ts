// The item as scripts see it: DESIGN.md's JSON contract, with the derived fields filled in.
// The store's own shape may grow; this projection is what stays stable.
import { effectiveDueDate } from './due.js';
import { daysBetween } from './dates.js';
import { latestUpdate, type LatestUpdate } from './latestUpdate.js';
import { isOverdueWith, isWaitingForMeeting } from './rules.js';
import type { HistoryEntry, IsoDate, Item, Meeting, Source } from './types.js';

/** The stored fields scripts see as they are; the rest of the view is derived. */
type StoredFields =
  | 'id'
  | 'type'
  | 'category'
  | 'committee'
  | 'movedFrom'
  | 'text'
  | 'owner'
  | 'owners'
  | 'status'
  | 'source'
  | 'due'
  | 'originalDue'
  | 'signedOff'
  | 'createdAt'
  | 'updatedAt';

export interface ItemView extends Pick<Item, StoredFields> {
  effectiveDue: IsoDate | null;
  /** How many times the item was deferred (each deferral, with its reason, is in the history). */
  deferrals: number;
  overdue: boolean;
  daysOverdue: number | null;
  /** Due at a meeting that no meeting in the calendar can take yet (rules.ts): not overdue, shown apart. */
  waitingForMeeting: boolean;
  /** The most recent note in the item's history (see latestUpdate.ts); null when there is none. */
  latestUpdate: LatestUpdate | null;
}

export interface ItemDetailView extends ItemView {
  history: HistoryEntry[];
}

/** `due`, the item's effective due date where the caller has worked it out already. */
export function itemView(item: Item, calendar: readonly Meeting[], today: IsoDate, due?: IsoDate | null): ItemView {
  // Worked out once: a report builds a view of every item, and each look-up scans the calendar.
  const effectiveDue = due === undefined ? effectiveDueDate(item.due, calendar) : due;
  const overdue = isOverdueWith(item, effectiveDue, today);
  return {
    id: item.id,
    type: item.type,
    category: item.category,
    committee: item.committee,
    movedFrom: item.movedFrom,
    text: item.text,
    owner: item.owner,
    owners: item.owners,
    status: item.status,
    source: { meeting: item.source.meeting, minute: item.source.minute, ref: item.source.ref },
    due: item.due,
    effectiveDue,
    originalDue: item.originalDue,
    deferrals: item.deferrals.length,
    overdue,
    daysOverdue: overdue ? daysBetween(effectiveDue!, today) : null,
    waitingForMeeting: isWaitingForMeeting(item, effectiveDue),
    signedOff: item.signedOff,
    createdAt: item.createdAt,
    updatedAt: item.updatedAt,
    latestUpdate: latestUpdate(item.history),
  };
}

export function itemDetailView(item: Item, calendar: readonly Meeting[], today: IsoDate): ItemDetailView {
  return { ...itemView(item, calendar, today), history: item.history };
}

/** How the minutes cite a resolution: 17(d), 18(c)(ii), 53/2; the ref alone where no minute is printed. */
export function citation(source: Pick<Source, 'minute' | 'ref'>): string {
  const { minute, ref } = source;
  if (!minute) return ref ?? '';
  if (!ref) return minute;
  return ref.startsWith('(') ? `${minute}${ref}` : `${minute}/${ref}`;
}
