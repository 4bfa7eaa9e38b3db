// A sentence that is only a step of the item just before it ("The Clerk would invite her"), kept apart from index.ts, which only runs the steps.
import { innermost } from './innermost.js';
import { readClause } from './grammar.js';
import { FULL_MONTHS } from './lexicon.js';
import type { ProposedItem } from './types.js';

/** "The Clerk would invite her", "Officers will arrange it": a step whose object is only a pronoun for what was just asked. */
export function pronounStep(item: ProposedItem): boolean {
  const rest = innermost(readClause(item.text)).clause.rest.trim();
  // (an adverb or a short phrase of manner may follow: "report it online", "send it by email")
  // (a demonstrative standing alone points back as a pronoun does — "The Treasurer will do this", "AB to circulate
  // that" — and so does "both"; a verb's particle may follow the pronoun: "send it round", "pass them on")
  // (and a phrase of time: "arrange this in the new year", "organise it in January", "do it next week" — when it is
  // done says nothing of what is done)
  return new RegExp(
    String.raw`^(?:(?:to|with|for)\s+)?(?:him|her|them|it|this|that|these|those|both|one)(?:\s+(?:round|around|on|up|out))?(?:\s+(?:accordingly|again|too|also|as\s+well|online|[a-z]+ly|(?:by|via|in|through)\s+(?:e-?mail|post|letter|writing|phone|telephone)))?(?:\s+${WHEN})?\s*\.?$`,
    'i',
  ).test(rest);
}

/**
 * "Clerk to write.", "AB to action.": a short closing line, someone then "to" and a verb with no object — the object is
 * what was just decided. It is that item's step where its verb is one of carrying out what was said ("action",
 * "arrange", "progress") or the verb the item before uses ("… RESOLVED to write to the school. Clerk to write."); any
 * other ("Clerk to attend." after a purchase) is an errand of its own.
 */
export function bareStep(item: ProposedItem, before: ProposedItem | undefined): boolean {
  const verb = BARE.exec(item.text.trim())?.groups?.verb;
  if (!verb || !before) return false;
  return (
    CARRYING_OUT.has(verb) ||
    new RegExp(String.raw`\b${verb}\b`, 'i').test(before.text) ||
    // (a letter is how a body asks, thanks or tells: "… agreed to ask the bus company to restore the service. Clerk to write.")
    (WRITING.has(verb) && /\b(?:ask|request|thank|inform|notify|urge|tell)\b/i.test(before.text))
  );
}
/** A phrase of time after the object (a closed few: a month, a season, the new year, next or this week …). */
const WHEN = String.raw`(?:(?:in|during|over|by|before|early\s+in|later\s+in)\s+(?:the\s+)?(?:new\s+year|spring|summer|autumn|winter|${FULL_MONTHS}|coming\s+(?:weeks|months)|next\s+(?:few\s+)?(?:weeks|months))|(?:next|this|the\s+following)\s+(?:week|month|term)|in\s+due\s+course|as\s+soon\s+as\s+possible|shortly)`;

/**
 * Someone, "to" and a verb with nothing after it but when: "Clerk to write.", "AB to action.", "AT to arrange before the
 * Board meets on 5 February." (the step's own deadline, the thing done being the decision's).
 */
