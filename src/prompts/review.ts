// Reviewing an import: every proposed item, then every resolution read as only noted, then
// anything the importer missed. The answers come back as the accepted items that `import
// --accept <file>` reads from an edited `--dry-run --json` proposal, so the review does
// nothing a script cannot (domain/importReview.ts).
import { confirm, input, select } from '@inquirer/prompts';
import { ownersTyped, type AcceptedItem } from '../domain/importReview.js';
import { CATEGORIES, TYPE_OF_CATEGORY, type Category } from '../domain/types.js';

/** Says what is wrong with a due as typed (for example a month with no meeting), or null when it is fine. */
export type DueCheck = (spec: string) => string | null;

export interface ReviewCandidate {
  item: AcceptedItem;
  /** What to look at twice: low confidence and where it was read, an update of an earlier item. */
  flags: string;
  /** The log's items it may update (id and a line about each); empty for an ordinary item. */
  updates: { id: string; label: string }[];
}

export interface NotedCandidate {
  /** The item it would become, if the clerk tracks it. */
  item: AcceptedItem;
  /** The resolution as the minutes have it, with its minute and ref. */
  label: string;
}

export interface ReviewSetup {
  items: ReviewCandidate[];
  noted: NotedCandidate[];
  /** One line for an item at any stage (as proposed, edited, split or merged). */
  describe: (item: AcceptedItem) => string;
  /** A due as it would be typed, for the edit question's default. */
  dueDefault: (item: AcceptedItem) => string;
  checkDue: DueCheck;
}

type ItemChoice = 'accept' | 'edit' | 'split' | 'merge' | 'skip' | 'rest';

const nonEmpty = (what: string) => (text: string) => text.trim() !== '' || `${what} cannot be empty`;

async function edit(item: AcceptedItem, setup: ReviewSetup, textQuestion = 'Text'): Promise<AcceptedItem> {
  const text = await input({ message: textQuestion, default: item.text, validate: nonEmpty('The text') });
  const category = await select<Category>({
    message: 'Category',
    choices: CATEGORIES.map((c) => ({ name: `${c} (${TYPE_OF_CATEGORY[c]})`, value: c })),
    default: item.category,
  });
  // (several owners, the lead first, between semicolons: "UHL; the CCGs")
  const owners = ownersTyped(
    await input({
      message: 'Owner, or owners lead first separated by ";" (blank for none)',
      default: (item.owners ?? (item.owner ? [item.owner] : [])).join('; '),
    }),
  );
  const due = await input({
    message: 'Due (next, future, a month name or a date)',
    default: setup.dueDefault({ ...item, category, type: TYPE_OF_CATEGORY[category] }),
    validate: (spec) => setup.checkDue(spec) ?? true,
  });
  const minute = await input({ message: 'Minute, as printed (blank for none)', default: item.minute ?? '' });
  const ref = await input({
    message: 'Resolution within the minute, e.g. (a), 2, (c)(ii) (blank for none)',
    default: item.ref ?? '',
  });
  return {
    ...item,
    text: text.trim(),
    category,
    type: TYPE_OF_CATEGORY[category],
    owner: owners[0] ?? null,
    owners,
    due: due.trim(),
    minute: minute.trim() || null,
    ref: ref.trim() || null,
  };
}

async function split(item: AcceptedItem): Promise<[AcceptedItem, AcceptedItem]> {
  const first = await input({
    message: 'Split: the first item',
    default: item.text,
    validate: nonEmpty('The first item'),
  });
  const second = await input({ message: 'Split: the second item', validate: nonEmpty('The second item') });
  return [
    { ...item, text: first.trim() },
    { ...item, text: second.trim() },
  ];
}

/** Two items as one: the first's minute, ref, category, owner and due; both texts, for the clerk to edit. */
function merge(first: AcceptedItem, second: AcceptedItem): AcceptedItem {
  const joint = /[.;:]$/.test(first.text) ? ' ' : '; ';
  return { ...first, numbers: [...first.numbers, ...second.numbers], text: `${first.text}${joint}${second.text}` };
}

async function askItem(
  candidate: ReviewCandidate,
  position: string,
  mergeable: boolean,
  setup: ReviewSetup,
): Promise<ItemChoice> {
  return select<ItemChoice>({
    message: `${position} ${setup.describe(candidate.item)}${candidate.flags ? ` (${candidate.flags})` : ''}`,
    choices: [
      { name: 'Accept', value: 'accept' },
      { name: 'Edit text, category, owner, due, minute or ref', value: 'edit' },
      { name: 'Split into two items', value: 'split' },
      ...(mergeable ? [{ name: 'Merge with another item', value: 'merge' as const }] : []),
      { name: 'Skip (do not track it)', value: 'skip' },
      { name: 'Accept this and all the rest', value: 'rest' },
    ],
  });
}

const NEW_ITEM = '\u0000new';
const SKIP = '\u0000skip';
const REST = '\u0000rest';

