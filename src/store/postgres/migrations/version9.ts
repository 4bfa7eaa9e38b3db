// Schema version 9: each open item kept beside it in open_items as the JSON the reports read.
//
// Version 9 keeps each open item's JSON as the reports read it beside it in open_items
// (reported_item).
import { REPORTED_ITEM_JSON } from '../queries/itemJson.js';
import type { Migration } from './migration.js';

export const VERSION_9: Migration = {
  version: 9,
  name: 'each open item kept as the JSON the reports read',
  sql: `
-- Each open item's JSON as the reports read it (queries.ts, REPORTED_ITEM_JSON: its fields, owners,
-- deferrals and the history entries the reports read), written by actionlog with the item in
-- open_items, so that a report sends it as it is rather than building it, and looking up the
-- owners and deferrals of some, for every open item it reads. A row the triggers copy (a change
-- made by hand) has none, and is built as it is read. Last, after the columns of items.
ALTER TABLE open_items ADD COLUMN reported_item text;
COMMENT ON COLUMN open_items.reported_item IS 'actionlog: the item as the reports read it, JSON (null: built when read)';
UPDATE open_items i SET reported_item = ${REPORTED_ITEM_JSON};
`,
};
