// The statements that read the log's tables (the items' reads are built by selectItems.ts).

export const READS = {
  // ---- the log row: one change at a time, and the item numbers
  nextItemNumber: 'SELECT next_item_number FROM log',
  schemaVersion: 'SELECT max(version) AS version FROM schema_migrations',

  // ---- committees and calendars
  committees: 'SELECT slug, name, council FROM committees ORDER BY ordinal',
  committee: 'SELECT slug, name, council FROM committees WHERE slug = $1',
  /** The committee and its calendar as the calendars table keeps it (meetingsKept): a change checks the one and reads the other. */
  committeeAndCalendar: `SELECT c.slug, c.name, c.council, k.meetings AS calendar FROM committees c
    LEFT JOIN calendars k ON k.committee = c.slug WHERE c.slug = $1`,
  /**
   * Every meeting (or one committee's), in the order they were added, as two values: the
   * committees' short names as a JSON array, and the meetings as one string of
   * "<committee's place in that array>,<day>" with ",x" after a cancelled one and ",<day>"
   * after that where it was moved — a reading of a hundred thousand meetings that the server
   * builds and the program splits several times faster than one JSON value per meeting.
   * Days as the date type writes them in the ISO style every transaction sets
   * (sessionSql.ts): YYYY-MM-DD, as to_char gives them, for about two thirds of its cost (115,704
   * meetings: 100 ms rather than 120–150).
   */
  meetingsPacked: `WITH c AS (SELECT slug, (row_number() OVER (ORDER BY ordinal) - 1)::int AS n FROM committees)
    SELECT (SELECT coalesce(json_agg(slug ORDER BY n), '[]') FROM c)::text AS committees,
      coalesce((SELECT string_agg(c.n || ',' || m.meeting_date::text
          || CASE WHEN NOT m.cancelled THEN '' WHEN m.moved_to IS NULL THEN ',x' ELSE ',x,' || m.moved_to::text END,
        ';' ORDER BY m.ordinal) FROM meetings m JOIN c ON c.slug = m.committee WHERE $1::text IS NULL OR m.committee = $1), '') AS meetings`,
  /**
   * Every committee's calendar (or one committee's), the committees in their order, each as the
   * calendars table keeps it packed (migrations/version8.ts): what meetingsPacked gives,
   * the meetings grouped by committee, read from one row per committee rather than built from
   * every meeting (115,704 meetings: 100 ms on the server).
   */
  meetingsKept: `SELECT c.slug, k.meetings FROM committees c JOIN calendars k ON k.committee = c.slug
    WHERE $1::text IS NULL OR c.slug = $1 ORDER BY c.ordinal`,
  calendar:
    'SELECT committee, meeting_date, cancelled, moved_to FROM meetings WHERE committee = $1 ORDER BY meeting_date',

  // ---- owners' contact details
  owners: 'SELECT name, email, contact FROM owners ORDER BY ordinal',

  // ---- the journal: history of changes, and undo
  journal: 'SELECT seq, made_at, made_by, command, summary, undone, undo FROM journal ORDER BY seq',
  latestUndoable: `SELECT seq, made_at, made_by, command, summary, undone, undo FROM journal
    WHERE NOT undone AND undo IS NOT NULL ORDER BY seq DESC LIMIT 1`,

  // ---- the whole log
  /** How much the log holds, to refuse copying over a log that is not empty. */
  contents: `SELECT (SELECT count(*) FROM committees) AS committees, (SELECT count(*) FROM meetings) AS meetings,
    (SELECT count(*) FROM items) AS items, (SELECT count(*) FROM journal) AS journal, (SELECT count(*) FROM owners) AS owners,
    (SELECT next_item_number FROM log) AS next_item_number`,
} as const;
