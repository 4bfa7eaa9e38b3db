// Schema version 5: what the reports read of each item's history, owners and deferrals, kept beside it.
//
// Version 5 keeps beside each item what the reports read of its history, owners and deferrals
// (the entries domain/reportedHistory.ts picks; whether its owners are its lead alone; how many
// deferrals it has), so that a report reads one row per item.
import { MOVED } from '../../../domain/move.js';
import { listed, type Migration } from './migration.js';

export const VERSION_5: Migration = {
  version: 5,
  name: "what the reports read of each item's history, owners and deferrals, kept beside it",
  sql: `
-- The entries of the history the reports read (domain/reportedHistory.ts: the latest update and
-- the latest closing), as json in the history's order; whether the item's owners are its lead
-- alone (or none); how many times it was deferred. Written with every item from now on, so that
-- overdue, carry-forward and report read each item's row alone, not its history, owners and
-- deferrals as well.
ALTER TABLE items ADD COLUMN reported_history json NOT NULL DEFAULT '[]' CHECK (json_typeof(reported_history) = 'array'),
  ADD COLUMN owners_just_lead boolean NOT NULL DEFAULT false,
  ADD COLUMN deferral_count integer NOT NULL DEFAULT 0 CHECK (deferral_count >= 0);
COMMENT ON COLUMN items.reported_history IS 'actionlog: the history entries the reports read (the latest update, the latest closing), as json';
COMMENT ON COLUMN items.owners_just_lead IS 'actionlog: the item''s owners are its lead (items.owner) alone, or none and no lead';
COMMENT ON COLUMN items.deferral_count IS 'actionlog: how many deferrals the item has (item_deferrals)';
-- For the items already there, the same entries picked in SQL: the latest note that is an
-- update (not the note made on creation nor a move's), and the latest change of status to
-- done or dropped.
UPDATE items i SET
  deferral_count = (SELECT count(*) FROM item_deferrals d WHERE d.item_id = i.id),
  owners_just_lead = CASE WHEN i.owner IS NULL THEN NOT EXISTS (SELECT 1 FROM item_owners o WHERE o.item_id = i.id)
    ELSE coalesce((SELECT array_agg(o.name ORDER BY o.ordinal) FROM item_owners o WHERE o.item_id = i.id) = ARRAY[i.owner], false) END,
  reported_history = coalesce((SELECT json_agg(json_build_object('at', h.changed_at, 'by', h.changed_by, 'change', h.change,
      'from', h.from_value, 'to', h.to_value, 'note', h.note) ORDER BY h.ordinal) FROM item_history h
    WHERE h.item_id = i.id AND h.ordinal IN (
      (SELECT max(x.ordinal) FROM item_history x WHERE x.item_id = i.id AND x.note <> '' AND x.change NOT IN (${listed(['created', MOVED])})),
      (SELECT max(x.ordinal) FROM item_history x WHERE x.item_id = i.id AND x.change = 'status' AND x.to_value::text IN ('"done"', '"dropped"')))),
    '[]');
-- The open and in-progress items, by committee and due: what overdue, carry-forward and report
-- chase, a few per cent of a long log. (items_committee_status, led by the committee, is read
-- whole by a read of every committee's open items.) The checks the updates above left to the
-- end of the transaction are made first: an index cannot be made on a table with checks pending.
SET CONSTRAINTS ALL IMMEDIATE;
CREATE INDEX items_open ON items (committee, due_on) WHERE status IN ('open', 'in-progress');
`,
};
