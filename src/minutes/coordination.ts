// Step 4b: one clause that decides two things — "approves the draft for consultation and refers
// the final strategy to Council", "to note the performance and to recommend to Cabinet …",
// "the report be received; and that the Director be thanked", "APPROVED the strategy,
// subject to checks being carried out with …". Each part is read on its own; parts that read
// the same are joined again by the caller, so that "assess … and report back" stays one.
import { byAgent } from './agents.js';
import { readClause } from './grammar.js';
import { IRREGULAR_PARTICIPLES } from './words.js';
import { DETERMINERS, REQUEST_PARTICIPLES, SITTING_BODY_NOUNS, alternatives } from './lexicon.js';
import { doneAtSitting } from './untracked.js';
import { newActorPoints } from './newActor.js';
import { reportAlongside } from './reportAlongside.js';
import { secondChange } from './programmeChanges.js';
import { secondInstructionMarked } from './secondInstruction.js';
import { secondSubjunctive, semicolonSubjunctives } from './secondSubjunctive.js';

/** A sitting body in small letters opening a clause, before a verb in the past: "The committee endorsed …". */
const SITTING_BODY_SUBJECT = new RegExp(
  String.raw`^(?:the|this)\s+(?:${alternatives([...SITTING_BODY_NOUNS])})(?=\s+[a-z]{3,}ed\s)`,
  'i',
);

/** A passive participle after "being": "being moved", "being brought". */
const BEING = String.raw`\bbeing\s+(?:[a-z]+ed|${[...IRREGULAR_PARTICIPLES].join('|')})\b`;

/** What an errand brings back: closed, the nouns for the outcome of asking, looking or writing. */
const OUTCOME_OF_ERRAND = new RegExp(
  String.raw`\b(?:the|its|their|his|her|any)\s+(?:[\w'’-]+\s+){0,2}?(?:${alternatives(['response', 'responses', 'reply', 'replies', 'findings', 'results', 'result', 'outcome', 'outcomes', 'answer', 'answers'])})\b`,
  'i',
);

/** The answer an errand passes on (closed, as OUTCOME_OF_ERRAND): "the outcome", "the answer", "the result". */
const PASSED_ON = String.raw`(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:${alternatives(['outcome', 'outcomes', 'answer', 'answers', 'result', 'results', 'response', 'reply', 'findings'])})`;

/**
 * "… and to report back", "… and to report progress", "… and bring proposals back to the Panel in June": the
 * errand's own report on what it finds, one item with it. (The nouns are what an errand brings back: a closed few.)
 * So is passing the answer on with nothing else to pass: "offered to ask the surveyor whether the wall is sound and to
 * let the Secretary know", "… and to tell the Chair the outcome" — "let … know", "tell", "inform" with no matter of
 * their own say who hears what the first errand finds ("and to let residents know about the road closure" has a matter,
 * and is read on its own).
 */
const REPORTS_ON_ITSELF = new RegExp(
  String.raw`^,?\s+and\s+(?:to\s+)?(?:report\s+(?:back|progress|on\s+(?:its\s+|their\s+)?progress)|(?:bring|present|submit)\s+(?:back\s+)?(?:any\s+|its\s+|their\s+)?(?:${alternatives(['proposals', 'recommendations', 'findings', 'conclusions', 'options'])})\s+(?:back\s+)?to\b|(?:let\s+(?:[\w'’-]+\s+){1,3}?know|tell\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+|inform\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+)(?:\s+(?:of\s+)?${PASSED_ON})?\s*(?:$|[.;,)]))`,
);

/** "That the Cabinet be recommended to keep X": a body recommended to do something, with nothing split off since. */
const RECOMMENDED_TO_DO = /\b(?:be|is|are|was|were)\s+recommended\s+to\s+[a-z]+\s[^;]*$/;

