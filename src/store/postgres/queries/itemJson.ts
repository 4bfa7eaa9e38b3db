// An item as the server builds its JSON (the store's fields, in the store's order), for the reads of items.
/** A due as the store's JSON, from its kind and date columns. */
const dueJson = (kind: string, on: string) =>
  `CASE ${kind} WHEN 'meeting' THEN json_build_object('kind', 'meeting', 'meeting', ${on}) WHEN 'date' THEN json_build_object('kind', 'date', 'date', ${on}) ` +
  `WHEN 'next' THEN json_build_object('kind', 'next', 'after', ${on}) ELSE json_build_object('kind', 'future') END`;

/**
 * An item (alias i) as the store's JSON, fields in the store's order, with its owners,
 * deferrals and history: built by the server and read with one JSON.parse, which costs a
 * report a fraction of what the driver's row by row reading of the same values would. Text
 * columns come back as stored (text.ts); history values are json, kept as they were written.
 * Owners and deferrals are looked up only for the items that have them beyond the lead
 * (owners_just_lead, deferral_count: most have none), and the history is `history`: every
 * entry, or for the reports' reads the entries they read, kept on the item's row
 * (reported_history), so that a report reads one row per item. (Every other table's row
 * touched is a page the server process maps, which on a busy machine costs more than reading it.)
 */
const itemJson = (history: string) => `json_build_object(
  'id', i.id, 'type', i.type, 'category', i.category, 'committee', i.committee, 'movedFrom', i.moved_from, 'text', i.text, 'owner', i.owner,
  'owners', CASE WHEN NOT i.owners_just_lead THEN coalesce((SELECT json_agg(o.name ORDER BY o.ordinal) FROM item_owners o WHERE o.item_id = i.id), '[]')
    WHEN i.owner IS NULL THEN '[]' ELSE json_build_array(i.owner) END, 'status', i.status,
  'source', json_build_object('meeting', i.source_meeting, 'minute', i.source_minute, 'ref', i.source_ref),
  'due', ${dueJson('i.due_kind', 'i.due_on')}, 'originalDue', ${dueJson('i.original_due_kind', 'i.original_due_on')},
  'deferrals', CASE WHEN i.deferral_count = 0 THEN '[]' ELSE coalesce((SELECT json_agg(json_build_object('at', d.deferred_at, 'from', ${dueJson('d.from_kind', 'd.from_on')},
      'to', ${dueJson('d.to_kind', 'd.to_on')}, 'reason', d.reason) ORDER BY d.ordinal) FROM item_deferrals d WHERE d.item_id = i.id), '[]') END,
  'lastNote', i.last_note, 'signedOff', i.signed_off, 'createdAt', i.created_at, 'updatedAt', i.updated_at,
  'history', ${history}
)::text`;
const WHOLE_HISTORY = `coalesce((SELECT json_agg(json_build_object('at', h.changed_at, 'by', h.changed_by, 'change', h.change,
      'from', h.from_value, 'to', h.to_value, 'note', h.note) ORDER BY h.ordinal) FROM item_history h WHERE h.item_id = i.id), '[]')`;
export const WHOLE_ITEM_JSON = itemJson(WHOLE_HISTORY);
/** An item (alias i) as the reports read it: its history as reported_history keeps it. */
export const REPORTED_ITEM_JSON = itemJson('i.reported_history');
/**
 * The same for an open item (alias i) of open_items: as kept there (reported_item, written with
 * the item by the statements below), or built when it is not (a row copied by the triggers, for
 * a change made by hand).
 */
export const KEPT_ITEM_JSON = `coalesce(i.reported_item, ${REPORTED_ITEM_JSON})`;
