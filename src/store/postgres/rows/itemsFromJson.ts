// Items as the server sends them, as JSON (one item, or a report's items as one text), parsed into the domain's items.
import type { Item } from '../../../domain/types.js';
import { ESCAPE, fromStoredOrNull, fromStoredText } from '../text.js';

/**
 * An item as the server built it (queries/itemJson.ts, itemJson): its fields already in the store's
 * order. Text is stored escaped only where it held what `text` cannot (text.ts), which the
 * escape character shows; history values are json, stored as written, and left alone.
 */
export function itemFromJson(json: string): Item {
  const item = JSON.parse(json) as Item;
  return json.includes(ESCAPE) ? unescapeItem(item) : item;
}

/**
 * Items as the server sends a report's: the elements of one JSON array, joined with commas
 * (queries/selectItems.ts, asOneText; null when there are none), parsed at once, and put in the order they
 * were added by their places (`places`, each one's ordinal, in the same order, joined the same
 * way). Read row by row, a million-item log's 20,000 overdue items cost the driver a row each
 * and JSON.parse a call each, and their texts, kept until every one was parsed, were copied by
 * each young-generation collection meanwhile; one text of that size is never copied. The
 * brackets are added here: on the server, adding them copied the 12.7 MB text once more.
 * Where the text holds no escape character, no item does.
 */
export function itemsFromJsonArray(elements: string | null, places: string | null): Item[] {
  if (elements === null || places === null) return [];
  const items = JSON.parse(`[${elements}]`) as Item[];
  if (elements.includes(ESCAPE)) for (let i = 0; i < items.length; i++) unescapeItem(items[i]);
  return inPlaceOrder(items, JSON.parse(`[${places}]`) as number[]);
}

/** The items in the order of their places (unique), each item's place at the same index. */
function inPlaceOrder(items: Item[], places: readonly number[]): Item[] {
  let sorted = true;
  for (let i = 1; i < places.length && sorted; i++) sorted = places[i - 1] < places[i];
  if (sorted) return items;
  const order = Array.from({ length: items.length }, (_, i) => i).sort((a, b) => places[a] - places[b]);
  return order.map((i) => items[i]);
}

/** The item's text fields as they were before storing (text.ts); a field without the escape character is left as it is. */
function unescapeItem(item: Item): Item {
  item.committee = fromStoredText(item.committee);
  item.movedFrom = fromStoredOrNull(item.movedFrom);
  item.text = fromStoredText(item.text);
  item.owner = fromStoredOrNull(item.owner);
  item.owners = item.owners.map(fromStoredText);
  item.source.minute = fromStoredOrNull(item.source.minute);
  item.source.ref = fromStoredOrNull(item.source.ref);
  item.lastNote = fromStoredOrNull(item.lastNote);
  item.createdAt = fromStoredText(item.createdAt);
  item.updatedAt = fromStoredText(item.updatedAt);
  for (const deferral of item.deferrals) {
    deferral.at = fromStoredText(deferral.at);
    deferral.reason = fromStoredOrNull(deferral.reason);
  }
  for (const entry of item.history) {
    entry.at = fromStoredText(entry.at);
    entry.by = fromStoredText(entry.by);
    entry.change = fromStoredText(entry.change);
    entry.note = fromStoredOrNull(entry.note);
  }
  return item;
}
