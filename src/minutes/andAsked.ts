// A request told as the second half of a sentence whose first half says something else the same asker did: "Members
// raised the state of the footbridge, and asked the Engineer to obtain a quotation", "Members praised the new benches
// but asked the Groundsman to move one …", "The Chairman said this was a separate matter and asked the Licensing
// Manager to bring a report …". (A first half the decision blocks take as the body's resolution, "the Panel agreed the
// full amount but asked …", never reaches this reader: docs, Round 31, "Left".) The reader of requests reads "X asked Y to …" only where the sentence opens
// with it; here the first verb is the clause's, and the request was lost. Whoever asks (the body, its members or its
// chair: discussion.ts decides) is the subject of the first half.
import { readClause } from './grammar.js';
import { SPEECH_VERBS } from './lexicon.js';

/**
 * The first half, ", and" or "but" (with "also" or "then"), a verb of asking (closed), and whom it asks, named with a
 * capital, then "to" and a verb. "Asked whether …", "asked about …" and "asked for …" ask nothing of anyone.
 */
const AND_ASKED =
  /^(?<first>.{3,}?),?\s+(?:and|but)\s+(?:also\s+|then\s+)?(?<verb>asked|requested|instructed)\s+(?<whom>(?:the\s+)?[A-Z][\w'’&-]*(?:\s+(?:of|for|and|&|[A-Z][\w'’&-]*))*?)\s+(?<rest>to\s+[a-z].*)$/;

/** The sentence the request makes on its own ("Members asked the Engineer to obtain …"), with the asker. */
export function askedAfterAnd(text: string): { asker: string; request: string } | null {
  const m = AND_ASKED.exec(text)?.groups;
  if (!m) return null;
  // ("Members did not endorse the policy and asked the Cabinet Member to reconsider it": the request is the other side of
  // a refusal, and the resolution that follows says what the body does about it)
  if (readClause(m.first).negated) return null;
  // ("The Chair said this was a separate matter": a content clause with no "that" runs into the subject; the asker is
  // the one before the verb of speech)
  const words = readClause(m.first).subject?.trim().split(/\s+/) ?? [];
  const speech = words.findIndex((w, k) => k > 0 && SPEECH_VERBS.has(w.toLowerCase()));
  const asker = (speech > 0 ? words.slice(0, speech) : words).join(' ');
  if (!asker) return null;
  return { asker, request: `${asker} ${m.verb} ${m.whom} ${m.rest}` };
}
