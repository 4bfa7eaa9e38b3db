// Schema version 4: several owners per item, the committee an item was moved from, the due 'next'.
//
// Version 4 is the file store's schema 3 (issue 12): several owners per item (item_owners, the
// lead at ordinal 0; items.owner stays the lead, for scripts and for reads by owner), the
// committee an item was moved from (items.moved_from), and the due kind 'next' ("the
// committee's next meeting after that day", the day kept in due_on, from_on or to_on). Undo
// records written before it hold items without the new fields; they are given them as the
// file store's upgrade gives them (upgrade.ts), so that undoing an older change puts back an
// item of the current shape.
import { DUE_KINDS, listed, type Migration } from './migration.js';

export const VERSION_4: Migration = {
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
};
