// Every statement the PostgreSQL store runs on the log's tables, in one place. Values always
// travel as parameters ($1, $2, …), never in the text. Lists of rows travel as one `json`
// parameter read with json_to_recordset: one statement for one item or for ten thousand.
// The tables are named without a schema: each transaction puts the log's schema on the
// search_path first (database.ts).
import { ACTIVE_STATUSES } from '../../domain/types.js';

const ITEM_COLUMNS = `id, type, category, committee, moved_from, text, owner, status, source_meeting, source_minute, source_ref,
  due_kind, due_on, original_due_kind, original_due_on, last_note, signed_off, created_at, updated_at, closed_at,
  reported_history, owners_just_lead, deferral_count`;

/** A due as the store's JSON, from its kind and date columns. */
const dueJson = (kind: string, on: string) =>
  `CASE ${kind} WHEN 'meeting' THEN json_build_object('kind', 'meeting', 'meeting', ${on}) WHEN 'date' THEN json_build_object('kind', 'date', 'date', ${on}) ` +
  `WHEN 'next' THEN json_build_object('kind', 'next', 'after', ${on}) ELSE json_build_object('kind', 'future') END`;

/**
 * An item (alias i) as the store's JSON, fields in the store's order, with its owners,
 * deferrals and history: built by the server and read with one JSON.parse, which costs a
 * report a fraction of what the driver's row by row reading of the same values would. Text
 * columns come back as stored (text.ts); history values are json, kept as they were written.
 * Owners and deferrals are looked up only for the items that have them beyond the lead
 * (owners_just_lead, deferral_count: most have none), and the history is `history`: every
 * entry, or for the reports' reads the entries they read, kept on the item's row
 * (reported_history), so that a report reads one row per item. (Every other table's row
 * touched is a page the server process maps, which on a busy machine costs more than reading it.)
 */
const itemJson = (history: string) => `json_build_object(
  'id', i.id, 'type', i.type, 'category', i.category, 'committee', i.committee, 'movedFrom', i.moved_from, 'text', i.text, 'owner', i.owner,
  'owners', CASE WHEN NOT i.owners_just_lead THEN coalesce((SELECT json_agg(o.name ORDER BY o.ordinal) FROM item_owners o WHERE o.item_id = i.id), '[]')
    WHEN i.owner IS NULL THEN '[]' ELSE json_build_array(i.owner) END, 'status', i.status,
  'source', json_build_object('meeting', i.source_meeting, 'minute', i.source_minute, 'ref', i.source_ref),
  'due', ${dueJson('i.due_kind', 'i.due_on')}, 'originalDue', ${dueJson('i.original_due_kind', 'i.original_due_on')},
  'deferrals', CASE WHEN i.deferral_count = 0 THEN '[]' ELSE coalesce((SELECT json_agg(json_build_object('at', d.deferred_at, 'from', ${dueJson('d.from_kind', 'd.from_on')},
      'to', ${dueJson('d.to_kind', 'd.to_on')}, 'reason', d.reason) ORDER BY d.ordinal) FROM item_deferrals d WHERE d.item_id = i.id), '[]') END,
  'lastNote', i.last_note, 'signedOff', i.signed_off, 'createdAt', i.created_at, 'updatedAt', i.updated_at,
  'history', ${history}
)::text`;
const WHOLE_HISTORY = `coalesce((SELECT json_agg(json_build_object('at', h.changed_at, 'by', h.changed_by, 'change', h.change,
      'from', h.from_value, 'to', h.to_value, 'note', h.note) ORDER BY h.ordinal) FROM item_history h WHERE h.item_id = i.id), '[]')`;
const WHOLE_ITEM_JSON = itemJson(WHOLE_HISTORY);
/** An item (alias i) as the reports read it: its history as reported_history keeps it. */
export const REPORTED_ITEM_JSON = itemJson('i.reported_history');
/**
 * The same for an open item (alias i) of open_items: as kept there (reported_item, written with
 * the item by the statements below), or built when it is not (a row copied by the triggers, for
 * a change made by hand).
 */
const KEPT_ITEM_JSON = `coalesce(i.reported_item, ${REPORTED_ITEM_JSON})`;

/** Which items a read wants (query.ts's ItemQuery, ids as stored). */
export interface ItemsWanted {
  committee?: string;
  ids?: readonly string[];
  statuses?: readonly string[];
  awaitingSignOff?: boolean;
  closedSinceLastMeetingBefore?: string;
  refersTo?: { committee: string; date: string };
  mayBeOverdueOn?: string;
  /** False: each item's history as the reports read it (reported_history). */
  fullHistory?: boolean;
  /** Every item in one row: a JSON array of the items, and one of their places (ordinals) in the same order. */
  asOneText?: boolean;
}

