// Steps 5–7 for a decision block: each clause is split where it decides two things, classified,
// given its owner and its due, and becomes a proposed item or a noted entry. A clause without a
// verb of its own is read with the stem it completes ("Standard items … include reports on:"
// over "(i) decisions by the PCC"), and so is one under a request ("be requested to consider:").
import { returnsDeferred } from './deferredReturn.js';
import { progressNote, statusNote } from './progressNotes.js';
import type { Block } from './block.js';
import { sentences } from './paragraphs.js';
import { namesBody, type OwnBody } from './bodies.js';
import { classify, type Decision, type Kind } from './classify.js';
import { splitClauses } from './clauses.js';
import { splitDecisions } from './coordination.js';
import { BODY_COLON } from './decisionKeywords.js';
import { dueOf, monthAtThisBody } from './due.js';
import {
  actionMarker,
  cleanOwner,
  closingInitials,
  columnInitials,
  dashedAssignee,
  ownerOf,
  stepAfterFact,
} from './owner.js';
import { sameMatter } from './sameMatter.js';
import { oneThingTwice } from './oneThingTwice.js';
import { shareHandOnDue, shareItemDue, sharePutBackDue } from './sharedDues.js';
import { isEntryTitle } from './entryTitle.js';
import type { Clause, NotedEntry, ProposedItem, StatedDue } from './types.js';
import type { DateMention } from './dateText.js';
import { TYPE_OF_CATEGORY } from '../domain/types.js';
import { alternatives } from './lexicon.js';
import { conditionsNamed } from './untracked.js';
import { grantsAsFollows, stillAnItem } from './grantTerms.js';
import { POINTS_BACK, UNDERTAKES, isRequest } from './answeredRequests.js';
import { reportSetApart } from './reportAlongside.js';

export interface ReadContext {
  own: OwnBody;
  meeting: string | null;
  /** The day a date without a year falls on, where the meeting's own date cannot say. */
  resolve?: (mention: DateMention) => string | null;
}

/** A stem whose clauses finish its sentence with a verb: "RESOLVED to:", "That Cabinet:", "The Committee:-". */
const LEADS_TO_VERB = new RegExp(
  String.raw`(?:\bto|\b(?:${alternatives(['committee', 'panel', 'board', 'cabinet', 'council', 'commission', 'authority', 'executive', 'members', 'governors', 'group', 'forum', 'decision', 'resolved', 'agreed', 'decided'])}))\s*[:;–—-]*\s*$`,
  'i',
);
/** A stem that asks someone to do what its clauses name: "That UHL and the CCGs be requested to consider:". */
const REQUEST_FRAME =
  /\b(?:be|is|are|were|was)\s+(?:requested|asked|invited|instructed|encouraged|urged|recommended)\s+to(?:\s+[a-z]+)?\s*[:;–—-]*\s*$|\b(?:request|ask|recommend)\s+(?:that\s+)?(?:the\s+)?[A-Z][^:]{1,80}\s+to\s*[:;–—-]*\s*$/i;

/**
 * A body's name in a stem: "Full Council", "the Policy and Resources Committee", "COUNCIL" — or a post whose title runs
 * to its portfolio, commas and all: "the Cabinet Member for Parks, Leisure and Libraries".
 */
const STEM_BODY = String.raw`(?<body>(?:the\s+)?[A-Z][\w&'’-]*(?:,?\s+(?:(?:and|of|for|&)\s+)?[A-Z][\w&'’-]*){0,6})`;
/**
 * When the body will sit, after its name: "(19 January 2027)", "on 3 March 2027", "at its next meeting" — or its
 * sitting named as a meeting of that body: "to the Full Council meeting on 9 December", "to the Cabinet meeting:".
 */
const STEM_SITTING = String.raw`(?:\s*\([^()]{1,40}\)|(?:\s+meeting)?\s+(?:on|at|in)\s+[^:;()]{1,40}?|\s+meeting)?`;
/**
 * A stem that recommends to a body what its clauses say: "RESOLVED to RECOMMEND to Full Council that:", "AGREED to
 * recommend to the Executive that:", "RECOMMENDED TO COUNCIL:", "Recommendations to Cabinet (19 January 2027):" — and a
 * matter sent back to a body with recommendations: "referred back to Cabinet for reconsideration, with the Panel's
 * recommendations that:". Each clause under it is that body's to decide.
 */
