// Schema version 6: the open and in-progress items copied into a table of their own (open_items).
//
// Version 6 keeps a copy of the open and in-progress items in a table of their own
// (open_items), kept by triggers on items: the reads of open items only (overdue, list, chase)
// take them from there, a few hundred pages, rather than from rows spread over the whole
// table in the order they were added. (Each command is a new server process, which pays for
// the first touch of every page it reads: at 100,000 items the open items' 2,869 pages cost
// overdue's read about twice what the copy's 156 do.) A later migration that changes items'
// columns changes open_items' alike (tests/pg/schema.test.ts holds them equal).
import type { Migration } from './migration.js';

export const VERSION_6: Migration = {
  version: 6,
  name: 'the open and in-progress items copied together into a table of their own',
  sql: `
-- The open and in-progress items, every column as items has it, kept together (see above).
CREATE TABLE open_items (LIKE items INCLUDING DEFAULTS);
ALTER TABLE open_items ADD PRIMARY KEY (id);
CREATE INDEX open_items_due ON open_items (committee, due_on);
COMMENT ON TABLE open_items IS 'actionlog: a copy of the open and in-progress items (items), kept by triggers on items, for the reports';
-- Kept by statement: whatever a statement inserted, changed or deleted in items, the copy
-- follows in two statements (one for a whole log copied in, not one per item). The tables are
-- named without a schema and the function runs with the log's schema, whoever calls it.
CREATE FUNCTION copy_open_items() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    DELETE FROM open_items o USING old_rows r WHERE o.id = r.id;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO open_items SELECT * FROM new_rows n WHERE n.status IN ('open', 'in-progress');
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER items_inserted AFTER INSERT ON items REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION copy_open_items();
CREATE TRIGGER items_updated AFTER UPDATE ON items REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION copy_open_items();
CREATE TRIGGER items_deleted AFTER DELETE ON items REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION copy_open_items();
INSERT INTO open_items SELECT * FROM items WHERE status IN ('open', 'in-progress') ORDER BY ordinal;
`,
};
