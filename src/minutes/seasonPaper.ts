// Step 7c: a paper brought before this body in a season. "The Manager would update the register and bring it back in
// the spring", "undertook to bring a condition survey to members in the autumn", "providers report their delivery to
// the Board in the autumn", "it was agreed to consider this with the grant applications in the new year": the season
// names no meeting, but what comes then is a paper or a matter before this body — its business at a meeting to come
// (work programme, due a future meeting), as the same paper "in March" is the March meeting's (paperForMeeting.ts). An
// action keeps no "future" due (decisions.ts dueFor), so the season is read here, from the item's words.
// Not read: an errand that only reports back ("visit the sites and report back in the spring" — the labelled sets
// leave it an action with no due), work done before a season ("before the spring"), a paper for another body.
import type { OwnBody } from './bodies.js';
import type { ProposedItem } from './types.js';

/** "in the spring", "during the autumn", "in the new year", "in the summer of 2027": a season to come (not "before"). */
const IN_SEASON = /\b(?:in|during)\s+the\s+(?:spring|summer|autumn|winter|new\s+year)\b/i;

/**
 * "bring it back", "bring a costed plan to members", "present the findings to the Forum", "report their figures to the
 * Board": a verb of carrying a paper before a meeting with its object (a closed class), then "back" or "to" whom. "report
 * back" and "report to" with no object between are the errand's account of itself, not a paper.
 */
const PAPER_BROUGHT =
  /\b(?:bring|brings|bringing|brought|present|presents|presenting|table|tabled|report|reports|reporting)\s+(?!back\b|to\b|on\b|in\b)(?<object>[^.;]{1,90}?)\s+(?:back\b|to\s+(?<to>[^.;]{1,60}?)\s+(?:in|during)\s+the\b)/i;

/** "come back to it in the new year", "consider this again in the new year", "look at it again in the spring": a matter taken up again. */
const TAKEN_UP_AGAIN =
  /\b(?:(?:consider|reconsider|review|revisit|look\s+at|discuss|return\s+to|come\s+back\s+to)\s+(?:it|this|these|them|the\s+(?:matter|item|request|issue))\b)/i;

/**
 * Whom the paper goes to must be this body: its name or kind ("the Board", "this Committee", "the meeting") or its
 * members ("members", "councillors"). A person ("report any faults to the Clerk") or another body ("the District
 * Council’s Planning Committee") is an errand's or another body's business.
 */
function toThisBody(to: string | undefined, own: OwnBody): boolean {
  if (to === undefined) return true; // ("bring it back": back is to this body)
  const np = to.replace(/^(?:the|this|its|our)\s+/i, '').trim();
  if (/^(?:members|councillors|governors|trustees|directors|meeting)$/i.test(np)) return true;
  if (own.is(np) || own.is(`the ${np}`)) return true;
  return /^(?:committee|sub-committee|board|panel|forum|group|partnership|council|cabinet)$/i.test(np);
}

export function paperInSeason(item: ProposedItem, own: OwnBody): ProposedItem {
  if (item.category !== 'action' && item.category !== 'information') return item;
  if (item.due !== null) return item;
  const season = IN_SEASON.exec(item.text);
  if (!season) return item;
  // (the words before the season only: "… and report back in the spring" after a paper named earlier is still the errand's)
  const upTo = item.text.slice(0, season.index + season[0].length);
  const brought = PAPER_BROUGHT.exec(upTo);
  const paper = !!brought && toThisBody(brought.groups?.to, own);
  // (a matter taken up again is this body's own: no one else named to do it)
  const again = !item.owner && TAKEN_UP_AGAIN.test(upTo);
  if (!paper && !again) return item;
  return { ...item, category: 'work-programme', type: 'work-programme', due: { kind: 'future' } };
}
