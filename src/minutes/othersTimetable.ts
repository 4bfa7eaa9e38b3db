// Another body's timetable, told in the future: "Note: the Executive will consider the charges at its meeting on 8
// December", "(Full Council will consider them at its meeting on 24 February.)", "the Executive's next meeting on 8
// December would take up the schedule", "the final schedule would go to the Executive on 8 December". When another body, or
// a sitting of another body, will take a matter up is the course of that body's business, printed so that members
// know when: it asks nothing of this meeting, and it is not this meeting's decision either. What this body itself sends
// on is read where the resolution sends it ("be referred to", "recommended to", a subjunctive), so only the future told
// ("will", "would", "is to", "is due to") is read here — and only of a body other than this one, or of a paper, never
// of a person (an officer who "would report to Cabinet" has taken on an errand).
import { namesBody, type OwnBody } from './bodies.js';
import { MONTH_PATTERN } from './lexicon.js';

/** A clerk's aside around the sentence: "Note:", "NB", "(…)", "It was noted that", "… and that". */
const ASIDE =
  /^(?:(?:please\s+)?note\s*[:–—-]\s*|n\.?\s?b\.?\s*[:–—-]?\s*|it\s+was\s+noted\s+that\s+|(?:and\s+)?that\s+)/i;

/** The future told, not asked: "will", "would", "is to", "is due to" (with an adverb of sequence between). */
const FUTURE = String.raw`(?:will|would|is\s+(?:due\s+)?to|are\s+(?:due\s+)?to|was\s+due\s+to)\s+(?:then\s+|now\s+|also\s+|formally\s+|next\s+|in\s+turn\s+)?`;

/** A body's name as printed: capitalised words, with "of", "and", "for", "the" between them ("Overview and Scrutiny Board"). */
const NAME = String.raw`(?:the\s+)?[A-Z][\w&'’-]*(?:\s+(?:of|and|&|for|the|[A-Z][\w&'’-]*)){0,7}?`;
/** The same, as long as it runs: after "go to" nothing tells where the name ends but its last capital. */
const WHOLE_NAME = NAME.replace(/\?$/, '');

/** What a body does with a matter at its own sitting (a closed few): takes it up, decides it. */
const TAKES_UP = String.raw`(?:consider|receive|discuss|debate|determine|decide|take\s+(?:a|the|its|their)\s+(?:final\s+)?decision|take\s+up|look\s+(?:at|into)|examine|scrutini[sz]e)`;

/**
 * A paper's way to another body: "go to", "come before". (Not the passives of sending, "be presented to": those the
 * labelled sets read both ways, and the resolution reads them as it sends.)
 */
const GOES_TO = String.raw`(?:go|come)\s+(?:to|before)\s+`;

/** The papers whose route is told: "the draft plan", "the final report", "it". A closed few nouns, never a person. */
const PAPER = String.raw`(?:(?:[Tt]he|[Ii]ts|[Tt]his|[Aa]|[Tt]heir)\s+(?:[\w-]+\s+){0,3}?(?:report|draft|plan|strategy|policy|paper|proposals?|budget|document|statement|results|findings|response|accounts|schedule|programme|minutes|recommendations|outcome)|[Ii]t|[Tt]his)`;

/** When: a day, a month, or the body's own sitting ("at its meeting on …", "at their next meeting"). */
const WHEN = new RegExp(
  String.raw`\b(?:on\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\s*,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH_PATTERN}|in\s+${MONTH_PATTERN}|at\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,3}?(?:meeting|sitting|session))\b`,
  'i',
);
/** A day told, "on 8 December": for a paper's route only the other body's dated sitting is read (see below). */
const ON_DAY = new RegExp(
  String.raw`^\s*on\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\s*,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH_PATTERN}\b`,
  'i',
);
/** A pronoun object and nothing after it: "The Trust will consider this." — the matter just told, taken up in its time. */
const THIS_ALONE = /^\s+(?:this|it|these|them|the\s+matter)\s*[.;]?$/i;