const RECOMMENDED_TO = [
  // the same stem in the passive: "That the following recommendations be made to Cabinet:", "… be submitted to the
  // Portfolio Holder for Parks:" — recommendations made to someone are theirs to decide, whoever words them
  new RegExp(
    String.raw`\b[Rr]ecommendations\s+(?:be|are|were)\s+(?:made|submitted|sent|put|forwarded|referred)\s+(?:to|TO)\s+${STEM_BODY}${STEM_SITTING}\s*[:;–—-]*\s*$`,
  ),
  new RegExp(
    String.raw`\b(?:[Rr]ecommend(?:s|ed|ations?)?|RECOMMEND(?:S|ED|ATIONS?)?)\s+(?:to|TO)\s+${STEM_BODY}${STEM_SITTING}\s*(?:(?:that|THAT)\s*)?[:;–—-]*\s*$`,
  ),
  new RegExp(
    String.raw`\b(?:[Rr]efer(?:s|red)?|REFER(?:S|RED)?)\s+(?:back\s+)?(?:to|TO)\s+${STEM_BODY}\b[^:;]*\b(?:with|making)\s+[^:;]{0,40}\brecommendations?\s*(?:(?:that|THAT|as\s+follows)\s*)?[:;–—-]*\s*$`,
  ),
];
/** "COUNCIL" as the minutes shout it is the body "Council". */
const asNamed = (body: string) =>
  /^[A-Z\s]+$/.test(body) ? body.toLowerCase().replace(/\b[a-z]/g, (c) => c.toUpperCase()) : body;
/**
 * A stem that names whom it asks and leaves the asking's "to" to its clauses: "That the Cabinet Member for Parks be asked:
 * (i) to write …", "RESOLVED that this Council asks the Leader: (a) to …", "calls on the Chief Executive:".
 */
const ASKS_FRAME =
  /(?:\b(?:be|is|are|were|was)\s+(?:requested|asked|instructed|urged)|\b(?:asks?|requests?|instructs?|urges?|calls?\s+(?:up)?on)\s+(?:the\s+)?[A-Z][^:;]{1,80}?)\s*[:;–—-]*\s*$/;

/**
 * A stem that sends its matter to the bodies its clauses name: "That the scheme be recommended for adoption to: (a) X
 * District Council (Council, 9 December); (b) Y Borough Council", "be referred to the following councils:" — each clause
 * a body's name, the one recommended to.
 */
const SENT_TO_LIST =
  /\b(?:recommend(?:s|ed)?|refer(?:s|red)?|submit(?:s|ted)?|sent|send)\b[^:;]{0,60}?\bto(?:\s+(?:each\s+of\s+)?the\s+following(?:\s+[a-z]+){0,3})?\s*[:;–—-]*\s*$/i;

export function tidyText(text: string): string {
  const t = text
    .replace(/^\s*(?:-\s*)?(?:(?:requested|agreed|asked|resolved|decided)\s+)?that\s*[:–—-]*\s+/i, '')
    .replace(/[\s;,|]+(?:and|or)?\s*$/i, '')
    .replace(/\s+/g, ' ')
    .trim();
  return t.charAt(0).toUpperCase() + t.slice(1);
}