const CLOSED = `i.status IN ('done', 'dropped')`;
const ACTIVE: readonly string[] = ACTIVE_STATUSES;

/**
 * The statement reading the items wanted, one row (item: the item's JSON) each, in the order
 * they were added, each item read once however many kinds it is: the kinds asked for
 * combined in one condition, which the server answers from its indexes (the open items;
 * the closed items not signed off), or where the closed items since each committee's last
 * meeting are asked for, each kind a query of its own (the closed items by when they were
 * closed). Only the choice of fragments depends on the query: every value is a parameter.
 */
export function selectItems(wanted: ItemsWanted): { text: string; values: unknown[] } {
  const values: unknown[] = [];
  const param = (value: unknown, type: string): string => {
    values.push(value);
    return `$${values.length}::${type}`;
  };
  const scope = [
    ...(wanted.committee === undefined ? [] : [`i.committee = ${param(wanted.committee, 'text')}`]),
    ...(wanted.ids === undefined ? [] : [`i.id = ANY (${param(wanted.ids, 'text[]')})`]),
    ...(wanted.refersTo === undefined
      ? []
      : [refersTo(param(wanted.refersTo.committee, 'text'), param(wanted.refersTo.date, 'date'))]),
    ...(wanted.mayBeOverdueOn === undefined ? [] : [mayBeOverdue(param(wanted.mayBeOverdueOn, 'date'))]),
  ];
  // Open and in-progress items alone (overdue, list, chase): from their copy, where they lie
  // together (migrations.ts, version 6) and, for the reports, are kept as JSON ready to send
  // (version 9); anything else from items.
  const openOnly =
    wanted.statuses !== undefined &&
    wanted.statuses.every((status) => ACTIVE.includes(status)) &&
    !wanted.awaitingSignOff &&
    wanted.closedSinceLastMeetingBefore === undefined;
  const table = openOnly ? 'open_items' : 'items';
  const item = wanted.fullHistory !== false ? WHOLE_ITEM_JSON : openOnly ? KEPT_ITEM_JSON : REPORTED_ITEM_JSON;
  const within = scope.length === 0 ? 'true' : scope.join(' AND ');
  const kinds: string[] = [];
  if (wanted.statuses !== undefined) kinds.push(`i.status = ANY (${param(wanted.statuses, 'text[]')})`);
  if (wanted.awaitingSignOff) kinds.push(`${CLOSED} AND i.signed_off IS NULL`);
  const some = (where: string) => `SELECT i.id, i.ordinal FROM items i WHERE ${within} AND ${where}`;
  const queries = kinds.map(some);
  if (wanted.closedSinceLastMeetingBefore !== undefined) {
    // Each committee's last meeting held before the day (query.ts's rule): its items closed
    // since then, or, where it has not met, those not signed off.
    const lastMet = `committees c CROSS JOIN LATERAL (SELECT to_char(max(m.meeting_date), 'YYYY-MM-DD') COLLATE "C" AS day FROM meetings m
      WHERE m.committee = c.slug AND NOT m.cancelled AND m.meeting_date < ${param(wanted.closedSinceLastMeetingBefore, 'date')}) l
      JOIN items i ON i.committee = c.slug`;
    queries.push(`SELECT i.id, i.ordinal FROM ${lastMet} WHERE ${within} AND ${CLOSED} AND i.closed_at >= l.day`);
    queries.push(
      `SELECT i.id, i.ordinal FROM ${lastMet} WHERE ${within} AND ${CLOSED} AND l.day IS NULL AND i.signed_off IS NULL`,
    );
  }
  const [selected, from, order] =
    queries.length === 0
      ? [item, `FROM items i WHERE ${within}`, 'i.ordinal']
      : queries.length === kinds.length
        ? // The open items and the closed ones not signed off (carry-forward): one pass over the
          // table, the server combining the indexes, each row read once.
          [item, `FROM ${table} i WHERE ${within} AND (${kinds.map((kind) => `(${kind})`).join(' OR ')})`, 'i.ordinal']
        : // With the items closed since each committee last met (report): the ids of each kind,
          // once, then each item looked up by its key.
          [`(SELECT ${item} FROM items i WHERE i.id = w.id)`, `FROM (${queries.join('\n  UNION ')}) w`, 'w.ordinal'];
  // For a report, every item in one text, the elements of a JSON array: the program then
  // parses one value, not tens of thousands of rows (itemsFromJsonArray, rows.ts), and adds
  // the brackets itself (on the server, '[' || … || ']' copied the 12.7 MB text of a
  // million-item log's overdue items once more: 20 % of the statement's time). Null when
  // there are none. Not sorted here: sorting 20,000 items' texts by their place cost the
  // server more than the program pays to put them in order by their places, sent beside
  // them in the order the texts were joined.
  if (wanted.asOneText)
    return {
      text: `SELECT string_agg(${selected}, ',') AS items, string_agg(${order}::text, ',') AS places ${from}`,
      values,
    };
  return { text: `SELECT ${selected} AS item ${from} ORDER BY ${order}`, values };
}

