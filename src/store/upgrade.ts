// Reading a log written by an older actionlog: its file is brought up to the current shape,
// a version at a time, as it is read, and written in that shape by the next change. Nothing
// is lost: each version only adds to what the one before held. An upgrade touches only what
// has the old shape, so that a damaged file is still refused by the check that follows, with
// the check's own explanation.

type Fields = Record<string, unknown>;

const isObject = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The log in `data` at the current version (format.ts's SCHEMA_VERSION); data of another shape is returned as it is, for the check to judge. */
export function upgradeStore(data: unknown): unknown {
  if (!isObject(data)) return data;
  let log = data;
  if (log.schema === 1) log = toVersion2(log);
  if (log.schema === 2) toVersion3(log);
  return log;
}

/** Version 2 added owners' contact details (none yet), kept after the items. */
function toVersion2(old: Fields): Fields {
  // The fields in the order a new store has them, so that an upgraded file reads like a new one.
  const { nextItemNumber, committees, meetings, items, journal, ...rest } = old;
  return { ...rest, schema: 2, nextItemNumber, committees, meetings, items, owners: [], journal };
}

/**
 * Version 3 adds to each item `movedFrom` (null: no item had moved) after `committee`, and
 * `owners` (its one owner, or none) after `owner`, which stays the lead. The items the
 * journal keeps for undo are items too.
 */
function toVersion3(log: Fields): void {
  const upgradeItems = (items: unknown): void => {
    if (!Array.isArray(items)) return;
    for (let i = 0; i < items.length; i++) items[i] = withItemFields(items[i]);
  };
  upgradeItems(log.items);
  if (Array.isArray(log.journal)) {
    for (const entry of log.journal)
      if (isObject(entry) && isObject(entry.undo)) upgradeItems(entry.undo.replacedItems);
  }
  log.schema = 3;
}

/** The item with the new fields in the store's order, after the fields they follow (a diff of the file shows only them). */
function withItemFields(item: unknown): unknown {
  if (!isObject(item) || 'owners' in item || !('owner' in item) || !('committee' in item)) return item;
  const upgraded: Fields = {};
  for (const [key, value] of Object.entries(item)) {
    upgraded[key] = value;
    if (key === 'committee') upgraded.movedFrom = null;
    if (key === 'owner') upgraded.owners = typeof value === 'string' ? [value] : [];
  }
  return upgraded;
}
