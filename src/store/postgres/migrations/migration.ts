// What a migration is, and the lists the versions' CHECK constraints are built from.
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** `'a', 'b'` for a CHECK (… IN (…)), from the domain's own lists so that the two cannot drift. */
export const listed = (values: readonly string[]): string => values.map((v) => `'${v.replace(/'/g, "''")}'`).join(', ');
/** The due kinds of versions 1 to 3; version 4 adds 'next' (DUE_KINDS). */
export const FIRST_DUE_KINDS = ['meeting', 'date', 'future'] as const;
export const DUE_KINDS = [...FIRST_DUE_KINDS, 'next'] as const;
