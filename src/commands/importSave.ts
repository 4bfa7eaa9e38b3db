// Saving what the clerk accepted from an import, as one change: the meeting and the later dates
// join the calendar, accepted items become items (unless the log already has them), and
// updates of earlier items become notes on those items.
import type { Context } from '../context.js';
import { dueFor } from '../domain/importPlan.js';
import { importKey, itemsByKey, type Reading } from '../domain/importIdentity.js';
import { readingsBehind, type AcceptedItem, type Candidates } from '../domain/importReview.js';
import { alreadyUpdated, updateNote } from '../domain/importUpdates.js';
import { updateItem } from '../domain/lifecycle.js';
import type { IsoDate, Item } from '../domain/types.js';
import { itemView, type ItemView } from '../domain/view.js';
import { addEntry, type ItemEntry } from './entry.js';

export interface ImportToSave {
  committee: string;
  meeting: IsoDate;
  /** Meetings to add to the committee's calendar. */
  meetings: IsoDate[];
  accepted: readonly AcceptedItem[];
  candidates: Candidates;
  /** Where the items came from, for each new item's first history entry. */
  note: string;
  file: string;
}

export interface ImportSaved {
  added: ItemView[];
  updated: ItemView[];
  meetings: IsoDate[];
  /** The proposal's numbers that were saved (as an item or an update). */
  numbersSaved: Set<number>;
}

const sameEntry = (a: AcceptedItem, b: AcceptedItem): boolean =>
  a.minute === b.minute && a.ref === b.ref && a.text === b.text && a.numbers.join() === b.numbers.join();

export async function saveImport(context: Context, save: ImportToSave): Promise<ImportSaved> {
  const { committee, meeting } = save;
  return context.store.transact('import', context.actor(), async (tx) => {
    await tx.committee(committee);
    for (const date of save.meetings) {
      if (!(await tx.calendar(committee)).some((m) => m.date === date))
        await tx.putMeeting({ committee, date, cancelled: false, movedTo: null });
    }
    const calendar = await tx.calendar(committee);
    // Checked under the lock: another import of the same minutes may have landed meanwhile.
    const known = itemsByKey(await tx.items({ committee }), committee, meeting);
    const added: Item[] = [];
    const updated: Item[] = [];
    const saved: AcceptedItem[] = [];
    const numbersSaved = new Set<number>();
    for (const accepted of save.accepted) {
      const own: Reading = { minute: accepted.minute, ref: accepted.ref, text: accepted.text };
      if (accepted.updatesItem) {
        const target = await tx.item(accepted.updatesItem);
        if (alreadyUpdated(target, meeting, own)) continue;
        const after = updateItem(target, {}, updateNote(meeting, own), context.actor());
        await tx.replaceItem(after);
        updated.push(after);
      } else {
        const readings = readingsBehind(accepted, save.candidates);
        const stands = readings.length ? readings : [own];
        if (
          stands.some((r) => known.has(importKey(committee, meeting, r))) ||
          saved.some((s) => sameEntry(s, accepted))
        )
          continue;
        const entry: ItemEntry = {
          ...accepted,
          due: typeof accepted.due === 'string' ? accepted.due : dueFor(accepted.due, accepted.type, calendar, meeting),
        };
        added.push(await addEntry(tx, committee, meeting, entry, context, save.note, readings));
      }
      saved.push(accepted);
      for (const n of accepted.numbers) numbersSaved.add(n);
    }
    const parts = [
      `imported ${added.length} item(s)`,
      ...(updated.length ? [`updated ${updated.map((i) => i.id).join(', ')}`] : []),
    ];
    tx.summary = `${parts.join(' and ')} from ${save.file} into ${committee}, meeting ${meeting}`;
    const calendarNow = await tx.calendar(committee);
    const view = (items: Item[]) => items.map((item) => itemView(item, calendarNow, context.today));
    return { added: view(added), updated: view(updated), meetings: save.meetings, numbersSaved };
  });
}
