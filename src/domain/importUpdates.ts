// Minutes that report on earlier actions ("Minute 269/19: the footpath has been repaired",
// an action log's row citing "A12") update items the log already holds: the report becomes a
// note on that item, not a new item. Pure: the log's items come in as data.
import { formatUkDate } from './dates.js';
import type { Reading } from './importIdentity.js';
import { isClosed, type IsoDate, type Item } from './types.js';
import { citation } from './view.js';

/** Words that may stand before a cited reference ("Minute 53(b)", "Action A12", "Min. 4"). */
const CITING_WORDS = /^(?:(?:minutes?|min|action|item|ref(?:erence)?|resolution|no|number)\b\.?\s*)+/;

/** A reference as written, in one notation: lower case, no spaces, "a)" written "(a)". */
function citeForm(text: string): string {
  return text
    .toLowerCase()
    .trim()
    .replace(CITING_WORDS, '')
    .replace(/(^|[^(a-z0-9])([a-z0-9]{1,5})\)/g, '$1($2)')
    .replace(/\s+/g, '')
    .replace(/[.:;,]+$/, '');
}

const ITEM_ID = /^a(\d{1,9})$/;

/**
 * The log's items an entry's cited reference names: an item id ("A12"), a minute with its ref
 * ("53(b)", "53/2"), or a minute ("269/19") — every item of it. Items of earlier meetings only;
 * where several match, the ones still open come first.
 */
export function itemsCited(cited: string, items: readonly Item[], meeting: IsoDate): Item[] {
  const wanted = citeForm(cited);
  if (!wanted) return [];
  const earlier = items.filter((item) => item.source.meeting < meeting);
  const id = ITEM_ID.exec(wanted);
  if (id) {
    const byId = earlier.filter((item) => item.id === `A${Number(id[1])}`);
    if (byId.length) return byId;
  }
  const exact = earlier.filter((item) => citeForm(citation(item.source)) === wanted);
  const found = exact.length
    ? exact
    : earlier.filter((item) => item.source.minute !== null && citeForm(item.source.minute) === wanted);
  return [...found.filter((item) => !isClosed(item)), ...found.filter(isClosed)];
}

/** The note an update leaves on the item it updates: where it was said, then what. */
export function updateNote(meeting: IsoDate, reading: Reading): string {
  return `${updatePrefix(meeting, reading)} ${reading.text.replace(/\s+/g, ' ').trim()}`;
}

function updatePrefix(meeting: IsoDate, reading: Pick<Reading, 'minute' | 'ref'>): string {
  const cite = citation(reading);
  return `${formatUkDate(meeting)}${cite ? `, minute ${cite}` : ''}:`;
}

/** The item already carries this meeting's update from this minute (a second import adds it again otherwise). */
export function alreadyUpdated(item: Item, meeting: IsoDate, reading: Reading): boolean {
  const cited = Boolean(reading.minute || reading.ref);
  const prefix = updatePrefix(meeting, reading);
  const note = updateNote(meeting, reading);
  return item.history.some(
    (entry) =>
      entry.change === 'note' &&
      typeof entry.note === 'string' &&
      (cited ? entry.note.startsWith(`${prefix} `) : entry.note === note),
  );
}
