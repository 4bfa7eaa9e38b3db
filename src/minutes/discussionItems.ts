// Step 9b: the discussion of one minute as paragraphs — the text after "Minutes:" that no
// decision block or table has taken — read for what was agreed (discussion.ts), for "Action:
// <owner>" lines and "ACTION: X to …", and for owners' initials closing a line ("… broken.
// MP, SD"). A list introduced as what was said ("the following points were noted:") is read
// only for explicit agreements.
import { speakerAfter, speechOf } from './answerer.js';

import type { OwnBody } from './bodies.js';
import { CLAUSE_START, paragraphRefs, PARAGRAPH_REF, sentences as fullSentences } from './paragraphs.js';
import { answeredRequest, answersToCome, exhortation } from './answeredRequests.js';
import { classify, instruction } from './classify.js';
import { dueFor, tidyText } from './decisions.js';
import { discussionSentences, readSentence, type Said } from './discussion.js';
import { WHOLE_MEMBERSHIP } from './lexicon.js';
import { readClause } from './grammar.js';
import { CONTINUING_VERBS, FINISHING_VERBS, SPEECH_VERBS, alternatives } from './lexicon.js';
import { lemmaIn } from './words.js';
import { actionRefInline, actionRefLine } from './actionRefs.js';
import { actionMarker, cleanOwner, closingInitials, ownerOf, trailingInitials } from './owner.js';
import type { People } from './people.js';
import type { Minute, ProposedItem } from './types.js';
import type { DateMention } from './dateText.js';
import { TYPE_OF_CATEGORY } from '../domain/types.js';

/** A pronoun that points back to a speaker already named. */
const PRONOUN_WORD = /^(?:he|she|they|it|this)$/i;

export interface DiscussionContext {
  own: OwnBody;
  /** Sentences already read as decisions of the body. */
  decided?: Set<string>;
  /** The words around an inline resolution, by its line: still discussion. */
  around?: Map<number, string>;
  resolve?: (mention: DateMention) => string | null;
  people: People;
  formal: boolean;
  meeting: string | null;
  title: string;
}

interface Paragraph {
  text: string;
  ref: string | null;
  line: number;
  listed: boolean;
  /** Printed under an action's labelled reference ("Action Point 2"): the paragraph is that action. */
  labelled?: boolean;
}

/** A lead-in to a list of what was said, not decided. */
const SAID_LEAD = new RegExp(
  String.raw`\b(?:${alternatives(['noted', 'raised', 'made', 'discussed', 'highlighted', 'included', 'asked', 'comments', 'comment', 'points', 'point', 'issues', 'issue'])})\b[^.]{0,20}[:;-]\s*$`,
  'i',
);
/** An action and its progress after a dash, one short line: "Letter to the school - Done", "Dog bins – See minute 8". */
const LOG_ROW = /^[^.:–—]{3,120}?\s[–—-]\s(?![^.]*\bto\s+[a-z]{3,})(?:\S+\s*){1,6}$/;

/** A minute that reviews earlier actions: its lines report progress on them. */
const REVIEW =
  /\b(?:matters\s+arising|action\s+(?:log|tracker|sheet|list)|(?:update|progress|review)\s+(?:on|of)\s+(?:the\s+)?(?:previous\s+|outstanding\s+)?actions|actions?\s+(?:arising|from\s+previous)|outstanding\s+actions)\b/i;
/** An earlier minute or action a paragraph opens by citing: "269/19 :", "Minute C134 –", "18.2 7.1 …", "Minute 121:", "Paragraph 12(b):". */
const CITES =
  /^(?:(?:minute|min\.?|action|ref\.?|paragraph|para\.?)\s+(?<named>[A-Z]{0,4}\d{1,4}(?:[./]\d{1,4})*[a-z]?(?:\([a-z0-9]{1,4}\))?)|(?<bare>[A-Z]{0,4}\d{1,4}(?:[./]\d{1,4})+|[A-Z]{2,5}\/\d{2}\/\d{1,4}))\s*(?:\([^)]{0,80}\))?\s*[:–—-]?\s+/i;