/** What a body adds its business to: its work programme, forward plan, planner or agenda. */
const PROGRAMME = /\b(?:work\s*programme|forward\s+plan|work\s*plan|planner|agenda|programme|plan)\b/i;

/** A verb of noting and its "that", with no other clause begun since (the recording verbs that take a fact: closed). */
const NOTED_THAT = new RegExp(
  String.raw`\b(?:${alternatives(['noted', 'notes', 'note', 'acknowledged', 'acknowledges', 'acknowledge', 'recognised', 'recognises', 'recognized', 'observed', 'welcomed', 'welcomes'])})\s+that\b[^;]*$`,
  'i',
);

/**
 * "… but a warning is needed to mark the breach and to protect residents", "the grant would be enough to repair the
 * roof and to paint the hall": a second "to" infinitive repeats the one before it, and that one completes an adjective
 * or a participle after "be" — what the thing is for, no errand. (Not one who is asked, "the Clerk was asked to write
 * to the owner and to report back": a request's participle, a closed class, names whom the infinitives are given to.)
 */
function purposeBefore(before: string): boolean {
  const infinitives = [...before.matchAll(/\b(?<gov>[a-z]+)\s+to\s+[a-z]+\b/gi)];
  // (which infinitive the second repeats the grammar cannot always tell — "needed to mark the failure to notify and to
  // deter": the one after "be" and not a noun's — so any given by a request keeps the split)
  if (infinitives.some((m) => REQUEST_PARTICIPLES.has(m.groups!.gov.toLowerCase()))) return false;
  return infinitives.some((m) =>
    /\b(?:is|are|was|were|be|been|being)\s+(?:(?:not|also|only|still|more\s+than|quite|too)\s+)?$/i.test(
      before.slice(0, m.index),
    ),
  );
}

