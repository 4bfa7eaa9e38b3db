// The PostgreSQL schema, as the migrations that build it, oldest first. Each runs once, in
// order, inside the transaction that records it in schema_migrations (schema.ts); a migration
// is never edited once released, only followed by another. The statements run with the log's
// schema first on the search_path, so they name no schema.
//
// The tables hold what the file store holds (src/store/schema.ts), and the constraints refuse
// what its check refuses: a status, type, category or due kind outside the lists, an id not
// like A12, a due without its date, two items with one id, an item of an unknown committee.
// Calendar days are `date`s (the database refuses 30 February); instants are kept as the text
// actionlog wrote. History values and undo records are `json`, which keeps the text it was
// given (key order included), where `jsonb` would reorder keys and the file written back
// would differ from the original. `ordinal` keeps each list in the order the file has it.
//
// Version 2 adds a committee's council (issue 13). Version 3 keeps, for each closed item,
// when it was closed (the domain's closedAt): the chair's report asks for the items closed
// since their committee last met, which the database can then answer from an index rather
// than from every closed item's history.
//
// Version 4 is the file store's schema 3 (issue 12): several owners per item (item_owners, the
// lead at ordinal 0; items.owner stays the lead, for scripts and for reads by owner), the
// committee an item was moved from (items.moved_from), and the due kind 'next' ("the
// committee's next meeting after that day", the day kept in due_on, from_on or to_on). Undo
// records written before it hold items without the new fields; they are given them as the
// file store's upgrade gives them (upgrade.ts), so that undoing an older change puts back an
// item of the current shape.
//
// Version 5 keeps beside each item what the reports read of its history, owners and deferrals
// (the entries domain/reportedHistory.ts picks; whether its owners are its lead alone; how many
// deferrals it has), so that a report reads one row per item.
//
// Version 6 keeps a copy of the open and in-progress items in a table of their own
// (open_items), kept by triggers on items: the reads of open items only (overdue, list, chase)
// take them from there, a few hundred pages, rather than from rows spread over the whole
// table in the order they were added. (Each command is a new server process, which pays for
// the first touch of every page it reads: at 100,000 items the open items' 2,869 pages cost
// overdue's read about twice what the copy's 156 do.) A later migration that changes items'
// columns changes open_items' alike (tests/pg/schema.test.ts holds them equal).
//
// Version 8 keeps each committee's calendar packed in one string (calendars), kept by triggers
// on meetings: a report read its calendars by packing every meeting, 100 ms on the server at
// 1,000,000 items, and `add` its committee's as one JSON value per meeting. Version 9 keeps
// each open item's JSON as the reports read it beside it in open_items (reported_item).
import { MOVED } from '../../domain/move.js';
import { CATEGORIES, ITEM_TYPES, STATUSES } from '../../domain/types.js';
import { REPORTED_ITEM_JSON } from './queries.js';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** `'a', 'b'` for a CHECK (… IN (…)), from the domain's own lists so that the two cannot drift. */
const listed = (values: readonly string[]): string => values.map((v) => `'${v.replace(/'/g, "''")}'`).join(', ');
/** The due kinds of versions 1 to 3; version 4 adds 'next' (DUE_KINDS). */
const FIRST_DUE_KINDS = ['meeting', 'date', 'future'] as const;
const DUE_KINDS = [...FIRST_DUE_KINDS, 'next'] as const;

/** The versions table, made before any migration runs (and by nothing else). */
export const VERSIONS_TABLE = `
CREATE TABLE IF NOT EXISTS schema_migrations (
  version integer PRIMARY KEY,
  name text NOT NULL,
  applied_at timestamptz NOT NULL DEFAULT now(),
  applied_by text NOT NULL DEFAULT current_user
);
COMMENT ON TABLE schema_migrations IS 'actionlog: the schema migrations applied, in order';
`;

