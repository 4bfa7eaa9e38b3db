// Step 6c: a request that names no one to act, taken on by whoever answers it — "Members asked for the
// plans to be emailed to them. Mr Lowe agreed to do this by Friday.", "Members requested that the
// figures be provided in confidence, and the Director agreed." The one who assents owns the request,
// as "the Clerk agreed to do so" would own it in the discussion; the request itself names no one.
import { agentLike } from './agents.js';
import type { OwnBody } from './bodies.js';
import { ownersOf } from './owners.js';
import { cleanOwner } from './owner.js';
import type { ProposedItem } from './types.js';
import { tokenize } from './words.js';

/** A request in the passive or with no one asked: "asked that …", "requested …", "asked for … to be …". */
const REQUEST = /\b(?:asked|requested)\s+(?:that|for)\b/i;

/**
 * The assent after it: ", and the Director agreed", "; the CFO agreed", "Mr A agreed to do this by 4 May", "The Clerk
 * undertook to do so" — a name or a title, then agreeing to do what was asked, and nothing else.
 */
const ASSENT =
  /^\s*(?:;|,\s*and|\.)\s+(?<who>(?:the\s+)?[A-Z][^.;,]{1,60}?)\s+(?:agreed|(?:undertook|agreed|offered)\s+to\s+do\s+(?:so|this|that|it)(?:\s+(?:by|within|before)\s+[^.;,]{1,40})?)\s*(?:[.;]|$)/;

export function assentOwners(items: ProposedItem[], minuteText: string, own: OwnBody): void {
  const text = minuteText.replace(/\s+/g, ' ');
  const lower = text.toLowerCase();
  for (const item of items) {
    if (item.owner || (item.category !== 'action' && item.category !== 'information')) continue;
    // (the assent closing the item's own sentence: "… be provided in confidence, and the Director agreed.")
    const inside = /^(?<request>.*\S)(?<assent>(?:;|,\s*and)\s+[^.;,]+?\s+agreed)\s*\.?$/.exec(item.text)?.groups;
    if (inside && REQUEST.test(inside.request)) {
      const who = ASSENT.exec(inside.assent)?.groups?.who;
      if (who && take(item, who, own)) item.text = `${inside.request}.`;
      continue;
    }
    const tail = item.text
      .replace(/[.;]\s*$/, '')
      .slice(-30)
      .toLowerCase();
    const at = lower.indexOf(tail);
    if (at < 0) continue;
    // (the request is the sentence the item came from, read from its start)
    const start = Math.max(text.lastIndexOf('. ', at), 0);
    if (!REQUEST.test(text.slice(start, at + tail.length))) continue;
    const who = ASSENT.exec(text.slice(at + tail.length))?.groups?.who;
    if (who) take(item, who, own);
  }
}

/** The one who assented, as the item's owner, where it can act and is not this body. */
function take(item: ProposedItem, who: string, own: OwnBody): boolean {
  const owner = cleanOwner(who);
  if (!agentLike(tokenize(owner)) || own.is(owner)) return false;
  item.owner = owner;
  item.owners = ownersOf(owner);
  return true;
}
