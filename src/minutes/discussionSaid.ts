// What the discussion's sentences make: an item from a sentence read as agreed (its owner the one named, or the
// speaker of reported speech), a pronoun given to the last speaker, an owner given to the item just before.
import type { OwnBody } from './bodies.js';
import { dueFor, tidyText } from './decisions.js';
import type { DateMention } from './dateText.js';
import type { Said } from './agreedParts.js';
import { readSentence } from './discussion.js';
import { speakerTakesOn } from './commitmentSubject.js';
import { withAskedNamed } from './askedPronoun.js';
import { discussionSentences } from './discussionSentences.js';
import type { Paragraph } from './discussionParagraphs.js';
import { readClause } from './grammar.js';
import { WHOLE_MEMBERSHIP, alternatives } from './lexicon.js';
import { cleanOwner, ownerOf } from './owner.js';
import { sentences as fullSentences } from './paragraphs.js';
import type { People } from './people.js';
import type { ProposedItem } from './types.js';
import { TYPE_OF_CATEGORY } from '../domain/types.js';

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

/**
 * "Notices to go up in each village: Ann Small to arrange this for the north ward, Tom Reed for
 * the south …": a clause that only names who does "this" gives its owners to the item before it.
 */
export function attachOwners(made: ProposedItem[], earlier: ProposedItem[] = []): ProposedItem[] {
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
    // "It was agreed to write to the bus company. Mo will draft the letter …": the one named next to do the thing just
    // agreed — named by a definite article, as something already spoken of — carries it out: one item, theirs
    const last = out[out.length - 1];
    if (
      last &&
      !last.owner &&
      item.owner &&
      last.category === item.category &&
      /^(?:the|that|this)\s/i.test(readClause(item.text).rest.trim())
    ) {
      last.owner = item.owner;
      last.owners = item.owners;
      last.due ??= item.due;
      last.text = `${last.text.replace(/\.?\s*$/, '.')} ${item.text}`;
      continue;
    }
    out.push(item);
  }
  return out;
}

export function saidIn(
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
 * "The Transport Manager, Jo Reed, said …": the post's holder named beside it in commas — a personal name, perhaps
 * with an honorific — says who holds it; the speaker is the post, as "Scrutiny Officer (D Varga)" is (`fullTitles.ts`).
 */
const HOLDER_BESIDE = String.raw`(?:,\s+(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2},)?`;

const SECOND_REPORTED = new RegExp(
  String.raw`^(?<who>(?:the\s+)?[A-Z][^,;]{1,60}?)\s+(?:${alternatives(['said', 'stated', 'confirmed', 'advised', 'explained', 'indicated', 'replied', 'reported'])})\s+(?:that\s+)?[^;]*?,?\s+(?:and|but)\s+(?:that\s+)?(?:he|she|they)\s+(?<rest>(?:would|will)\s+(?!be\b)[a-z].*)$`,
);

/** "The Manager agreed and said he would check it": the second verb shares the first's subject, the one speaking. */
const AND_SAID = new RegExp(
  String.raw`^(?<who>(?:the\s+)?[A-Z][^,;]{1,60}?)\s+[a-z]+\b[^;]*?,?\s+and\s+(?:${alternatives(['said', 'stated', 'confirmed', 'advised', 'explained', 'indicated', 'replied', 'added'])})\s+(?:that\s+)?(?:he|she|they)\s+(?<rest>(?:would|will)\s+(?!be\b)[a-z].*)$`,
);

/**
 * "She agreed to provide …": she is the one who last spoke. So is a pronoun after a fronted
 * participle ("Asked about the lights, she agreed …") and the subject of what the meeting agreed
 * ("It was agreed that he would …").
 */
export function resolvePronoun(sentence: string, speaker: string | null): string {
  // "The Director advised that no reply had been received and that he would follow this up": the second thing reported
  // is the speaker's undertaking ("he" is the one speaking), the first only what was said — with or without its "that"s
  // ("The Manager said the trial had ended and he would share the findings", "… at present but she would ask")
  const second = SECOND_REPORTED.exec(sentence)?.groups ?? AND_SAID.exec(sentence)?.groups;
  if (second) return `${second.who} ${second.rest}`;
  // ("Cllr Vance replied that the lease had two years to run; she undertook to send …": the speaker takes it on after
  // the semicolon — commitmentSubject.ts)
  const taken = speakerTakesOn(sentence);
  if (taken) return taken;
  if (!speaker) return sentence;
  // ("Members asked her to include …": the one asked is the one who had the floor — askedPronoun.ts)
  const named = withAskedNamed(sentence, speaker);
  if (named !== sentence) return named;
  const commits = String.raw`(?=(?:${alternatives(['agreed', 'undertook', 'offered', 'promised', 'would', 'will', 'should'])}|said\s+(?:he|she|they)\s+would)\b)`;
  return sentence
    .replace(
      // (after a phrase telling how it came up: "Asked about the survey, she …", "In response to a question from Cllr Amis, she …")
      new RegExp(
        String.raw`^(?:(?:[A-Z][a-z]+(?:ed|ing)|In\s+(?:response|reply|answer)\s+to|After|During)\b[^,]{0,100},\s+)?(?:[Hh]e|[Ss]he|[Tt]hey)\s+${commits}`,
      ),
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

const SPEAKER_UNDERTAKES = new RegExp(
  // (case-sensitive only where the holder's name is read: the name is capitalised, the rest as before in any case)
  String.raw`^(?<who>(?:[Tt]he\s+)?[A-Za-z][^,;]{1,60}?)${HOLDER_BESIDE}\s+(?:[Ss]aid|[Ss]tated|[Cc]onfirmed|[Aa]dvised|[Ee]xplained|[Ii]ndicated|[Rr]eplied)\s+(?:[Tt]hat\s+)?(?:[Hh]e|[Ss]he|[Tt]hey)\s+(?:[Ww]ould|[Ww]ill)\s+(?![Bb]e\b)[A-Za-z]`,
);

export function itemOf(
  said: Said,
  paragraph: Paragraph,
  minute: string | null,
  context: DiscussionContext,
  updates: string | undefined,
): ProposedItem {
  const category = said.decision.category === 'noted' ? 'action' : said.decision.category;
  const agent = said.agent && !/^(?:it|this|they|he|she)$/i.test(said.agent) ? cleanOwner(said.agent) : null;
  // "The Housing Manager agreed to invite the chair of the residents' group": the one who undertook to invite sends the
  // invitation (as a sender named in a resolution does) — unless the members or the body agreed it, which names no sender
  const sender =
    category === 'invitation' && agent && !WHOLE_MEMBERSHIP.test(agent) && !context.own.is(agent) ? agent : null;
  const named =
    sender ??
    (agent && category !== 'recommendation' && category !== 'invitation' && category !== 'deferral'
      ? agent
      : ownerOf(said.decision, category, context.own));
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
