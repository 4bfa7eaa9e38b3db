// A request made in the discussion and answered by whoever will see to it: "Cllr X asked that the
// fence be repaired. The Clerk advised that this was being dealt with." The answer makes the
// request an errand of the one who answered — their action, not the asker's, and not a noting.
import { classify } from './classify.js';
import type { OwnBody } from './bodies.js';
import type { Said } from './agreedParts.js';
import { readClause } from './grammar.js';
import { cleanOwner } from './owner.js';
import { agentLike } from './agents.js';
import { tokenize } from './words.js';
import { sharesMatter } from './sameMatter.js';
import type { ProposedItem } from './types.js';

/** A request in the active voice, by whoever asks ("Members asked that …", "Cllr Ward requested …"): not "X was asked to". */
const ACTIVE_REQUEST = /^(?<who>[^.;]{2,80}?)\s+(?:also\s+|further\s+)?(?:asked|requested)\s+(?:that|for|to)\b/i;
export const isRequest = (sentence: string) => {
  const asked = ACTIVE_REQUEST.exec(sentence.trim());
  return !!asked?.groups && !/\b(?:was|were|been|being|is|are)\s*$/i.test(asked.groups.who);
};

/** Someone taking a thing on: "the Clerk agreed to arrange a visit", "Ms Hale undertook to write" (closed: the verbs of undertaking). */
export const UNDERTAKES =
  /^[^.;]{2,80}?\s(?:agreed|undertook|offered|promised)\s+to\s+(?!consider\b|think\b|reflect\b)[a-z]/i;

/**
 * Someone taking a thing on in reported speech: "the Manager said she would send them", "the Clerk confirmed that he
 * would write", "X replied they would look into it" — a verb of saying, a pronoun that is the speaker, then "would" or
 * "will" and a verb of their own (not "would be", which reports what will happen, nor "would not"). The verbs of saying
 * are a closed few, as in `discussion.ts`.
 */
export const COMMITS_IN_SPEECH =
  /^[^.;]{2,80}?\s(?:said|confirmed|stated|indicated|explained|advised|added|replied|responded)\s+(?:that\s+)?(?:he|she|they)\s+(?:would|will)\s+(?!be\b|not\b|have\b)[a-z]/i;

/** Its object pointing back to what was asked: "would raise this with …", "will send them", "would look into it". */
export const SPOKEN_POINTS_BACK =
  /\b(?:would|will)\s+(?:[a-z]+\s+){1,2}?(?:this|that|these|those|it|them)\b(?!\s+(?:was|were|is|are|had|has)\b)/i;

/** An undertaking whose object points back: "agreed to provide this breakdown", "undertook to do so", "offered to send them". */
export const POINTS_BACK =
  /\b(?:agreed|undertook|offered|promised)\s+to\s+(?:do\s+so\b|[a-z]+\s+(?:this|that|these|those|it|them|one)\b)/i;

/** What a request asks for: "… and asked that the bins be emptied", "requested that officers look into …". */
const REQUEST =
  /\b(?:asked|requested)\s+(?:that\s+)?(?<what>(?:the|a|an|this|these|officers|[A-Z])[^.;]{8,}?)\s*[.;]?\s*$/;

/**
 * An answer that takes the matter on: the matter, or "this" or "it", is being dealt with, is in hand, or will be
 * done ("… advised the matter was in the process of being dealt with", "… confirmed that this would be actioned").
 */
const TAKEN_ON =
  /^(?<who>[A-Z][^.;]{1,80}?)\s+(?:advised|said|confirmed|reported|stated|replied|explained|assured\s+\w+)\s+(?:that\s+)?(?:the\s+matter|this|it|the\s+issue|the\s+request)\s+(?:was|were|is|would\s+be|will\s+be)\s+(?:(?:already|now|currently)\s+)?(?:(?:in\s+the\s+process\s+of\s+)?being\s+(?:dealt\s+with|addressed|looked\s+into|progressed|actioned|arranged)|in\s+hand|dealt\s+with|addressed|looked\s+into|progressed|actioned|arranged)\b/i;

/** A bare assent that takes the request on: "…; the CFO agreed.", "The Clerk agreed to do so." */
const ASSENT =
  /^(?<who>(?:the\s+)?[A-Z][^.;,]{1,60}?)\s+(?:agreed|undertook\s+to\s+do\s+so|agreed\s+to\s+do\s+so|said\s+(?:he|she|they)\s+would\s+do\s+so)\s*\.?$/;