function paragraphsOf(minute: Minute, consumed: Set<number>, around: Map<number, string> = new Map()): Paragraph[] {
  const refs = paragraphRefs(minute.lines);
  // On an "agenda and minutes" page the agenda's own words come before "Minutes:".
  const record = minute.lines.findIndex((l) => /^minutes\s*:?\s*$/i.test(l.trim()));
  const out: Paragraph[] = [];
  let lastLine = -2;
  let listed = false;
  let labelledRef: string | null = null;
  // A table the action-table reader did not take (a work programme's "Item   Lead officer   Meeting") is no prose:
  // two lines running, each in three columns or more.
  const columns = (k: number) =>
    /\S\s{3,}\S/.test(minute.lines[k] ?? '') && (minute.lines[k].trim().match(/\S\s{2,}(?=\S)/g) ?? []).length >= 2;
  minute.lines.forEach((raw, i) => {
    if (columns(i) && (columns(i - 1) || columns(i + 1))) return;
    const line = raw.trim();
    if (!line) {
      if (out.length && !/[:;]\s*$/.test(out[out.length - 1].text) && !/^- /.test(minute.lines[i + 1]?.trim() ?? ''))
        listed = false;
      return;
    }
    if (around.has(i) && i >= record) {
      out.push({ text: around.get(i)!, ref: refs[i], line: i, listed: false });
      lastLine = -2;
      return;
    }
    if (consumed.has(i) || i < record) return;
    // "Action Point 2" over the action's words: the label is the reference of the action under it
    const actionRef = actionRefLine(line);
    if (actionRef) {
      labelledRef = actionRef;
      lastLine = -2;
      return;
    }
    if (labelledRef) {
      out.push({ text: line, ref: labelledRef, line: i, listed: false, labelled: true });
      labelledRef = null;
      lastLine = i;
      return;
    }
    const last = out[out.length - 1];
    const marker = /^(?:- |•\s)/.test(line) || CLAUSE_START.test(line);
    if (!marker && !CLAUSE_START.test(line) && last && !listed && !/^\(?[a-z]{1,3}\)/.test(line)) listed = false;
    if (
      last &&
      lastLine === i - 1 &&
      !/[.!?:;]\s*$/.test(last.text) &&
      !marker &&
      !/^(?:[Aa]ctions?|ACTIONS?)\b/.test(line) &&
      !actionMarker(line) &&
      !actionMarker(last.text)
    ) {
      last.text += ` ${line}`;
    } else {
      // "a) 20/00598/OUT …", "b) To confirm …": a lettered paragraph is cited by its letter where no number is printed
      const letter = refs[i] ? null : /^\(?([a-z]|[ivx]{1,4})\)\s/i.exec(line)?.[1];
      out.push({
        text: line.replace(PARAGRAPH_REF, '').replace(/^\(?(?:[a-z]|[ivx]{1,4})\)\s+/i, letter ? '' : '$&'),
        ref: refs[i] ?? (letter ? `(${letter})` : null),
        line: i,
        listed: listed && marker,
      });
    }
    if (SAID_LEAD.test(line) && !/\b(?:agreed|resolved|decided)\b/i.test(line)) listed = true;
    else if (!marker) listed = false;
    lastLine = i;
  });
  return out;
}