export const MIGRATIONS: readonly Migration[] = [
  {
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
  },
  {
    version: 2,
    name: "a committee's council, shown on its papers",
    sql: `
ALTER TABLE committees ADD COLUMN council text;
COMMENT ON COLUMN committees.council IS 'actionlog: the council whose papers these are (null when none is set)';
`,
  },
  {
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
  },
  {
    version: 4,
    name: 'several owners per item, the committee an item was moved from, and the due "next meeting (date not yet set)"',
    sql: `
CREATE TABLE item_owners (
  item_id text NOT NULL REFERENCES items (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  ordinal integer NOT NULL CHECK (ordinal >= 0),
  name text NOT NULL,
  PRIMARY KEY (item_id, ordinal)
);
COMMENT ON TABLE item_owners IS 'actionlog: everyone responsible for an item, the lead (items.owner) at ordinal 0';
INSERT INTO item_owners (item_id, ordinal, name) SELECT id, 0, owner FROM items WHERE owner IS NOT NULL;

ALTER TABLE items ADD COLUMN moved_from text;
COMMENT ON COLUMN items.moved_from IS 'actionlog: the committee whose meeting decided an item handed to a successor (null: never moved)';

-- 'next': the committee's next meeting after due_on (or from_on, to_on), its date not yet set.
ALTER TABLE items DROP CONSTRAINT items_due_kind_check,
  ADD CONSTRAINT items_due_kind_check CHECK (due_kind IN (${listed(DUE_KINDS)})),
  DROP CONSTRAINT items_original_due_kind_check,
  ADD CONSTRAINT items_original_due_kind_check CHECK (original_due_kind IN (${listed(DUE_KINDS)}));
ALTER TABLE item_deferrals DROP CONSTRAINT item_deferrals_from_kind_check,
  ADD CONSTRAINT item_deferrals_from_kind_check CHECK (from_kind IN (${listed(DUE_KINDS)})),
  DROP CONSTRAINT item_deferrals_to_kind_check,
  ADD CONSTRAINT item_deferrals_to_kind_check CHECK (to_kind IN (${listed(DUE_KINDS)}));

-- The items that refer to one meeting (meeting cancel and remove ask): decided there, due
-- there, or signed off there, each branch from an index of its own.
CREATE INDEX items_source_meeting ON items (source_meeting);
CREATE INDEX items_due_meeting ON items (committee, due_on) WHERE due_kind = 'meeting';
CREATE INDEX items_signed_off ON items (committee, signed_off) WHERE signed_off IS NOT NULL;

-- The items undo records keep, given movedFrom (null) after committee and owners (the owner,
-- or none) after owner, as upgrade.ts gives a file's.
CREATE OR REPLACE FUNCTION pg_temp.item_v4(item json) RETURNS json LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN json_typeof(item) <> 'object' OR (item -> 'owners') IS NOT NULL
      OR (item -> 'owner') IS NULL OR (item -> 'committee') IS NULL THEN item
    ELSE (SELECT json_object_agg(f.key, f.value ORDER BY f.place) FROM (
        SELECT e.key, e.value, 2 * e.n AS place FROM json_each(item) WITH ORDINALITY AS e(key, value, n)
        UNION ALL
        SELECT 'movedFrom', 'null'::json, 2 * e.n + 1 FROM json_each(item) WITH ORDINALITY AS e(key, value, n) WHERE e.key = 'committee'
        UNION ALL
        SELECT 'owners', CASE json_typeof(e.value) WHEN 'string' THEN json_build_array(e.value) ELSE '[]'::json END, 2 * e.n + 1
          FROM json_each(item) WITH ORDINALITY AS e(key, value, n) WHERE e.key = 'owner') f)
  END
$$;
UPDATE journal j SET undo = (
    SELECT json_object_agg(f.key, CASE WHEN f.key = 'replacedItems' AND json_typeof(f.value) = 'array'
        THEN coalesce((SELECT json_agg(pg_temp.item_v4(r.item) ORDER BY r.n) FROM json_array_elements(f.value) WITH ORDINALITY AS r(item, n)), '[]'::json)
        ELSE f.value END ORDER BY f.n)
    FROM json_each(j.undo) WITH ORDINALITY AS f(key, value, n))
  WHERE CASE WHEN json_typeof(j.undo -> 'replacedItems') = 'array' THEN json_array_length(j.undo -> 'replacedItems') > 0 ELSE false END;
DROP FUNCTION pg_temp.item_v4(json);
`,
  },
  {
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
  },
  {
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
  },
  {
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
  },
  {
    version: 8,
    name: "each committee's calendar kept packed, ready to read",
    sql: `
-- Each committee's meetings as one string, in the order they were added: "<day>" with ",x"
-- after a cancelled one and ",<day>" after that where it was moved, ";" between (queries.ts,
-- meetingsPacked, gives the same with the committee's place before each). Reports and changes
-- read one row per committee rather than building the string from every meeting. Kept by
-- statement triggers on meetings, whoever changes them (meetings change rarely: a calendar
-- added, a meeting cancelled); no key to committees, so that a committee taken out and put back
-- (undo) keeps its calendar.
CREATE TABLE calendars (
  committee text PRIMARY KEY,
  meetings text NOT NULL
);
-- Kept in the table's own page where it fits compressed (a few hundred meetings), rather than
-- in the TOAST table: one page fewer to touch, in a server process new for every command.
ALTER TABLE calendars ALTER COLUMN meetings SET STORAGE MAIN;
COMMENT ON TABLE calendars IS 'actionlog: each committee''s meetings packed in one string (queries.ts), kept by triggers on meetings, for the reports';
CREATE FUNCTION pack_calendars(touched text[]) RETURNS void LANGUAGE sql
  SET search_path FROM CURRENT SET datestyle TO 'ISO, YMD' AS $$
  DELETE FROM calendars WHERE committee = ANY (touched);
  INSERT INTO calendars (committee, meetings)
    SELECT m.committee, string_agg(m.meeting_date::text
        || CASE WHEN NOT m.cancelled THEN '' WHEN m.moved_to IS NULL THEN ',x' ELSE ',x,' || m.moved_to::text END,
      ';' ORDER BY m.ordinal)
    FROM meetings m WHERE m.committee = ANY (touched) GROUP BY m.committee;
$$;
CREATE FUNCTION keep_calendars() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM pack_calendars(ARRAY(SELECT DISTINCT committee FROM new_rows));
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM pack_calendars(ARRAY(SELECT committee FROM new_rows UNION SELECT committee FROM old_rows));
  ELSE
    PERFORM pack_calendars(ARRAY(SELECT DISTINCT committee FROM old_rows));
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER meetings_inserted AFTER INSERT ON meetings REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION keep_calendars();
CREATE TRIGGER meetings_updated AFTER UPDATE ON meetings REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION keep_calendars();
CREATE TRIGGER meetings_deleted AFTER DELETE ON meetings REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION keep_calendars();
SELECT pack_calendars(ARRAY(SELECT DISTINCT committee FROM meetings));
`,
  },
  {
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
  },
];

export const LATEST_VERSION = MIGRATIONS.at(-1)!.version;