const BODY_TAKES_UP = new RegExp(String.raw`^(?<who>${NAME})\s+${FUTURE}${TAKES_UP}\b(?<rest>.*)$`);
const SITTING_TAKES_UP = new RegExp(
  String.raw`^(?<who>${NAME})['’]s?\s+(?:[\w-]+\s+){0,2}?(?:meeting|sitting|session)\b[^,;]{0,40}?\s+${FUTURE}${TAKES_UP}\b`,
);
const PAPER_GOES = new RegExp(
  String.raw`^${PAPER}\s+${FUTURE}${GOES_TO}(?<who>${WHOLE_NAME})(?=[\s,.;]|$)(?<rest>.*)$`,
);

/**
 * Who told it: a speaker's report ("the Policy Officer said [that]", "Mr Vale reported") or a noting verb ("Members noted
 * that", "To note that"). What another body will do, told by someone here, is still that body's course, not an errand.
 */
const TOLD_BY = new RegExp(
  String.raw`^(?:to\s+note\s+that\s+|[^.;]{0,100}?\b(?:${['said', 'explained', 'reported', 'advised', 'confirmed', 'stated', 'noted', 'added'].join('|')}|informed\s+(?:the\s+)?\w+)\s+(?:that\s+)?)`,
  'i',
);
/** The noting verbs among them: "To note that", "Members noted that", "It was noted that". */
const NOTED = /^(?:to\s+note|[^.;]{0,100}?\bnoted)\s+that\s+/i;

/**
 * A paper's way to another body by a passive of sending ("will be recommended to Council", "would be referred to
 * Cabinet", "will be submitted to the Board"). Read only under a noting verb: there the route is what is noted; a
 * resolution that sends it, or the same passive told with nothing before it, the labelled sets read both ways.
 */
const PAPER_SENT = new RegExp(
  String.raw`^${PAPER}\s+${FUTURE}be\s+(?:recommended|referred|submitted|presented|reported|sent)\s+to\s+(?<who>${WHOLE_NAME})(?=[\s,.;]|$)`,
);

/** The name without the little words the pattern may have run on into ("Cabinet and" of "Cabinet and then to Council"). */
const trimmed = (who: string) => who.replace(/(?:\s+(?:of|and|&|for|the))+$/, '');
const another = (who: string, own: OwnBody) => namesBody(trimmed(who)) && !own.is(trimmed(who));

/**
 * A second clause after the timetable ("…; members asked that the Director be invited", "… and the Committee agreed to
 * …"): what this meeting did goes with it, so the whole is not only the other body's business.
 */
const MORE = /;|\b(?:asked|requested|agreed|resolved|decided|instructed|invited|undertook)\b/i;

/** Whether the text only tells when another body, or a sitting of it, will take a matter up. */
export function othersTimetable(raw: string, own: OwnBody): boolean {
  if (MORE.test(raw)) return false;
  const bare = raw
    .trim()
    .replace(/^\(\s*/, '')
    .replace(/\s*\)\s*\.?$/, '');
  if (told(bare.replace(ASIDE, '').trim(), own)) return true;
  // (told by a speaker or under a noting verb: the same timetable, reported)
  const lead = TOLD_BY.exec(bare);
  if (!lead) return false;
  const reported = bare.slice(lead[0].length).trim();
  if (told(reported, own)) return true;
  const sent = NOTED.test(bare) ? PAPER_SENT.exec(reported)?.groups : undefined;
  return !!sent && another(sent.who, own);
}

/** The timetable itself: a body taking a matter up, a sitting of it doing so, a paper going before it on its day. */
function told(text: string, own: OwnBody): boolean {
  const body = BODY_TAKES_UP.exec(text)?.groups;
  if (body && another(body.who, own)) return WHEN.test(body.rest) || THIS_ALONE.test(body.rest);
  const sitting = SITTING_TAKES_UP.exec(text)?.groups;
  if (sitting && another(sitting.who, own)) return true;
  const paper = PAPER_GOES.exec(text)?.groups;
  return !!paper && another(paper.who, own) && ON_DAY.test(paper.rest);
}
