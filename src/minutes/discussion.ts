// Step 9, discussion: things agreed in the text around the resolutions — "It was agreed that
// …", "Members requested that officers …", "X undertook to …", "X to …", "X will …" said of
// someone at the meeting, "would be circulated to members", "would come to committee on …",
// a suggestion that "This was agreed." confirms — each proposed with low confidence and
// marked as from the discussion. Reported presentations, suggestions, hopes, conditions and
// what others will do in their own services are not the body's decisions.
import { inCapitals } from './capitalsLine.js';
import { namesBody, type OwnBody } from './bodies.js';
import { classify, conditional, instruction, type Decision } from './classify.js';
import { splitDecisions } from './coordination.js';
import { agentLike } from './agents.js';
import { asks, speechOf } from './answerer.js';
import { readClause } from './grammar.js';
import { tokenize } from './words.js';
import {
  WHOLE_MEMBERSHIP,
  CONTINUING_VERBS,
  DEFERRING_VERBS,
  DEFERRING_WORDS,
  RECORDING_VERBS,
  FREQUENCY,
  HEDGING,
  PREPOSITIONS,
  DETERMINERS,
  COMMITMENT_NOUNS,
  PROPOSING,
  SPEECH_VERBS,
  FINISHED_WORDS,
  HONORIFIC_WORDS,
  alternatives,
} from './lexicon.js';
import type { People } from './people.js';
import { sentences } from './paragraphs.js';
import { lemmaIn } from './words.js';

export interface Said {
  /** The words that carry the agreement ("a report would be brought to committee …"). */
  text: string;
  decision: Decision;
  /** Who agreed, undertook or was asked, when the sentence names them outside the clause. */
  agent: string | null;
  /** How sure: 0.6 for an agreement or undertaking, 0.5 for a future arrangement that names this body. */
  confidence: number;
}

export interface Context {
  own: OwnBody;
  people: People;
  /** The minutes record decisions under keywords elsewhere: bare future passives are then others' plans, not the body's. */
  formal: boolean;
}

// ("it was requested that …": the impersonal passive of a request is the meeting asking, as "it was agreed" is the meeting agreeing)
// (a fronted phrase, with or without its comma: "Following debate, it was agreed …", "At the request of Cllr X it was agreed …")
const AGREED_THAT =
  /^(?:(?:following|after|in|at|on|upon)\s+[^,]{2,80}?,?\s+(?=it\s+was\b))?(?:it\s+was\s+(?:also\s+|further\s+|then\s+|unanimously\s+|therefore\s+|subsequently\s+)?(?:agreed|resolved|decided|requested)|agreed\s*[:–—-]?)\s*(?:that\s+|(?=to\s+[a-z]))?/i;
const PROPOSAL_CONFIRMED =
  /^(?:this|which|these|the\s+(?:suggestion|proposal|request|amendment))\s+(?:was|were)\s+(?:agreed|approved|supported|accepted|endorsed)\b|^(?:all\s+)?(?:members|councillors|governors|the\s+(?:committee|panel|board))(?:\s+present)?\s+(?:agreed|approved|supported)\s+(?:to\s+|with\s+)?(?:this|the)\s+(?:amendment|proposal|suggestion|change|request)\b/i;
