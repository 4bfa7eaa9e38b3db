// Another body's business is not this committee's agenda. "to the Finance and Performance
// Committee on 29 January", "submitted to the Resources Committee for consideration at its
// meeting in March": a body named in full (not "the Committee", "the Panel's", "its") is
// another one, so its meeting is neither this committee's work programme nor its due meeting.

const BODY_HEAD = '(?:Committee|Sub-Committee|Board|Panel|Commission|Forum|Group|Partnership|Executive)';
/** "the Finance and Performance Committee", "the Resources Committee": qualified by a name. */
const NAMED_BODY = String.raw`(?:the\s+)?(?:[A-Z][\w&'’-]*\s+(?:and\s+|&\s+|of\s+|for\s+)?){1,6}${BODY_HEAD}\b`;
const GENERIC = /^(?:the\s+)?(?:Committee|Sub-Committee|Board|Panel|Commission|Forum|Group|Executive)$|\b(?:next|future|following|January|February|March|April|May|June|July|August|September|October|November|December)\b/i;

/** Work sent to another body: "bring a revised forecast to the Finance and Performance Committee". */
const SENT_TO = new RegExp(String.raw`\b(?:to|before)\s+(?<body>${NAMED_BODY})`, 'g');

export function sentToAnotherBody(text: string): boolean {
  return [...text.matchAll(SENT_TO)].some((m) => !GENERIC.test(m.groups!.body.trim()));
}

/** The words just before a meeting is named belong to another body: "… the Resources Committee for consideration at its". */
const BODYS_MEETING = new RegExp(String.raw`(?<body>${NAMED_BODY})(?:'s|’s)?\s+(?:(?:[^.;]{0,50}?\s)?(?:at|in)\s+(?:its|their)\s*|(?:meeting\s+)?(?:on|in)\s+(?:the\s+)?|meeting\s*)$`);

export function anotherBodysMeeting(before: string): boolean {
  const body = BODYS_MEETING.exec(before)?.groups?.body;
  return body !== undefined && !GENERIC.test(body.trim());
}
