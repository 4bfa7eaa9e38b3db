// Schema version 7: open_items written by actionlog's own statements, the triggers left for changes by hand.
import type { Migration } from './migration.js';

export const VERSION_7: Migration = {
  version: 7,
  name: "open_items kept by actionlog's own statements, the triggers left for changes made by hand",
  sql: `
-- actionlog now writes the copy in the statements that change items (queries.ts), and marks
-- its changes with the setting actionlog.open_items = 'kept'; the triggers stay for everything
-- else (an administrator's UPDATE in psql). Calling a PL/pgSQL function for the first time in a
-- server process loads the language and plans its statements: 5-7 ms of every add, each command
-- being a new process. A trigger whose WHEN is false calls nothing.
DROP TRIGGER items_inserted ON items;
DROP TRIGGER items_updated ON items;
DROP TRIGGER items_deleted ON items;
CREATE TRIGGER items_inserted AFTER INSERT ON items REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT WHEN (current_setting('actionlog.open_items', true) IS DISTINCT FROM 'kept')
  EXECUTE FUNCTION copy_open_items();
CREATE TRIGGER items_updated AFTER UPDATE ON items REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT WHEN (current_setting('actionlog.open_items', true) IS DISTINCT FROM 'kept')
  EXECUTE FUNCTION copy_open_items();
CREATE TRIGGER items_deleted AFTER DELETE ON items REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT WHEN (current_setting('actionlog.open_items', true) IS DISTINCT FROM 'kept')
  EXECUTE FUNCTION copy_open_items();
COMMENT ON TABLE open_items IS 'actionlog: a copy of the open and in-progress items (items), written by actionlog with every change to items, and by triggers on items for changes made otherwise';
`,
};