export function discussionItems(
  minute: Minute,
  consumed: Set<number>,
  context: DiscussionContext,
  ownerLine: (line: string, index: number, task?: { owner: string; text: string }) => boolean,
): { items: ProposedItem[]; marked: ProposedItem[] } {
  const items: ProposedItem[] = [];
  const marked: ProposedItem[] = [];
  const review = REVIEW.test(context.title);
  let previous: { paragraph: Paragraph; made: ProposedItem[] } | null = null;
  let lastSpeaker: string | null = null;
  let lastSentence: string | null = null;
  const makeMarked = (
    text: string,
    ref: string | null,
    owner: string | null,
    updates: string | undefined,
  ): ProposedItem => {
    const decision = classify(text, context.own, true);
    const category = decision.category === 'noted' || decision.category === 'deferral' ? 'action' : decision.category;
    return {
      minute: minute.number,
      ref,
      type: TYPE_OF_CATEGORY[category],
      category,
      owner,
      due: dueFor(category, text, context),
      text: tidyText(text),
      confidence: 0.75,
      source: 'resolution',
      narrative: false,
      ...(updates ? { updates } : {}),
    };
  };
  for (const read of paragraphsOf(minute, consumed, context.around)) {
    // "Action Point 7 – Quotes to be sought …", "ACTION 8: RP to seek …": the label on the action's own line is its reference
    const inline = actionRefInline(read.text);
    const paragraph = inline ? { ...read, text: inline.rest, ref: inline.ref, labelled: true } : read;
    let text = paragraph.text.replace(/^[-•]\s*/, '');
    // In a review of earlier actions, a line "Insurance review - Done", "Clerk recruitment - Still ongoing": the log's
    // row and its progress, however the lines are spaced — nothing new, unless the progress names a step ("Clerk to …").
    if (review && LOG_ROW.test(text) && !actionMarker(text)) continue;
    const cites = CITES.exec(text);
    const updates = cites ? (cites.groups!.named ?? cites.groups!.bare) : undefined;
    if (cites) text = text.slice(cites[0].length).replace(/^[^-–—:]{2,60}?\s+[-–—:]\s+(?=[A-Z])/, '');
    // "Budget 2026/27 – the Chair and the Clerk to prepare …": a paragraph may open with its matter's name and a dash;
    // the sentence after the dash is the record (a name has no verb of its own)
    const labelled = /^(?<label>[^.;:–—]{2,60}?)\s+[–—-]\s+(?<rest>\S.*)$/.exec(text);
    if (
      labelled?.groups &&
      readClause(labelled.groups.label).verb === null &&
      !/\b[a-z]+ed\b/.test(labelled.groups.label)
    )
      text = labelled.groups.rest.charAt(0).toUpperCase() + labelled.groups.rest.slice(1);
    // "Action: Town Clerk" alone under a resolution
    if (ownerLine(paragraph.text, paragraph.line)) {
      previous = null;
      continue;
    }
    const lead = paragraph.labelled
      ? { groups: { rest: text } }
      : /^(?:ACTIONS?|[Aa]ctions?)\s*(?:point\s*\d*)?\s*[:–—-]\s*(?<rest>.{3,})$/.exec(text);
    const alone = paragraph.labelled ? null : actionMarker(text);
    // "Action SH", "ACTION: Jim / Alasdair" on its own line: the paragraph before is the action.
    if (alone && alone.index === 0) {
      if (previous) {
        const unowned = previous.made.filter((m) => !m.owner);
        if (previous.made.length)
          for (const m of unowned.length ? unowned : previous.made.slice(-1)) m.owner = alone.owner;
        else if (!review || previous.paragraph.text.split(/\s+/).length > 3)
          marked.push(
            makeMarked(
              ownersSentence(previous.paragraph.text, alone.owner),
              previous.paragraph.ref,
              alone.owner,
              updates,
            ),
          );
      }
      previous = null;
      continue;
    }
    // "ACTION: Drainage Engineer to write to …", "Actions: JS - report to the next Board"
    if (lead?.groups && !alone) {
      const rest = lead.groups.rest;
      const named = /^(?<who>[A-Z][\w.'’&/, -]{0,50}?)\s+[-–—:]\s+(?<what>\S.*)$/.exec(rest)?.groups;
      const reading = readClause(rest);
      const owner = named
        ? cleanOwner(named.who)
        : reading.subject && reading.form === 'infinitive'
          ? cleanOwner(reading.subject)
          : null;
      if (owner && ownerLine(paragraph.text, paragraph.line, { owner, text: rest })) {
        previous = null;
        continue;
      }
      const item = makeMarked(named?.what ?? rest, paragraph.ref, owner, updates);
      marked.push(item);
      // "JS said the Trust's response would come to the Board. / ACTION: JS - response to the next Board": the line
      // under a paragraph restates the one agreement the paragraph made, now with its owner
      const said = previous?.made.filter((m) => m.source === 'discussion') ?? [];
      if (said.length === 1 && said[0].type === item.type && previous?.made.length === 1) {
        items.splice(items.indexOf(said[0]), 1);
        item.due ??= said[0].due;
      }
      previous = { paragraph, made: [item] };
      continue;
    }
    // "… the Clerk to circulate the link to all Councillors.   Action 4.01 Clerk", "… Action – Clerk."
    if (alone) {
      const body = text.slice(0, alone.index).trim();
      const made = saidIn(body, paragraph, minute.number, context, lastSentence);
      if (made.length) {
        for (const m of made) {
          m.owner ??= alone.owner;
          Object.assign(m, { source: 'resolution', narrative: false, confidence: 0.75 });
        }
        marked.push(...made);
      } else marked.push(makeMarked(body, paragraph.ref, alone.owner, updates));
      previous = { paragraph, made: made.length ? made : [marked[marked.length - 1]] };
      continue;
    }
    // Owners' initials closing the line: "… was broken. MP, SD", "… (JS)", "… – JS".
    // (initials in brackets close an instruction; after a name or a job title in a list they are its key)
    const bracketed = trailingInitials(text).length ? null : closingInitials(text);
    const closing = bracketed && instruction(readClause(text.slice(0, bracketed.index))) ? bracketed : null;
    const initials = closing?.initials ?? trailingInitials(text);
    if (initials.length && !review) {
      const body = closing
        ? text.slice(0, closing.index).trim()
        : text.replace(/[A-Z]{2,3}(?:\s*[,/&]\s*[A-Z]{2,3})*\s*$/, '').trim();
      const made: ProposedItem[] = saidIn(body, paragraph, minute.number, context, lastSentence).map((m) => ({
        ...m,
        source: 'resolution' as const,
        narrative: false,
        confidence: 0.7,
      }));
      // "MP will look into the incident. MP, SD": a named owner keeps their item; the others own the rest.
      const claimed = new Set(made.map((m) => m.owner).filter(Boolean));
      const others = initials.filter((i) => !claimed.has(i));
      if (made.length && !made.some((m) => m.owner)) {
        made[made.length - 1].owner = initials.join('/');
      } else if (others.length) {
        const rest = made.length
          ? body
              .split(/(?<=[.!?])\s+/)
              .filter((s) => !made.some((m) => m.text.includes(s.slice(0, 20))))
              .join(' ')
          : body;
        // nothing else on the line, or only the matter named ("Letter from the RCC about the survey. Clerk to circulate."):
        // the initials are the owner column of the item the line holds
        if (made.length && (!rest || rest.split(/(?<=[.!?])\s+/).every((s) => readClause(s).form === 'none'))) {
          const last = made[made.length - 1];
          last.owner = others.join('/');
          if (rest) last.text = tidyText(`${rest} ${last.text}`);
        } else made.push(makeMarked(rest || body, paragraph.ref, others.join('/'), updates));
      }
      marked.push(...made);
      previous = { paragraph, made };
      continue;
    }
    // "… has agreed to replace the glass. No further action.": a matter closed in the minute
    if (/\bno\s+further\s+action\b/i.test(text)) {
      previous = { paragraph, made: [] };
      continue;
    }
    // Progress on earlier actions ("Clerk recruitment - Still ongoing") updates them; only new agreements count.
    // (a sentence that opens with an earlier action's reference — "QSC/25/091 (training figures) remains open; RL will
    // bring the figures to March" — carries that action on, to the end of the sentence)
    const made: ProposedItem[] = [];
    for (const { sentence, updating } of fullSentences(text).flatMap((full, k) => {
      const cite = CITES.exec(full);
      // (the paragraph's own reference, taken off its first sentence, goes with that sentence)
      const cited = cite ? (cite.groups!.named ?? cite.groups!.bare) : k === 0 ? updates : undefined;
      return discussionSentences(full).map((sentence) => ({ sentence, updating: cited }));
    })) {
      // (a sentence the decision blocks took, or a part of one)
      if (
        context.decided &&
        [...context.decided].some((d) => d === sentence || d.includes(sentence.replace(/[.;]\s*$/, '')))
      ) {
        lastSentence = sentence;
        continue;
      }
      // "She agreed …" is the last one who spoke; a name or a title speaking takes the floor
      const resolved = resolvePronoun(sentence, lastSpeaker);
      const speaker = readClause(resolved);
      // (a person named as the subject of any verb is the one a later "she" means: "Cllr Lee described the verge. She agreed …")
      const person = (np: string) =>
        context.people.knows(np) ||
        new RegExp(
          String.raw`^(?:the\s+)?(?:${alternatives(['Councillor', 'Cllr', 'Mr', 'Mrs', 'Ms', 'Miss', 'Dr', 'Prof'])})\b`,
        ).test(np);
      // (one who only asks is not the one who answers: "A Member asked about X. She said …" is the officer)
      const spoken = speechOf(resolved);
      if (spoken && !PRONOUN_WORD.test(spoken.who))
        lastSpeaker = speakerAfter(spoken.who, spoken.verb, spoken.rest, lastSpeaker);
      else if (
        speaker.subject &&
        speaker.verb &&
        (SPEECH_VERBS.has(speaker.verb.toLowerCase()) || person(speaker.subject)) &&
        /^[A-Z]/.test(speaker.subject) &&
        !/^(?:he|she|they|it|this)$/i.test(speaker.subject)
      )
        lastSpeaker = speakerAfter(
          speaker.subject.replace(/^(?:in\s+response|in\s+reply)[^,]*,\s*/i, ''),
          speaker.verb,
          speaker.rest,
          lastSpeaker,
        );
      // "X asked that the fence be repaired. / The Clerk advised this was being dealt with": the answerer's errand
      const taken = answeredRequest(resolved, lastSentence, context.own);
      if (taken) made.push(itemOf(taken, paragraph, minute.number, context, updating));
      // "the responses to the questions were being prepared": answers owed to the members
      const owed = answersToCome(resolved, context.own);
      if (owed) made.push(itemOf(owed, paragraph, minute.number, context, updating));
      for (const said of readSentence(
        resolved,
        { own: context.own, people: context.people, formal: context.formal },
        paragraph.listed,
        lastSentence,
      )) {
        // ("said he would appeal to all groups to …": an exhortation to everyone is nobody's errand)
        if (exhortation(said.text)) continue;
        // (and in a review of actions, closing or discharging one records that it is done)
        // (but a new step named with its owner, "Clerk to write again", is an instruction of this meeting)
        const step = readClause(said.text);
        const newStep =
          step.form === 'infinitive' &&
          !!step.subject &&
          !step.passive &&
          !lemmaIn(step.verb?.toLowerCase() ?? '', CONTINUING_VERBS);
        if (
          review &&
          !newStep &&
          new RegExp(
            String.raw`\b(?:${alternatives(['again', 'still', 'continue', 'continues', 'chase', 'chasing', 'remains', 'remain', 'ongoing', 'carried forward'])})\b`,
            'i',
          ).test(said.text) &&
          !updating
        )
          continue;
        if (review && lemmaIn(readClause(said.text).verb?.toLowerCase() ?? '', FINISHING_VERBS)) continue;
        const item = itemOf(said, paragraph, minute.number, context, updating);
        // (a step agreed while reviewing earlier actions may carry one of them on: the clerk decides, so it is less sure)
        if (review) item.confidence = Math.min(item.confidence, 0.5);
        made.push(item);
      }
      lastSentence = sentence;
    }
    items.push(...attachOwners(made, items));
    previous = { paragraph, made };
  }
  return { items, marked };
}

/**
 * "Agendas to be placed on the notice boards: George Beverly to arrange this for Rhynie, David Grant for
 * Kennethmont …": a clause that only names who does "this" gives its owners to the item before it.
 */
function attachOwners(made: ProposedItem[], earlier: ProposedItem[] = []): ProposedItem[] {
  const out: ProposedItem[] = [];
  for (const item of made) {
    // "The Director of Public Health undertook to arrange it": an undertaking of what was just agreed gives it its owner
    const agreed = out[out.length - 1] ?? earlier[earlier.length - 1];
    if (
      /^(?:to\s+)?[a-z]+\s+(?:it|this|these|them|this\s+\w+)\.?$/i.test(item.text.trim()) &&
      agreed &&
      !agreed.owner &&
      item.owner
    ) {
      agreed.owner = item.owner;
      continue;
    }
    const naming =
      /^(?<first>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s+to\s+[a-z]+\s+(?:this|these|it|them)\b(?<rest>.*)$/.exec(
        item.text,
      );
    const before = out[out.length - 1];
    if (naming?.groups && before && !before.owner) {
      const others = [
        ...naming.groups.rest.matchAll(/(?:,|\band)\s+(?<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+for\b/g),
      ].map((m) => m.groups!.name);
      before.owner = [naming.groups.first, ...others].join(', ');
      continue;
    }
    out.push(item);
  }
  return out;
}

function saidIn(
  body: string,
  paragraph: Paragraph,
  minute: string | null,
  context: DiscussionContext,
  lastSentence: string | null,
): ProposedItem[] {
  return discussionSentences(body).flatMap((s) =>
    readSentence(s, { own: context.own, people: context.people, formal: false }, false, lastSentence).map((said) =>
      itemOf(said, paragraph, minute, context, undefined),
    ),
  );
}

/**
 * "She agreed to provide …": she is the one who last spoke. So is a pronoun after a fronted
 * participle ("Asked about the lights, she agreed …") and the subject of what the meeting agreed
 * ("It was agreed that he would …").
 */
export function resolvePronoun(sentence: string, speaker: string | null): string {
  if (!speaker) return sentence;
  const commits = String.raw`(?=(?:${alternatives(['agreed', 'undertook', 'offered', 'promised', 'would', 'will', 'should'])}|said\s+(?:he|she|they)\s+would)\b)`;
  return sentence
    .replace(
      new RegExp(String.raw`^(?:[A-Z][a-z]+(?:ed|ing)\b[^,]{0,100},\s+)?(?:[Hh]e|[Ss]he|[Tt]hey)\s+${commits}`),
      `${speaker} `,
    )
    .replace(
      new RegExp(
        String.raw`^(?<lead>it\s+was\s+(?:also\s+|further\s+)?(?:agreed|requested|decided)\s+that\s+)(?:he|she|they)\s+${commits}`,
        'i',
      ),
      `$<lead>${speaker} `,
    );
}

const SPEAKER_UNDERTAKES =
  /^(?<who>(?:the\s+)?[A-Z][^,;]{1,60}?)\s+(?:said|stated|confirmed|advised|explained|indicated|replied)\s+(?:that\s+)?(?:he|she|they)\s+(?:would|will)\s+(?!be\b)[a-z]/i;

function itemOf(
  said: Said,
  paragraph: Paragraph,
  minute: string | null,
  context: DiscussionContext,
  updates: string | undefined,
): ProposedItem {
  const category = said.decision.category === 'noted' ? 'action' : said.decision.category;
  const named =
    said.agent &&
    !/^(?:it|this|they|he|she)$/i.test(said.agent) &&
    category !== 'recommendation' &&
    category !== 'invitation' &&
    category !== 'deferral'
      ? cleanOwner(said.agent)
      : ownerOf(said.decision, category, context.own);
  // "the Assistant Director said he would send these": in reported speech, "he" is the one who said it
  const speaker = SPEAKER_UNDERTAKES.exec(said.text)?.groups?.who;
  const found = named ?? (speaker && category !== 'recommendation' ? cleanOwner(speaker) : null);
  // ("Members agreed to add an item on …": the members asking for the body's own business are the body, no owner)
  const owner = category === 'work-programme' && found && WHOLE_MEMBERSHIP.test(found) ? null : found;
  return {
    minute,
    ref: paragraph.ref,
    type: TYPE_OF_CATEGORY[category],
    category,
    owner: owner && context.own.is(owner) ? null : owner,
    due: dueFor(category, said.text, context),
    text: tidyText(said.text),
    confidence: said.confidence,
    source: 'discussion',
    narrative: true,
    ...(updates ? { updates } : {}),
  };
}

/**
 * "ACTION: The Chair" under a paragraph of several sentences that made no item: the action is the last
 * sentence that opens with that owner ("The Chair … stated she would write to the trust"), not the
 * questions and answers before it. With no such sentence, the paragraph as it stands.
 */
export function ownersSentence(paragraph: string, owner: string): string {
  const all = fullSentences(paragraph);
  if (all.length < 2) return paragraph;
  const head = owner
    .replace(/^the\s+/i, '')
    .trim()
    .toLowerCase();
  const own = all.filter((sentence) =>
    sentence
      .replace(/^the\s+/i, '')
      .toLowerCase()
      .startsWith(`${head} `),
  );
  return own.length ? own[own.length - 1] : paragraph;
}
