// Step 9: actions agreed in the discussion rather than a resolution — "It was agreed that
// the Family Hub Programme Manager would link in with …", "Clerk to arrange …", "MP will
// look into …", initials closing an item's line, an "Action: <owner>" line — proposed with
// less confidence, for the clerk to confirm.
import type { ProposedItem } from './types.js';
import { categorise } from './classify.js';
import { dueOf } from './due.js';
import { actionMarker, cleanOwner, closingInitials, directive, isAgent, trailingInitials } from './owner.js';
import { sentences } from './resolutions.js';
import { undertakingsIn } from './undertakings.js';
import { TYPE_OF_CATEGORY } from '../domain/types.js';

const AGREED_THAT = /\bit was (?:also\s+|further\s+|then\s+|unanimously\s+)?(?:agreed|resolved|decided)\s+(?:that\s+)?(?<rest>.+)$/i;
const CONFIRMED_DELIVERY = /\bconfirmed that\b.*\bwould be (?:sent|circulated|provided|forwarded|shared|invited|published|distributed|e-?mailed|arranged)\b/i;
const SPEAKER = /^(?:the\s+)?((?:Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?|Clerk|Chair(?:man)?|Officers?)\b/;
/** A person or officer role who can be asked to act — not an organisation, which a report may describe. */
const ROLE_AGENT = String.raw`(?:Clerk|Chair(?:man|person)?|Vice[- ]Chair|Officers?|Headteacher|Head Teacher|Principal|(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z][\w'’-]+|(?:[A-Z][\w&'’-]*\s+){0,4}(?:Officer|Manager|Engineer|Director|Clerk|Lead|Head|Coordinator|Co-ordinator|Secretary|Treasurer|Governor|Ranger|Warden|Adviser|Advisor))`;
const OWNER_TO_ACT = new RegExp(String.raw`^(?:(?:[Tt]he\s+)?(?<agent>${ROLE_AGENT}(?:\s+and\s+(?:the\s+)?${ROLE_AGENT})?)|(?<initials>[A-Z]{2,3}))\s+(?:to|will|would|agreed to|undertook to)\s+(?!be\b|like\b)[a-z]+`);
/** "The Clerk was asked to update the register", "Officers were requested to …". */
const ASKED_TO_ACT = new RegExp(String.raw`^(?:[Tt]he\s+)?(?<agent>${ROLE_AGENT})\s+(?:was|were)\s+(?:asked|requested|instructed|tasked)\s+to\s+(?!be\b)[a-z]+`);
const agentOf = (m: RegExpExecArray): string => m.groups!.agent ?? m.groups!.initials;
/** "The Behaviour Policy was deferred to the next meeting so that …" */
const DEFERRED = /^(?:[Tt]he\s+)?[A-Z][^.]{2,80}?\s+(?:was|were|has been|have been|is|are|would be)\s+deferred\b|^(?:[Tt]his\s+item\s+)?[Dd]eferred\s+(?:to|until)\b/;
const ACTIONS_HEADING = /^(?:agreed\s+)?actions?(?:\s+(?:agreed|arising|points?))?\s*:?\s*$/i;
const ADDED_TO_PROGRAMME = /\b(?:a|an)\s+(?:further\s+)?(?:item|report|update|session)\b[^.]*\b(?:would|will|to|should)\s+be\s+(?:added|included|scheduled|brought)\b[^.]*\b(?:work ?programme|agenda|meeting)\b/i;
const LATER_DISCUSSION = /^(?:this\s+|item\s+)?to be (?:discussed|considered|revisited|brought back)\b/i;

interface Paragraph {
  text: string;
  ref: string | null;
}

export function narrativeItems(paragraphs: Paragraph[], minute: string | null, meeting: string | null): ProposedItem[] {
  const items: ProposedItem[] = [];
  const make = (text: string, ref: string | null, owner: string | null, reading = categorise(text), marked = false): void => {
    const category = reading === 'noted' ? 'action' : reading;
    // An "ACTION:" line is a record of its own; a sentence of the discussion is a guess.
    items.push({ minute, ref, type: TYPE_OF_CATEGORY[category], category, owner, due: dueOf(text, meeting, category === 'deferral'), text, confidence: marked ? 0.75 : 0.6, narrative: !marked });
  };
  let actionList = false;
  // What was said earlier in the minute, so that "She agreed to …" knows who she is.
  const spokenBefore: string[] = [];
  for (const paragraph of paragraphs) {
    const { ref } = paragraph;
    let { text } = paragraph;
    // "Actions:" over a list: each entry is an action recorded as such, whatever its wording.
    if (ACTIONS_HEADING.test(text)) {
      actionList = true;
      continue;
    }
    if (actionList && /^- \S/.test(text)) {
      const entry = text.slice(2).trim();
      const acting = OWNER_TO_ACT.exec(entry) ?? ASKED_TO_ACT.exec(entry);
      const owner = (acting ? agentOf(acting) : null) ?? directive(entry)?.agent ?? null;
      make(entry, ref, owner ? cleanOwner(owner) : null, undefined, true);
      continue;
    }
    actionList = false;
    // "ACTION: Drainage Engineer to write to the Environment Agency by 27 February.", at the
    // start of a line or after the sentence it follows; "ACTION: JS - report to the next Board".
    const leadAt = /(?:^|(?<=[.;!?])\s+)(?:ACTIONS?|[Aa]ctions?)\s*(?:point)?\s*[:–—-]\s*(?<rest>.{8,})$/.exec(text);
    const lead = leadAt?.groups?.rest;
    if (leadAt && lead && !actionMarker(text)) {
      const named = /^(?<who>[A-Z][\w.'’&/, -]{0,50}?)\s+[-–—:]\s+(?<what>\S.*)$/.exec(lead)?.groups;
      const acting = OWNER_TO_ACT.exec(lead);
      if (named && isAgent(named.who)) make(named.what, ref, cleanOwner(named.who), undefined, true);
      else {
        const owner = (acting ? agentOf(acting) : null) ?? directive(lead)?.agent ?? null;
        const reading = categorise(lead);
        make(lead, ref, owner ? cleanOwner(owner) : null, reading === 'information' || reading === 'work-programme' || reading === 'invitation' ? reading : 'action', true);
      }
      text = text.slice(0, leadAt.index).trim();
      if (!text) continue;
    }
    const marker = actionMarker(text);
    if (marker) {
      make(text.slice(0, marker.index).trim() || text, ref, marker.owner, 'action');
      continue;
    }
    const closing = trailingInitials(text).length ? null : closingInitials(text);
    const initials = closing?.initials ?? trailingInitials(text);
    const body = closing ? text.slice(0, closing.index).trim() : initials.length ? text.replace(/[A-Z]{2,3}(?:\s*[,/&]\s*[A-Z]{2,3})*\s*$/, '').trim() : text;
    const claimed = new Set<string>();
    // A discussion often runs two things into one sentence: "Cllr Wicks asked for photographs; the Assistant Director said he would send these".
    const pieces = sentences(body.replace(/^- /, '')).flatMap((sentence) => sentence.split(/;\s+/));
    const before = items.length;
    const promised = undertakingsIn([...spokenBefore, ...pieces]);
    for (const [k, sentence] of pieces.entries()) {
      const promise = promised.get(spokenBefore.length + k);
      if (promise) {
        const kind = categorise(promise.text);
        make(promise.text.charAt(0).toUpperCase() + promise.text.slice(1), ref, promise.owner, kind === 'information' || kind === 'invitation' ? kind : 'action');
        continue;
      }
      const agreed = AGREED_THAT.exec(sentence)?.groups?.rest;
      const agent = agreed ? directive(agreed) : null;
      const reading = agreed ? categorise(agreed) : 'noted';
      if (agreed && (agent || ['deferral', 'work-programme', 'invitation'].includes(reading))) {
        make(agreed, ref, agent?.agent ?? null, reading === 'noted' ? 'action' : reading);
      } else if (CONFIRMED_DELIVERY.test(sentence)) {
        const speaker = SPEAKER.exec(sentence)?.[1];
        make(sentence, ref, speaker && isAgent(speaker) ? cleanOwner(speaker) : null, categorise(sentence.replace(/^.*?confirmed that\s+/i, '')) === 'invitation' ? 'invitation' : 'action');
      } else if (ASKED_TO_ACT.test(sentence)) {
        const owner = cleanOwner(ASKED_TO_ACT.exec(sentence)!.groups!.agent);
        make(sentence, ref, owner, categorise(sentence) === 'information' ? 'information' : 'action');
      } else if (OWNER_TO_ACT.test(sentence) && sentence.split(/\s+/).length >= 5) {
        const owner = agentOf(OWNER_TO_ACT.exec(sentence)!);
        claimed.add(owner);
        make(sentence, ref, cleanOwner(owner), 'action');
      } else if (DEFERRED.test(sentence)) {
        make(sentence, ref, null, 'deferral');
      } else if (ADDED_TO_PROGRAMME.test(sentence) || LATER_DISCUSSION.test(sentence)) {
        make(sentence, ref, null, 'work-programme');
      }
    }
    spokenBefore.push(...pieces);
    // Initials closing a wrapped line ("… for the December\nmeeting.   RT", "RT/MB/JW") own what the paragraph
    // just asked for: one item, not a second copy of it. Initials owning together are written as one owner.
    // When the paragraph already named one of them to act ("MP will look into it. MP, SD"), the others get their own.
    const made = items.slice(before);
    const owners = initials.filter((o) => !claimed.has(o));
    if (initials.length && owners.length === initials.length && made.length && !closing) made[made.length - 1].owner = initials.join('/');
    else if (owners.length > 1 && owners.length === initials.length) {
      const rest = sentences(body).filter((s) => !OWNER_TO_ACT.test(s)).join(' ');
      make(rest || body, ref, initials.join('/'), 'action');
    } else for (const owner of owners) {
      const rest = sentences(body).filter((s) => !OWNER_TO_ACT.test(s)).join(' ');
      make(rest || body, ref, owner, 'action');
    }
  }
  return items;
}
