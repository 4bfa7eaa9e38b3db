// Step 9, discussion: things agreed in the text around the resolutions — "It was agreed that
// …", "Members requested that officers …", "X undertook to …", "X to …", "X will …" said of
// someone at the meeting, "would be circulated to members", "would come to committee on …",
// a suggestion that "This was agreed." confirms — each proposed with low confidence and
// marked as from the discussion. Reported presentations, suggestions, hopes, conditions and
// what others will do in their own services are not the body's decisions.
import { inCapitals } from './capitalsLine.js';
import { namesBody } from './bodies.js';
import { classify, instruction } from './classify.js';
import { splitDecisions } from './coordination.js';
import { agentLike } from './agents.js';
import { readClause } from './grammar.js';
import { inFormalWording } from './notesWording.js';
import { lemmaIn, tokenize } from './words.js';
import {
  WHOLE_MEMBERSHIP,
  CONTINUING_VERBS,
  RECORDING_VERBS,
  FREQUENCY,
  PREPOSITIONS,
  DETERMINERS,
  COMMITMENT_NOUNS,
  PROPOSING,
  PROMISE_WITHHELD,
  SPEECH_VERBS,
  alternatives,
} from './lexicon.js';
import { agreedParts, type Context, type Said } from './agreedParts.js';
import { officer, putBack, reportedArrangements } from './reportedArrangements.js';
import { putBackReading } from './carriedForward.js';
import { recordsAVote } from './votes.js';
import { settledAtThisSitting } from './untracked.js';
import { othersDecide } from './othersDecide.js';
import { othersTimetable } from './othersTimetable.js';
import { welcomesOnly } from './welcomes.js';
import { withoutDebateLead } from './commitmentSubject.js';
import { askedAfterAnd } from './andAsked.js';
import { forwardRequest } from './forwardRequests.js';
import { laterFragment } from './laterFragment.js';
import { putOffIdea } from './lookedAtAgain.js';
import { laterInvitation } from './laterInvitation.js';
import { assentedProposal } from './assentedProposal.js';
import { undertakings } from './undertakings.js';

