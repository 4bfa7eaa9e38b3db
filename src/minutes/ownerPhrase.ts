// Step 6d, the owner as a noun phrase, read last before the list of owners (`owners.ts`): whoever the readers found
// to act, cut at the edges of the noun phrase that names them. A reader that takes "the words before the verb" as the
// subject can carry in what the clerk printed around the name — a label run in before it, a lead-in closed by a colon,
// the reporting clause of a request, the conjunction that opened the clause, or the deadline written after it — none
// of which is part of who acts. Only the edges are read; the name inside is kept.

/** A time a deadline names after "by": a day, a month, a meeting, the end or start of a period (a closed few words). */
const DEADLINE = String.raw`(?:the\s+)?(?:end|start|beginning|close|middle|mid|next|following|\d{1,2}|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Christmas|Easter|spring|summer|autumn|winter)\b`;

/** "Finance Manager, by the next meeting", "CLERK by end of January", "the Clerk (by 4 May)": the deadline after the name. */
const DEADLINE_AFTER = new RegExp(String.raw`(?:^|,\s*|\s+[–—-]\s*|\s+)\(?by\s+${DEADLINE}.*$`, 'i');

/** The words that may go before a capitalised "The" inside one name ("Friends of The Park", "Town and The Villages"). */
const JOINS_NAME = /^(?:of|for|and|at|in|on|to|with|from|by|&)$/i;

/** What a request's reporting clause opens with when the readers took it for the subject: "She asked officers". */
const REPORTING = /^(?:he|she|they|it)\s+(?:asked|requested|invited|instructed|urged)\s+(?=\S)/i;

/** The owner a reader found, cut to the noun phrase that names who acts; null where nothing but a deadline was left. */
export function ownerPhrase(owner: string | null): string | null {
  if (!owner) return owner;
  let p = owner.trim();
  // ", that the Cabinet Member …": punctuation and the conjunction that introduced the clause are not the subject
  p = p.replace(/^[\s,;:]+(?:that\s+)?/i, '');
  // "Action A/3 (…) remains open: the company": a lead-in closed by a colon that says something — a word in small
  // letters that no name holds — then who acts ("Head of Planning: Jo Bright" is a post and its holder, kept)
  const colon = p.lastIndexOf(': ');
  const lead = colon > 0 ? p.slice(0, colon).replace(/\([^)]*\)/g, ' ') : '';
  if (
    colon > 0 &&
    /^(?:the\s+|[A-Z])/i.test(p.slice(colon + 2)) &&
    !/\([^)]*$/.test(p.slice(0, colon)) &&
    lead.split(/\s+/).some((w) => /^[a-z]/.test(w) && !JOINS_NAME.test(w) && w !== 'the')
  )
    p = p.slice(colon + 2);
  // "Next steps The Licensing Officer": a run-in label, then the sentence's subject opening with a capital "The"
  // after a word in small letters that cannot join one name to the next
  const words = p.split(/\s+/);
  const the = words.findIndex(
    (w, k) => k > 0 && w === 'The' && /^[a-z]/.test(words[k - 1]) && !JOINS_NAME.test(words[k - 1]),
  );
  if (the > 0) p = words.slice(the).join(' ');
  // "She asked officers": the one asking is a pronoun for someone already named; the ones asked act
  p = p.replace(REPORTING, '');
  // "Finance Manager, by the next meeting": when it is due, not who does it
  // (and a deadline alone, the name lost before it, names no one: "by the next meeting")
  const cut = p.replace(DEADLINE_AFTER, '');
  if (cut !== p) p = cut.replace(/[\s,;:]+$/, '').trim();
  return p || null;
}
