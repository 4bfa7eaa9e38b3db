// A realistic, valid action log of any size, the same for the same seed. Used by
// `npm run gen-store`, the bench and the stress tests.
//
// Shape: 20 committees meeting 6–10 times a year over as many years as the item count
// needs (about 1,400 items a year), 3–15 items per held meeting, statuses decided by the
// tool's own due rules against a fixed "today": most old items done and signed off, some
// dropped, a few per cent overdue, recent ones open; some deferred; 1–4 history entries each.
import { effectiveDueDate } from '../../src/domain/due.js';
import {
  TYPE_OF_CATEGORY,
  type Category,
  type Due,
  type HistoryEntry,
  type IsoDate,
  type Item,
  type Meeting,
  type Status,
} from '../../src/domain/types.js';
import { SCHEMA_VERSION, type JournalEntry, type StoreData } from '../../src/store/schema.js';
import { addDaysIso, committeeCalendar, dayMs } from './generate-calendar.js';
import { seededRandom, type Random } from './random.js';
import { COMMITTEES, DEFERRAL_REASONS, NOTES, OFFICERS, OWNERS, resolutionText } from './vocabulary.js';

export interface GenerateOptions {
  items: number;
  seed?: number;
  /** The day the store is "as of"; pass the same date as --as-of when measuring. */
  today?: IsoDate;
}

/** A fixed today, so that a seed always gives the same file whatever the clock says. */
export const GENERATED_TODAY: IsoDate = '2025-11-20';

const ITEMS_PER_YEAR = 1200; // a little under the expected ~1,400, so the calendar is never short
const JOURNAL_LIMIT = 100;

const CATEGORY_WEIGHTS: Record<Category, number> = {
  action: 35,
  information: 15,
  recommendation: 10,
  invitation: 10,
  deferral: 5,
  'work-programme': 25,
};

const daysBetween = (from: IsoDate, to: IsoDate): number => Math.round((dayMs(to) - dayMs(from)) / 86_400_000);

export function generateStore({ items, seed = 1, today = GENERATED_TODAY }: GenerateOptions): StoreData {
  if (!Number.isInteger(items) || items < 0) throw new Error(`items must be a whole number, not ${items}`);
  const random = seededRandom(seed);
  const lastYear = Number(today.slice(0, 4));
  const firstYear = lastYear - Math.ceil(items / ITEMS_PER_YEAR) - 1;
  const calendars = new Map(COMMITTEES.map(([slug]) => [slug, committeeCalendar(slug, firstYear, lastYear, random)]));

  // Walk back from the latest held meeting until there are enough items, then number them oldest first.
  const held = [...calendars.values()].flat().filter((m) => !m.cancelled && m.date < today);
  held.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.committee < b.committee ? 1 : -1));
  const plan: { meeting: Meeting; count: number }[] = [];
  let remaining = items;
  for (const meeting of held) {
    if (remaining === 0) break;
    const count = Math.min(remaining, random.int(3, 15));
    plan.push({ meeting, count });
    remaining -= count;
  }
  if (remaining > 0) throw new Error(`calendar too short for ${items} items`);
  plan.reverse();

  const generated: Item[] = [];
  for (const { meeting, count } of plan) {
    const calendar = calendars.get(meeting.committee)!;
    let minute = random.int(1, 60);
    const lettered = meeting.committee.length % 2 === 0;
    for (let n = 0, ref = 0; n < count; n++, ref++) {
      if (ref > 0 && random.chance(0.5)) {
        minute += random.int(1, 3);
        ref = 0;
      }
      const cite = random.chance(0.05)
        ? { minute: null, ref: null }
        : { minute: String(minute), ref: lettered ? `(${String.fromCharCode(97 + ref)})` : String(ref + 1) };
      generated.push(makeItem(`A${generated.length + 1}`, meeting, cite, calendar, today, random));
    }
  }

  const earliest = plan[0]?.meeting.date ?? today;
  const meetings = [...calendars.values()].flat().filter((m) => m.date >= earliest);
  return {
    schema: SCHEMA_VERSION,
    nextItemNumber: items + 1,
    committees: COMMITTEES.map(([slug, name]) => ({ slug, name })),
    meetings,
    items: generated,
    owners: [],
    journal: journalFor(generated, random),
  };
}

function chooseDue(type: Item['type'], calendar: readonly Meeting[], source: IsoDate, random: Random): Due {
  const after = calendar.slice(firstAfter(calendar, source));
  const meetingAt = (index: number): Due => {
    const meeting = after[Math.min(index, after.length - 1)];
    return meeting ? { kind: 'meeting', meeting: meeting.date } : { kind: 'future' };
  };
  const roll = random.next();
  if (type === 'action') {
    if (roll < 0.7) return meetingAt(0);
    if (roll < 0.9) return { kind: 'date', date: addDaysIso(source, random.int(30, 365)) };
    return meetingAt(random.int(1, 2));
  }
  if (roll < 0.45) return { kind: 'future' };
  return meetingAt(roll < 0.9 ? random.int(0, 1) : random.int(2, 3));
}

function chooseStatus(effective: IsoDate | null, source: IsoDate, today: IsoDate, random: Random): Status {
  const closed = (): Status => (random.chance(0.93) ? 'done' : 'dropped');
  if (effective !== null && effective < today) {
    const overdueChance = daysBetween(effective, today) < 365 ? 0.08 : 0.025;
    if (random.chance(overdueChance)) return random.chance(0.3) ? 'in-progress' : 'open';
    return closed();
  }
  if (effective === null && daysBetween(source, today) > 540) return random.chance(0.07) ? 'open' : closed();
  const roll = random.next();
  return roll < 0.75 ? 'open' : roll < 0.95 ? 'in-progress' : 'done';
}