// ("it was requested that …": the impersonal passive of a request is the meeting asking, as "it was agreed" is the meeting agreeing)
// (a fronted phrase, with or without its comma: "Following debate, it was agreed …", "At the request of Cllr X it was agreed …")
// (and a short phrase of how or by whom between the verb and its "that": "it was agreed during discussion that the
// Warden would …", "it was agreed, after debate, that …", "it was agreed by members that …" — a preposition of the closed
// few and at most three words; without it the phrase was read as the subject, so no one owned the errand)
const AGREED_THAT =
  /^(?:(?:following|after|in|at|on|upon)\s+[^,]{2,80}?,?\s+(?=it\s+was\b))?(?:it\s+was\s+(?:also\s+|further\s+|then\s+|unanimously\s+|therefore\s+|subsequently\s+)?(?:agreed|resolved|decided|requested)(?:,?\s+(?:during|in|at|after|following|upon|on|by)(?:\s+[A-Za-z'’]+){1,3}?,?(?=\s+that\b))?|agreed\s*[:–—-]?)\s*(?:that\s+|(?=to\s+[a-z]))?/i;
const PROPOSAL_CONFIRMED =
  /^(?:this|which|these|the\s+(?:suggestion|proposal|request|amendment))\s+(?:was|were)\s+(?:agreed|approved|supported|accepted|endorsed)\b|^(?:all\s+)?(?:members|councillors|governors|the\s+(?:committee|panel|board))(?:\s+present)?\s+(?:agreed|approved|supported)\s+(?:to\s+|with\s+)?(?:this|the)\s+(?:amendment|proposal|suggestion|change|request)\b/i;
/**
 * "Members requested that officers …", "The Board also requested that …", "Governors asked that …"; a connective adverb
 * may stand between the subject and its verb ("The Panel nevertheless asked that …", "Members then requested that …").
 */
const REQUESTED_THAT =
  /^(?<who>(?:the\s+)?[A-Z][\w&'’ -]{1,60}?|members|governors|councillors)\s+(?:also\s+|further\s+|(?:nevertheless|nonetheless|however|therefore|then|additionally|subsequently|again)\s+)?(?:requested|asked|instructed|directed)\s+(?:that\s+|for\s+)(?<what>.+)$/i;
/** "Agreed.", "This was agreed.": the meeting's assent, with nothing after it. */
const BARE_ASSENT = /^(?:agreed|(?:this|that)\s+was\s+agreed)\s*[.!]?$/i;
/** "… and asked that arrangements be made …": a request of the Chair, who speaks for the body, later in the sentence. */
const CHAIR_ASKED =
  /\b(?:the\s+)?(?:chair(?:man|person|woman)?|vice[- ]chair(?:man)?)\b[^.]*?\b(?:asked|requested)\s+that\s+(?<what>.+)$/i;

/**
 * "The Chair said the Clerk would write to the owner", "The Mayor said the matter was in hand and that the Town Clerk
 * would chase it": a verb of reporting speech (closed), then — after what else was said, with "and that" — someone
 * named with "would" or "will" and a verb. (Round 33: after thanking the one who spoke, "The Chairman thanked her and said
 * that the Clerk would ask …" — the thanks is a first verb of the same speaker, not part of who speaks.)
 */
const CHAIR_TOLD =
  /^(?<who>(?:the\s+)?[A-Z][\w'’ -]{1,40}?)(?:\s+(?:thanked|welcomed)\s+(?:him|her|them|the\s+(?:speaker|resident|member|questioner))\s+and)?\s+(?:said|confirmed|advised|stated|explained|replied|responded)\s+(?:that\s+)?(?:[^;]*?,?\s+and\s+that\s+)?(?<what>(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,4}?[A-Z][\w'’-]*\s+(?:would|will)\s+(?!be\b|not\b|have\b)[a-z]+\b.*)$/;

/** What one sentence of the discussion agrees, if anything. */
export function readSentence(sentence: string, context: Context, listed: boolean, previous: string | null): Said[] {
  // ("… and Cabinet would take a decision in February": another decision-maker's own business, no errand — othersDecide.ts)
  // ("Cllr Ray said he would welcome that": a view, no errand — welcomes.ts)
  // ("the final schedule would go to the Executive on 8 December": another body's timetable, told — othersTimetable.ts)
  // ("Members raised the footbridge, and asked the Engineer to obtain a quotation": a request in the sentence's second
  // half, read where the whole sentence gave nothing — andAsked.ts)
  // ("… was not agreed; to be looked at again with next year's budget": an idea put off after a refusal, no one's errand
  // — lookedAtAgain.ts)
  const parts = readParts(sentence, context, listed, previous);
  const asked = parts.length ? null : askedAfterAnd(withoutFronted(sentence));
  const read =
    asked && isBodyOrMembers(asked.asker, context) ? readParts(asked.request, context, listed, previous) : parts;
  return read.filter(
    (said) =>
      !othersDecide(said.text, context.own) &&
      !othersTimetable(said.text, context.own) &&
      !welcomesOnly(said.text) &&
      !putOffIdea(said.text, sentence, previous),
  );
}

function readParts(sentence: string, context: Context, listed: boolean, previous: string | null): Said[] {
  // "Having taken advice, the Sub-Committee agreed …", "In answer to questions, the agent agreed …": a fronted adjunct
  // (a phrase opened by a preposition or a participle, closed by a comma) stands outside the clause
  // (informal notes' wording read as the formal: "we agreed", "ask X if she can come", "– maybe a survey?")
  const text = inFormalWording(
    // ("During the discussion she agreed …": the same phrase with no comma, before a pronoun — commitmentSubject.ts)
    withoutDebateLead(withoutFronted(sentence)),
  );
  // (hopes and wishes are weighed clause by clause: "the report would need to be added …, and the Chairman may wish to …")
  // ("the next quarterly report" is one paper, not a standing arrangement)
  // ("… undertook to include a breakdown in the next": a copy cut off mid-clause, on a determiner or a preposition,
  // has lost what was promised)
  // (or on an ordinal that waits for its noun: "in the next")
  const cut = /\s(?<before>[a-z]+)\s+(?<word>[a-z]+)$/.exec(text)?.groups;
  if (
    cut &&
    (DETERMINERS.has(cut.word) ||
      PREPOSITIONS.has(cut.word) ||
      (DETERMINERS.has(cut.before) && /^(?:next|following|last|first|same)$/.test(cut.word)))
  )
    return [];
  if (
    !text ||
    inCapitals(text) ||
    /\?$/.test(text) ||
    FREQUENCY.test(text.replace(/\bnext\s+(?:quarterly|annual|monthly|weekly)\b/gi, 'next')) ||
    /^(?:if|whether|unless)\b/i.test(text) ||
    recordsAVote(text) ||
    // ("Cllr Ames would raise it with colleagues but could not promise funding": a promise withheld is no errand)
    PROMISE_WITHHELD.test(text) ||
    // ("the Board would consider it under item 8", "would take no part in item 6": settled within this meeting)
    settledAtThisSitting(text)
  )
    return [];
  const out: Said[] = [];
  // "Cllr Doyle said he would walk the path", "the Director gave an assurance that she would …": the speaker undertakes it
  const own = SPEAKER_COMMITS.exec(text);
  if (own?.groups) return readSentence(`${own.groups.who} ${text.slice(own[0].length)}`, context, listed, previous);
  const take = (what: string, agent: string | null, confidence: number) =>
    out.push(...agreedParts(what, agent, confidence, context.own));
  // ("X is to be asked to attend the next meeting", "The Chair invited X to attend the March meeting": an invitation to a
  // later sitting told otherwise than "X be invited to attend …", and read as that — laterInvitation.ts)
  const invited = laterInvitation(text);
  if (invited) {
    take(invited, null, 0.55);
    return out;
  }
  // "A member proposed that a site visit be held in the spring, and this was agreed." (or "…; this was
  // agreed", "…, which was agreed": the agreement may follow a semicolon or a relative as well as "and")
  const agreedHere =
    /^(?<who>.{2,80}?)\s+(?:suggested|proposed|asked|requested)\s+(?:that\s+)?(?<what>.+?)(?:,?\s+and\s+this|;\s+(?:and\s+)?this|,\s+which)\s+was\s+(?:agreed|approved|supported|accepted)\b/i.exec(
      text,
    );
  if (agreedHere?.groups) {
    take(agreedHere.groups.what, null, 0.6);
    return out;
  }
  // ("JK asked that winter uptake be a standing item. Agreed.": one member's request for a place at a later sitting of
  // this body, and the meeting's assent after it — forwardRequests.ts)
  if (BARE_ASSENT.test(text) && previous) {
    const asked = REQUESTED_THAT.exec(previous.replace(/^[-•]\s*/, '').trim());
    const forward =
      asked?.groups &&
      forwardRequest(
        asked.groups.who,
        `${/\bthat\s+$/i.test(asked[0].slice(0, -asked.groups.what.length)) ? 'that ' : ''}${asked.groups.what}`,
        context.own,
        context.people,
      );
    if (forward) return [{ ...forward, agent: null, confidence: 0.5 }];
    // ("The Chair proposed adding X to the January agenda. Agreed.": the bare assent takes the proposal, as "This was
    // agreed." does below — assentedProposal.ts)
    const proposal = assentedProposal(previous.replace(/^[-•]\s*/, '').trim(), context.own);
    if (proposal) {
      take(proposal, null, 0.55);
      return out;
    }
  }
  // "This was agreed." — the suggestion before it is the decision.
  if (PROPOSAL_CONFIRMED.test(text) && previous) {
    const proposal = /\b(?:suggested|proposed|asked|requested|recommended)\s+(?:that\s+)?(?<what>.+)$/i.exec(previous)
      ?.groups?.what;
    if (proposal) take(proposal, null, 0.6);
    return out;
  }
  // "The work programme was agreed, subject to the transport report being moved to March": the condition is work still to do
  if (
    /^.{3,160}?\s(?:was|were)\s+(?:agreed|approved|endorsed|accepted|adopted)\s*,?\s+subject\s+to\s+.+\sbeing\s/i.test(
      text,
    )
  ) {
    take(text, null, 0.6);
    return out;
  }
  // (a word of suggesting ends the wording readers; a clause of its own that undertakes still counts — undertakings.ts
  // checks the pattern only on that clause's head and the verb governing its "that")
  if (PROPOSING.test(text) && !AGREED_THAT.test(text)) return undertakings(text, context, listed, PROPOSING);
  const agreed = AGREED_THAT.exec(text);
  if (agreed && agreed[0].length > 0) {
    // ("Agreed as an accurate record, with one correction: …", "Agreed, except that MK should be shown as present": the
    // minutes approved, and the correction is the record mended — no item)
    if (RECORD_APPROVED.test(text.slice(agreed[0].length))) return [];
    take(text.slice(agreed[0].length).replace(/^that\s+/i, ''), null, 0.6);
    return out;
  }
  // (what is asked "that …" is read with its "that", as the subjunctive it is: "asked that the next report include …")
  const requested = REQUESTED_THAT.exec(text);
  if (requested?.groups && isBodyOrMembers(requested.groups.who, context)) {
    const that = /\bthat\s+$/i.test(
      text.slice(0, requested.index + requested[0].length - requested.groups.what.length),
    );
    take(`${that ? 'that ' : ''}${requested.groups.what.replace(/^for\s+/i, '')}`, null, 0.6);
    return out;
  }
  const chair = CHAIR_ASKED.exec(text);
  if (chair?.groups) {
    take(`that ${chair.groups.what}`, null, 0.55);
    return out;
  }
  // "The Chair said that the Clerk would reply in writing": the one in the chair, speaking for the body, tells what its
  // officer will do — the meeting's errand, as the chair's request is
  const told = CHAIR_TOLD.exec(text)?.groups;
  if (told && isBodyOrMembers(told.who, context)) {
    const subject = readClause(told.what).subject;
    // (an officer or a member, not a body: "the Chair said the Licensing Committee would consider it in March" reports
    // another body's business)
    if (
      subject &&
      !context.own.is(subject) &&
      !namesBody(subject) &&
      !PRONOUN.test(subject) &&
      agentLike(tokenize(subject))
    ) {
      take(told.what, null, 0.55);
      return out;
    }
  }
  // ("Carried forward to January." under a matter's heading: the participle alone, as "Deferred to January." is —
  // carriedForward.ts)
  const reading = putBackReading(text, readClause(text));
  // "X undertook to …", "X agreed that …", "X offered to …", "X was asked to …", "X to …", "X will …"
  const verb = reading.verb?.toLowerCase() ?? '';
  const agent = reading.subject;
  if (agent && /^(?:undertook|agreed|offered|promised|volunteered|pledged|committed)$/.test(verb) && reading.inner) {
    // ("the rangers had offered to lead a walk", "Finance have already agreed to check it": an agreement made before
    // the meeting and reported to it — the pluperfect, or "already" — is no one's undertaking here)
    if (EARLIER_AGREEMENT.test(text)) return [];
    const inner = reading.inner;
    if (inner.verb && lemmaIn(inner.verb.toLowerCase(), CONTINUING_VERBS)) return [];
    // "X agreed that the communication should be improved" is an opinion; "agreed that a report would be brought" a commitment.
    if (
      /^that\b/i.test(reading.rest.trim()) &&
      !/^(?:will|would|shall)$/.test(inner.modal ?? '') &&
      !['infinitive', 'subjunctive'].includes(inner.form)
    )
      return [];
    // "the Area Development Lead agreed that an economic regeneration report would be brought to …"
    const rest = reading.rest.trim();
    const what = /^that\s+/i.test(rest) ? rest.replace(/^that\s+/i, '') : rest;
    // ("Cllr X undertook that the Highways service would write to every household": the one the undertaking names does
    // the work, not the one who gave it)
    const doer = /^that\s+/i.test(rest) && inner.subject && !inner.passive ? inner.subject : null;
    const acts =
      !!doer && !PRONOUN.test(doer.trim()) && (agentLike(tokenize(doer)) || officer(doer) || namesBody(doer));
    take(what, acts ? null : agent, 0.6);
    return out;
  }
  // "Members asked to see the plan": with no "were", the subject is the one asking; what they asked to see is sent to them
  if (
    agent &&
    /^(?:asked|requested)$/.test(verb) &&
    reading.inner &&
    !/\b(?:was|were|been|being|is|are)\s+(?:also\s+|further\s+|then\s+)?(?:asked|requested)\b/i.test(text)
  ) {
    if (!isBodyOrMembers(agent, context)) return [];
    for (const part of splitDecisions(reading.rest)) {
      if (
        /^(?:and\s+)?to\s+(?:see|receive|have(?:\s+sight\s+of)?|be\s+(?:sent|given|shown|provided\s+with))\b/i.test(
          part,
        )
      ) {
        const decision = classify(part, context.own);
        out.push({ text: part, decision: { ...decision, category: 'information' }, agent: null, confidence: 0.55 });
      } else take(part, null, 0.55);
    }
    return out;
  }
  // "X was asked to …": the passive names whom the meeting asked — someone present, an officer by title or another body
  if (
    agent &&
    reading.passive &&
    /^(?:asked|requested|instructed|tasked)$/.test(verb) &&
    reading.inner &&
    (context.people.knows(agent) ||
      (/\b(?:was|were)\s+(?:also\s+|further\s+)?[a-z]+\s+to\b/i.test(text) &&
        (agentLike(tokenize(agent)) || namesBody(agent))))
  ) {
    take(text, agent, 0.6);
    return out;
  }
  // "An amendment was requested to include alcohol in the schematic": a change asked for in the meeting, by no one in particular
  if (
    agent &&
    reading.passive &&
    reading.form === 'past' &&
    /^requested$/i.test(verb) &&
    !reading.negated &&
    !context.people.knows(agent) &&
    !listed
  ) {
    out.push({
      text,
      decision: { ...classify(text, context.own), category: 'action', asked: null },
      agent: null,
      confidence: 0.5,
    });
    return out;
  }
  // "Clerk to write to the landowner", "Public Health Lead to chase the payment": a name or a title, then "to" and the errand
  // "Members to declare any interests", "Councillors to note the report": the members as a whole told to record
  // something is an agenda's standing request, printed before anything was decided — not an errand.
  if (
    agent &&
    reading.form === 'infinitive' &&
    !reading.passive &&
    WHOLE_MEMBERSHIP.test(agent.trim()) &&
    reading.verb &&
    lemmaIn(reading.verb.toLowerCase(), RECORDING_VERBS)
  )
    return [];
  if (
    agent &&
    reading.form === 'infinitive' &&
    !reading.passive &&
    (context.people.knows(agent.replace(/^the\s+/i, '')) || agentLike(tokenize(agent)))
  ) {
    take(text, agent, 0.6);
    return out;
  }
  // (among points a presentation made, only someone at the meeting committing to an errand of their own: "The Chair would write …")
  if (
    agent &&
    reading.form === 'modal' &&
    !reading.passive &&
    /^(?:will|shall|would)$/.test(reading.modal ?? '') &&
    (context.people.knows(agent) || officer(agent)) &&
    (!listed || (context.people.knows(agent) && !namesBody(agent))) &&
    // ("Ms Rowe said officers would …": the subject is past the verb of speech — reported speech, read below)
    !agent.split(/\s+/).some((w, k) => k > 0 && SPEECH_VERBS.has(w.toLowerCase()))
  ) {
    take(text, agent, 0.55);
    return out;
  }
  const deferred = putBack(text, reading, context, listed);
  if (deferred) return deferred;
  // ("No decision; to be an agenda item in January.", "To come back to the next meeting.": the minute's matter sent on to a
  // later sitting in a fragment with no subject — laterFragment.ts)
  const later = laterFragment(text, context.own);
  if (later) return [{ ...later, confidence: 0.5 }];
  const reported = reportedArrangements(text, context, listed);
  // (where no wording reader found anything, a clause anywhere in the sentence whose subject is someone of this meeting and
  // whose verb group looks forward — undertakings.ts)
  return reported.length ? reported : undertakings(text, context, listed);
}

/** What "Agreed" says of the minutes it approves: as a record, with corrections, or except for a point put right. */
const RECORD_APPROVED =
  /^[\s,;:]*(?:as\s+(?:a|an|the)\s+(?:(?:true|accurate|correct|fair|full)\s+(?:and\s+\w+\s+)?)?record\b|(?:with|subject\s+to)\s+(?:(?:one|a|an|two|three|the\s+following|some)\s+)?(?:(?:minor|small)\s+)?(?:corrections?|amendments?)\b|except\s+that\b)/i;

/** An agreement reported as made before: "had offered to", "have already agreed to" (the auxiliaries are a closed class). */
const EARLIER_AGREEMENT =
  /\b(?:had\s+(?:already\s+)?|(?:has|have)\s+already\s+)(?:undertaken|agreed|offered|promised|volunteered|pledged|committed)\s+to\b/i;

/** The sentence without a bullet and without a phrase set before its subject. */
function withoutFronted(sentence: string): string {
  return sentence
    .replace(/^[-•]\s*/, '')
    .trim()
    .replace(FRONTED, '');
}

/** A phrase set before the subject: a preposition or a participle opening it, a comma closing it, a subject and its verb after. */
const FRONTED = new RegExp(
  String.raw`^(?:(?:${[...PREPOSITIONS].filter((p) => p.length > 2 || ['in', 'on', 'at', 'by'].includes(p)).join('|')})|[A-Z]?[a-z]+ing|Asked|Pressed|Questioned)\b[^,.;]{2,100},\s+(?=(?:the\s+)?[A-Z]|[a-z]+\s+(?:agreed|undertook|asked|requested)\b)`,
  'i',
);

/**
 * "X said (that) she would …", "X gave an assurance that he would …": the speaker, then the pronoun that is them. The
 * verbs are those of reporting speech (closed): "added", "replied" and "responded" report an answer or an afterthought
 * as "said" does ("The Leader added that he would raise it with the county").
 */
const SPEAKER_COMMITS = new RegExp(
  String.raw`^(?<who>(?:the\s+)?(?:[A-Z][\w.'’-]*\s+(?:(?:of|for|and)\s+)?){0,4}[A-Z][\w'’-]*)\s+(?:said|confirmed|stated|indicated|explained|advised|added|replied|responded|gave\s+(?:an?|her|his|their)\s+(?:${alternatives(COMMITMENT_NOUNS)}))\s+(?:that\s+)?(?:he|she|they)\s+(?=would|will)`,
);

const PRONOUN = /^(?:he|she|they|it|we|i)$/i;

/** The members as a whole: "Members", "All members", "Members of the Board". */
function isBodyOrMembers(who: string, context: Context): boolean {
  return (
    /^(?:members|governors|councillors|trustees|the\s+members|(?:the\s+)?(?:chair(?:man|person|woman)?|vice[- ]chair(?:man)?))$/i.test(
      who.trim(),
    ) ||
    context.own.is(who) ||
    !!context.people.chairs?.has(
      who
        .trim()
        .replace(/^the\s+/i, '')
        .toLowerCase(),
    ) ||
    new RegExp(
      String.raw`^(?:the\s+)?(?:${alternatives(['committee', 'panel', 'board', 'cabinet', 'commission', 'council', 'group', 'forum'])})$`,
      'i',
    ).test(who.trim()) ||
    /\b(?:Committee|Panel|Board|Cabinet|Commission|Council)$/.test(who.trim())
  );
}

export { instruction };
