// The table that records which migrations a log's schema has had, made before any of them runs.
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
