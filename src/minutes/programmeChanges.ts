// Two changes to the body's programme named as nouns after one "with the addition of": "the work programme be agreed,
// with the addition of an item on winter readiness for the January meeting and the deferral of the lighting update to
// the March meeting", "… and an invitation to the bus operator to attend the February meeting". The clerk names each
// change as a noun and joins them by "and"; each is business of its own to track — an item added, a matter put back, a
// guest invited (fresh 121 01 EH/37; the same layout with an invitation in fresh 122). The second noun is given back
// its verb ("the lighting update be deferred to the March meeting", "the bus operator be invited to attend …") so the
// clause reader types it as it types the verb. Only a change that says when (a matter put back) or whom (a guest
// invited): "and the removal of the parking item" takes nothing off to track (labelled with the agreement, fresh 89
// 01), and "an item on the deferral of rents" is one item's subject, with no "and" before it.
import { alternatives } from './lexicon.js';

/** The nouns of putting a matter back and the participles they stand for (closed). */
const PUT_BACK: Record<string, string> = {
  deferral: 'deferred',
  postponement: 'postponed',
  moving: 'moved',
  rescheduling: 'rescheduled',
};

/** When a matter is put back to: a meeting, a month, a season, a year, "next"/"future" (closed). */
const WHEN = new RegExp(
  String.raw`\b(?:${alternatives(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'meeting', 'meetings', 'agenda', 'session', 'next', 'future', 'later', 'spring', 'summer', 'autumn', 'winter', 'year'])})\b|\b(?:19|20)\d\d\b`,
  'i',
);

/** A part that adds to the programme: "the addition of …", "the inclusion of …" (as coordination.ts cuts it). */
const ADDITION = /^(?:the\s+)?(?:addition|inclusion)\s+of\s/i;

const SECOND_PUT_BACK = new RegExp(
  String.raw`^(?<first>.{12,}?)\s+and\s+(?:the|a)\s+(?<noun>${alternatives(Object.keys(PUT_BACK))})\s+of\s+(?<thing>.{3,120}?)\s+(?<rest>(?:to|until)\s+.*)$`,
  'i',
);

const SECOND_INVITATION =
  /^(?<first>.{12,}?)\s+and\s+an\s+invitation\s+(?:to|for)\s+(?<who>.{3,120}?)\s+to\s+(?<rest>(?:attend|present|speak|address|come|give|update|report|join)\b.*)$/i;

/** The addition part and, apart, the second change with its verb; the part alone where there is no second change. */
export function secondChange(part: string): string[] {
  if (!ADDITION.test(part.trim())) return [part];
  const back = SECOND_PUT_BACK.exec(part);
  if (back?.groups && WHEN.test(back.groups.rest)) {
    const { first, noun, thing, rest } = back.groups;
    return [first, `${thing} be ${PUT_BACK[noun.toLowerCase()]} ${rest}`];
  }
  const invited = SECOND_INVITATION.exec(part);
  if (invited?.groups) {
    const { first, who, rest } = invited.groups;
    return [first, `${who} be invited to ${rest}`];
  }
  return [part];
}
