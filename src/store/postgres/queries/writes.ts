// The statements that change the log's tables, and take the log row's lock that every change starts with.
const ITEM_COLUMNS = `id, type, category, committee, moved_from, text, owner, status, source_meeting, source_minute, source_ref,
  due_kind, due_on, original_due_kind, original_due_on, last_note, signed_off, created_at, updated_at, closed_at,
  reported_history, owners_just_lead, deferral_count`;

/** The columns of an item, a history entry or a deferral as the statements below read them from json (rows/records.ts makes them). */
const ITEM_RECORD = `e(id text, type text, category text, committee text, moved_from text, text text, owner text, status text,
  source_meeting date, source_minute text, source_ref text, due_kind text, due_on date, original_due_kind text,
  original_due_on date, last_note text, signed_off date, created_at text, updated_at text, closed_at text,
  reported_history text, owners_just_lead boolean, deferral_count integer, n bigint)`;
const HISTORY_RECORD = `e(item_id text, n integer, changed_at text, changed_by text, change text, from_value text, to_value text, note text)`;
const DEFERRAL_RECORD = `e(item_id text, n integer, deferred_at text, from_kind text, from_on date, to_kind text, to_on date, reason text)`;
const OWNER_RECORD = `e(item_id text, n integer, name text)`;

/**
 * The copy of the open and in-progress items (open_items, migrations/version6.ts) is written by the
 * statements that change items, in the same statement: actionlog's changes say so
 * (actionlog.open_items, TRANSACTION.beginChange) and the triggers kept for changes made by
 * hand are then not called (a PL/pgSQL function's first call in a server process cost every
 * add a few milliseconds). open_items has the columns of items in the same order, then the
 * item's JSON as the reports read it (reported_item).
 */
const OPEN = `'open', 'in-progress'`;
const COPIED_COLUMNS = `${ITEM_COLUMNS.replace(/^id, /, '')}, ordinal, reported_item`.replace(/\s+/g, ' ');
/**
 * The open items of `rows` (every column of items), each with the JSON the reports read of it
 * (version 9), which the program sends with the item's record (rows/records.ts, openItemRecord) in the
 * json parameter named.
 */
const OPEN_ROWS_WITH_JSON = (rows: string, records: string) =>
  `SELECT i.*, e.reported_item FROM ${rows} i JOIN json_to_recordset(${records}::json) AS e(id text, reported_item text)
    ON e.id = i.id WHERE i.status IN (${OPEN})`;
const COPY_NEW_OPEN_ITEMS = (rows: string) =>
  `new_open_items AS (INSERT INTO open_items ${OPEN_ROWS_WITH_JSON(rows, '$1')})`;

/** Inserting history entries, deferrals or owners given as json in the parameter named (a WHERE clause open for more). */
const INSERT_HISTORY = (
  json: string,
) => `INSERT INTO item_history (item_id, ordinal, changed_at, changed_by, change, from_value, to_value, note)
      SELECT e.item_id, e.n, e.changed_at, e.changed_by, e.change, e.from_value::json, e.to_value::json, e.note
      FROM json_to_recordset(${json}::json) AS ${HISTORY_RECORD} WHERE true`;
const INSERT_DEFERRALS = (
  json: string,
) => `INSERT INTO item_deferrals (item_id, ordinal, deferred_at, from_kind, from_on, to_kind, to_on, reason)
      SELECT e.item_id, e.n, e.deferred_at, e.from_kind, e.from_on, e.to_kind, e.to_on, e.reason
      FROM json_to_recordset(${json}::json) AS ${DEFERRAL_RECORD} WHERE true`;
const INSERT_OWNERS = (json: string) => `INSERT INTO item_owners (item_id, ordinal, name)
      SELECT e.item_id, e.n, e.name FROM json_to_recordset(${json}::json) AS ${OWNER_RECORD} WHERE true`;