/** "Members requested that officers …", "The Board also requested that …", "Governors asked that …" */
const REQUESTED_THAT =
  /^(?<who>(?:the\s+)?[A-Z][\w&'’ -]{1,60}?|members|governors|councillors)\s+(?:also\s+|further\s+)?(?:requested|asked|instructed|directed)\s+(?:that\s+|for\s+)(?<what>.+)$/i;
/** "… and asked that arrangements be made …": a request of the Chair, who speaks for the body, later in the sentence. */
const CHAIR_ASKED =
  /\b(?:the\s+)?(?:chair(?:man|person|woman)?|vice[- ]chair(?:man)?)\b[^.]*?\b(?:asked|requested)\s+that\s+(?<what>.+)$/i;
/** Where reported speech begins: "X advised that …", "the officer explained that …". */
const REPORTED = new RegExp(
  String.raw`^(?<who>.{2,120}?)\s+(?:${alternatives(['advised', 'said', 'stated', 'explained', 'reported', 'confirmed', 'indicated'])}|informed\s+\w+|told\s+\w+|assured\s+\w+|added|clarified|noted|(?:was|were)\s+(?:informed|told|advised|assured))\s+(?:that\s+|(?=(?:the|a|an|this|these|it|there|officers|staff)\s))(?<what>.+)$`,
  'i',
);

function worthy(decision: Decision): boolean {
  return decision.category !== 'noted';
}

/** What one sentence of the discussion agrees, if anything. */
export function readSentence(sentence: string, context: Context, listed: boolean, previous: string | null): Said[] {
  // "Having taken advice, the Sub-Committee agreed …", "In answer to questions, the agent agreed …": a fronted adjunct
  // (a phrase opened by a preposition or a participle, closed by a comma) stands outside the clause
  const text = sentence
    .replace(/^[-•]\s*/, '')
    .trim()
    .replace(FRONTED, '');
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
    /^(?:if|whether|unless)\b/i.test(text)
  )
    return [];
  const out: Said[] = [];
  // "Cllr Doyle said he would walk the path", "the Director gave an assurance that she would …": the speaker undertakes it
  const own = SPEAKER_COMMITS.exec(text);
  if (own?.groups) return readSentence(`${own.groups.who} ${text.slice(own[0].length)}`, context, listed, previous);
  const take = (what: string, agent: string | null, confidence: number) => {
    for (const part of splitDecisions(what)) {
      if (HEDGING.test(part) || conditional(part)) continue;
      let decision = classify(part, context.own);
      if (!worthy(decision)) continue;
      // someone who undertakes to send a paper to another body runs an errand; a recommendation is a body's to make
      if (
        decision.category === 'recommendation' &&
        agent &&
        !namesBody(agent) &&
        !/\bfor\s+(?:its\s+|their\s+)?(?:approval|decision|adoption|consideration|determination)\b/i.test(part)
      )
        decision = { ...decision, category: 'action' };
      // a recording verb by this body ("agreed to note …") is not an action
      out.push({ text: part, decision, agent, confidence });
    }
  };
  // "The Chair suggested that a session should be arranged in the new year, and this was agreed."
  const agreedHere =
    /^(?<who>.{2,80}?)\s+(?:suggested|proposed|asked|requested)\s+(?:that\s+)?(?<what>.+?),?\s+and\s+this\s+was\s+(?:agreed|approved|supported|accepted)\b/i.exec(
      text,
    );
  if (agreedHere?.groups) {
    take(agreedHere.groups.what, null, 0.6);
    return out;
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
  if (PROPOSING.test(text) && !AGREED_THAT.test(text)) return [];
  const agreed = AGREED_THAT.exec(text);
  if (agreed && agreed[0].length > 0) {
    take(text.slice(agreed[0].length).replace(/^that\s+/i, ''), null, 0.6);
    return out;
  }
  const requested = REQUESTED_THAT.exec(text);
  if (requested?.groups && isBodyOrMembers(requested.groups.who, context)) {
    take(requested.groups.what.replace(/^for\s+/i, ''), null, 0.6);
    return out;
  }
  const chair = CHAIR_ASKED.exec(text);
  if (chair?.groups) {
    take(chair.groups.what, null, 0.55);
    return out;
  }
  const reading = readClause(text);
  // "X undertook to …", "X agreed that …", "X offered to …", "X was asked to …", "X to …", "X will …"
  const verb = reading.verb?.toLowerCase() ?? '';
  const agent = reading.subject;
  if (agent && /^(?:undertook|agreed|offered|promised|volunteered|pledged|committed)$/.test(verb) && reading.inner) {
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
    take(what, agent, 0.6);
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
  // (someone at the meeting, or an officer by title — not a body's plans: "The Trust would publish its plan")
  const officer = (np: string) => agentLike(tokenize(np)) && !namesBody(np) && /^(?:the\s+)?[A-Z]/.test(np);
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
  // "The complaints policy was deferred to the next meeting": a decision recorded in the past tense; "… is to be
  // deferred to the next meeting": the same decision as an arrangement ("be to"). The head noun, not the last word,
  // tells a matter ("the approval of the minutes of the last meeting") from the sitting itself ("the meeting was adjourned").
  const arranged =
    reading.copula && /^(?:is|are)$/i.test(reading.verb ?? '')
      ? /^to\s+be\s+(?<verb>[a-z]+ed)\b/i.exec(reading.rest)?.groups?.verb
      : undefined;
  const deferredVerb =
    arranged ?? (reading.passive && (reading.form === 'past' || reading.form === 'participle') ? reading.verb : null);
  if (
    deferredVerb &&
    lemmaIn(deferredVerb.toLowerCase(), DEFERRING_VERBS) &&
    !listed &&
    !/\b(?:meeting|session|sitting)$/i.test((reading.subject ?? '').replace(/\s+of\s+.*$/i, ''))
  ) {
    // (a verb that only puts back — not "held", "delayed" — says what was decided, whatever a matter about minutes
    // or a "be to" reads as on its own)
    const decision = classify(text, context.own);
    if (
      decision.category !== 'deferral' &&
      DEFERRING_WORDS.test(text) &&
      !HEDGING.test(text) &&
      !conditional(text) &&
      !decision.clause.negated
    )
      out.push({ text, decision: { ...decision, category: 'deferral' }, agent: null, confidence: 0.55 });
    else take(text, null, 0.55);
    return out;
  }
  // Reported speech: "the officer advised that a report would come to committee on 14 November".
  const reported = REPORTED.exec(text);
  const speaker = reported?.groups?.who ?? null;
  // ("Members were informed that the report would be emailed to them": "them" are the members told)
  const membersTold =
    /^(?:the\s+|all\s+)?(?:members|councillors|governors)\s+(?:was|were)\s+(?:informed|told|advised|assured)\b/i.test(
      text,
    );
  const said = (reported?.groups?.what ?? text).replace(
    /\b(to|with)\s+them\b/i,
    membersTold ? '$1 Members' : '$1 them',
  );

  // "X confirmed that a written response would be sent": the speaker vouches for it, as an undertaking.
  const vouched = !!reported && /\bconfirmed\s+that\b/i.test(text) && !listed;
  for (const found of splitDecisions(said)) {
    // ("A copy of the list is to be circulated": an arrangement in "be to" is the passive to come)
    const part = found.replace(/^(.{2,160}?)\s+(?:is|are)\s+(?=to\s+be\s+[a-z]+(?:ed|en|t)\b)/i, '$1 ');
    const clause = readClause(part);
    const future =
      (clause.form === 'modal' && /^(?:will|would|shall|should)$/.test(clause.modal ?? '')) ||
      (clause.form === 'infinitive' && clause.passive);
    if (!future || clause.negated || ANAPHORIC.test(clause.subject ?? '') || conditional(part)) continue;
    const decision = classify(part, context.own);
    // this body's business: a report to its meeting, something for its members, an invitation to it
    const ownSubject = !!clause.subject && context.own.is(clause.subject);
    const impersonal = decision.category === 'work-programme' && clause.form === 'infinitive' && !clause.subject;
    const toBody =
      ['work-programme', 'information', 'invitation', 'deferral'].includes(decision.category) &&
      (decision.places.some(
        (p) => p.kind === 'own-meeting' || p.kind === 'own-body' || p.kind === 'own-agenda' || p.kind === 'members',
      ) ||
        decision.category === 'deferral' ||
        ownSubject ||
        impersonal);
    // In minutes that record decisions only in the text (a parish's), "will be done" is the body's own action;
    // "would be done" is reported speech, someone else's plan.
    const informal =
      !context.formal &&
      !listed &&
      decision.category === 'action' &&
      instruction(decision.clause) &&
      decision.clause.passive &&
      (decision.clause.modal === 'will' || decision.clause.modal === 'shall' || decision.clause.form === 'infinitive');
    if (HEDGING.test(part)) continue;
    // (what is vouched for is a thing to be done, or done by someone — "the increase would fund 25 officers" is a forecast)
    const doneBySomeone =
      clause.passive ||
      (!!clause.subject &&
        (agentLike(tokenize(clause.subject)) || namesBody(clause.subject) || context.people.knows(clause.subject)));
    // "the matter would be raised with the county council by the Clerk": the one who will do it named after "by"
    const by =
      clause.passive && /^(?:will|would|shall)$/.test(clause.modal ?? '')
        ? /\bby\s+(?<who>(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w'’-]*){0,4})\s*[.,;]?\s*$/.exec(part)
            ?.groups?.who
        : undefined;
    if (by && !toBody && (context.people.knows(by) || officer(by)) && decision.category !== 'noted' && !listed) {
      out.push({ text: part, decision, agent: by, confidence: 0.5 });
      continue;
    }
    // "Ms Rowe said officers would look again at the route": an officer speaking for the officers commits them
    const onBehalf =
      !!speaker &&
      !listed &&
      !clause.passive &&
      /^(?:officers|staff)$/i.test(clause.subject ?? '') &&
      (context.people.knows(speaker) || officer(speaker)) &&
      decision.category !== 'noted';
    if (onBehalf) {
      out.push({ text: part, decision, agent: clause.subject, confidence: 0.5 });
      continue;
    }
    if (toBody || informal || (vouched && doneBySomeone && decision.category !== 'noted')) {
      // "Councillor Harvey … confirmed that a full written response would be sent": a named member vouching owns it.
      const confirmer =
        vouched && speaker && /^(?:the\s+)?(?:Councillor|Cllr|Mr|Mrs|Ms|Dr|Miss)\b/.test(speaker)
          ? speaker.replace(/\s+(?:gave|and)\b.*$/, '')
          : null;
      out.push({ text: part, decision, agent: confirmer, confidence: informal ? 0.45 : 0.5 });
    }
  }
  return out;
}

/** Who speaks or acts in a clause: the words before its first verb of speech ("Ms Rowe said the works …" → Ms Rowe), else its subject. */
function speakerOf(clause: string): string | null {
  const words = clause.split(/\s+/);
  const at = words.findIndex((w, k) => k > 0 && k <= 12 && SPEECH_VERBS.has(w.toLowerCase()));
  if (at > 0) {
    const who = words.slice(0, at).join(' ');
    if (agentLike(tokenize(who))) return who;
  }
  return readClause(clause).subject;
}

/** A phrase set before the subject: a preposition or a participle opening it, a comma closing it, a subject and its verb after. */
/** A log's status after a dash ("… – Done"), which no one is told to do. */
const STATUS_WORD = String.raw`(?:${FINISHED_WORDS.map((w) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`).join('|')})\b`;
/** A person named with an honorific, or by a first and a last name: "Dr Lin", "Ms Okafor", "Priya Shah". */
const NAMED = String.raw`(?:(?:${HONORIFIC_WORDS})\.?\s+(?:[A-Z]\.?\s*)*[A-Z][\w'’-]+|[A-Z][a-z]+\s+[A-Z][\w'’-]+)`;
const FRONTED = new RegExp(
  String.raw`^(?:(?:${[...PREPOSITIONS].filter((p) => p.length > 2 || ['in', 'on', 'at', 'by'].includes(p)).join('|')})|[A-Z]?[a-z]+ing|Asked|Pressed|Questioned)\b[^,.;]{2,100},\s+(?=(?:the\s+)?[A-Z]|[a-z]+\s+(?:agreed|undertook|asked|requested)\b)`,
  'i',
);

/** "X said (that) she would …", "X gave an assurance that he would …": the speaker, then the pronoun that is them. */
const SPEAKER_COMMITS = new RegExp(
  String.raw`^(?<who>(?:the\s+)?(?:[A-Z][\w.'’-]*\s+(?:(?:of|for|and)\s+)?){0,4}[A-Z][\w'’-]*)\s+(?:said|confirmed|stated|indicated|explained|advised|gave\s+(?:an?|her|his|their)\s+(?:${alternatives(COMMITMENT_NOUNS)}))\s+(?:that\s+)?(?:he|she|they)\s+(?=would|will)`,
);

/** A personal pronoun standing as a subject: it points back to someone named before. */
export const PRONOUN_SUBJECT = /^(?:he|she|they|it|this|these|those)$/i;

/** A subject that points back to what the meeting already said: "items noted during the meeting", "these". */
/** The members as a whole: "Members", "All members", "Members of the Board". */
const ANAPHORIC = new RegExp(
  String.raw`^(?:the\s+)?(?:items?|matters?|issues?|points?|topics?|suggestions?|comments?|actions?)\s+(?:${alternatives(['noted', 'raised', 'identified', 'discussed', 'mentioned', 'made', 'agreed', 'above'])})\b|^(?:these|those|the\s+above|all\s+of\s+these)\b`,
  'i',
);

function isBodyOrMembers(who: string, context: Context): boolean {
  return (
    /^(?:members|governors|councillors|trustees|the\s+members|(?:the\s+)?(?:chair(?:man|person|woman)?|vice[- ]chair(?:man)?))$/i.test(
      who.trim(),
    ) ||
    context.own.is(who) ||
    new RegExp(
      String.raw`^(?:the\s+)?(?:${alternatives(['committee', 'panel', 'board', 'cabinet', 'commission', 'council', 'group', 'forum'])})$`,
      'i',
    ).test(who.trim()) ||
    /\b(?:Committee|Panel|Board|Cabinet|Commission|Council)$/.test(who.trim())
  );
}

/** The sentences of a discussion paragraph, with a list's lead-in kept apart: "the following points were noted:" opens reported points. */
export function discussionSentences(paragraph: string): string[] {
  return (
    sentences(paragraph)
      // "the Executive Member said that the wait had come down, and undertook to send …": the undertaking with its subject
      // ("… did not have the figures but agreed to obtain them": a second predicate after "but" too)
      // (the subject is that of the clause just before, after any semicolon: "X asked …; she said … and undertook …")
      .flatMap((s) => {
        const m = /,?\s+(?:and|but)\s+(?=(?:undertook|agreed|promised)\s+to\s+[a-z])/.exec(s);
        const clauseBefore = m ? s.slice(0, m.index).split(/;\s+/).pop()! : '';
        const before = m ? /^(?:he|she|they)\b/i.exec(clauseBefore)?.[0] : null;
        if (m && before && clauseBefore !== s.slice(0, m.index))
          return [s.slice(0, m.index), `${before} ${s.slice(m.index + m[0].length)}`];
        const subject = m
          ? readClause(clauseBefore).subject?.replace(
              /^(?:in\s+(?:reply|response)|following\s+[^,]+|after\s+[^,]+)\s*,\s*/i,
              '',
            )
          : null;
        return m && subject && /^(?:the\s+)?[A-Z]/.test(subject)
          ? [s.slice(0, m.index), `${subject} ${s.slice(m.index + m[0].length)}`]
          : [s];
      })
      // "… asked for the ward figures, which the Head of Service agreed to circulate": the undertaking, its object the
      // noun phrase the relative clause hangs from
      .flatMap((s) => {
        const m =
          /^(?<head>.*?\b(?<np>(?:the|a|an|these|this|those|its|their|his|her)\s+[^,;]{1,80}?)),\s+which\s+(?<who>(?:the\s+)?[A-Z][^,;]{1,60}?)\s+(?<verb>agreed|undertook|promised|offered)\s+to\s+(?<act>[a-z]+)(?<tail>[^;]*)$/.exec(
            s,
          );
        if (!m?.groups) return [s];
        const { head, np, who, verb, act, tail } = m.groups;
        return [`${head}.`, `${who} ${verb} to ${act} ${np}${tail}`];
      })
      // "Members raised concerns about … and asked that …": a second predicate of the same subject, a request of its own
      .flatMap((s) => {
        const m = /,?\s+and\s+(?:also\s+|further\s+)?(?<verb>asked|requested)\s+that\s+/.exec(s);
        const subject = m ? readClause(s.slice(0, m.index)).subject : null;
        return m && subject && /^(?:the\s+)?[A-Z]/.test(subject)
          ? [s.slice(0, m.index), `${subject} ${m.groups!.verb} that ${s.slice(m.index + m[0].length)}`]
          : [s];
      })
      // "…, and she undertook to …", "…, and it was requested that …": a second main clause with a subject of its own.
      // A pronoun there stands for the subject of the first clause ("Ms Rowe said …, and she undertook to …").
      .flatMap((s) => {
        const m =
          /,\s+and\s+(?<pronoun>he|she|they|it)\s+(?=(?:undertook|agreed|offered|promised|would|will|was\s+(?:also\s+)?(?:agreed|requested|asked|decided))\b)/i.exec(
            s,
          );
        if (!m) return [s];
        const first = s.slice(0, m.index);
        const rest = s.slice(m.index + m[0].length);
        if (m.groups!.pronoun.toLowerCase() === 'it') return /^was\b/i.test(rest) ? [first, `It ${rest}`] : [s];
        // (after a question the pronoun is the one answering, found from the sentences before: "X asked …, and she undertook …")
        const asked = speechOf(first);
        if (asked && asks(asked.verb)) return [first, `${m.groups!.pronoun} ${rest}`];
        const subject = speakerOf(first)?.replace(
          /^(?:in\s+(?:reply|response)|following\s+[^,]+|after\s+[^,]+)\s*,\s*/i,
          '',
        );
        return subject && /^(?:the\s+)?[A-Z]/.test(subject) && !PRONOUN_SUBJECT.test(subject)
          ? [first, `${subject} ${rest}`]
          : [first, `${m.groups!.pronoun} ${rest}`];
      })
      // "…; DM to complete it", "notice boards: George Beverly to arrange this …", "… raised the bins – Clerk to write", "…, and the Head of Waste Services undertook to …"
      // ("… and officers undertook to …": the body's people in general words take up a commitment too)
      .flatMap((s) =>
        s.split(
          new RegExp(
            String.raw`;\s+(?=[a-z]*\s*[A-Z])|:\s+(?=(?:[A-Z][a-z]+\s+){1,3}to\s+[a-z])|,\s+and\s+(?=the\s+[A-Z][\w'’-]*(?:\s+(?:[A-Z&][\w'’-]*|of|for|and))*(?:\s+\([A-Z][^)]{0,30}\))?\s+(?:undertook|agreed|offered|promised|will|would|was\s+asked)\b)|,?\s+and\s+(?=(?:officers|members|councillors|governors|staff)\s+(?:undertook|agreed|offered|promised)\s+to\b)|\s+[–—-]\s+(?!${STATUS_WORD})(?=(?:the\s+)?(?:[A-Z][\w'’-]*|[A-Z]{2,4})(?:\s+(?:(?:and|&|of|for)\s+)?(?:the\s+)?[A-Z][\w'’-]*){0,5}\s+to\s+[a-z]{3,}\s)|,\s+and\s+(?=${NAMED}\s+(?:undertook|agreed|offered|promised)\s+to\s+(?!consider\b|think\b|reflect\b)[a-z])`,
          ),
        ),
      )
      // "A: DM will bring …", "Q: Governors asked …": the minute's question-and-answer marks
      .map((s) => s.replace(/^[QA]\s*[:.]\s+/, ''))
      .map((s) => s.trim())
      .filter(Boolean)
  );
}

export { instruction };
