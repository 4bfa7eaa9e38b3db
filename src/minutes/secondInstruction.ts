// A second instruction in a to-infinitive clause, its "to" left out: "To approve the draft budget and refer it to the
// Finance Committee", "agreed to accept the quotation and ask the contractor to start in March". English drops the
// second "to"; the clause still holds two things — what the meeting settled and where it sends the matter next, or whom
// it asks — as ", and to refer …" does (read in coordination.ts). Only a verb that passes a matter on or asks someone (a
// closed few: the clerks' verbs of sending and asking), followed by its object, is read as the second instruction:
// "to approve and adopt the plan" or "to note the report and thank the officers" keep one clause.
import { alternatives } from './lexicon.js';

/** Verbs that send a matter on or ask someone to act (closed). */
const SENDS_OR_ASKS = alternatives([
  'refer',
  'send',
  'forward',
  'submit',
  'recommend',
  'commend',
  'remit',
  'escalate',
  'ask',
  'request',
  'invite',
  'write',
  'circulate',
  'publish',
  'notify',
]);

/**
 * The clause opens as a to-infinitive whose verb settles something — "to approve …", "agreed to accept …", "RESOLVED to
 * award …" — so that what follows "and" is the next thing done with what was settled. (An errand's own steps, "agreed
 * to photograph the culvert and send it to the Clerk", hand on the errand's result: one errand, kept whole.)
 */
const TO_INFINITIVE_HEAD =
  /^(?:(?:that\s+)?(?:it\s+was\s+)?(?:[A-Za-z]+\s+){0,3}?(?:agreed|resolved|decided)\s+)?to\s+(?<verb>[a-z]{3,})\s/i;
/** The verbs by which a meeting settles a matter (closed): approving, adopting, accepting, awarding, objecting. */
const SETTLES = new Set([
  'approve',
  'adopt',
  'accept',
  'agree',
  'endorse',
  'support',
  'award',
  'grant',
  'confirm',
  'object',
  'refuse',
  'reject',
  'amend',
]);

const BARE_SECOND = new RegExp(
  String.raw`(?<and>,?\s+and\s+)(?=(?:${SENDS_OR_ASKS})\s+(?:it|them|the|a|an|its|their|this|these|that|all|any|to)\b)`,
  'g',
);

/** The clause with the left-out "to" restored before a second instruction, or the clause as it was. */
export function secondInstructionMarked(text: string): string {
  const head = TO_INFINITIVE_HEAD.exec(text.trim())?.groups?.verb.toLowerCase();
  if (!head || !SETTLES.has(head)) return text;
  // (only where the head is the one infinitive before "and", with no "that" opened since: in "to ask the County to
  // repair the wall and send the bill" or "to request that officers write and ask …" the second verb is the other's)
  return text.replace(BARE_SECOND, (m: string, and: string, at: number) => {
    const before = text.slice(0, at);
    const infinitives = before.match(/\b[Tt]o\s+(?!(?:the|a|an|its|their|this|all|any|be)\b)[a-z]{3,}\b/g) ?? [];
    return infinitives.length === 1 && !/\bthat\b/i.test(before.replace(/^\s*that\s+/i, '')) ? `${and}to ` : m;
  });
}
