// Step 8a, next meetings: a day that names an event and then this body's sitting held straight after it ("the open day is
// on <day>, with a committee meeting straight after", "the AGM on <day>, followed by an ordinary meeting"). The event may
// be anyone's; the sitting after it is the body's, unless the words before "meeting" name another body.
import type { OwnBody } from './bodies.js';
import { namesBody } from './bodies.js';

// (a full stop inside a time, "7.30pm", does not end the sentence)
const SAME_SENTENCE = String.raw`(?:[^.;]|\.(?=\d))`;
const SITTING = (k: string) =>
  String.raw`(?<np${k}>(?:[\w'’&-]+\s+){0,3}?)(?:meeting|sitting|mtg)\b\s*(?:of\s+(?:the\s+)?(?<of${k}>[^.;,]{1,40}?)\s*)?`;
/** "followed by a/an/the … meeting", or "with/and a … meeting" and a word of "after" (a closed few adverbs of time). */
const AFTER = new RegExp(
  String.raw`^${SAME_SENTENCE}{0,40}?(?:\bfollowed\s+by\s+(?:a|an|the)\s+${SITTING('1')}|\b(?:with|and)\s+(?:a|an|the)\s+${SITTING('2')}(?:(?:straight|immediately|directly|right|shortly)\s+)?(?:after(?:wards)?|following)\b)`,
  'i',
);

/** Whether the words after a day (`after`, run on over a wrapped line) give this body a sitting held after that day's event. */
export function sittingAfter(after: string, own: OwnBody): boolean {
  const m = AFTER.exec(after);
  if (!m) return false;
  const g = m.groups ?? {};
  for (const np of [g.np1, g.of1, g.np2, g.of2]) {
    const name = (np ?? '').trim();
    // (capitalised words before the noun, or after "of", may name another body: "followed by a Parish Council meeting")
    if (/[A-Z]/.test(name) && namesBody(name) && !own.is(name) && !own.is(name.replace(/^full\s+/i, ''))) return false;
  }
  return true;
}
