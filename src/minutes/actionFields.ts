// An action recorded with its fields: an entry ("Actions: Start the procurement.") closed by a line
// of labelled fields ("Who: R. Delahaye    When: by 4 Dec 2026", "Owner: … | Due: …", "Lead: …
// Deadline: …"). An outcome sheet, an action log printed as blocks and a decision notice all write
// an action so: the field line is the record of who acts and by when, and it closes its entry — the
// next entry (if any) starts on the line after it.
import { dueCell } from './actionTable.js';
import { TABLE_HEADS } from './lexicon.js';
import type { StatedDue } from './types.js';

export interface ActionFields {
  owner: string | null;
  due: StatedDue;
  /** Whether the line named a due at all (a due field whose value reads as nothing keeps the entry's own). */
  dated: boolean;
}

/** A field: a label of a few words, a colon and its value, fields set apart by runs of spaces, "|" or ";". */
const FIELD = /^(?<label>[A-Za-z][A-Za-z ]{0,18}?)\s*:\s*(?<value>\S.*)$/;

/**
 * A line made only of an owner field and a due field (or an owner field alone set in such a pair's
 * place), as an action record closes its entry: "Who: S. Smith   When: 30 June". Null for anything
 * else — prose, one field of another kind, a label with no value.
 */
export function actionFields(line: string, meeting: string | null): ActionFields | null {
  const parts = line
    .trim()
    .split(/\s{2,}|\s*\|\s*|\s*;\s+/)
    .filter(Boolean);
  if (!parts.length || parts.length > 3) return null;
  let owner: string | null = null;
  let due: StatedDue = null;
  let dated = false;
  for (const part of parts) {
    const field = FIELD.exec(part)?.groups;
    if (!field) return null;
    const label = field.label.trim();
    // (a bracket after the owner says who they are, "Performance Team (J. Osei)", as in an attendance list)
    if (TABLE_HEADS.owner.test(label) && owner === null)
      owner = field.value
        .replace(/[.;,]\s*$/, '')
        .replace(/\s*\([^()]{1,40}\)$/, '')
        .trim();
    else if (TABLE_HEADS.due.test(label) && !dated) {
      dated = true;
      due = dueCell(field.value, meeting) ?? dueCell(`by ${field.value}`, meeting);
    } else return null;
  }
  // (an owner field is what makes the line a record of who acts: "Date: 3 May" alone is no such line)
  return owner ? { owner, due, dated } : null;
}

/** "Actions: …", "Action –", "ACTION:": the label that opens the first entry of a record of actions. */
export const ACTIONS_LABEL = /^(?:ACTIONS?|[Aa]ctions?)\s*[:–—-]\s*/;

export interface FieldedEntry {
  lines: number[];
  text: string;
  fields: ActionFields;
}

/**
 * The entries closed by a field line: from an "Actions:" label, or from the field line before, down to the
 * field line, over unbroken lines. An entry with no such label and no field line before it is left to be read
 * as it was (a log's row, "Action Point 1 / Report to be circulated / Owner: …").
 */
export function fieldedEntries(lines: string[], meeting: string | null, taken: Set<number>): FieldedEntry[] {
  const entries: FieldedEntry[] = [];
  let open: number | null = null; // the first line of the entry being read, once a label or a field line opened one
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (!line || taken.has(i)) {
      open = null;
      return;
    }
    if (ACTIONS_LABEL.test(line)) {
      open = i;
      return;
    }
    const fields = actionFields(line, meeting);
    if (fields && open !== null && open < i) {
      const span = Array.from({ length: i - open }, (_, k) => open! + k);
      const text = span
        .map((k) => lines[k].trim())
        .join(' ')
        .replace(ACTIONS_LABEL, '')
        .trim();
      if (text) entries.push({ lines: [...span, i], text, fields });
      open = i + 1;
      return;
    }
    if (fields) open = i + 1;
    // (an entry runs over at most a few lines: a longer run is prose the label only stood above)
    else if (open !== null && i - open >= 4) open = null;
  });
  return entries;
}