/** The clause read whole: each part it decides, with the part's words. Parts that read the same are one. */
export function readParts(
  clause: Clause,
  own: OwnBody,
  lead: string,
): { text: string; decision: Decision; owner: string | null }[] {
  // (and "The Board, acting as sole shareholder of the company:", a body's stem with its capacity in an aside)
  const verbFirst = LEADS_TO_VERB.test(lead) || LEADS_TO_VERB.test(clause.stem) || BODY_COLON.test(lead.trim());
  const frame = REQUEST_FRAME.test(lead) ? lead.replace(/[:;–—-]+\s*$/, '') : null;
  const pieces = sentences(clause.text).flatMap((s) => splitDecisions(s));
  // "GRANTED subject to … the following additional conditions: (a) …": conditions on the applicant, part of the grant
  const conditions = /\bconditions?\s*[:;–—-]*\s*$/i.test(lead);
  // "RESOLVED to RECOMMEND to Full Council that: (a) … (b) …": each clause is recommended to that body, which owns it
  const stemBody = RECOMMENDED_TO.map((re) => re.exec(lead)?.groups?.body).find(Boolean);
  const recommendedTo = stemBody ? asNamed(stemBody) : undefined;
  const asks = !frame && ASKS_FRAME.test(lead) ? lead.replace(/[:;–—-]+\s*$/, '') : null;
  const sentTo = SENT_TO_LIST.test(lead) ? lead.replace(/[:;–—-]+\s*$/, '') : null;
  // "GRANTED IN PART, as follows: (i) …", "to GRANT the licence, with the following modifications: (a) …": the points
  // are the terms of the grant, unless one names someone to act or a day to meet (grantTerms.ts)
  const terms = grantsAsFollows(lead);
  const read = pieces.map((piece) => {
    if (conditions) return { text: piece, decision: { ...classify(piece, own), category: 'noted' as const } };
    if (terms) {
      const decision = classify(piece, own);
      if (!stillAnItem(piece, decision)) return { text: piece, decision: { ...decision, category: 'noted' as const } };
    }
    // (a report set apart by "with the outcome reported back to this Committee" is this body's own, whatever the stem)
    if (reportSetApart(piece)) {
      const apart = classify(piece, own);
      if (apart.category === 'work-programme') return { text: piece, decision: apart };
    }
    if (recommendedTo && !own.is(recommendedTo))
      return {
        text: piece,
        decision: { ...classify(piece, own), category: 'recommendation' as const, named: recommendedTo },
      };
    const joined = (stem: string) => `${stem} ${piece.charAt(0).toLowerCase()}${piece.slice(1)}`;
    if (frame) return { text: piece, decision: classify(joined(frame), own) };
    // "… be asked: (i) to write to …": the one the stem asks does what each clause says
    if (asks && /^to\s+[a-z]/i.test(piece)) return { text: piece, decision: classify(joined(asks), own) };
    // "… be recommended for adoption to: (a) Westbury District Council (Council, 2 March);": that body decides
    const body = sentTo
      ? piece
          .replace(/\s*\([^)]*\)\s*/g, ' ')
          .replace(/[\s.;,]+$/, '')
          .replace(/^and\s+/i, '')
          .trim()
      : '';
    if (body && body.split(/\s+/).length <= 8 && namesBody(body) && !own.is(body))
      return {
        text: piece,
        decision: { ...classify(joined(sentTo!), own), category: 'recommendation' as const, named: body },
      };
    let decision = classify(piece, own, verbFirst);
    // A noun phrase finishing its stem: "(i) decisions by the PCC;" under "Standard items on the agenda include reports on:".
    // (the stem may itself hold two decisions, "the work programme be agreed, with the addition of:": the piece finishes the last)
    // (but not "(2) the conditions set out in the report" under "GRANT permission subject to:": the conditions the
    // permission carries, no part of the errand the stem gives — untracked.ts)
    if (decision.bare && lead && !conditionsNamed(piece))
      decision = classify(splitDecisions(joined(lead.replace(/[:;–—-]+\s*$/, ''))).pop()!, own);
    return { text: piece, decision };
  });
  // "… delegated to the Chief Executive until a review in 3 years when a report back will be made to the Authority":
  // a review the decision sets for itself is an agenda item of its own.
  for (let k = 0; k < read.length; k++) {
    const part = read[k];
    if (part.decision.category === 'work-programme' || part.decision.category === 'deferral') continue;
    const review =
      /\b(?:until|with|pending)\s+(?:a|the)\s+(?<what>(?:further\s+)?(?:review|report\s+back)\b[^;]*)$/i.exec(part.text)
        ?.groups?.what;
    if (!review) continue;
    const decision = classify(review, own);
    if (decision.category === 'work-programme') read.splice(++k, 0, { text: review, decision });
  }
  // "ii) Tennis Club - request for a grant. To be placed on the November agenda.": the entry's title heads it, and what
  // was decided on the matter follows; the title is no errand of the one who asks (entryTitle.ts)
  if (read.length > 1 && isEntryTitle(read[0].text, read[0].decision) && read[1].decision.category !== 'noted')
    read[0] = { ...read[0], decision: { ...read[0].decision, category: 'noted' } };
  const merged: { text: string; decision: Decision; owner: string | null }[] = [];
  for (const part of read) {
    // "That Cabinet be recommended to withdraw the charge and to phase the increase over two years": a bare infinitive
    // after a body recommended to do something is more of what that body is recommended to do (its subject is theirs)
    const before = merged[merged.length - 1];
    if (
      before?.decision.category === 'recommendation' &&
      before.decision.named &&
      part.decision.category === 'action' &&
      part.decision.clause.form === 'infinitive' &&
      !part.decision.clause.subject &&
      !part.decision.asked &&
      /^(?:and\s+)?to\s+[a-z]/.test(part.text.trim())
    )
      part.decision = { ...part.decision, category: 'recommendation', named: before.decision.named };
    // "It was RESOLVED to support the request. Clerk to write.": a short closing line names who acts on the decision before it
    // (a line printed in two languages gives the second after " / ": "Clerc i anfon y siec / Clerk to send the cheque.")
    let closing =
      /^(?:[^/]{2,80}\s\/\s)?(?:the\s+)?(?<who>[A-Z][\w'’ -]{1,40}?)\s+to\s+[a-z]+(?:\s+(?:it|this|them|the\s+\w+))?\.?$/.exec(
        part.text.trim(),
      );
    const last = merged[merged.length - 1];
    // (but "the Head of Estates be authorised to sign the lease." is a clause of its own, no closing name: a name holds
    // no "be")
    if (closing?.groups && /\s(?:be|is|are|was|were)$|\s(?:be|is|are|was|were)\s/.test(closing.groups.who))
      closing = null;
    // (beside a deferral or an agenda item — the body's own later business — a named errand is an action of its own)
    // (the one named holds no "to" of its own: in "the Officer agreed to provide this to members." the "to members" is
    // no closing "X to <verb>" — the request before it is answered below)
    if (
      closing?.groups &&
      !/\sto\s/i.test(` ${closing.groups.who} `) &&
      last &&
      last.decision.category !== 'deferral' &&
      last.decision.category !== 'work-programme'
    ) {
      if (last.decision.category === 'noted') last.decision = { ...last.decision, category: 'action' };
      // ("to ask the County Council to survey the road. Clerk to write.": the request goes by the officer's letter — the
      // officer's errand, not the other body's decision)
      if (last.decision.category === 'recommendation' && /^(?:ask|request)/i.test(last.decision.askedBy ?? '')) {
        last.decision = { ...last.decision, category: 'action' };
        last.owner = cleanOwner(closing.groups.who);
      }
      // ("…; the Chair agreed to arrange this": who agreed, not the verb of agreeing)
      last.owner ??= cleanOwner(closing.groups.who);
      last.text = `${last.text} ${part.text}`;
      continue;
    }
    const owner =
      part.decision.category === 'noted'
        ? null
        : (ownerOf(part.decision, part.decision.category, own) ?? stepAfterFact(part.text, own));
    // "Cllr X asked for the figures to be mapped by street; the Officer agreed to provide this": a request, and right
    // after it someone taking it on by a word that points back to it, is one item — the undertaking, who does it and
    // what kind of thing it is (as discussionItems.ts reads the same two sentences in the discussion)
    if (
      last &&
      !last.owner &&
      owner &&
      isRequest(last.text) &&
      UNDERTAKES.test(part.text.trim()) &&
      POINTS_BACK.test(part.text)
    ) {
      last.text = `${last.text} ${part.text}`;
      last.decision = part.decision;
      last.owner = owner;
      continue;
    }
    // "That X be requested to set a deadline … and that attention should be given to …": advice that goes with the request
    const advisory =
      part.decision.clause.passive &&
      part.decision.clause.modal === 'should' &&
      !/\bby\s+[A-Z]/.test(part.decision.clause.rest);
    // One thing, read in two parts: the second shares the first's subject ("… to finalise the agreement and to take all
    // necessary steps"), names who does the first ("… be arranged. Clerk to arrange it."), authorises it, or repeats its matter.
    const sameThing =
      last &&
      last.decision.category === part.decision.category &&
      ((!part.decision.clause.subject && !part.decision.asked) ||
        (!last.owner && !!owner) ||
        sameMatter(last.text, part.text));
    // "… be deferred to allow a site visit, and that the application be reported back to the March meeting": when the
    // deferred matter returns is part of the deferral
    const returning = last?.decision.category === 'deferral' && returnsDeferred(part.text);
    // "… to write to Network Rail, and to circulate the reply to members": the second deals with what the first brings back
    const followOn =
      last &&
      last.decision.category !== 'noted' &&
      !part.decision.clause.subject &&
      new RegExp(
        String.raw`^(?:and\s+)?(?:to\s+)?[a-z]+\s+(?:it|them|the\s+(?:${alternatives(['reply', 'replies', 'response', 'responses', 'outcome', 'results', 'result', 'answer', 'findings'])}))\b`,
        'i',
      ).test(part.text.trim());
    // "Members asked that the tenants be consulted, and the Director undertook to report the outcome of that
    // consultation": an undertaking whose words point back at the request before it, asked of no one, takes it on — one
    // item, the one who undertook it
    const takesOn =
      last &&
      !last.owner &&
      !!owner &&
      last.decision.category !== 'noted' &&
      UNDERTAKING.test(part.text) &&
      REFERS_BACK.test(part.text);
    if (takesOn) {
      last.text = `${last.text}, and ${part.text.charAt(0).toLowerCase()}${part.text.slice(1)}`;
      last.decision = part.decision;
      last.owner = owner;
      continue;
    }
    if (last && (sameThing || followOn || returning || (advisory && last.decision.category !== 'noted'))) {
      last.text = `${last.text} ${part.text}`;
      // ("The bank requires new signatories. Clerk to set them up.": a fact in the present, then who is to act on it;
      // "… expires on 28th February; the Clerk will renew it before then": so with a modal of commitment)
      const errand = part.decision.clause;
      if (
        owner &&
        (errand.form === 'infinitive' ||
          (errand.form === 'modal' && /^(?:will|shall|would)$/i.test(errand.modal ?? ''))) &&
        !errand.passive &&
        errand.subject &&
        last.decision.clause.form === 'finite' &&
        !last.decision.asked
      )
        last.owner = owner;
      last.owner ??= owner;
    } else merged.push({ ...part, owner });
  }
  return merged;
}