const BARE = /^(?:the\s+)?[A-Z][\w'’ -]{0,40}?\s+to\s+(?<verb>[a-z]{3,})(?:\s+(?:before|by)\s+[^.;]{3,60}?)?\s*\.?$/;
const WRITING = new Set(['write', 'email', 'reply', 'respond']);

/**
 * "AT to arrange before the Board meets on 5 February.", "Clerk to action.": someone sent to carry out what was just
 * decided, with no thing of its own (a verb of carrying out and nothing after it but when) — the decision's step.
 */
export function carriesOut(item: ProposedItem): boolean {
  const verb = BARE.exec(item.text.trim())?.groups?.verb;
  return !!verb && CARRYING_OUT.has(verb);
}
const CARRYING_OUT = new Set(['action', 'arrange', 'progress', 'organise', 'organize', 'implement', 'actioned']);

/**
 * The sentence just before `step` in the minute's text, if there is one; with `ownSentence`, only where the step opens
 * a sentence of its own ("… a note on X. Ms Y agreed to provide this.", not "… asked that X be done, and Ms Y agreed to
 * cover it", whose request is in the step's own sentence).
 */
export function sentenceBefore(step: ProposedItem, text: string, ownSentence = false): string | undefined {
  // (the item's text may be reworded at its head — "To write to him" — so it is found by its last words)
  // (a step of its own sentence is found in either case: "To provide this" was read from "… agreed to provide this")
  const tail = step.text.replace(/\.$/, '').slice(-25);
  const at = ownSentence ? text.toLowerCase().indexOf(tail.toLowerCase()) : text.indexOf(tail);
  if (at <= 0) return undefined;
  const start = text.lastIndexOf('. ', at);
  if (start < 0) return undefined;
  if (ownSentence && /[,;:]/.test(text.slice(start + 1, at))) return undefined;
  // (a bare step may open right after a semicolon as after a full stop: "… a tour of the new kitchen in the spring; LT
  // to arrange." — the clause before the semicolon is what it carries out; a step with its own object, "…; SR to present
  // it", may be a second person's errand and is left to the full stop)
  const semicolon = text.lastIndexOf(';', at);
  if (!ownSentence && semicolon > start && text.slice(semicolon + 1, at).trim() === '' && BARE.test(step.text.trim()))
    return text.slice(start + 1, semicolon + 1);
  // (a pronoun after a semicolon points into its own sentence, not over it: "Cllr A asked for the rota; the Clerk would
  // send it" — the sentence before the full stop is about something else)
  if (!ownSentence && semicolon > start) return undefined;
  return text.slice(text.lastIndexOf('. ', start - 1) + 1, start + 1);
}

/** The one of `items` read from the sentence just before `step` in the minute's text, if any. */
export function itemBefore(step: ProposedItem, items: ProposedItem[], text: string): ProposedItem | undefined {
  const sentence = sentenceBefore(step, text);
  if (!sentence) return undefined;
  // (and at its head too: "To ask the county council …" was read from "… agreed to ask the county council …")
  const head = (t: string) =>
    t
      .replace(/\.$/, '')
      .replace(/^to\s+/i, '')
      .slice(0, 30)
      .toLowerCase();
  return items.find((i) => sentence.toLowerCase().includes(head(i.text)));
}

/** "to ask the Police to patrol", "request the bus company to restore …": `owner` is the one the item asks to act. */
export function asksOf(text: string, owner: string): boolean {
  const name = owner.replace(/^the\s+/i, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(String.raw`\b(?:ask|request)(?:s|ed)?\s+(?:the\s+)?${name}\s+to\s+[a-z]`, 'i').test(text);
}

/**
 * The item of the minute's resolution that a pronoun step carries out, when no sentence before it made one: "The Head of
 * Service agreed to circulate this", then "RESOLVED … that the data be circulated to members" — the pronoun points to
 * what the minute decides, and the resolution doing the same verb, of the same kind, for the same person or for no one
 * named, is that thing. Only one such item: two leave the step standing.
 */
export function resolvedStep(step: ProposedItem, resolved: ProposedItem[]): ProposedItem | undefined {
  const verb = readClause(step.text).verb?.toLowerCase();
  if (!verb || verb.length < 4) return undefined;
  // ("circulate" in "be circulated", "arrange" in "be arranged": the verb's stem, its endings aside)
  const stem = verb.replace(/e$/, '');
  const sameVerb = new RegExp(String.raw`\b${stem}(?:e|es|ed|ing|s)?\b`, 'i');
  const who = (i: ProposedItem) => (i.owner ?? '').toLowerCase().replace(/^the\s+/, '');
  const fits = resolved.filter(
    (r) =>
      r.category === step.category &&
      r.source === 'resolution' &&
      (!r.owner || who(r) === who(step)) &&
      sameVerb.test(r.text),
  );
  return fits.length === 1 ? fits[0] : undefined;
}