/** Where "and" starts a second predicate: "; and that", ", and to note", "and REQUESTED". */
function splitPoints(text: string): number[] {
  const points: number[] = [];
  const add = (re: RegExp) => {
    for (const m of text.matchAll(re)) points.push(m.index + m[0].length - (m.groups?.keep?.length ?? 0));
  };
  add(/;\s*(?:and\s+|or\s+)?(?<keep>(?:that|to)\s+\S)/gi);
  // "the work programme be agreed, with the addition of an item on fly-tipping at the January meeting"
  // (an addition to a programme or plan, or of a report or an item: not "approves the response, with the addition of the
  // figures given at the meeting", which changes the thing approved)
  for (const m of text.matchAll(/,?\s+(?:with|subject\s+to)\s+(?<keep>the\s+(?:addition|inclusion)\s+of\b)/gi)) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 60);
    if (
      PROGRAMME.test(text.slice(0, m.index)) ||
      /^:|^\s+(?:(?:a|an|the)\s+)?(?:[\w'’-]+\s+){0,2}?(?:item|report|review|update|presentation|session)s?\b/i.test(
        after,
      ) ||
      /^\W*agreed\W*$/i.test(text.slice(0, m.index))
    )
      points.push(m.index + m[0].length - m.groups!.keep.length);
  }
  add(/;\s+and\s+(?<keep>(?:the|any|a|an|all|officers|members)\s)/gi);
  // (not a second object of "recommend": "to recommend that Council writes to X, and that officers prepare a report" sends
  // both to the body recommended to)
  // ("agreed (a) to approve the draft, and (b) that the results be brought back": a part's letter stands before "that")
  // (nor a second object of a verb of noting: "noted that no decision could be taken, and that the Council would apply
  // last year's arrangements" notes both — what is noted to happen is not made to happen)
  for (const m of text.matchAll(/,?\s+and\s+(?:\((?:[a-h]|[ivx]{1,3}|\d)\)\s+)?(?<keep>that\s+)/gi))
    if (
      !/\brecommend\w*\s+(?:to\s+[^,;]{1,60}?\s+)?that\b[^;]*$/i.test(text.slice(0, m.index)) &&
      !NOTED_THAT.test(text.slice(0, m.index))
    )
      points.push(m.index + m[0].length - m.groups!.keep.length);
  // (not "… and to report back", "… and to bring proposals to the Board": the errand's own report on itself; not "… to
  // the Police and to the Licensing Authority": "to" before a determiner is a preposition, a second recipient; not "be
  // recommended to retain X and to commission Y": both infinitives are what the body is recommended to do; nor "… and
  // to report the company's response", "… and to send a note of the findings": the outcome of the errand, passed on by
  // whoever did it)
  for (const m of text.matchAll(/,?\s+and\s+(?<keep>to\s+(?<word>[a-z]+)\s)/g)) {
    if (DETERMINERS.has(m.groups!.word) || REPORTS_ON_ITSELF.test(text.slice(m.index))) continue;
    if (RECOMMENDED_TO_DO.test(text.slice(0, m.index))) continue;
    if (purposeBefore(text.slice(0, m.index))) continue;
    const phrase = text.slice(m.index + m[0].length).split(/[;]/)[0];
    // (but the outcome sent round to the members is a paper for them, read on its own and joined again by the caller)
    const toMembers = /\bto\s+(?:all\s+)?(?:the\s+)?(?:members|councillors)\b/i.test(phrase);
    if (!OUTCOME_OF_ERRAND.test(phrase) || toMembers) points.push(m.index + m[0].length - m.groups!.keep.length);
  }
  // "Members noted that a container had been placed in the yard and requested that the enforcement team investigate"
  add(
    /,?\s+and\s+(?<keep>(?:also\s+)?(?:requested|asked|agreed|resolved|instructed|recommended|decided)\s+(?:that|to)\s)/g,
  );
  // "… asked that the consultation include a question; the Director agreed to add one", "… asked for the figures, and
  // Ms X undertook to send them": an undertaking of someone named, after a semicolon or ", and"
  // (not "agreed to consider this": a promise to think about it is no work to track)
  add(
    /(?:;|,\s+and)\s+(?<keep>(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*){0,4}\s+(?:agreed|undertook|offered|promised)\s+to\s(?!consider\b|think\b|reflect\b))/g,
  );
  // "… deferred to the next meeting; the Clerk to arrange a site visit": an instruction of its own, its subject named before "to"
  // (a post may name its service with an article, "the Head of the Virtual School", "the Director of the Hospice")
  add(/;\s+(?<keep>(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+(?:the\s+)?|and\s+)?[A-Z][\w'’-]*){0,5}\s+to\s+[a-z]{3,}\s)/g);
  // "RECEIVED the report and REQUESTED that …": a second verb in capitals
  add(/\s+and\s+(?<keep>[A-Z]{4,}(?:ED|ES|S)\b)/g);
  // "that the arrangement be maintained for urgent matters and reviewed at the next meeting": a second participle with its own place
  if (/\bbe\s+[a-z]+(?:ed|n|t)\b/i.test(text))
    // (an irregular participle too, a closed class: "withdrawn and brought back to the April meeting")
    add(
      new RegExp(
        String.raw`\s+and\s+(?<keep>(?:re)?(?:[a-z]{3,}ed|${[...IRREGULAR_PARTICIPLES].join('|')})\s+(?:again\s+|back\s+|forward\s+)?(?:at|to|by|in|within|before)\s)`,
        'g',
      ),
    );
  // "the Deputy Town Clerk has chased the council again and will report back next month"
  // (not inside a subordinate clause that has its own modal: "… because the premises will operate as a restaurant and will close at 23:30")
  for (const m of text.matchAll(/\s+and\s+(?<keep>(?:will|would|shall)\s+(?:also\s+)?[a-z]+\s)/g)) {
    const before = text.slice(0, m.index);
    // (not the errand's report on itself told with the modal: "offered to look into X and will report back at the next
    // meeting" is one errand, as "… and to report back" is — where the words before give an errand, not a thing done)
    if (reportOnOwnErrand(before, text.slice(m.index))) continue;
    const sub = before.search(
      new RegExp(
        String.raw`\b(?:${alternatives(['because', 'since', 'as', 'although', 'though', 'whereas', 'that', 'which', 'who', 'if', 'when', 'where', 'so'])})\s+[^,;]*\b(?:will|would|shall)\b[^,;]*$`,
        'i',
      ),
    );
    if (sub < 0) points.push(m.index + m[0].length - m.groups!.keep.length);
  }
  // "… and the Clerk was asked to place the order"
  // (not inside a title that holds "and": "The Head of Parks and Open Spaces was asked to …" is one subject)
  for (const m of text.matchAll(
    /,?\s+and\s+(?<keep>(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,4}?(?:[A-Z][\w'’-]*|officers)\s+(?:was|were)\s+(?:asked|requested|instructed|tasked|authorised)\s+to\b)/g,
  )) {
    const title =
      /^(?:[Tt]hat\s+)?(?:[Tt]he\s+)?(?:[A-Z][\w'’-]*\s+)+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s*)+$/.test(
        text.slice(0, m.index).trim(),
      );
    if (!title || m[0].startsWith(',')) points.push(m.index + m[0].length - m.groups!.keep.length);
  }
  // "… be adopted and the Clerk to publish it": a new actor's "X to <verb>" after "and", as after ";" (newActor.ts)
  points.push(...newActorPoints(text));
  return [...new Set(points)].filter((p) => p > 3 && p < text.length - 3).sort((a, b) => a - b);
}

/** An errand given before "and": someone undertaking or asked "to" act, or acting with "will"/"would" (closed verbs). */
const ERRAND_BEFORE = new RegExp(
  String.raw`\b(?:${alternatives(['offered', 'agreed', 'undertook', 'promised', 'volunteered', 'asked', 'requested', 'tasked', 'instructed'])})\s+to\s+(?!(?:${[...DETERMINERS].join('|')})\b)[a-z]{2,}\b|\b(?:will|would|shall)\s+(?!be\b|have\b)[a-z]{2,}\b`,
  'i',
);

/** "and will report back", "and would report back at/to the next meeting", and the sentence ends. */
const REPORT_BACK_BARE =
  /^\s+and\s+(?:will|would|shall)\s+(?:also\s+)?report\s+back(?:\s+(?:at|to)\s+(?:the|its|their)\s+next\s+meeting)?\s*[.;]?\s*$/i;

/** Words that open on a noun phrase or a pronoun, not a verb (closed): "the Clerk has …", "it was …". */
const OPENS_ON_NOUN = new RegExp(
  String.raw`^(?:${[...DETERMINERS].join('|')}|${alternatives(['it', 'they', 'he', 'she', 'we', 'i', 'you', 'there', 'members', 'officers', 'councillors'])})\b`,
  'i',
);

/**
 * "… and will report back", "… and would report back at the next meeting" after an errand: the errand's own report
 * on what it finds (REPORTS_ON_ITSELF, with the modal in place of "to"). Not after a thing done
 * ("has chased the company again and will report back": the report is what is left to do).
 */
function reportOnOwnErrand(before: string, rest: string): boolean {
  // (only the bare report, at most "at the next meeting": a report to a body in a named month is that body's business
  // to come, read on its own as work programme — round 31's forward business)
  if (!REPORT_BACK_BARE.test(rest)) return false;
  const asInfinitive = rest.replace(/^\s+and\s+(?:will|would|shall)\s+(?:also\s+)?/, ' and ');
  // (the words of an undertaking read apart from "offered to" open on the errand's verb: "look into X and will …")
  const bareErrand = /^(?:to\s+)?[a-z]{2,}\s/.test(before) && !OPENS_ON_NOUN.test(before);
  return asInfinitive !== rest && REPORTS_ON_ITSELF.test(asInfinitive) && (bareErrand || ERRAND_BEFORE.test(before));
}

/** "approves X … and refers Y …": a second verb of the same form as the first, sharing its subject. */
function sameFormPoints(text: string): number[] {
  // (a clause that completes "RESOLVED that the Council:" opens with its verb: "objects to … and asks …")
  const subjectFirst = readClause(text);
  const first = subjectFirst.verb ? subjectFirst : readClause(text, true);
  const verb = first.verb;
  if (!verb || first.passive || !/(?:s|ed)$/.test(verb) || /^[A-Z]{3,}$/.test(verb)) return [];
  const suffix = verb.endsWith('ed') ? 'ed' : 's';
  const out: number[] = [];
  for (const m of text.matchAll(
    new RegExp(
      // (a pronoun object too: "endorsed the review and recommended it to the Board for approval")
      String.raw`,?\s+and\s+(?<word>[a-z]{3,}${suffix})\s+(?:(?:up|out|off|down|aside|back)\s+)?(?:${alternatives(['the', 'a', 'an', 'its', 'their', 'this', 'that', 'to', 'all', 'any', 'it', 'them'])})\b`,
      'g',
    ),
  )) {
    if (/^(?:report|reports|reported)$/.test(m.groups!.word)) continue;
    out.push(m.index + m[0].length - m[0].trimStart().replace(/^,?\s*and\s+/, '').length);
  }
  return out;
}

/** When business is moved to: a meeting, an agenda, a month, a season, a year, "next"/"future" (closed classes). */
const WHEN = new RegExp(
  String.raw`\b(?:${alternatives(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'meeting', 'meetings', 'agenda', 'session', 'next', 'future', 'later', 'spring', 'summer', 'autumn', 'winter', 'year', 'quarter'])})\b|\b(?:19|20)\d\d\b`,
  'i',
);

/** The minutes of a meeting approved, agreed, confirmed or signed (as a record): "That the minutes of the meeting held on … be approved as a correct record". */
const RECORD_APPROVED =
  /\bminutes\b[^;]{0,120}?\b(?:be|are|were|was|is)\s+(?:(?:duly|hereby)\s+)?(?:approved|agreed|confirmed|signed|accepted|adopted)\b|\b(?:approve|agree|confirm|sign|accept|adopt)[sd]?\s+(?:the\s+)?minutes\b/i;

/** "APPROVED the plan, subject to checks being carried out with the Parks Service, to settle …": the condition is work of its own. */
function condition(text: string): string[] | null {
  // "The programme was agreed, subject to the report on school transport being moved to the meeting on 19 March."
  const closing = new RegExp(
    String.raw`^(?<before>.{8,}?),?\s+subject\s+to\s+(?<what>[^;]{5,300}?${BEING}[^;]*)$`,
    'i',
  ).exec(text);
  // (but the minutes of a meeting approved "subject to Councillor Ross being added to those present", "subject to the date
  // in minute 4 being corrected": the condition mends the record, which is done when the minutes are signed — one
  // approval, nothing to split off)
  if (closing?.groups && RECORD_APPROVED.test(closing.groups.before)) return null;
  if (closing?.groups && !/,\s*(?:to\s+[a-z]+|that)\b/.test(closing.groups.what))
    return [closing.groups.before, closing.groups.what.replace(/\s+being\s+/, ' be ')];
  // "To agree the plan, with the treasury review moved from this meeting to the January meeting": a change made with it
  const alongside = new RegExp(
    String.raw`^(?<before>.{8,}?),\s+with\s+(?!the\s+(?:addition|inclusion)\s+of\b)(?<what>(?:the|a|an|its|their)\s+[^,;]{3,150}?)\s+(?:to\s+be\s+)?(?<done>[a-z]+ed|${[...IRREGULAR_PARTICIPLES].join('|')})\s+(?<rest>(?:from|to|until|back|forward|over|in|at|for)\b[^;]*)$`,
    'i',
  ).exec(text);
  // It moves business only when it says when: to a meeting, a month, a season or a year ("moved … to the March
  // meeting", "to be taken in January"). "with the cap set at 2%", "with the paragraph replaced by the wording tabled
  // at the meeting" say how the thing decided is made — one decision. (Nor is the thing moved itself a clause with a
  // participle and its agent: "the paragraph replaced by the wording" is what was tabled, not what moves.)
  // (someone invited, asked or requested to act in the phrase is a decision of its own, when or not: "with the water
  // company invited to attend for that item")
  if (
    alongside?.groups &&
    (WHEN.test(alongside.groups.rest) || /^(?:invited|asked|requested|instructed)$/i.test(alongside.groups.done)) &&
    !/\b[a-z]+(?:ed|en)\s+by\b/i.test(alongside.groups.what)
  )
    return [alongside.groups.before, `${alongside.groups.what} be ${alongside.groups.done} ${alongside.groups.rest}`];
  const m = new RegExp(
    String.raw`\bsubject\s+to\s+(?<what>[^;]{5,300}?${BEING}[^;]*?),\s*(?<rest>(?:to\s+[a-z]+|that)\b.*)$`,
    'i',
  ).exec(text);
  if (!m?.groups) return null;
  const before = text.slice(0, m.index).replace(/[-–:,\s]+$/, '');
  return [m.groups.what.replace(/\s+being\s+/, ' be '), `${before} ${m.groups.rest}`.trim()];
}

export function splitDecisions(raw: string): string[] {
  // "Members asked that the Chair write to the Minister, and this was agreed": the assent is not a decision of its own
  // (nor is the "; and" that joins a clause to the next in a list: "(a) …, with X invited to attend; and")
  const text = raw
    .replace(
      /,?\s+and\s+this\s+was\s+(?:unanimously\s+)?(?:agreed|approved|supported|accepted|endorsed)\s*\.?\s*$/i,
      '.',
    )
    .replace(/\s*;\s*(?:and|or)?\s*$/i, '');
  // "… be admitted and circulated before the hearing resumed": one ruling, carried out at the sitting (untracked.ts)
  if (doneAtSitting(text)) return [text];
  // "to approve the draft budget and refer it to the Finance Committee": the second "to" left out is read as printed
  // ", and to refer" would be; where that gives one clause, the clause stays as it was (secondInstruction.ts)
  const marked = secondInstructionMarked(text);
  if (marked !== text) {
    const parts = splitDecisions(marked);
    if (parts.length > 1) return parts;
  }
  const conditional = condition(text);
  if (conditional) return conditional.flatMap(splitDecisions);
  // "… be undertaken, with the outcome reported back to this Committee within 12 months": the report apart (reportAlongside.ts)
  const reported = reportAlongside(text);
  if (reported) return [...splitDecisions(reported[0]), reported[1]];
  const sameForm = sameFormPoints(text);
  const points = [...splitPoints(text), ...sameForm].sort((a, b) => a - b);
  const parts: string[] = [];
  let from = 0;
  for (const p of points) {
    const left = text
      .slice(from, p)
      .replace(/[;,]?\s*(?:and|or)?\s*$/i, '')
      .trim();
    if (left.split(/\s+/).length < 3) continue;
    // ("the complaint referred to and returned by the Ombudsman be noted": a part that ends on a preposition has lost
    // its object — two participles share it, inside one noun phrase)
    if (/\s(?:to|by|with|for|from|of|on|into|onto|at)\s+(?:and|or)\s*$/i.test(text.slice(from, p))) continue;
    parts.push(left);
    from = p;
  }
  parts.push(text.slice(from).trim());
  // a predicate split from its subject takes it along: "… and will report back" → "the Deputy Town Clerk will report back"
  // (not a participle after a passive: "the strategy be endorsed and recommended to Cabinet" is passive both times, below
  // — in capitals too, as clerks print the verb that sends it on: "be noted and RECOMMENDED to the Fire Authority")
  // ("the committee endorsed the plan and recommended it to the Board": a sitting body in small letters is the subject
  // its second verb takes along, though the first verb alone does not make it one — verbAnchors.ts `sittingBody`)
  const subject = readClause(parts[0]).subject ?? SITTING_BODY_SUBJECT.exec(parts[0])?.[0] ?? null;
  const passiveFirst = readClause(parts[0]).passive;
  for (let k = 1; k < parts.length; k++)
    if (
      subject &&
      !(passiveFirst && /^[a-z]{3,}ed\s/i.test(parts[k])) &&
      /^(?:will|would|shall|(?:also\s+)?(?:requested|asked|agreed|resolved|instructed|recommended|decided)\s+(?:that|to)\b)\s/i.test(
        parts[k],
      )
    )
      parts[k] = `${subject} ${parts[k]}`;
  // (so does a second verb in the past of the same form, with a pronoun for the first's object: "The Panel endorsed the
  // plan and recommended it to Cabinet" → "The Panel recommended it to Cabinet" — a record of what the body did)
  for (let k = 1; k < parts.length; k++)
    if (
      subject &&
      !passiveFirst &&
      sameForm.some((p) => text.slice(p).startsWith(parts[k])) &&
      /^[a-z]{3,}ed\s+(?:it|them)\b/.test(parts[k])
    )
      parts[k] = `${subject} ${parts[k]}`;
  // … and a participle its subject and the words before the first participle: "returns continue to be signed off … and
  // reported to the Board" → "returns continue to be reported to the Board"
  const first = readClause(parts[0]);
  const at =
    first.passive && first.verb
      ? parts[0].indexOf(first.verb, first.text.length - parts[0].length + (first.subject?.length ?? 0))
      : -1;
  const passive = at > 0 ? parts[0].slice(0, at).trim() : null;
  const agent = at > 0 ? byAgent(parts[0].slice(at).replace(/^\S+/, '')) : null;
  for (let k = 1; k < parts.length; k++)
    if (
      passive &&
      // (an irregular participle too: "be refreshed and brought back to the June meeting")
      new RegExp(String.raw`^(?:(?:re)?[a-z]{3,}ed|${[...IRREGULAR_PARTICIPLES].join('|')})\s`, 'i').test(parts[k]) &&
      readClause(parts[k]).subject === null
    )
      parts[k] = `${passive} ${withAgent(parts[k], agent)}`;
  // "the information be noted and information requested be provided": two subjunctives joined by "and";
  // "Members were advised to contact the ICB and an item on dentistry would be added …": a second subject and predicate.
  return (
    parts
      .flatMap(semicolonSubjunctives)
      .flatMap(twoSubjunctives)
      .flatMap(secondSubjunctive)
      .flatMap(secondSubject)
      // ("with the addition of X and the deferral of Y to March": two changes to the programme, programmeChanges.ts)
      .flatMap(secondChange)
      .filter((p) => p.length > 2)
  );
}

/**
 * "the return be signed off by the Head of Finance and reported to the Board": the second participle shares the first's
 * agent, as it shares its subject — the one who signs it off reports it, unless the second names its own ("… and
 * approved by Council").
 */
function withAgent(part: string, agent: string | null): string {
  if (!agent || /\bby\s+(?:the\s+)?[A-Z]/.test(part)) return part;
  const m = /^(?<participle>[a-z]+(?:\s+(?:off|up|out|back))?)\s+(?<rest>.*)$/s.exec(part);
  return m?.groups ? `${m.groups.participle} by ${agent} ${m.groups.rest}` : part;
}

/** "… and <a noun phrase> would/will/should be …": a clause with its own subject after "and". */
function secondSubject(part: string): string[] {
  const m =
    /^(?<left>.{12,}?)(?:,\s*|\s+)and\s+(?<right>(?:the\s+|a\s+|an\s+|any\s+|all\s+|these\s+|this\s+)?(?:[\w'’()-]+\s+){0,7}?(?:would|will|should|shall|must|is\s+to|are\s+to)\s+(?:be\s+|also\s+)?[a-z]+.*)$/i.exec(
      part,
    );
  if (!m?.groups) return [part];
  // ("to check whether the hall is insured and what the policy would pay": a question word after "and" opens a second
  // indirect question, the verb's second object — no subject of its own; the question words are a closed class)
  if (/^(?:what|whether|how|when|where|which|who|whom|whose|why|if)\b/i.test(m.groups.right)) return [part];
  // ("noted that the grant had been confirmed and that the Council would pay it in April": both facts noted)
  if (/^that\s/i.test(m.groups.right) && NOTED_THAT.test(m.groups.left)) return [part];
  const right = readClause(m.groups.right);
  // "… Overview and Scrutiny Committee will consider …": a name joined by "and", not two clauses
  const left = m.groups.left;
  const leftHasVerb =
    !!readClause(left).verb ||
    new RegExp(
      String.raw`\b[a-z]{3,}ed\b|\b(?:${alternatives(['would', 'will', 'should', 'be', 'is', 'are', 'was', 'were'])})\b`,
    ).test(left);
  if (
    /[A-Z][\w'’-]*$/.test(left) &&
    /^[A-Z]/.test(m.groups.right) &&
    !/^(?:The|A|An|This|These|Any|All)\b/.test(m.groups.right)
  )
    return [part];
  return right.subject &&
    right.verb &&
    leftHasVerb &&
    right.subject.split(/\s+/).length <= 8 &&
    left.split(/\s+/).length >= 3
    ? [left, m.groups.right]
    : [part];
}

/** "between" and the first of its two sides, a few words at most, closing the words before an "and". */
// (no verb after it: "the gap between the posts be filled and …" has closed its "between" before the "and")
const BETWEEN_OPEN = /\bbetween\s+(?:the\s+)?(?:(?!be\b)[\w'’-]+\s+){0,3}(?!be\b)[\w'’-]+$/i;

function twoSubjunctives(part: string): string[] {
  const m =
    /^(?<left>.+?\bbe\s+[a-z]+(?:ed|en)\b[^,;]*?)\s+and\s+(?<right>(?:the\s+|any\s+|all\s+)?(?:\w+\s+){0,5}?be\s+[a-z]+(?:ed|en)\b.*)$/i.exec(
      part,
    );
  if (!m?.groups) return gappedSubjunctive(part);
  // ("the boundary between Lower and Upper Hatherley be realigned": "between" takes both sides of the "and" — one noun
  // phrase, not a second subject)
  if (BETWEEN_OPEN.test(m.groups.left)) return [part];
  const right = readClause(m.groups.right);
  // "be noted and be thanked" has no subject of its own: one clause.
  return right.subject && right.form === 'subjunctive' ? [m.groups.left, m.groups.right] : [part];
}

/** "the call-in be upheld and the decision referred back to Cabinet": the second subject's "be" left out, as English may. */
function gappedSubjunctive(part: string): string[] {
  const m =
    /^(?<left>.+?\bbe\s+[a-z]+(?:ed|en|eld)\b[^,;]*?)\s+and\s+(?<subject>(?:the|a|an|any|all|its|their)\s+(?:[\w'’-]+\s+){0,5}?)(?<rest>[a-z]{3,}ed\s+(?:back\s+)?(?:to|at|for|by)\s.*)$/i.exec(
      part,
    );
  if (!m?.groups) return [part];
  const right = `${m.groups.subject}be ${m.groups.rest}`;
  const reading = readClause(right);
  return reading.subject && reading.form === 'subjunctive' ? [m.groups.left, right] : [part];
}