/**
 * A due as the words state it; an action has no "future" due (it defaults to the next meeting) — unless it names the
 * meeting it reports to as one to come ("report the results to a future meeting"), where the clerk tracks it then.
 */
const A_MEETING_TO_COME =
  /\b(?:a|some|another)\s+(?:future|later|subsequent)\s+(?:[\w-]+\s+){0,2}?(?:meeting|session)\b/i;

export function dueFor(category: Kind, text: string, context: ReadContext, fallback = ''): StatedDue {
  const dating = { own: context.own, resolve: context.resolve };
  const due =
    dueOf(text, context.meeting, category === 'deferral', dating) ??
    (fallback ? dueOf(fallback, context.meeting, false, dating) : null);
  if (
    due?.kind === 'future' &&
    (category === 'action' || category === 'information' || category === 'recommendation') &&
    !(category === 'action' && A_MEETING_TO_COME.test(text))
  )
    return null;
  // (a month in a recommendation is the other body's sitting, unless the matter comes back to this body then)
  if (category === 'recommendation' && due?.kind === 'month' && !monthAtThisBody(text, context.own)) return null;
  return due;
}

/** A promise by someone named: "X undertook to …", "agreed to …", "offered to …" (the verbs of undertaking: closed). */
const UNDERTAKING = /^(?:the\s+)?[A-Z][^,;]{0,60}?\s+(?:undertook|agreed|offered|promised)\s+to\s+[a-z]/;
/**
 * Words that point back at what was just asked: "that consultation", "this work", "do so", "arrange it" (wider than
 * answeredRequests.ts's POINTS_BACK, which wants the pointing word right after the undertaking's verb).
 */