/**
 * The items that refer to the committee's meeting of that day (query.ts, refersToMeeting):
 * decided there (an item moved on still was, by the committee it came from), or of the
 * committee and due there or signed off there. Each branch has an index of its own.
 */
const refersTo = (committee: string, day: string) =>
  `((i.source_meeting = ${day} AND coalesce(i.moved_from, i.committee) = ${committee})
    OR (i.committee = ${committee} AND i.due_kind = 'meeting' AND i.due_on = ${day})
    OR (i.committee = ${committee} AND i.signed_off = ${day}))`;

/**
 * The items that may be overdue or waiting for a meeting on the day (query.ts, mayBeOverdueOn):
 * a superset, and the domain's rules decide. A deadline is overdue only once passed; an item
 * due at a meeting (or the next meeting after a day) only once that day has passed, unless the
 * meeting was cancelled (its business may have gone to an earlier date, or nowhere yet) or no
 * meeting is held after that day (nothing can take it: waiting; asked as "is that day on or
 * after the committee's last meeting held", which its calendar's index answers at once). An
 * item for the future never is.
 */
const mayBeOverdue = (day: string) =>
  `(i.due_kind <> 'future' AND (i.due_on < ${day} OR (i.due_kind IN ('meeting', 'next') AND (
      EXISTS (SELECT 1 FROM meetings m WHERE m.committee = i.committee AND m.meeting_date = i.due_on AND m.cancelled)
      OR i.due_on >= coalesce((SELECT max(m.meeting_date) FROM meetings m WHERE m.committee = i.committee AND NOT m.cancelled), '-infinity')))))`;

/** The columns of an item, a history entry or a deferral as the statements below read them from json (rows.ts makes them). */
const ITEM_RECORD = `e(id text, type text, category text, committee text, moved_from text, text text, owner text, status text,
  source_meeting date, source_minute text, source_ref text, due_kind text, due_on date, original_due_kind text,
  original_due_on date, last_note text, signed_off date, created_at text, updated_at text, closed_at text,
  reported_history text, owners_just_lead boolean, deferral_count integer, n bigint)`;
const HISTORY_RECORD = `e(item_id text, n integer, changed_at text, changed_by text, change text, from_value text, to_value text, note text)`;
const DEFERRAL_RECORD = `e(item_id text, n integer, deferred_at text, from_kind text, from_on date, to_kind text, to_on date, reason text)`;
const OWNER_RECORD = `e(item_id text, n integer, name text)`;

