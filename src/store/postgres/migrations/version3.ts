// Schema version 3: when each closed item was closed, for the chair's report.
//
// Version 3 keeps, for each closed item, when it was closed (the domain's closedAt): the
// chair's report asks for the items closed since their committee last met, which the database
// can then answer from an index rather than from every closed item's history.
import type { Migration } from './migration.js';

export const VERSION_3: Migration = {
  version: 3,
  name: "when each closed item was closed, for the chair's report",
  sql: `
ALTER TABLE items ADD COLUMN closed_at text COLLATE "C";
COMMENT ON COLUMN items.closed_at IS 'actionlog: when a done or dropped item was last closed (its history''s latest change of status to done or dropped, else updated_at); null while open';
UPDATE items i SET closed_at = coalesce(
    (SELECT h.changed_at FROM item_history h
      WHERE h.item_id = i.id AND h.change = 'status' AND h.to_value::text IN ('"done"', '"dropped"')
      ORDER BY h.ordinal DESC LIMIT 1),
    i.updated_at)
  WHERE i.status IN ('done', 'dropped');
ALTER TABLE items ADD CONSTRAINT items_closed_when_closed CHECK ((status IN ('done', 'dropped')) = (closed_at IS NOT NULL));
-- The closed items of a committee by when they were closed (ISO instants, compared byte by byte).
CREATE INDEX items_closed_since ON items (committee, closed_at) WHERE status IN ('done', 'dropped');
`,
};
