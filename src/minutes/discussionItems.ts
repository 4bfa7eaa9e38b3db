// Step 9b: the discussion of one minute as paragraphs — the text after "Minutes:" that no
// decision block or table has taken — read for what was agreed (discussion.ts), for "Action:
// <owner>" lines and "ACTION: X to …", and for owners' initials closing a line ("… broken.
// MP, SD"). A list introduced as what was said ("the following points were noted:") is read
// only for explicit agreements.
import {
  COMMITS_IN_SPEECH,
  POINTS_BACK,
  SPOKEN_POINTS_BACK,
  UNDERTAKES,
  answeredRequest,
  answersToCome,
  exhortation,
  isRequest,
} from './answeredRequests.js';
import { actionRefInline } from './actionRefs.js';
import { actionEntries, bareEntry, opensEntry } from './actionEntries.js';
import { instruction } from './classify.js';
import { CITES, LOG_ROW, REVIEW, carriedOnOrDone } from './actionsReview.js';
import { speakerAfterSentence } from './lastSpeaker.js';
import { dueFor, tidyText } from './decisions.js';
import { readSentence } from './discussion.js';
import { sharesMatter } from './sameMatter.js';
import { markedItem } from './markedItem.js';
import { discussionSentences } from './discussionSentences.js';
import { paragraphsOf, type Paragraph } from './discussionParagraphs.js';
import {
  attachOwners,
  itemOf,
  ownersSentence,
  resolvePronoun,
  saidIn,
  type DiscussionContext,
} from './discussionSaid.js';
import { readClause } from './grammar.js';
import { isRecordField } from './recordFields.js';
import { guestReporter, withoutGuestsBusiness } from './guestReports.js';
import { NOTHING, actionMarker, cleanOwner, closingInitials, trailingInitials } from './owner.js';
import { sentences as fullSentences } from './paragraphs.js';
import { doneEntry, reportedDone, statusNote } from './progressNotes.js';
import type { Minute, NotedEntry, ProposedItem } from './types.js';
import { headPutBack, putBackReading } from './carriedForward.js';
import { emptyReading } from './reading.js';
import { withoutDebateLead } from './commitmentSubject.js';
import { PARAGRAPH_REF } from './paragraphs.js';
import { markClauseItem, readByClause } from './undertakings.js';

export type { DiscussionContext };

/** A due set out as a label after the agreement: "When: next Panel", "By when: 31 March", "Deadline – end of June". */
const DUE_LABEL = /^(?:by\s+when|when|due(?:\s+date)?|deadline|target\s+date|timescale)\s*[:–—-]\s*(?<when>\S.*)$/i;

