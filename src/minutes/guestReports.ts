// A guest's report: a minute titled as a report or an update ("Police report", "Councillor's report") and given by
// someone the attendance lists apart from the members and who holds no office of this body (a police officer, a
// councillor of another council). What the guest says they or their organisation will do, and what they ask of the
// public, is their business, not this body's: it is told, not decided. What the meeting itself agreed, and any errand
// of this body's own people, still stands.
import { OFFICE_NOUNS, SPEECH_VERBS, alternatives } from './lexicon.js';
import type { People } from './people.js';
import type { ProposedItem } from './types.js';

const REPORT_TITLE = /\b(?:reports?|updates?)\b/i;
const AGREED = /\b(?:agreed|resolved|decided)\b/i;
/** Finding out for the body: "find out whether …", "look into …", "report back", "let the Clerk know". */
const FINDING_OUT = /\b(?:find\s+out|look\s+into|report\s+back|let\s+[\w\s]{1,30}\s+know)\b/i;
const OFFICE = new RegExp(String.raw`\b(?:${alternatives(OFFICE_NOUNS)})\b`, 'i');

/** Whether a noun phrase names one of this body's members or officers. */
function ours(who: string, people: People): boolean {
  const name = who.trim().replace(/^the\s+/i, '');
  const last = /([A-Za-z][\w'’-]*)\W*$/.exec(name)?.[1]?.toLowerCase() ?? '';
  return people.members.has(last) || OFFICE.test(name);
}

/** The one who gives the report: the subject of the minute's first verb of speech, when it names a guest. */
export function guestReporter(title: string, lines: string[], people: People): string | null {
  if (!REPORT_TITLE.test(title) || people.members.size === 0) return null;
  const text = lines.join(' ');
  for (const m of text.matchAll(/(?:^|[.;]\s+)(?<who>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s+(?<verb>[a-z]+)\b/g)) {
    if (!SPEECH_VERBS.has(m.groups!.verb)) continue;
    const who = m.groups!.who;
    return /\s/.test(who) && !ours(who, people) ? who : null;
  }
  return null;
}

/**
 * In a guest's report, the items read from the discussion that only tell what the guest or others outside will do.
 * An answer the guest owes this body ("would find out whether … and let the Secretary know") is still owed.
 */
export function withoutGuestsBusiness(items: ProposedItem[], guest: string | null, people: People): ProposedItem[] {
  if (!guest) return items;
  return items.filter(
    (i) =>
      i.source !== 'discussion' ||
      i.category === 'information' ||
      FINDING_OUT.test(i.text) ||
      AGREED.test(i.text) ||
      (!!i.owner && ours(i.owner, people)),
  );
}