const REFERS_BACK =
  /\b(?:of|on|from|about|with)\s+(?:that|this|those|these)\s+[a-z]+\b|\bto\s+(?:do\s+so|do\s+this|arrange\s+(?:this|it|that))\b/i;

export function readBlock(
  block: Block,
  minute: string | null,
  context: ReadContext,
): { items: ProposedItem[]; noted: NotedEntry[] } {
  const items: ProposedItem[] = [];
  const noted: NotedEntry[] = [];
  // (a "Decision:" sheet restating the minute's resolution: the resolution gives the items, once)
  if (block.copy) return { items, noted };
  const clauses = splitClauses(block, minute);
  for (const clause of clauses) {
    const marker = actionMarker(clause.text);
    const initials = marker
      ? null
      : (closingInitials(clause.text) ??
        columnInitials(clause.text) ??
        (block.initials && clauses.length === 1 ? { initials: block.initials, index: clause.text.length } : null));
    const body = marker
      ? clause.text.slice(0, marker.index).trim()
      : initials
        ? clause.text.slice(0, initials.index).trim()
        : clause.text;
    const lead = clause.lead ?? clause.stem;
    const parts = readParts({ ...clause, text: body }, context.own, lead);
    const withContent = (t: string) => (clause.content ? `${t} ${clause.content}` : t);
    const first = items.length;
    const guessed = new Set<ProposedItem>();
    for (const { text, decision, owner: partOwner } of parts) {
      let category = decision.category;
      // "It was RESOLVED to report the defect to the County Council. ACTION: Clerk": someone is named to act on it.
      if (
        (category === 'noted' || category === 'recommendation') &&
        (marker || initials) &&
        parts.length === 1 &&
        !/^(?:minutes|the\s+minutes)\b/i.test(text)
      )
        category = 'action';
      // (a list found by its layout alone may be a report's entries: "fence repaired; insurers notified" is progress,
      // and so is a matter named with where it stands, "gate – still broken", or a figure, "income up 8%")
      if (block.found === 'layout' && (progressNote(text) || statusNote(text))) category = 'noted';
      if (block.undecided) category = 'noted';
      if (category === 'noted') {
        noted.push({
          minute: clause.minute,
          ref: clause.ref,
          text: tidyText(withContent(text)),
          source: 'resolution',
          confidence: block.confidence,
        });
        continue;
      }
      const owner =
        marker?.owner ??
        (initials ? initials.initials.join('/') : null) ??
        (parts.length === 1 && category === 'action' ? dashedAssignee(body) : null) ??
        (category === decision.category ? partOwner : ownerOf(decision, category, context.own));
      const certainty = decision.certain ? 1 : 0.8;
      items.push({
        minute: clause.minute,
        ref: parts.length > 1 ? withRunInLetter(clause.ref, body, text) : clause.ref,
        type: TYPE_OF_CATEGORY[category],
        category,
        owner,
        due: dueFor(category, text, context, lead),
        text: tidyText(withContent(parts.length === 1 ? body : text)),
        confidence: Math.round(block.confidence * certainty * 100) / 100,
        source: 'resolution',
        narrative: false,
      });
      if (!decision.certain) guessed.add(items[items.length - 1]);
    }
    items.splice(
      first,
      items.length - first,
      ...oneThingTwice(items.slice(first), guessed, tidyText(withContent(body))),
    );
    sharePutBackDue(items.slice(first));
    shareItemDue(items.slice(first));
    // ("Cllr Ross to draft the comments and Clerk to send them by 20th November": the draft is due when the sending is)
    shareHandOnDue(items.slice(first));
  }
  return { items, noted };
}

/** "agreed (a) to approve the draft, and (b) that the results come back in July": a part keeps the letter printed before it. */
function withRunInLetter(ref: string | null, whole: string, part: string): string | null {
  const at = whole.indexOf(part.slice(0, 30));
  const letter = at > 0 ? /\(([a-h]|[ivx]{1,3}|\d)\)\s+$/.exec(whole.slice(0, at))?.[1] : undefined;
  return letter ? `${ref ?? ''}(${letter})` : ref;
}