export function discussionItems(
  minute: Minute,
  consumed: Set<number>,
  context: DiscussionContext,
  ownerLine: (line: string, index: number, task?: { owner: string; text: string }) => boolean,
): { items: ProposedItem[]; marked: ProposedItem[]; noted: NotedEntry[] } {
  const items: ProposedItem[] = [];
  const marked: ProposedItem[] = [];
  const noted: NotedEntry[] = [];
  const noteDone = (text: string, ref: string | null) => {
    const done = { ...doneEntry(text, minute.number, 'discussion'), ref };
    if (!noted.some((n) => n.text === done.text)) noted.push(done);
  };
  const review = REVIEW.test(context.title);
  let previous: { paragraph: Paragraph; made: ProposedItem[] } | null = null;
  let lastSpeaker: string | null = null;
  let lastSentence: string | null = null;
  // the line where a record of actions ("ACTIONS: …") opened, while its entries run on
  let record: number | null = null;
  const makeMarked = (text: string, ref: string | null, owner: string | null, updates: string | undefined) =>
    markedItem(text, minute.number, ref, owner, updates, context);
  for (const read of paragraphsOf(minute, consumed, context.around)) {
    // "Action Point 7 – Quotes to be sought …", "ACTION 8: RP to seek …": the label on the action's own line is its reference
    const inline = actionRefInline(read.text);
    const paragraph = inline ? { ...read, text: inline.rest, ref: inline.ref, labelled: true } : read;
    let text = paragraph.text.replace(/^[-•]\s*/, '');
    // In a review of earlier actions, a line "Insurance review - Done", "Clerk recruitment - Still ongoing": the log's
    // row and its progress, however the lines are spaced — nothing new, unless the progress names a step ("Clerk to …").
    // (one reported done is shown to the clerk, noted)
    if (review && LOG_ROW.test(text) && !actionMarker(text)) {
      if (reportedDone(text)) noteDone(text, paragraph.ref);
      continue;
    }
    // "Key to action initials: AS Ann Small; …", "Abbreviations: DPH – Director of Public Health": a legend, not a record
    if (LEGEND.test(text)) continue;
    const cites = CITES.exec(text);
    const updates = cites ? (cites.groups!.named ?? cites.groups!.bare) : undefined;
    if (cites) text = text.slice(cites[0].length).replace(/^[^-–—:]{2,60}?\s+[-–—:]\s+(?=[A-Z])/, '');
    // "Budget 2026/27 – the Chair and the Clerk to prepare …": a paragraph may open with its matter's name and a dash;
    // the sentence after the dash is the record (a name has no verb of its own)
    // ("ACTION – JB" is a tag, not a matter named before its dash)
    // (the lines under "ACTIONS:" that open with an owner, no blank line between, are that record's further entries)
    const attending = new Set(context.people.initials.keys());
    const continued =
      record !== null &&
      !paragraph.labelled &&
      minute.lines.slice(record, paragraph.line).every((l) => l.trim()) &&
      opensEntry(text, attending);
    if (!continued) record = null;
    const labelled = continued ? null : /^(?<label>[^.;:–—]{2,60}?)\s+[–—-]\s+(?<rest>\S.*)$/.exec(text);
    if (
      labelled?.groups &&
      !/^actions?(?:\s+by)?$/i.test(labelled.groups.label.trim()) &&
      readClause(labelled.groups.label).verb === null &&
      !/\b[a-z]+ed\b/.test(labelled.groups.label) &&
      // ("Carried forward to next meeting – quotes awaited", "Item on the plot map put off to May – JB away": a matter put back
      // before the dash, not a matter's name)
      putBackReading(labelled.groups.label, emptyReading(labelled.groups.label)).verb === null
    ) {
      // ("Bench repairs at the lych gate – Action: Clerk": the matter is the errand, the tag after the dash its owner)
      const tag = actionMarker(labelled.groups.rest);
      if (tag?.index === 0) {
        marked.push(
          makeMarked(ownersSentence(`${labelled.groups.label}.`, tag.owner), paragraph.ref, tag.owner, updates),
        );
        previous = null;
        continue;
      }
      text = labelled.groups.rest.charAt(0).toUpperCase() + labelled.groups.rest.slice(1);
    }
    // "Action: Town Clerk" alone under a resolution
    if (ownerLine(paragraph.text, paragraph.line)) {
      previous = null;
      continue;
    }
    const lead =
      paragraph.labelled || continued
        ? { groups: { rest: text } }
        : /^(?:ACTIONS?|[Aa]ctions?)\s*(?:point\s*\d*)?\s*[:–—-]\s*(?<rest>.{3,})$/.exec(text);
    const alone = paragraph.labelled ? null : actionMarker(text);
    // "Action SH", "ACTION: Jim / Alasdair" on its own line: the paragraph before is the action.
    if (alone && alone.index === 0) {
      if (previous) {
        const unowned = previous.made.filter((m) => !m.owner);
        // ("ACTION: PA – by 4 December": the tag's day is when the errand above is due, whatever day its sentence names)
        const tagged = (m: ProposedItem) => {
          if (alone.due) m.due = dueFor(m.category, alone.due, context) ?? m.due;
          return m;
        };
        if (previous.made.length)
          for (const m of unowned.length ? unowned : previous.made.slice(-1)) tagged(m).owner = alone.owner;
        // (a field of a decision record above it, "Call-in deadline: 5 pm, 9 May" over "Lead officer: Jo Bright", is
        // the record's, not an errand: the owner's field names whom the record is filed under)
        else if (
          (!review || previous.paragraph.text.split(/\s+/).length > 3) &&
          !isRecordField(previous.paragraph.text)
        )
          marked.push(
            tagged(
              makeMarked(
                ownersSentence(previous.paragraph.text, alone.owner),
                previous.paragraph.ref,
                alone.owner,
                updates,
              ),
            ),
          );
      }
      previous = null;
      continue;
    }
    // "ACTION: Drainage Engineer to write to …", "Actions: JS - report to the next Board"
    if (lead?.groups && !alone) {
      // ("ACTIONS: DO mend the gate. TR to write to the league.": each owner opens an entry of its own)
      const entries = actionEntries(lead.groups.rest, attending);
      if (!continued && !paragraph.labelled) record = paragraph.line;
      for (const rest of entries.length > 1 ? entries.slice(0, -1) : []) {
        const entry = entryItem(rest, paragraph.ref, attending, makeMarked, updates);
        withoutTwin(entry, items);
        marked.push(entry);
      }
      const rest = entries.length > 1 ? entries[entries.length - 1] : lead.groups.rest;
      // ("Actions: None.", "Action: none for the committee (business as usual)": the minute leaves nothing to do)
      if (NOTHING.test(rest.trim())) {
        previous = null;
        continue;
      }
      // ("ACTION: Send the rota to partners - LT", "ACTION: Costed plan to the June Board - LT / OQ (by May)": initials
      // closing the line after a dash name who does the errand before it — the mirror of "ACTION: LT - send …")
      const closing = CLOSING_INITIALS.exec(rest)?.groups;
      // ("ACTION: Estates Team (TV) – survey the roof": a bracket after who acts, before the dash, is still how they are
      // named — kept as printed ("Head of Housing (Interim)"), unless it is the initials the attendance list gives one
      // person, who speaks for the body named before it: then the body acts)
      const dashed =
        /^(?<who>[A-Z][\w.'’&/, -]{0,50}?)(?:\s*\((?<aside>[^()]{1,40})\))?\s*?\s+[-–—:]\s+(?<what>\S.*)$/.exec(
          rest.replace(/(\))\s*:\s+/, '$1 : '),
        )?.groups;
      const named = closing
        ? { who: closing.who, what: `${closing.what}${closing.aside ? ` ${closing.aside}` : ''}` }
        : dashed && {
            who:
              dashed.aside && !context.people.initials.has(dashed.aside.trim())
                ? `${dashed.who} (${dashed.aside})`
                : dashed.who,
            what: dashed.what,
          };
      const reading = readClause(rest);
      // ("Action: the slides to be sent round to members": a passive infinitive's subject is what is done, not who does it)
      // ("ACTIONS: DO mend the rink markers": initials the attendance list gives, then the bare verb)
      const bare = named || (reading.subject && reading.form === 'infinitive') ? null : bareEntry(rest, attending);
      const owner = named
        ? cleanOwner(named.who)
        : bare
          ? bare.who
          : // (the subject of a passive is the thing done, "the slides to be sent round to members", not who does it)
            reading.subject && reading.form === 'infinitive' && !reading.passive
            ? cleanOwner(reading.subject)
            : null;
      if (owner && entries.length <= 1 && ownerLine(paragraph.text, paragraph.line, { owner, text: rest })) {
        previous = null;
        continue;
      }
      const item = makeMarked(named?.what ?? bare?.what ?? rest, paragraph.ref, owner, updates);
      marked.push(item);
      // "JS said the Trust's response would come to the Board. / ACTION: JS - response to the next Board": the line
      // under a paragraph restates the one agreement the paragraph made, now with its owner
      const said = previous?.made.filter((m) => m.source === 'discussion') ?? [];
      // (a record of several entries restates errands told anywhere in the minute: each takes the place of its own)
      if (entries.length > 1 || continued) withoutTwin(item, items);
      else if (said.length === 1 && said[0].type === item.type && previous?.made.length === 1) {
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
          // (one errand on the line: the action column names its owner as the record of actions does, "Shona to
          // complete the form …  Action: SB")
          m.owner = made.length === 1 ? alone.owner : (m.owner ?? alone.owner);
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
    // (in a review of earlier actions a line with its owners' initials reports progress — unless it gives the action a
    // new due: "… except 22/26, which would be circulated by the end of December.   HM" carries it on, an update)
    if (initials.length && (!review || dueFor('action', text, context) !== null)) {
      const whole = closing
        ? text.slice(0, closing.index).trim()
        : text.replace(/[A-Z]{2,3}(?:\s*[,/&]\s*[A-Z]{2,3})*\s*$/, '').trim();
      // (a sentence a decision block took is read there, its initials with it: the rest of the line is still discussion)
      const body = fullSentences(whole)
        .filter((s) => !decidedAlready(s, context.decided))
        .join(' ');
      if (!body) {
        previous = null;
        continue;
      }
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
        const named = rest.split(/(?<=[.!?])\s+/).every((s) => readClause(s).form === 'none');
        // (one errand on the line whose doer is named by title or name, "Asked about X, the DPH agreed to write …   GR":
        // the initials stand for whoever the sentence named, and the rest of the line is what led to it)
        const titled =
          made.length === 1 && others.length === initials.length && !INITIALS_ONLY.test(made[0].owner ?? '');
        if (made.length && (!rest || named || titled)) {
          const last = made[made.length - 1];
          last.owner = others.join('/');
          if (rest && named) last.text = tidyText(`${rest} ${last.text}`);
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
    const parts = fullSentences(text).flatMap((full, k) => {
      const cite = CITES.exec(full);
      // (the paragraph's own reference, taken off its first sentence, goes with that sentence)
      const cited = cite ? (cite.groups!.named ?? cite.groups!.bare) : k === 0 ? updates : undefined;
      // (in informal notes, with no resolutions, the meeting's people read where an errand is joined on: notesErrands.ts)
      return discussionSentences(full, context.formal ? undefined : context.people).map((sentence) => ({
        sentence,
        updating: cited,
      }));
    });
    // (a request, and right after it someone taking it on: "Members asked to see the new depot; the Clerk agreed to
    // arrange a visit in the spring" is one item, the undertaking — who does it and what)
    let askedJustBefore: ProposedItem[] = [];
    for (const [at, { sentence, updating }] of parts.entries()) {
      // ("… to arrange the visit. When: before the end of January.": the label after an agreement says when it is due)
      const dueLabel = DUE_LABEL.exec(parts[at + 1]?.sentence ?? '')?.groups?.when;
      const madeBefore = made.length;
      if (DUE_LABEL.test(sentence)) continue;
      // ("JB still has to ask about a second skip. Carried over to next time.": with no subject, what is carried on is what the
      // sentence before it told — an errand kept open — not the matter of the heading, which only a paragraph's first
      // sentence puts back: carriedForward.ts)
      if ((at > 0 || review) && headPutBack(sentence)) {
        lastSentence = sentence;
        continue;
      }
      // (a sentence the decision blocks took, or a part of one)
      if (decidedAlready(sentence, context.decided)) {
        lastSentence = sentence;
        continue;
      }
      // "She agreed …" is the last one who spoke; a name or a title speaking takes the floor
      // ("In reply to a supplementary question he agreed …": how it came up, with no comma, before the one who commits)
      const unled = withoutDebateLead(sentence);
      const resolved = resolvePronoun(unled, lastSpeaker);
      // ("5.4 asked that …" then, on a line of its own, "During the discussion the Leader undertook to write …": what the
      // debate brought out is the minute's, not the last numbered clause's whose reference the line inherited; a number
      // printed on the line itself, "18.5 During the debate …", stays, and so does a letter the paragraph runs under,
      // "(b)" of a set of questions)
      const cited =
        unled !== sentence &&
        PARAGRAPH_REF.test(`${paragraph.ref ?? ''} `) &&
        !PARAGRAPH_REF.test(minute.lines[paragraph.line]?.trim() ?? '')
          ? { ...paragraph, ref: null }
          : paragraph;
      lastSpeaker = speakerAfterSentence(resolved, lastSpeaker, context);
      // "X asked that the fence be repaired. / The Clerk advised this was being dealt with": the answerer's errand
      const taken = answeredRequest(resolved, lastSentence, context.own);
      if (taken) made.push(itemOf(taken, cited, minute.number, context, updating));
      // "the responses to the questions were being prepared": answers owed to the members
      const owed = answersToCome(resolved, context.own);
      if (owed) made.push(itemOf(owed, cited, minute.number, context, updating));
      for (const said of readSentence(
        resolved,
        { own: context.own, people: context.people, formal: context.formal },
        paragraph.listed,
        lastSentence,
      )) {
        // ("said he would appeal to all groups to …": an exhortation to everyone is nobody's errand)
        if (exhortation(said.text)) continue;
        // (a matter named with where it stands, "letter to the landlord – sent, no reply yet", asks nothing new)
        if (statusNote(said.text)) continue;
        // (an errand with "– done" set after it is an earlier action reported finished, in any minute: noted, once)
        if (reportedDone(sentence, true)) {
          noteDone(sentence, paragraph.ref);
          continue;
        }
        // (and in a review of actions, what only carries an earlier one on or closes it is no new action)
        if (review && carriedOnOrDone(said.text, updating)) continue;
        const item = itemOf(said, cited, minute.number, context, updating);
        if (readByClause(said)) markClauseItem(item);
        // (a step agreed while reviewing earlier actions may carry one of them on: the clerk decides, so it is less sure)
        if (review) item.confidence = Math.min(item.confidence, 0.5);
        made.push(item);
      }
      // (a bare date under the label is the day it is due by: "By when: 31 March")
      const when = dueLabel && /^(?:[a-z]+day,?\s+)?\d/i.test(dueLabel) ? `by ${dueLabel}` : dueLabel;
      if (when) for (const item of made.slice(madeBefore)) item.due ??= dueFor(item.category, when, context);
      const now = made.slice(madeBefore);
      // (the undertaking answers the request when it points back to it, "agreed to provide this breakdown", or names
      // its matter, "asked that the Committee visit the new base … agreed to arrange a visit"; another matter is another item)
      // (so does a commitment told in reported speech that points back, "X said she would raise this with …": the one
      // who said it will do what was asked; on the same matter without pointing back it may be another errand)
      const undertakes = UNDERTAKES.test(resolved);
      const spoken = COMMITS_IN_SPEECH.test(resolved) && SPOKEN_POINTS_BACK.test(resolved);
      const answers = (asked: ProposedItem) =>
        spoken || POINTS_BACK.test(resolved) || now.some((n) => sharesMatter(asked.text, n.text));
      if (askedJustBefore.length && now.length && (undertakes || spoken))
        for (const asked of askedJustBefore.filter(answers)) made.splice(made.indexOf(asked), 1);
      askedJustBefore = now.length && isRequest(resolved) ? now : [];
      lastSentence = sentence;
    }
    items.push(...attachOwners(made, items));
    previous = { paragraph, made };
  }
  // (a guest's report tells what the guest will do: not this body's business)
  return {
    items: withoutGuestsBusiness(items, guestReporter(context.title, minute.lines, context.people), context.people),
    marked,
    noted,
  };
}

/** A legend's lead: the nouns that spell out a document's initials and abbreviations (a closed class). */
const LEGEND = /^(?:key|legend|glossary|abbreviations?|acronyms?)\b[^:.]{0,40}:/i;

/** An owner written as initials alone ("MP", "JP/HM"). */
const INITIALS_ONLY = /^[A-Z]{2,3}(?:\s*[,/&]\s*[A-Z]{2,3})*$/;

/**
 * An action line's errand, a dash, and only initials closing it ("Send the map to partners - LT", "Plan to the June
 * Board – LT / OQ (by end of May)"): the initials are who does it. The errand opens with a capital and is no initials
 * itself ("JS - NHS" is left as it was).
 */
const CLOSING_INITIALS =
  /^(?<what>(?![A-Z]{2,3}\s)[A-Z][^–—]*?[a-z][^–—]*?)\s+[-–—]\s*(?<who>[A-Z]{2,3}(?:\s*[,/&]\s*[A-Z]{2,3})*)\s*(?<aside>\([^()]*\))?\s*\.?\s*$/;

/** A sentence the decision blocks took, or a part of one. */
function decidedAlready(sentence: string, decided: Set<string> | undefined): boolean {
  return !!decided && [...decided].some((d) => d === sentence || d.includes(sentence.replace(/[.;]\s*$/, '')));
}

/**
 * One entry of a record of actions that holds several ("KM/PS – price a scoreboard", "DO mend the gate", "TR to write to
 * the league"): its owner by the dash, the bare verb or the infinitive's subject, and its errand.
 */
function entryItem(
  entry: string,
  ref: string | null,
  initials: ReadonlySet<string>,
  makeMarked: (text: string, ref: string | null, owner: string | null, updates: string | undefined) => ProposedItem,
  updates: string | undefined,
): ProposedItem {
  const dashed = /^(?<who>[A-Z]{2,4}(?:\s*[/&]\s*[A-Z]{2,4})*|[Ee]veryone|[Aa]ll|ALL)\s*[–—-]\s+(?<what>\S.*)$/.exec(
    entry,
  )?.groups;
  const bare = dashed ? null : bareEntry(entry, initials);
  const reading = readClause(entry);
  const who = dashed?.who ?? bare?.who ?? (reading.form === 'infinitive' && !reading.passive ? reading.subject : null);
  return makeMarked(dashed?.what ?? bare?.what ?? entry, ref, who ? cleanOwner(who) : null, updates);
}

/**
 * "PS to ring the league about the fixtures" in the discussion, then "PS – ring league re fixtures" in the record under
 * it: the same errand told twice. The record's entry stands (its owner and wording are the
 * record's), the discussion's telling goes, its due kept where the entry states none. The twin has the entry's owner
 * and shares a word of its matter.
 */
function withoutTwin(entry: ProposedItem, items: ProposedItem[]): void {
  if (!entry.owner) return;
  const twin = items.find(
    (m) => m.source === 'discussion' && m.owner === entry.owner && sharesMatter(m.text, entry.text),
  );
  if (!twin) return;
  items.splice(items.indexOf(twin), 1);
  entry.due ??= twin.due;
}
