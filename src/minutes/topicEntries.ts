// An entry of a list that only names its topic, with what was done about it on the line under it: "(4) 24/0117/FUL
// Mill House – rear extension." / "Members asked the Clerk to seek more time.", "iv) Letter from the county about the
// bus review." / "Cllr Ames to reply." The entry's marker is how the minutes cite it, and the line right under its words,
// before a blank line or the next marker, completes it: what that line decides is filed under the marker, not under the
// minute. Only in a list of matters each given its outcome (another entry reads "<topic>. <outcome>"), not under a
// lead-in ending in a colon (there the entries are the lead-in's clauses, and a sentence after them is prose after the
// list), and only for roman numerals and bracketed numbers: a lettered entry is left to the rule that runs a letter on to
// the next one (discussionParagraphs.ts). An entry that decides on its own line ("(3) Bench repairs – the Clerk to get
// quotes.") is read there, and a line under an entry that is itself a decision is the minute's.
import { readClause } from './grammar.js';
import { PARAGRAPH_REF, sentences } from './paragraphs.js';

/** A list marker a clerk cites: "(a)", "a)", "(iv)", "iv)", "(4)" — with the entry's words after it. */
const ENTRY_MARK = /^(?:\(?(?<letter>[a-z]|[ivx]{1,4})\)|\((?<number>\d{1,2})\))\s+(?<text>\S.*)$/i;

/** Whether an entry's words only name a topic: no sentence of them has a verb the grammar can read. */
export function namesTopicOnly(text: string): boolean {
  const all = sentences(text);
  return all.length > 0 && all.every((s) => readClause(s).form === 'none');
}

/**
 * The marker ("(4)", "(iv)") of the topic-only entry the line at `at` hangs under: the nearest marked line above it in
 * the same paragraph (no blank line, no numbered paragraph between). Null where there is none, or where that entry
 * decides something on its own line.
 */
export function topicEntryAbove(lines: string[], at: number): string | null {
  for (let k = at - 1; k >= 0; k--) {
    const line = (lines[k] ?? '').trim();
    if (!line || PARAGRAPH_REF.test(line)) return null;
    // (only the line right after the entry's own words: a line between that closes a sentence is another sentence, and
    // what follows it may as well be the minute's)
    if (k < at - 1 && /[.!?]\s*$/.test(line)) return null;
    const m = ENTRY_MARK.exec(line)?.groups;
    if (!m) continue;
    const words = [m.text, ...lines.slice(k + 1, at).map((l) => l.trim())].join(' ');
    // (an entry opens on a capital or a figure: "(b) and (c) together, seconded …" is a sentence run on to a new line)
    if (!/^[A-Z0-9]/.test(m.text) || !namesTopicOnly(words)) return null;
    // (a lettered entry is left to the rule that runs a letter on to the next one, and leaves a line after the last letter
    // to the minute — discussionParagraphs.ts; tried here, it filed such lines under the letter where the labels do not)
    if (m.letter && !/^[ivx]{2,4}$/i.test(m.letter)) return null;
    return underLeadIn(lines, k) || !outcomesBeside(lines, k) ? null : `(${m.letter ?? m.number})`;
  }
  return null;
}

/**
 * Whether another entry of the list at `entry` (its paragraph, no blank line between) names its topic and then what became
 * of it ("(1) 24/0098/FUL Bridge Street – two dwellings. No objection.", "i) Letter from the show committee. Agreed."):
 * a list of matters each with its outcome, where a line under a topic-only entry is that entry's outcome. Under a list
 * of bare topics (an agenda's, a report's headings) a line after an entry may as well be the minute's.
 */
function outcomesBeside(lines: string[], entry: number): boolean {
  let first = entry;
  while (first > 0 && (lines[first - 1] ?? '').trim()) first--;
  let last = entry;
  while (last + 1 < lines.length && (lines[last + 1] ?? '').trim()) last++;
  const entries: string[] = [];
  let at = -1;
  for (let k = first; k <= last; k++) {
    const line = lines[k].trim();
    const m = ENTRY_MARK.exec(line)?.groups;
    if (m) {
      at = k;
      entries.push(k === entry ? '' : m.text);
    } else if (at >= 0 && at !== entry) entries[entries.length - 1] += ` ${line}`;
  }
  return entries.some((text) => {
    const all = text ? sentences(text) : [];
    return all.length > 1 && namesTopicOnly(all[0]);
  });
}

/**
 * Whether the entries run under a lead-in ending in a colon in the same paragraph ("RESOLVED that:", "… awarded as
 * follows:", "the following items were carried forward:"): there each entry completes the lead-in and is read as its
 * clause, and a sentence after the last entry is prose after the list — the minute's, not the last entry's.
 */
function underLeadIn(lines: string[], entry: number): boolean {
  for (let k = entry - 1; k >= 0; k--) {
    const line = (lines[k] ?? '').trim();
    if (!line) return false;
    if (!ENTRY_MARK.test(line) && /:\s*-?\s*$/.test(line)) return true;
  }
  return false;
}
