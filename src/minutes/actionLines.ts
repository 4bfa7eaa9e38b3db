// An "Action: <owner>" line under a resolution: whose the decision just above it is, kept apart from index.ts, which only runs the steps.
import { dueFor, tidyText, type ReadContext } from './decisions.js';
import { readClause } from './grammar.js';
import { actionMarker } from './owner.js';
import { sentenceClosedBy } from './stepDue.js';
import { sendsInvitations } from './invitationSenders.js';
import { TYPE_OF_CATEGORY } from '../domain/types.js';
import type { NotedEntry, ProposedItem } from './types.js';

/** What each decision block of a minute gave, by its last line. */
export type BlockResults = Map<number, { items: ProposedItem[]; noted: NotedEntry[]; lines: number[] }>;

/**
 * A line that is only "Action: <owner>" names the owner of what the resolution just before it
 * decided: it gives its unowned items that owner, or turns a noted decision into an action.
 * A line "Action: X to <task>" just under a resolution that decided an errand no one was named
 * for is how that errand is done: one item, X its owner. Returns whether the line was taken.
 */
export function ownerLine(
  line: string,
  i: number,
  lines: string[],
  lastOfBlock: BlockResults,
  resolved: ProposedItem[],
  noted: NotedEntry[],
  context: ReadContext,
  task?: { owner: string; text: string },
): boolean {
  const marker = task ? { owner: task.owner, index: 0 } : actionMarker(line.trim());
  if (!marker) return false;
  // on the line of a decision ("The Board requested that … ACTION: KD"), or alone just under one
  const within = [...lastOfBlock.values()].find((b) => b.lines.includes(i));
  const before =
    marker.index === 0
      ? [...lastOfBlock.keys()].filter((k) => k < i && lines.slice(k + 1, i).every((l) => !l.trim())).pop()
      : undefined;
  const earlier = within ?? (before !== undefined ? lastOfBlock.get(before) : undefined);
  if (task && earlier && sendsInvitations(task, earlier.items)) return true;
  if (task) {
    // (the errand the block ends with: a line under a list of decisions follows only the last)
    const last = earlier?.items[earlier.items.length - 1];
    if (!last || last.owner !== null || last.category !== 'action' || (earlier?.noted.length ?? 0) > 0) return false;
    last.owner = task.owner;
    last.due ??= dueFor('action', task.text, context);
    last.text = tidyText(`${last.text.replace(/\.?\s*$/, '.')} ${task.text}`);
    return true;
  }
  if (earlier?.items.length) {
    // ("ACTION: Treasurer (ii) and (iv)" under clauses (i)–(iv): the line is about the clauses it cites, and only them)
    const cited = marker.clauses ? earlier.items.filter((it) => it.ref && marker.clauses!.includes(it.ref)) : [];
    if (cited.length) {
      for (const it of cited) it.owner ??= marker.owner;
      return true;
    }
    // (a matter put back is the body's own business: the tag beside it names who does the errand decided with it)
    const errands = earlier.items.filter((it) => it.category !== 'deferral');
    const opensBlock = within !== undefined && marker.index === 0 && Math.min(...within.lines) === i;
    for (const it of errands.length ? errands : earlier.items) {
      // ("To ask the County Council's team to attend a site meeting …   Action: Clerk": the body asks by its officer's
      // letter — the asking is the tag's errand, as an invitation is the inviter's)
      if (it.owner !== null && asksAnother(it.text)) {
        it.owner = marker.owner;
        if (it.category !== 'invitation') Object.assign(it, { category: 'action', type: TYPE_OF_CATEGORY.action });
      }
      // ("That Inspector Lane be invited to the March meeting.   Action: Clerk": the one invited is not the one who
      // acts — the tag names who sends the invitation)
      if (it.category === 'invitation' && it.source === 'resolution') it.owner = marker.owner;
      // the resolution's own owner stands; the line names whoever it left out
      it.owner ??= marker.owner;
      // ("ACTION: PA – by 4 December": the tag's day is when the errand is due, whatever day the resolution names)
      // (but a tag that opens the block stands under the paragraph before it: its day is not this block's)
      if (marker.due && it.owner === marker.owner && !opensBlock)
        it.due = dueFor(it.category, marker.due, context) ?? it.due;
    }
    return true;
  }
  // (a noted decision becomes the tag's action only where it ends the text above the tag: "The Board APPROVED … The
  // Secretary to arrange …" over "ACTION: Secretary" tags the errand after it, not the approval)
  if (earlier?.noted.length && endsText(lines, i, earlier.noted[earlier.noted.length - 1].text)) {
    const entry = earlier.noted[earlier.noted.length - 1];
    noted.splice(noted.indexOf(entry), 1);
    earlier.noted.pop();
    const item: ProposedItem = {
      minute: entry.minute,
      ref: entry.ref,
      type: TYPE_OF_CATEGORY.action,
      category: 'action',
      owner: marker.owner,
      // ("The Board APPROVED the scores. The Secretary to arrange a session before the end of March.  ACTION: …": the
      // sentence the marker closes says when)
      due:
        (marker.due ? dueFor('action', marker.due, context) : null) ??
        dueFor('action', entry.text, context) ??
        dueFor('action', sentenceClosedBy(lines, i, marker.index), context),
      text: entry.text,
      confidence: 0.75,
      source: 'resolution',
      narrative: false,
    };
    resolved.push(item);
    earlier.items.push(item);
    return true;
  }
  return false;
}

/** Whether the text just above line `at` (or before the tag on it) ends with `text`, as the minutes print it. */
function endsText(lines: string[], at: number, text: string): boolean {
  const words = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  const above = lines
    .slice(0, at + 1)
    .map((l, k) => (k === at ? l.replace(/\s*\bactions?\b.*$/i, '') : l))
    .filter((l) => l.trim())
    .pop();
  const tail = words(text).split(' ').slice(-4).join(' ');
  return !above || words(above).endsWith(tail);
}

/** "To ask the County Council to …", "Invite the Police to …": the body's own asking, done by whoever is sent to ask. */
function asksAnother(text: string): boolean {
  const reading = readClause(text, true);
  return (
    (reading.form === 'infinitive' || reading.form === 'imperative') &&
    !reading.subject &&
    /^(?:ask|request|invite)$/i.test(reading.verb ?? '')
  );
}