/** An entry citing earlier items the log holds: a note on one of them, or a new item after all. */
async function askUpdate(candidate: ReviewCandidate, position: string, setup: ReviewSetup): Promise<string> {
  return select<string>({
    message: `${position} ${setup.describe(candidate.item)}${candidate.flags ? ` (${candidate.flags})` : ''}`,
    choices: [
      ...candidate.updates.map((u) => ({ name: `Add it as an update (a note) to ${u.label}`, value: u.id })),
      { name: 'Track it as a new item instead', value: NEW_ITEM },
      { name: 'Skip', value: SKIP },
      { name: 'Accept this and all the rest', value: REST },
    ],
    default: candidate.item.updatesItem ?? undefined,
  });
}

/** Walks the proposed items; returns those accepted, with whether the clerk accepted all the rest. */
async function reviewItems(setup: ReviewSetup): Promise<AcceptedItem[]> {
  const queue = [...setup.items];
  const accepted: AcceptedItem[] = [];
  let done = 0;
  while (queue.length) {
    const candidate = queue.shift()!;
    const position = `${done + 1}/${done + 1 + queue.length}`;
    if (candidate.updates.length) {
      const answer = await askUpdate(candidate, position, setup);
      if (answer === NEW_ITEM) {
        queue.unshift({ ...candidate, item: { ...candidate.item, updatesItem: null }, updates: [], flags: '' });
        continue;
      }
      done++;
      if (answer === REST) {
        accepted.push(candidate.item, ...queue.map((c) => c.item));
        break;
      }
      if (answer !== SKIP) accepted.push({ ...candidate.item, updatesItem: answer });
      continue;
    }
    const others = queue.filter((c) => c.updates.length === 0);
    const choice = await askItem(candidate, position, others.length > 0, setup);
    switch (choice) {
      case 'accept':
        accepted.push(candidate.item);
        break;
      case 'edit':
        accepted.push(await edit(candidate.item, setup));
        break;
      case 'skip':
        break;
      case 'split': {
        const [first, second] = await split(candidate.item);
        queue.unshift({ ...candidate, item: first }, { ...candidate, item: second });
        continue;
      }
      case 'merge': {
        const other = await select<ReviewCandidate>({
          message: 'Merge it with',
          choices: others.map((c) => ({ name: setup.describe(c.item), value: c })),
        });
        queue.splice(queue.indexOf(other), 1);
        queue.unshift({ ...candidate, item: merge(candidate.item, other.item) });
        continue;
      }
      case 'rest':
        accepted.push(candidate.item, ...queue.map((c) => c.item));
        queue.length = 0;
        break;
    }
    done++;
  }
  return accepted;
}

type NotedChoice = 'leave' | 'track' | 'rest';

/** Each resolution read as only noted, in full: the clerk may make any of them an item to track. */
async function reviewNoted(setup: ReviewSetup): Promise<AcceptedItem[]> {
  const tracked: AcceptedItem[] = [];
  for (const [index, noted] of setup.noted.entries()) {
    const choice = await select<NotedChoice>({
      message: `Noted ${index + 1}/${setup.noted.length} ${noted.label}`,
      choices: [
        { name: 'Leave it noted (nothing to track)', value: 'leave' },
        { name: 'Track it: make it an item', value: 'track' },
        { name: 'Leave this and the rest noted', value: 'rest' },
      ],
    });
    if (choice === 'rest') break;
    if (choice === 'track') tracked.push(await edit(noted.item, setup));
  }
  return tracked;
}

/** Items the importer missed, typed with the minute they belong to. */
async function addMissed(setup: ReviewSetup, lastMinute: string | null): Promise<AcceptedItem[]> {
  const added: AcceptedItem[] = [];
  let minute = lastMinute;
  while (
    await confirm({ message: added.length ? 'Add another item?' : 'Add an item the importer missed?', default: false })
  ) {
    const blank: AcceptedItem = {
      numbers: [],
      minute,
      ref: null,
      type: 'action',
      category: 'action',
      owner: null,
      due: null,
      text: '',
      updatesItem: null,
    };
    const item = await edit(blank, setup, 'What was decided (the item to track)');
    added.push(item);
    minute = item.minute;
  }
  return added;
}

/** The whole review: what the clerk accepts, in the order it will be saved. */
export async function reviewImport(setup: ReviewSetup): Promise<AcceptedItem[]> {
  const accepted = await reviewItems(setup);
  const tracked = setup.noted.length ? await reviewNoted(setup) : [];
  const last = [...setup.items, ...setup.noted].at(-1)?.item.minute ?? null;
  const added = await addMissed(setup, last);
  return [...accepted, ...tracked, ...added];
}

export const confirmImport = (items: number, updates: number, meetings: number): Promise<boolean> => {
  const parts = [
    ...(items || !updates ? [`${items} item${items === 1 ? '' : 's'}`] : []),
    ...(updates ? [updates === 1 ? '1 update to an earlier item' : `${updates} updates to earlier items`] : []),
    ...(meetings ? [`${meetings} meeting date${meetings === 1 ? '' : 's'}`] : []),
  ];
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : parts[0];
  return confirm({ message: `Save ${list} to the log?`, default: true });
};

export { isCancel } from './cancel.js';
