// An invitation to a later sitting of this body, told in a grammar other than the subjunctive: "The Head of Ranger
// Services is to be asked to attend the next meeting", "The Chair invited the Chair of the Tenants' Panel to attend the
// March meeting", "The Head of Parks was invited to return to the January meeting". Each says what "X be invited to
// attend the next meeting" says, which is read; so each is recast so (round 35). A later meeting must be named: "was
// invited to address the meeting" is this sitting's business, done.
import { FULL_MONTHS } from './lexicon.js';

/** A later sitting of this body: the next, a future or a named month's meeting, or "the Committee in January". */
const LATER = new RegExp(
  String.raw`\b(?:(?:the|its|a)\s+(?:next|following|future|${FULL_MONTHS}(?:\s+\d{4})?)\s+(?:meeting|sitting|board|session)|the\s+(?:committee|panel|board|sub-committee)\s+in\s+${FULL_MONTHS})\b`,
  'i',
);

/** Who is invited, by the invitation's grammar: "be to" and a passive, the chair's past active, a past passive. */
const FORMS = [
  /^(?<who>(?:the\s+)?[A-Z][^.;,]{1,90}?)\s+(?:is|are)\s+to\s+be\s+(?:asked|invited)\s+to\s+(?<what>(?:attend|return|come\s+back|present)\b.+)$/,
  /^(?:the\s+)?(?:chair(?:man|person|woman)?|vice[- ]chair(?:man)?)\s+invited\s+(?<who>(?:the\s+)?[A-Z][^.;,]{1,90}?)\s+to\s+(?<what>(?:attend|return|come\s+back|present)\b.+)$/i,
  /^(?<who>(?:the\s+)?[A-Z][^.;,]{1,90}?)\s+(?:was|were)\s+invited\s+to\s+(?<what>(?:attend|return|come\s+back)\b.+)$/,
];

/** "X be invited to attend …" for an invitation to a later sitting told otherwise, or null. */
export function laterInvitation(text: string): string | null {
  for (const form of FORMS) {
    const found = form.exec(text.trim())?.groups;
    if (found && LATER.test(found.what) && !/\b(?:not|declined|unable)\b/i.test(text))
      return `That ${found.who} be invited to ${found.what}`;
  }
  return null;
}
