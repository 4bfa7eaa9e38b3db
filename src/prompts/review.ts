// Reviewing an import, item by item: accept, edit or skip. Each accepted item comes back as
// the ItemEntry that `actionlog add` would build, so the review changes nothing a flag cannot.
import { confirm, input, select } from '@inquirer/prompts';
import type { ItemEntry } from '../commands/entry.js';
import { CATEGORIES, TYPE_OF_CATEGORY, type Category } from '../domain/types.js';
import { dueText } from '../render/labels.js';

export interface ReviewItem {
  label: string;
  entry: ItemEntry;
}

type Choice = 'accept' | 'edit' | 'skip';

/** Says what is wrong with a due spec (for example a month with no meeting), or null when it is fine. */
export type DueCheck = (spec: string) => string | null;

async function edit(entry: ItemEntry, checkDue: DueCheck): Promise<ItemEntry> {
  const text = await input({ message: 'Text', default: entry.text, validate: (t) => t.trim() !== '' || 'The text cannot be empty' });
  const category = await select<Category>({
    message: 'Category',
    choices: CATEGORIES.map((c) => ({ name: `${c} (${TYPE_OF_CATEGORY[c]})`, value: c })),
    default: entry.category as Category,
  });
  const owner = await input({ message: 'Owner (blank for none)', default: entry.owner ?? '' });
  const due = await input({
    message: 'Due (next, future, a month name or a date)',
    default: typeof entry.due === 'object' ? dueText(entry.due) : entry.due,
    validate: (spec) => checkDue(spec) ?? true,
  });
  return { ...entry, text, category, type: TYPE_OF_CATEGORY[category], owner: owner.trim() || null, due: due.trim() };
}

/** Walks the proposal; returns the entries to save (possibly edited). */
export async function reviewItems(items: ReviewItem[], checkDue: DueCheck): Promise<ItemEntry[]> {
  const accepted: ItemEntry[] = [];
  for (const [index, item] of items.entries()) {
    const choice = await select<Choice>({
      message: `${index + 1}/${items.length} ${item.label}`,
      choices: [
        { name: 'Accept', value: 'accept' },
        { name: 'Edit text, category, owner or due', value: 'edit' },
        { name: 'Skip', value: 'skip' },
      ],
    });
    if (choice === 'accept') accepted.push(item.entry);
    if (choice === 'edit') accepted.push(await edit(item.entry, checkDue));
  }
  return accepted;
}

export const confirmImport = (count: number, meetings: number): Promise<boolean> =>
  confirm({
    message: `Save ${count} item${count === 1 ? '' : 's'}${meetings ? ` and ${meetings} meeting date${meetings === 1 ? '' : 's'}` : ''} to the log?`,
    default: true,
  });

export { isCancel } from './cancel.js';
