// Step 9b: promises made in the discussion — "She agreed to provide members with a breakdown",
// "the Chief Executive of the OPCC undertook to provide …", "the Assistant Director said he
// would send these to all members", "members would be emailed with possible dates". Who
// promised is named the way the minutes first introduced them: "She" is the officer who last
// spoke, and "the Assistant Director" is the "Assistant Director for Sustainable Growth" who
// presented the item.

/** An officer's title: "Service Manager for Libraries, Culture and Heritage", "Chief Executive of the OPCC". */
const TITLE = String.raw`(?:[A-Z][\w&'’-]*\s+(?:and\s+)?){0,5}(?:Officer|Manager|Director|Clerk|Head|Lead|Nurse|Engineer|Secretary|Treasurer|Solicitor|Executive|Adviser|Advisor|Coordinator|Co-ordinator|Surveyor|Inspector|Chair|Chairman|Leader|Commissioner|Member|Holder)(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w&'’()-]*(?:(?:,\s+|\s+and\s+|\s+)[A-Z][\w&'’()-]*){0,4})?`;
const NAMED = String.raw`(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+[A-Z][\w'’-]+`;
const DELIVERY = 'provide|send|circulate|share|forward|e-?mail|supply|arrange|write|check|confirm|investigate|look into|clarify|find out|review|invite';

const PROMISE = new RegExp(
  String.raw`^(?:(?:[Tt]he\s+)?(?<who>${TITLE}|${NAMED})|(?<pronoun>[Hh]e|[Ss]he|[Tt]hey))\s+(?:(?:agreed|undertook|promised)\s+to|said\s+(?:that\s+)?(?:he|she|they)\s+would)\s+(?<what>(?:${DELIVERY})\b.*)$`,
);
const SAME_SPEAKER = new RegExp(String.raw`,?\s+and\s+(?:undertook|agreed|promised)\s+to\s+(?<what>(?:${DELIVERY})\b.*)$`);
/** "members would be emailed with possible dates": a delivery promised without a name. */
const TO_MEMBERS = /^(?:all\s+)?(?:members|councillors|governors|the committee)\s+would\s+be\s+(?:e-?mailed|sent|provided|given|circulated|updated|informed|written to)\b/i;
/** "The Service Manager for Libraries introduced the report": who is speaking. */
const SPEAKING = new RegExp(String.raw`^(?:(?:In reply|In response|Responding),\s+)?(?:[Tt]he\s+)?(?<who>${TITLE}|${NAMED})\s+(?:introduced|presented|explained|reported|said|confirmed|advised|updated|gave|outlined|highlighted|responded|stated|summarised|set out)\b`);

export interface Undertaking {
  owner: string | null;
  text: string;
}

/** The fullest form of a title the minute has used: "Assistant Director" → "Assistant Director for Sustainable Growth". */
function fullest(title: string, spoken: string[]): string {
  return spoken.filter((s) => s.startsWith(title)).sort((a, b) => b.length - a.length)[0] ?? title;
}

/** Reads the minute's sentences in order, remembering who spoke, and returns the promises among them. */
export function undertakingsIn(sentences: string[]): Map<number, Undertaking> {
  const spoken: string[] = [];
  const found = new Map<number, Undertaking>();
  sentences.forEach((sentence, k) => {
    const speaker = SPEAKING.exec(sentence)?.groups?.who;
    // "A member asked how risks were scored, and the Risk Manager agreed to circulate the guidance": the promise is the second half.
    const halves = [sentence, ...sentence.split(/,?\s+(?:and|but|whereupon)\s+(?=(?:the\s+)?[A-Z])/).slice(1)];
    // "the Executive Member said that …, and undertook to send …": the promise shares its sentence's speaker.
    const shared = speaker ? SAME_SPEAKER.exec(sentence)?.groups : undefined;
    const promise = halves.map((h) => PROMISE.exec(h)?.groups).find(Boolean) ?? (shared ? { who: speaker, what: shared.what } : undefined);
    if (promise) {
      const who = promise.who ?? spoken[spoken.length - 1] ?? null;
      found.set(k, { owner: who ? fullest(who, spoken) : null, text: promise.what });
    } else if (TO_MEMBERS.test(sentence)) {
      found.set(k, { owner: null, text: sentence });
    }
    if (speaker) spoken.push(speaker);
  });
  return found;
}
