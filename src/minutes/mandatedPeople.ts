// Round 42, owners: who a resolution mandates, read from the grammar of the mandate rather than from a list of roles.
import type { Reading } from './reading.js';

/**
 * "That partners share their data …", "That grant-funded providers report their delivery to the Board …": the subject of a subjunctive mandate — "That" + a noun phrase + the bare verb — is whoever the
 * resolution binds, and a plural noun phrase in small letters there names people or bodies by what they are, however
 * open the class of such nouns. Only the subjunctive (a modal, a finite or a past verb may report what others do), only
 * an active verb, and only a plural head: a singular in small letters ("the scheme proceed") is a thing as often as not.
 */
export function mandatedPlural(c: Reading, subject: string): boolean {
  if (c.form !== 'subjunctive' || c.passive || c.copula || c.negated) return false;
  // (and a verb that acts on the subject's own — "share their data", "report their delivery": people or bodies act on
  // what is theirs; a thing happens or holds something, "the revised charges apply from April", "future reports include
  // the reasons", "the consultation questions cover …" — the shadow run's wrong kind)
  if (!/^their\b/i.test(c.rest.trim())) return false;
  const words = subject.trim().split(/\s+/);
  if (words.length > 4) return false;
  // (the determiners a plural takes, the closed few; then lower-case words, hyphens allowed)
  const body = /^(?:the|all|both|those|relevant)$/i.test(words[0]!) ? words.slice(1) : words;
  if (!body.length || !body.every((w) => /^[a-z][a-z-]*$/.test(w))) return false;
  // a plural head: an -s that is not the ending of a singular (-ss, -us, -is: "business", "bus", "analysis")
  return /[^siu'’]s$/.test(body[body.length - 1]!);
}
