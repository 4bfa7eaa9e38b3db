// A clause that sends a matter to this body, then tells in a clause of time or purpose where the matter goes after:
// "the survey results be reported to this Committee in May, before the scheme is submitted to Cabinet", "… to the Panel
// in the spring, for recommendation to Council", "the working group report to the Board in June, so that a paper can go
// to Council in July". The clause sends it here — this body's future business; the later stage is told, not decided now
// (this body will decide it when the matter comes back). Plain English: a subordinate clause of time ("before", "after",
// "once", "until", "prior to", "ahead of") or of purpose ("so that", "in order that", "for recommendation to …") is no
// part of where the main verb sends its object.
import type { OwnBody } from './bodies.js';
import { placesIn } from './places.js';

/** The subordinators that open a later stage (a closed class: conjunctions of time and purpose, and "for <sending noun> to"). */
const LATER_STAGE =
  /,?\s+(?:before|after|once|until|so\s+that|in\s+order\s+that|prior\s+to|ahead\s+of|for\s+(?:onward\s+)?(?:recommendation|submission|referral)\s+to)\b/gi;

/** The text up to the later stage, where the clause first sends its matter to this body; else the text as it is. */
export function withoutLaterStage(text: string, own: OwnBody): string {
  const places = placesIn(text, own);
  const here = places.find(
    (p) => (p.kind === 'own-body' || p.kind === 'own-meeting') && /^(?:to|at|before|for)$/.test(p.preposition),
  );
  if (!here) return text;
  const elsewhere = (p: { kind: string }) => p.kind === 'other-body' || p.kind === 'other-meeting';
  for (const m of text.matchAll(LATER_STAGE)) {
    if (m.index <= here.index) continue;
    // (another body named before the cut is where the main verb sends it too: "to Cabinet and to this Committee,
    // before …" is left as it is; so is a cut with no other body after it, which changes nothing)
    if (places.some((p) => elsewhere(p) && p.index < m.index)) return text;
    if (!places.some((p) => elsewhere(p) && p.index > m.index)) return text;
    return text.slice(0, m.index);
  }
  return text;
}
