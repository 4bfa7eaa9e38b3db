// Schema version 1: the action log's tables (committees, meetings, items, history, deferrals, owners, journal).
import { CATEGORIES, ITEM_TYPES, STATUSES } from '../../../domain/types.js';
import { FIRST_DUE_KINDS, listed, type Migration } from './migration.js';

export const VERSION_1: Migration = {
  version: 1,
  name: 'the action log: committees, meetings, items, history, deferrals, owners, journal',
  sql: `
CREATE TABLE log (
  singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  next_item_number bigint NOT NULL CHECK (next_item_number >= 1)
);
COMMENT ON TABLE log IS 'actionlog: one row; every change locks it first (one change at a time) and takes item numbers from it';
INSERT INTO log (next_item_number) VALUES (1);

CREATE TABLE committees (
  slug text PRIMARY KEY CHECK (slug <> ''),
  name text NOT NULL,
  ordinal integer NOT NULL UNIQUE
);
COMMENT ON TABLE committees IS 'actionlog: the committees, by short name (slug)';

CREATE TABLE meetings (
  committee text NOT NULL REFERENCES committees (slug) DEFERRABLE INITIALLY DEFERRED,
  meeting_date date NOT NULL,
  cancelled boolean NOT NULL,
  moved_to date,
  ordinal integer NOT NULL UNIQUE,
  PRIMARY KEY (committee, meeting_date)
);
COMMENT ON TABLE meetings IS 'actionlog: each committee''s calendar, cancelled and rearranged meetings too';

CREATE TABLE items (
  id text PRIMARY KEY CHECK (id ~ '^A[0-9]+$'),
  ordinal bigint NOT NULL UNIQUE,
  type text NOT NULL CHECK (type IN (${listed(ITEM_TYPES)})),
  category text NOT NULL CHECK (category IN (${listed(CATEGORIES)})),
  committee text NOT NULL REFERENCES committees (slug) DEFERRABLE INITIALLY DEFERRED,
  text text NOT NULL,
  owner text,
  status text NOT NULL CHECK (status IN (${listed(STATUSES)})),
  source_meeting date NOT NULL,
  source_minute text,
  source_ref text,
  due_kind text NOT NULL CHECK (due_kind IN (${listed(FIRST_DUE_KINDS)})),
  due_on date,
  original_due_kind text NOT NULL CHECK (original_due_kind IN (${listed(FIRST_DUE_KINDS)})),
  original_due_on date,
  last_note text,
  signed_off date,
  created_at text NOT NULL,
  updated_at text NOT NULL,
  CONSTRAINT items_due_has_date CHECK ((due_kind = 'future') = (due_on IS NULL)),
  CONSTRAINT items_original_due_has_date CHECK ((original_due_kind = 'future') = (original_due_on IS NULL))
);
COMMENT ON TABLE items IS 'actionlog: tracked items (actions and work-programme items); due_on is the meeting''s or the deadline''s date';
-- What a committee has outstanding: open or in progress, or closed and not yet signed off.
-- Small however long the history: the reads behind overdue, carry-forward and report use it.
CREATE INDEX items_outstanding ON items (committee, due_on)
  WHERE status IN ('open', 'in-progress') OR signed_off IS NULL;
CREATE INDEX items_committee_status ON items (committee, status);

CREATE TABLE item_history (
  item_id text NOT NULL REFERENCES items (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  ordinal integer NOT NULL CHECK (ordinal >= 0),
  changed_at text NOT NULL,
  changed_by text NOT NULL,
  change text NOT NULL,
  from_value json NOT NULL,
  to_value json NOT NULL,
  note text,
  PRIMARY KEY (item_id, ordinal)
);
COMMENT ON TABLE item_history IS 'actionlog: every change to each item, oldest first';

CREATE TABLE item_deferrals (
  item_id text NOT NULL REFERENCES items (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  ordinal integer NOT NULL CHECK (ordinal >= 0),
  deferred_at text NOT NULL,
  from_kind text NOT NULL CHECK (from_kind IN (${listed(FIRST_DUE_KINDS)})),
  from_on date,
  to_kind text NOT NULL CHECK (to_kind IN (${listed(FIRST_DUE_KINDS)})),
  to_on date,
  reason text,
  PRIMARY KEY (item_id, ordinal),
  CONSTRAINT item_deferrals_from_has_date CHECK ((from_kind = 'future') = (from_on IS NULL)),
  CONSTRAINT item_deferrals_to_has_date CHECK ((to_kind = 'future') = (to_on IS NULL))
);
COMMENT ON TABLE item_deferrals IS 'actionlog: each time an item was put back to a later meeting or date';

CREATE TABLE owners (
  name text PRIMARY KEY CHECK (name <> ''),
  email text,
  contact text,
  ordinal integer NOT NULL UNIQUE
);
COMMENT ON TABLE owners IS 'actionlog: owners'' contact details, for chasing them';

CREATE TABLE journal (
  seq bigint PRIMARY KEY CHECK (seq >= 1),
  made_at text NOT NULL,
  made_by text NOT NULL,
  command text NOT NULL,
  summary text NOT NULL,
  undone boolean NOT NULL,
  undo json
);
COMMENT ON TABLE journal IS 'actionlog: the latest changes, for history and undo; undo holds what puts a change back';
`,
};