export const WRITES = {
  // ---- the log row: one change at a time, and the item numbers
  /** The change's lock, and the next item number it starts from (writer.ts counts ids from it). */
  lockLog: 'SELECT next_item_number FROM log FOR UPDATE',
  setNextItemNumber: 'UPDATE log SET next_item_number = $1',

  // ---- committees and calendars
  /** $1: json [{slug, name, council, n}], n counting from 1 after the last committee. */
  addCommittees: `INSERT INTO committees (slug, name, council, ordinal)
    SELECT e.slug, e.name, e.council, coalesce((SELECT max(ordinal) FROM committees), 0) + e.n
    FROM json_to_recordset($1::json) AS e(slug text, name text, council text, n integer)`,
  /** $1: json {slug, name, council}; the committee keeps its place. */
  replaceCommittee: `UPDATE committees c SET name = e.name, council = e.council
    FROM json_to_record($1::json) AS e(slug text, name text, council text) WHERE c.slug = e.slug`,
  removeCommittees: 'DELETE FROM committees',
  /** $1: json [{committee, meeting_date, cancelled, moved_to, n}]; a meeting already there keeps its place. */
  putMeetings: `INSERT INTO meetings (committee, meeting_date, cancelled, moved_to, ordinal)
    SELECT e.committee, e.meeting_date, e.cancelled, e.moved_to, coalesce((SELECT max(ordinal) FROM meetings), 0) + e.n
    FROM json_to_recordset($1::json) AS e(committee text, meeting_date date, cancelled boolean, moved_to date, n integer)
    ON CONFLICT (committee, meeting_date) DO UPDATE SET cancelled = excluded.cancelled, moved_to = excluded.moved_to`,
  /** The same, for copying a calendar in: a meeting given twice is refused, not merged. */
  addMeetings: `INSERT INTO meetings (committee, meeting_date, cancelled, moved_to, ordinal)
    SELECT e.committee, e.meeting_date, e.cancelled, e.moved_to, coalesce((SELECT max(ordinal) FROM meetings), 0) + e.n
    FROM json_to_recordset($1::json) AS e(committee text, meeting_date date, cancelled boolean, moved_to date, n integer)`,
  removeMeetings: 'DELETE FROM meetings',
  /** $1: committee, $2: date. */
  removeMeeting: 'DELETE FROM meetings WHERE committee = $1 AND meeting_date = $2',

  // ---- items, each with its history and deferrals (the items read with selectItems)
  /**
   * New items with their history, deferrals and owners, in one statement (a round trip saved
   * is a tenth of an `add` on a busy machine). $1: json of item records (rows/records.ts), n counting
   * from 1 after the last item; $2, $3, $4: json of their history entries, deferrals and owners.
   */
  addItems: `WITH new_items AS (
      INSERT INTO items (${ITEM_COLUMNS}, ordinal)
      SELECT e.id, e.type, e.category, e.committee, e.moved_from, e.text, e.owner, e.status, e.source_meeting, e.source_minute, e.source_ref,
        e.due_kind, e.due_on, e.original_due_kind, e.original_due_on, e.last_note, e.signed_off, e.created_at, e.updated_at, e.closed_at,
        e.reported_history::json, e.owners_just_lead, e.deferral_count, coalesce((SELECT max(ordinal) FROM items), 0) + e.n
      FROM json_to_recordset($1::json) AS ${ITEM_RECORD}
      RETURNING *),
    ${COPY_NEW_OPEN_ITEMS('new_items')},
    new_history AS (${INSERT_HISTORY('$2')}),
    new_deferrals AS (${INSERT_DEFERRALS('$3')}),
    new_owners AS (${INSERT_OWNERS('$4')})
    SELECT count(*)::int AS added FROM new_items`,
  /**
   * The item of that id replaced, keeping its place, with its history, deferrals and owners:
   * entries beyond the new lists' lengths dropped (an undo puts back a shorter history), new
   * ones added, changed ones rewritten (history only grows, so normally none). $1: json of one
   * item record; $2: its id; $3, $4, $7: its history, deferrals and owners, json; $5, $6, $8:
   * their lengths. Nothing is written when there is no such item (changed = 0).
   */
  replaceItem: `WITH changed AS (
      UPDATE items i SET type = e.type, category = e.category, committee = e.committee, moved_from = e.moved_from, text = e.text, owner = e.owner,
        status = e.status, source_meeting = e.source_meeting, source_minute = e.source_minute, source_ref = e.source_ref,
        due_kind = e.due_kind, due_on = e.due_on, original_due_kind = e.original_due_kind, original_due_on = e.original_due_on,
        last_note = e.last_note, signed_off = e.signed_off, created_at = e.created_at, updated_at = e.updated_at, closed_at = e.closed_at,
        reported_history = ($1::json ->> 'reported_history')::json, owners_just_lead = e.owners_just_lead, deferral_count = e.deferral_count
      FROM json_populate_record(NULL::items, $1::json) AS e WHERE i.id = e.id
      RETURNING i.*),
    open_copy AS (INSERT INTO open_items ${OPEN_ROWS_WITH_JSON('changed', 'json_build_array($1::json)')}
      ON CONFLICT (id) DO UPDATE SET (${COPIED_COLUMNS}) = ROW(${COPIED_COLUMNS.replace(/(\w+)/g, 'excluded.$1')})),
    closed_copy AS (DELETE FROM open_items o USING changed c WHERE o.id = c.id AND c.status NOT IN (${OPEN})),
    trimmed_history AS (DELETE FROM item_history WHERE item_id = $2 AND ordinal >= $5 AND EXISTS (SELECT 1 FROM changed)),
    trimmed_deferrals AS (DELETE FROM item_deferrals WHERE item_id = $2 AND ordinal >= $6 AND EXISTS (SELECT 1 FROM changed)),
    trimmed_owners AS (DELETE FROM item_owners WHERE item_id = $2 AND ordinal >= $8 AND EXISTS (SELECT 1 FROM changed)),
    owners AS (${INSERT_OWNERS('$7')} AND EXISTS (SELECT 1 FROM changed)
      ON CONFLICT (item_id, ordinal) DO UPDATE SET name = excluded.name WHERE item_owners.name IS DISTINCT FROM excluded.name),
    history AS (${INSERT_HISTORY('$3')} AND EXISTS (SELECT 1 FROM changed)
      ON CONFLICT (item_id, ordinal) DO UPDATE SET changed_at = excluded.changed_at, changed_by = excluded.changed_by,
        change = excluded.change, from_value = excluded.from_value, to_value = excluded.to_value, note = excluded.note
      WHERE (item_history.changed_at, item_history.changed_by, item_history.change, item_history.from_value::text,
          item_history.to_value::text, item_history.note)
        IS DISTINCT FROM (excluded.changed_at, excluded.changed_by, excluded.change, excluded.from_value::text,
          excluded.to_value::text, excluded.note)),
    deferrals AS (${INSERT_DEFERRALS('$4')} AND EXISTS (SELECT 1 FROM changed)
      ON CONFLICT (item_id, ordinal) DO UPDATE SET deferred_at = excluded.deferred_at, from_kind = excluded.from_kind,
        from_on = excluded.from_on, to_kind = excluded.to_kind, to_on = excluded.to_on, reason = excluded.reason
      WHERE (item_deferrals.deferred_at, item_deferrals.from_kind, item_deferrals.from_on, item_deferrals.to_kind,
          item_deferrals.to_on, item_deferrals.reason)
        IS DISTINCT FROM (excluded.deferred_at, excluded.from_kind, excluded.from_on, excluded.to_kind, excluded.to_on, excluded.reason))
    SELECT count(*)::int AS changed FROM changed`,
  removeItems:
    'WITH copies AS (DELETE FROM open_items WHERE id = ANY ($1::text[])) DELETE FROM items WHERE id = ANY ($1::text[])',
  removeAllItems: 'WITH copies AS (DELETE FROM open_items) DELETE FROM items',

  // ---- owners' contact details
  /** $1: json [{name, email, contact, n}], n counting from 1 after the last owner. */
  addOwners: `INSERT INTO owners (name, email, contact, ordinal)
    SELECT e.name, e.email, e.contact, coalesce((SELECT max(ordinal) FROM owners), 0) + e.n
    FROM json_to_recordset($1::json) AS e(name text, email text, contact text, n integer)`,
  removeOwners: 'DELETE FROM owners',

  // ---- the journal: history of changes, and undo
  /**
   * $1…$6: made_at, made_by, command, summary, undone, undo (json text or null), numbered after
   * the latest; then only the latest $7 entries kept, as the file store keeps them. (The
   * DELETE sees the journal as it was before this statement: $7 - 1 entries of it stay.)
   * $8: the next item number, when the change took ids (writer.ts), else null.
   */
  appendJournal: `WITH counted AS (UPDATE log SET next_item_number = $8 WHERE $8::bigint IS NOT NULL),
    added AS (
      INSERT INTO journal (seq, made_at, made_by, command, summary, undone, undo)
      SELECT coalesce(max(seq), 0) + 1, $1, $2, $3, $4, $5, $6::json FROM journal RETURNING seq),
    trimmed AS (DELETE FROM journal WHERE seq <= (SELECT seq FROM journal ORDER BY seq DESC OFFSET ($7::int - 1) LIMIT 1))
    SELECT seq FROM added`,
  markUndone: 'UPDATE journal SET undone = true, undo = NULL WHERE seq = $1',
  /** $1: json [{seq, made_at, …, undo (json text or null)}], for copying a whole log in. */
  addJournal: `INSERT INTO journal (seq, made_at, made_by, command, summary, undone, undo)
    SELECT e.seq, e.made_at, e.made_by, e.command, e.summary, e.undone, e.undo::json
    FROM json_to_recordset($1::json) AS e(seq bigint, made_at text, made_by text, command text, summary text, undone boolean, undo text)`,
  removeJournal: 'DELETE FROM journal',

  // ---- the whole log
  /** Fresh statistics for the planner after copying a whole log in, so that the first reports after it use the indexes. */
  analyze:
    'ANALYZE committees, meetings, calendars, items, open_items, item_history, item_deferrals, item_owners, journal',
  /** Checks each statement's rows as it ends, not all at commit (a long queue for a large log). */
  checkAsWeGo: 'SET CONSTRAINTS ALL IMMEDIATE',
} as const;
