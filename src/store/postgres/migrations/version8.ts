// Schema version 8: each committee's calendar kept packed in one string (calendars).
//
// Version 8 keeps each committee's calendar packed in one string (calendars), kept by triggers
// on meetings: a report read its calendars by packing every meeting, 100 ms on the server at
// 1,000,000 items, and `add` its committee's as one JSON value per meeting.
import type { Migration } from './migration.js';

export const VERSION_8: Migration = {
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
};