function makeItem(
  id: string,
  source: Meeting,
  cite: { minute: string | null; ref: string | null },
  calendar: readonly Meeting[],
  today: IsoDate,
  random: Random,
): Item {
  const category = random.weighted(CATEGORY_WEIGHTS);
  const type = TYPE_OF_CATEGORY[category];
  const owner = random.chance(type === 'action' ? 0.85 : 0.4) ? random.pick(OWNERS) : null;
  const due = chooseDue(type, calendar, source.date, random);
  const status = chooseStatus(effectiveDueDate(due, calendar), source.date, today, random);
  const by = random.pick(OFFICERS);
  let day = addDaysIso(source.date, random.int(0, 4));
  if (day > today) day = today;
  const stamp = (): string =>
    `${day}T${pad(random.int(8, 17))}:${pad(random.int(0, 59))}:${pad(random.int(0, 59))}.000Z`;
  const later = (days: number): void => {
    const next = addDaysIso(day, days);
    day = next > today ? today : next;
  };

  const createdAt = stamp();
  const history: HistoryEntry[] = [{ at: createdAt, by, change: 'created', from: null, to: 'open', note: null }];
  const closed = status === 'done' || status === 'dropped';
  const note = status === 'dropped' || (status === 'done' && random.chance(0.7)) ? random.pick(NOTES) : null;
  let budget = 3 - (status === 'open' ? 0 : 1) - (status === 'dropped' ? 1 : 0) - (closed ? 1 : 0);

  // Deferrals: the item was first due at an earlier meeting and moved to the one it is due at now.
  const deferrals: Item['deferrals'] = [];
  let originalDue = due;
  if (due.kind === 'meeting' && budget > 0 && random.chance(0.15)) {
    const earlier = calendar.slice(
      firstAfter(calendar, source.date),
      firstAfter(calendar, due.meeting) - (findsDate(calendar, due.meeting) ? 1 : 0),
    );
    const chain = earlier
      .slice(-Math.min(budget, random.chance(0.2) ? 2 : 1))
      .map((m): Due => ({ kind: 'meeting', meeting: m.date }));
    if (chain.length > 0) originalDue = chain[0];
    chain.forEach((from, i) => {
      const to = chain[i + 1] ?? due;
      later(random.int(1, 40));
      const at = stamp();
      const reason = random.chance(0.8) ? random.pick(DEFERRAL_REASONS) : null;
      deferrals.push({ at, from, to, reason });
      history.push({ at, by, change: 'deferred', from, to, note: reason });
      budget--;
    });
  }
  if (status === 'in-progress' || (closed && budget > 0 && random.chance(0.3))) {
    later(random.int(1, 30));
    history.push({ at: stamp(), by, change: 'status', from: 'open', to: 'in-progress', note: null });
    budget--;
  }
  let signedOff: IsoDate | null = null;
  if (closed) {
    later(random.int(3, 60));
    const at = stamp();
    history.push({
      at,
      by,
      change: 'status',
      from: history.at(-1)!.to === 'in-progress' ? 'in-progress' : 'open',
      to: status,
      note: null,
    });
    if (note && (status === 'dropped' || budget > 0))
      history.push({ at, by, change: 'note', from: null, to: null, note });
    const closedOn = at.slice(0, 10);
    let signingMeeting: Meeting | undefined;
    for (
      let i = firstAfter(calendar, closedOn);
      i < calendar.length && calendar[i].date < today && !signingMeeting;
      i++
    )
      if (!calendar[i].cancelled) signingMeeting = calendar[i];
    if (signingMeeting && random.chance(0.95)) {
      signedOff = signingMeeting.date;
      day = signingMeeting.date;
      history.push({ at: stamp(), by, change: 'signed-off', from: null, to: signedOff, note: null });
    }
  }
  const lastNote = history.findLast((h) => h.change === 'note')?.note ?? null;
  return {
    id,
    type,
    category,
    committee: source.committee,
    movedFrom: null,
    text: resolutionText(category, owner, random),
    owner,
    owners: owner === null ? [] : [owner],
    status,
    source: { meeting: source.date, ...cite },
    due,
    originalDue,
    deferrals,
    lastNote,
    signedOff,
    createdAt,
    updatedAt: history.at(-1)!.at,
    history,
  };
}

/** The last changes, as the store keeps them for `history` and `undo`. */
function journalFor(items: readonly Item[], random: Random): JournalEntry[] {
  const recent = items.slice(-JOURNAL_LIMIT);
  const firstSeq = Math.max(1, items.length - JOURNAL_LIMIT + 1);
  return recent.map((item, i): JournalEntry => {
    const undo = { addedItems: [item.id], replacedItems: [], committees: null, meetings: null };
    const summary = `added ${item.id}: ${item.text}`;
    return {
      seq: firstSeq + i,
      at: item.createdAt,
      by: random.pick(OFFICERS),
      command: 'add',
      summary,
      undone: false,
      undo,
    };
  });
}

/**
 * Where the first meeting after the day is in a calendar (oldest first): looked up by halving,
 * as a 1,000,000-item store's calendars hold thousands of meetings each.
 */
function firstAfter(calendar: readonly Meeting[], day: IsoDate): number {
  let low = 0;
  let high = calendar.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (calendar[middle].date <= day) low = middle + 1;
    else high = middle;
  }
  return low;
}

const findsDate = (calendar: readonly Meeting[], day: IsoDate): boolean =>
  calendar[firstAfter(calendar, day) - 1]?.date === day;

const pad = (n: number): string => String(n).padStart(2, '0');