/** The errand a request becomes when the next sentence's speaker takes it on, or null. */
export function answeredRequest(sentence: string, previous: string | null, own: OwnBody): Said | null {
  // (the request and its assent in one sentence: "Cllr X asked that the figures be shared with members; the CFO agreed.")
  const joined = /^(?<request>.+?);\s+(?<assent>[^;]+)$/.exec(sentence.trim())?.groups;
  if (joined && ASSENT.test(joined.assent)) return answeredRequest(joined.assent, joined.request, own);
  const answer = TAKEN_ON.exec(sentence.trim()) ?? ASSENT.exec(sentence.trim());
  const asked = previous ? REQUEST.exec(previous.trim()) : null;
  if (!answer?.groups || !asked?.groups) return null;
  const who = cleanOwner(answer.groups.who);
  if (!agentLike(tokenize(who)) || own.is(who)) return null;
  const what = asked.groups.what.charAt(0).toUpperCase() + asked.groups.what.slice(1);
  const decision = classify(what, own);
  // (only a request that things be done: a question asked is not answered by taking it on)
  if (readClause(what).verb === null) return null;
  // (what is to be shared with the members is information to them)
  const category = decision.category === 'information' ? 'information' : 'action';
  return { text: what, decision: { ...decision, category }, agent: who, confidence: 0.5 };
}

/**
 * Answers owed to the members: "the responses to members' questions were being prepared", "replies to the questions
 * raised would be circulated" — information to come back to the body, whoever sends it.
 */
const ANSWERS_TO_COME =
  /\b(?<what>(?:the\s+|written\s+|full\s+)*(?:responses?|answers?|repl(?:y|ies))\s+to\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}questions?\b[^;]{0,120}?)\s+(?:was|were|is|are|would\s+be|will\s+be)\s+(?:(?:now|currently|still)\s+)?(?:being\s+)?(?:prepared|provided|sent|circulated|given|drafted|forwarded|shared|e-?mailed)\b/i;

export function answersToCome(sentence: string, own: OwnBody): Said | null {
  const owed = ANSWERS_TO_COME.exec(sentence)?.groups?.what;
  if (!owed) return null;
  const text = `${owed.charAt(0).toUpperCase()}${owed.slice(1)} to be provided to members`;
  return {
    text,
    decision: { ...classify(text, own), category: 'information', asked: null },
    agent: null,
    confidence: 0.5,
  };
}

/** An appeal to everyone ("would appeal to all groups to …", "urged residents to …"): exhortation, nobody's errand. */
export function exhortation(text: string): boolean {
  return /\b(?:appeal(?:s|ed)?|urge[sd]?|encourage[sd]?|call(?:s|ed)?)\s+(?:to\s+|on\s+|upon\s+)?(?:all\b|every(?:one|body)?\b|any(?:one|body)\b|the\s+(?:public|community)\b|members\s+of\s+the\s+public\b|residents\b)/i.test(
    text,
  );
}

/** "… agreed to make the request", "undertook to pass the request on": the request itself, named as what is taken on. */
const THE_REQUEST = /\b(?:make|pass|put|send|forward|raise)\s+(?:the|this|that)\s+request\b/i;

/**
 * The undertaking that answers a request made in the sentence before it, when the request names no one to act:
 * "Members asked that the trade be given guidance on the test. The Licensing Manager agreed to produce a guidance
 * note." — who takes it on, on the same matter, in the next sentence ("X agreed/undertook/offered to …", "X to …").
 * The request and its answer are one errand, the one who took it on; another matter taken on is another item.
 */
export function answeredNext(request: ProposedItem, said: ProposedItem[], text: string): ProposedItem | undefined {
  if (request.owner || !isRequest(request.text)) return undefined;
  const asked = request.text.replace(/[.;\s]+$/, '');
  const at = text.indexOf(asked);
  if (at < 0) return undefined;
  const next = /^[.;]?\s*(?<sentence>[^.;]+)/.exec(text.slice(at + asked.length))?.groups?.sentence.trim();
  if (!next) return undefined;
  return said.find((s) => {
    if (!s.owner || !next.startsWith(s.owner)) return false;
    const after = next.slice(s.owner.length);
    // (or says it will do what was asked, pointing back to it: "The Chair said she would raise this with …" — a
    // commitment told in reported speech; one on the same matter that does not point back may be another errand)
    if (COMMITS_IN_SPEECH.test(next) && SPOKEN_POINTS_BACK.test(next)) return true;
    const undertakes = UNDERTAKES.test(next) || /^\s+to\s+[a-z]/.test(after);
    return undertakes && (THE_REQUEST.test(next) || sharesMatter(asked.replace(ACTIVE_REQUEST, ''), s.text));
  });
}
