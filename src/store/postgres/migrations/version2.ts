// Schema version 2: a committee's council (issue 13).
import type { Migration } from './migration.js';

export const VERSION_2: Migration = {
  version: 2,
  name: "a committee's council, shown on its papers",
  sql: `
ALTER TABLE committees ADD COLUMN council text;
COMMENT ON COLUMN committees.council IS 'actionlog: the council whose papers these are (null when none is set)';
`,
};