/**
 * The copy of the open and in-progress items (open_items, migrations.ts) is written by the
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
 * (version 9), which the program sends with the item's record (rows.ts, openItemRecord) in the
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

export const SQL = {
  // ---- the log row: one change at a time, and the item numbers
  /** The change's lock, and the next item number it starts from (writer.ts counts ids from it). */
  lockLog: 'SELECT next_item_number FROM log FOR UPDATE',
  nextItemNumber: 'SELECT next_item_number FROM log',
  setNextItemNumber: 'UPDATE log SET next_item_number = $1',
  schemaVersion: 'SELECT max(version) AS version FROM schema_migrations',

  // ---- committees and calendars
  committees: 'SELECT slug, name, council FROM committees ORDER BY ordinal',
  committee: 'SELECT slug, name, council FROM committees WHERE slug = $1',
  /** The committee and its calendar as the calendars table keeps it (meetingsKept): a change checks the one and reads the other. */
  committeeAndCalendar: `SELECT c.slug, c.name, c.council, k.meetings AS calendar FROM committees c
    LEFT JOIN calendars k ON k.committee = c.slug WHERE c.slug = $1`,
  /** $1: json [{slug, name, council, n}], n counting from 1 after the last committee. */
  addCommittees: `INSERT INTO committees (slug, name, council, ordinal)
    SELECT e.slug, e.name, e.council, coalesce((SELECT max(ordinal) FROM committees), 0) + e.n
    FROM json_to_recordset($1::json) AS e(slug text, name text, council text, n integer)`,
  /** $1: json {slug, name, council}; the committee keeps its place. */
  replaceCommittee: `UPDATE committees c SET name = e.name, council = e.council
    FROM json_to_record($1::json) AS e(slug text, name text, council text) WHERE c.slug = e.slug`,
  removeCommittees: 'DELETE FROM committees',
  meetings: 'SELECT committee, meeting_date, cancelled, moved_to FROM meetings ORDER BY ordinal',
  /**
   * Every meeting (or one committee's), in the order they were added, as two values: the
   * committees' short names as a JSON array, and the meetings as one string of
   * "<committee's place in that array>,<day>" with ",x" after a cancelled one and ",<day>"
   * after that where it was moved — a reading of a hundred thousand meetings that the server
   * builds and the program splits several times faster than one JSON value per meeting.
   * Days as the date type writes them in the ISO style every transaction sets (settings,
   * below): YYYY-MM-DD, as to_char gives them, for about two thirds of its cost (115,704
   * meetings: 100 ms rather than 120–150).
   */
  meetingsPacked: `WITH c AS (SELECT slug, (row_number() OVER (ORDER BY ordinal) - 1)::int AS n FROM committees)
    SELECT (SELECT coalesce(json_agg(slug ORDER BY n), '[]') FROM c)::text AS committees,
      coalesce((SELECT string_agg(c.n || ',' || m.meeting_date::text
          || CASE WHEN NOT m.cancelled THEN '' WHEN m.moved_to IS NULL THEN ',x' ELSE ',x,' || m.moved_to::text END,
        ';' ORDER BY m.ordinal) FROM meetings m JOIN c ON c.slug = m.committee WHERE $1::text IS NULL OR m.committee = $1), '') AS meetings`,
  /**
   * Every committee's calendar (or one committee's), the committees in their order, each as the
   * calendars table keeps it packed (migrations.ts, version 8): what meetingsPacked gives,
   * the meetings grouped by committee, read from one row per committee rather than built from
   * every meeting (115,704 meetings: 100 ms on the server).
   */
  meetingsKept: `SELECT c.slug, k.meetings FROM committees c JOIN calendars k ON k.committee = c.slug
    WHERE $1::text IS NULL OR c.slug = $1 ORDER BY c.ordinal`,
  calendar:
    'SELECT committee, meeting_date, cancelled, moved_to FROM meetings WHERE committee = $1 ORDER BY meeting_date',
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
   * is a tenth of an `add` on a busy machine). $1: json of item records (rows.ts), n counting
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
  owners: 'SELECT name, email, contact FROM owners ORDER BY ordinal',
  /** $1: json [{name, email, contact, n}], n counting from 1 after the last owner. */
  addOwners: `INSERT INTO owners (name, email, contact, ordinal)
    SELECT e.name, e.email, e.contact, coalesce((SELECT max(ordinal) FROM owners), 0) + e.n
    FROM json_to_recordset($1::json) AS e(name text, email text, contact text, n integer)`,
  removeOwners: 'DELETE FROM owners',

  // ---- the journal: history of changes, and undo
  journal: 'SELECT seq, made_at, made_by, command, summary, undone, undo FROM journal ORDER BY seq',
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
  latestUndoable: `SELECT seq, made_at, made_by, command, summary, undone, undo FROM journal
    WHERE NOT undone AND undo IS NOT NULL ORDER BY seq DESC LIMIT 1`,
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
  /**
   * After a whole log is copied in and committed (outside any transaction): marks the new rows
   * as seen by every transaction, which the first reads would otherwise do row by row, and
   * which autovacuum would do minutes later, under the officers' first reports.
   */
  /** Checks each statement's rows as it ends, not all at commit (a long queue for a large log). */
  checkAsWeGo: 'SET CONSTRAINTS ALL IMMEDIATE',
  /** How much the log holds, to refuse copying over a log that is not empty. */
  contents: `SELECT (SELECT count(*) FROM committees) AS committees, (SELECT count(*) FROM meetings) AS meetings,
    (SELECT count(*) FROM items) AS items, (SELECT count(*) FROM journal) AS journal, (SELECT count(*) FROM owners) AS owners,
    (SELECT next_item_number FROM log) AS next_item_number`,
} as const;
