// Step 8a, dates: one rule for whether a date in the text is a meeting of this body — "the next
// meeting … on 18 March", "the meeting of the Committee taking place on 26th February",
// "to committee on 14 November", "the Panel at 7.00pm on 6th March", "agreed to meet on 29th
// March", "the AGM is set for Mon 25th June" — or of another body ("the meeting of Council
// on 25 February", "to the Corporate Parenting Committee on 15 March"), or neither. Both the
// due of an item and the body's next meetings are read with it.
import type { OwnBody } from './bodies.js';
import { namesBody } from './bodies.js';
import { BODY_NOUNS, MOVING_PAPERS, PAPER_NOUNS, alternatives } from './lexicon.js';
import { othersDay } from './othersDay.js';
import { theirNextOther } from './theirNext.js';
import { othersAgmOf, othersDescribedAgm } from './describedAgm.js';

export type Whose = 'own' | 'other' | null;

const TIME = String.raw`(?:(?:at|from)\s+\d{1,2}(?:[.:]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)?\s+)`;
// (a weekday capitalised or short, "Monday", "Wed": a day in words takes its weekday into its own mention, but a day in
// figures does not — "meets on Monday 08/03/2028" leaves "Monday" among the words before the day, and most of the
// patterns below are read without the "i" flag)
const WEEKDAY = String.raw`(?:(?:[Mm]on|[Tt]ues?|[Ww]ed(?:nes)?|[Tt]hu(?:rs?)?|[Ff]ri|[Ss]at(?:ur)?|[Ss]un)(?:day)?\.?,?\s+)`;
/** "this year", "this municipal year", "for the rest of the civic year", "in the remainder of the year": the span a run of meetings fills. */
const THIS_YEAR = String.raw`(?:(?:in|for|during)\s+(?:the\s+)?(?:rest|remainder)\s+of\s+)?(?:this|the)\s+(?:(?:municipal|civic|council|calendar|financial|academic)\s+)?year\s+`;
/** "… meeting (of the Committee) (scheduled) on", "… meeting to be held on", "… meeting taking place on", "… meeting would take place on", "… meetings in 2028 will be held on", "that a meeting (should) be held on" (any modal, or the subjunctive's bare "be"). */
// (the meeting's initials in brackets after its name are no words between: "The Annual Members' Meeting (AGM) will be held on")
const MEETING_ON = new RegExp(
  String.raw`\b(?:meeting|sitting|session)s?(?:\s*\([A-Z]{2,6}\))?\s+(?:of\s+(?:the\s+)?(?<body>[^.;]{1,60}?)\s+)?(?:(?:in|during)\s+(?:the\s+)?(?:20\d\d(?:\/\d\d)?|[a-z]+\s+[a-z]+|[a-z]+)\s+|${THIS_YEAR})?(?:(?:is|was|are|were|(?:(?:will|would|shall|should|must|may|might|can|could)\s+)?be)\s+)?(?:(?:scheduled|due|arranged|set|planned|fixed)\s+(?:for|on)|(?:to\s+be\s+|will\s+be\s+)?held\s+on|(?:to|will)\s+be\s+held\s+(?:at|in)\s+(?:[^.;]|\.(?=[a-z\d]|\s+[a-z])){1,40}?\s+on|taking\s+place\s+on|(?:to|(?:will|would|shall|should|must|may|might|could|can)\s+(?:now\s+)?)take\s+place\s+on|(?:is\s+)?on|for)\s+${TIME}?(?:the\s+)?${WEEKDAY}?$`,
  'i',
);
/**
 * "to committee on", "to the Panel at 7.00pm on", "to this Committee on", "before Cabinet on", "to the Board for approval on", "with the Planning
 * Committee at 6.30pm on": a body's sitting on a day (what the paper goes there for may stand between, in lower case).
 */
const BODY_ON = new RegExp(
  String.raw`\b(?<!\bbehalf\s+)(?:to|at|before|of|by|with)\s+(?<body>(?:the\s+|this\s+)?(?:full\s+)?(?:[A-Z][\w&'’-]*\s+(?:and\s+|&\s+|of\s+)?){0,6}(?:[A-Z][\w&'’-]*|committee|panel|board|cabinet|council|authority))\s+(?:meeting\s+)?(?:for\s+(?:[a-z][\w-]*\s+){1,4}?)?${TIME}?(?:on|held\s+on)\s+(?:the\s+)?${WEEKDAY}?$`,
);
/** "the Planning Group, which was meeting on", "the Forum is meeting on": the progressive verb after its subject. */
const PROGRESSIVE_MEET = new RegExp(
  String.raw`(?:^|[.;(]|\b(?:that|by|of|for)\s|\s)(?:[Tt]he\s+)?(?<np>(?:[A-Z][\w&'’-]*\s+(?:(?:and|of|&)\s+)?){0,5}[A-Z][\w&'’-]*),?\s+(?:which\s+|who\s+)?(?:is|was|were|are)\s+(?:also\s+|next\s+)?meeting\s+(?:again\s+)?on\s+(?:the\s+)?${WEEKDAY}?$`,
);
/**
 * "Members noted that the Health Forum meets on 5 May", "the Tenants' Board, which meets next on 12th May": a body the
 * subject of "meets" in the present — its own sitting, another body's unless the name is this one's. A word in brackets
 * after the name says which of its kind ("the Fostering Board (officers) meets on 3 February"): still its subject.
 */
const PRESENT_MEETS = new RegExp(
  String.raw`(?:^|[.;(]|\b(?:that|and)\s|\s)(?:[Tt]he\s+)?(?<np>(?:[A-Z][\w&'’-]*\s+(?:(?:and|of|&)\s+)?){0,5}[A-Z][\w&'’-]*)(?:\s+\([^()]{1,30}\))?,?\s+(?:which\s+|who\s+)?(?:also\s+|next\s+|usually\s+|normally\s+)?meets\s+(?:next\s+|again\s+)?(?:[^.;]{0,40}?\s)?on\s+(?:the\s+)?${WEEKDAY}?$`,
);
/**
 * "RESOLVED that the Committee meet on 14 May and on 9 July", "That the Panel meet again on 3 June": the
 * subjunctive of a decision, its subject the body after "that" — whose sitting the day is.
 */
const THAT_MEET = new RegExp(
  String.raw`\bthat\s+(?:the\s+)?(?<np>(?:[A-Z][\w&'’-]*\s+(?:(?:and|of|&)\s+)?){0,5}[A-Z][\w&'’-]*)\s+meet\s+(?:again\s+)?on\s+(?:the\s+)?${WEEKDAY}?$`,
  'i',
);
/** "to the Audit Committee agenda (", "on the Cabinet's agenda for", "the Panel agenda of": a body's agenda for a day. */
const AGENDA_OF =
  /\b(?:to|on|for|onto)\s+(?:the\s+)?(?<body>(?:[A-Z][\w&'’-]*\s+(?:(?:and|of|&)\s+)?){0,6}[A-Z][\w&'’-]*?)(?:['’]s)?\s+agenda\s+(?:(?:for|of|on)\s+(?:the\s+)?|\(\s*)$/;
/** "the next meeting will be on", "date of the next meeting:", "next meeting … on". */
// ("the next two meetings will be on": the plural too)
// (notes' shorthand "mtg" is the noun: "the next mtg will be on")
// (not over a semicolon into an instruction of its own, "Deferred to next meeting; Clerk to ask for an extension of time
// to 11 December": that clause's day is its errand's — a word or two after the semicolon, "; on", still runs on)
const NEXT =
  /\bnext\s+(?:[\w&'’-]+\s+){0,5}?(?:meetings?|mtgs?|committee|panel|board|cabinet|session)\b[^.;]{0,80}?(?:;\s*(?:[^\s.;]+\s+){0,2})?$/i;
/**
 * A deadline's words straight before the day: "before the next meeting, by 20 January", "no later than 20 January" — the
 * day a thing is due by, not the sitting the sentence named.
 */
// (and a deadline's noun before its day, "… deferred to the next meeting, and the Clerk to apply before the deadline of 30
// November", "closing date 4 December": the day the deadline falls, not the sitting)
const BY_DAY =
  /(?:\b(?:by|before|until|(?:no|not)\s+later\s+than)|\b(?:deadline|closing\s+date|cut-?off(?:\s+date)?)(?:\s+(?:of|is))?\s*[:–—-]?)\s+(?:the\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)(?:day)?\.?,?\s+)?$/i;
/** "the next Cabinet", "the next Planning Committee": "next" and a body's name, its head noun closing it (not "next meeting"). */
const NEXT_BODY =
  /\bnext\s+(?<np>(?:[A-Z][\w&'’-]*\s+(?:(?:and|of|&)\s+)?){0,4}(?:Committee|Panel|Board|Cabinet|Council))\b(?!\s+(?:meeting|session|sitting)s?\b)[^.]{0,80}?$/;
/** "The Council will next meet on", "agreed to meet at 7pm on", "meet again on", "will next meet in public on" (how it sits: in public, online). */
// ("would then meet on": "then", a word of sequence, says the same as "next")
const MEET = new RegExp(
  String.raw`\b(?:(?:next|then)\s+meet(?:s|ing)?|meet(?:s)?\s+(?:next|again)|(?:agreed|decided|resolved)\s+to\s+meet|reconvene)\s+(?:(?:in\s+(?:public|private|person)|online|remotely|virtually|informally)\s+)?(?:at\s+[^.]{1,60}?\s+)?(?:on|at\s+[^.]{1,60}?\s+on)\s+(?:the\s+)?${WEEKDAY}?$`,
  'i',
);
/** The body's annual general meeting: "the AGM is set for Mon 25th June". */
const AGM = new RegExp(
  String.raw`\b(?:AGM|annual\s+general\s+meeting|annual\s+meeting)\b[^.;]{0,30}?\b(?:set\s+for|on|is\s+on|will\s+be\s+(?:held\s+)?on|to\s+be\s+held\s+on)\s+(?:the\s+)?${WEEKDAY}?$`,
  'i',
);
/** The subject of a clause to come, before "will", "is to" and a verb: "(that) the Town Council will set the precept …". */
const A_MEETING_SUBJECT =
  /(?:.*\b(?:that|[,;])|^)\s*(?:the\s+)?(?<np>(?:[A-Z][\w&'’-]*\s+(?:(?:and|of|&)\s+)?){0,5}[A-Z][\w&'’-]*)\s+(?:will|would|shall|is\s+to|are\s+to)\s+[a-z]+\b[^.;]*$/;
/** A paper or item (a closed class of agenda nouns) moved from one day to another. */
const MOVED_BETWEEN = new RegExp(
  String.raw`\b(?:${alternatives(PAPER_NOUNS)})\b(?:[^.;]|\.(?=\d)){0,100}?\b(?:${alternatives(MOVING_PAPERS)})\s+(?:from|to|until)\s+(?:the\s+)?(?:(?:[^.;]|\.(?=\d)){1,30}?\s+(?:to|until)\s+(?:the\s+)?)?${WEEKDAY}?$`,
  'i',
);
/** A past meeting: "the meeting held on", "the minutes of … 4 July" — not "will be held on". */
// ("had attended the area meeting on …": a meeting someone attended is over)
// ("as initially requested at the 14 January meeting": a meeting at which something was done is over — not "be considered at")
const PAST_HELD =
  /\b(?:held|was\s+held|took\s+place|met)\s+on\s+(?:the\s+)?$|\battended\b[^.;]{0,80}$|(?<!\b(?:be|being)\s+)\b(?:requested|agreed|raised|discussed|considered|decided|noted|resolved|asked|made)\s+at\s+(?:the|its)\s+$|\bminutes\s+of\s+(?:the\s+)?(?:meeting\s+(?:of\s+)?)?(?:[^.]{0,40}\s)?(?:on\s+)?$/i;
// ("be held" is never past, whatever governs it: "will be held on", "is to be held on", and the subjunctive of a decision,
// "RESOLVED that a special meeting be held on", "agreed that it should be held on"; "had been held" is "been")
const FUTURE_HELD = /\bbe\s+held\s+(?:[^.]{0,60}?\s)?on\s+(?:the\s+)?$/i;

/**
 * A sentence in the past perfect tells what had happened before this meeting: "volunteers had come forward at the drop-in
 * session on 7 May", "the issue had been raised at the residents' meeting on 2 June" — the sitting is over. Not where the
 * sentence looks ahead: "had agreed to meet on", "had been arranged for", "a meeting had been set for", "would be held".
 */
const PAST_PERFECT =
  /\bhad\s+(?!to\b)(?:not\s+)?(?:been\s+|(?!been\b))(?!(?:agreed|decided|resolved|asked|arranged|scheduled|planned|fixed|set|moved|rearranged|booked|called|convened|offered|promised|undertaken|requested)\b)[a-z]+\b(?![^.;]*\b(?:will|would|shall|to\s+(?:meet|be)|be\s+held)\b)[^.;]*$/i;

/**
 * "(Council 20 January)", "(Full Council – 20 January)", "(budget to Council 20 January)", "(Full Council sets the precept
 * on 20 January)": a bracket opened before the day and still open, its words naming another body and not this one — a
 * note of that body's sitting beside this body's dates.
 */
function bracketedOther(near: string, own: OwnBody): boolean {
  const open = near.lastIndexOf('(');
  if (open < 0 || near.indexOf(')', open) >= 0 || near.length - open > 70) return false;
  const names = [
    ...near.slice(open + 1).matchAll(/(?:\b[Ff]ull\s+)?(?:[A-Z][\w&'’-]*\s+(?:(?:and|of|&)\s+)?){0,5}[A-Z][\w&'’-]*/g),
  ]
    .map((m) => m[0].replace(/['’]s$/, ''))
    .filter((np) => !GENERAL_MEETING.test(np) && namesBody(np));
  return names.length > 0 && names.every((np) => !own.is(np) && !own.is(np.replace(/^full\s+/i, '')));
}

/**
 * "AGM", "the EGM", "the Village Hall Trust AGM": a general meeting's initials name a meeting, not a body (three capitals
 * otherwise do: namesBody) — whose it is, the name before them says, read with the AGM below.
 */
const GENERAL_MEETING = /(?:^|\s)(?:AGM|EGM|SGM)$/;

/** An invitation and its sender, then the sitting it invites to: "invitation from <sender> to a <kind of> meeting on". */
const INVITED_FROM =
  /\binvit(?:ation|e)s?\s+(?:has\s+been\s+|was\s+)?(?:received\s+)?from\s+(?<np>[^.;,()]{1,60}?)\s+(?:to|for)\s+(?:a|an|the|its|their)\s+(?:[\w'’&-]+\s+){0,4}$/i;

/** Whose meeting a date is, from the words just before it (and just after: "the 24 May meeting"). */
export function whoseMeeting(before: string, after: string, own: OwnBody): Whose {
  const near = before.slice(-140);
  if (bracketedOther(near, own)) return 'other';
  if (PAST_HELD.test(near) && !FUTURE_HELD.test(near)) return null;
  if (PAST_PERFECT.test(near.replace(/^[^]*[.;]\s+/, ''))) return null;
  // "the Planning Group, which was meeting on 8 October", "the Forum is meeting on": "meeting" is the verb, its subject the body
  const progressive = PROGRESSIVE_MEET.exec(near)?.groups?.np?.trim();
  if (progressive && namesBody(progressive)) return own.is(progressive) ? 'own' : 'other';
  // (not a time told by the day a body meets, "before the Board meets on 5 March": a deadline, read in due.ts)
  const presentMatch = PRESENT_MEETS.exec(near);
  const present = presentMatch?.groups?.np
    ? /\b(?:before|by|until|after|once|when)\s+(?:the\s+)?$/i.test(
        near.slice(0, presentMatch.index + presentMatch[0].indexOf(presentMatch.groups.np)),
      )
      ? undefined
      : presentMatch.groups.np.trim()
    : undefined;
  if (present && namesBody(present)) return own.is(present) && !namedJustBefore(present, near, own) ? 'own' : 'other';
  const subjunctive = THAT_MEET.exec(near)?.groups?.np?.trim();
  if (subjunctive && namesBody(subjunctive)) return own.is(subjunctive) ? 'own' : 'other';
  const meeting = MEETING_ON.exec(near);
  if (meeting) {
    const head = near.slice(0, meeting.index);
    // ("the league annual general meeting is on …": the long form of "the league AGM", read as it is — describedAgm.ts)
    if (!meeting.groups?.body && /\bannual\s+(?:general\s+)?$/i.test(head) && othersDescribedAgm(head, own))
      return 'other';
    // ("the annual general meeting of the county association on …": whose, the "of" phrase after it says — describedAgm.ts)
    if (
      meeting.groups?.body &&
      /\bannual\s+(?:general\s+)?$/i.test(head) &&
      othersAgmOf(meeting.groups.body, own, namesBody)
    )
      return 'other';
    // "Council … at its meeting on": the possessive stands for the body the sentence named before it — read over the
    // whole sentence, which may name it further back than the words just before the date
    // "the Cabinet Member will take the decision at his decision meeting on", "the Mayor … at her meeting on": a person's
    // sitting, a member's decision session — this body's only where it is that person's session
    if (!meeting.groups?.body && /\b(?:his|her)\s+(?:\w+\s+)?$/i.test(head)) {
      const person = /^\s*(?:the\s+)?(?<np>(?:[A-Z][\w&'’-]*\s+(?:(?:and|of|for|&)\s+)?){0,6}[A-Z][\w&'’-]*)/i.exec(
        head.replace(/^[^]*[.;:]\s+/, ''),
      )?.groups?.np;
      return person && own.is(person) ? 'own' : 'other';
    }
    // "recommended to the full council for the meeting on", "referred to Cabinet for the meeting on": the sitting a paper is
    // sent to a body for is that body's (this body's where it names this one, "back to this Committee for the meeting on")
    const sentTo = meeting.groups?.body
      ? undefined
      : /\b(?:to|before)\s+(?:the\s+)?(?<np>(?:this\s+)?(?:full\s+)?(?:[A-Z][\w&'’-]*\s+(?:(?:and|of|&)\s+)?){0,5}(?:[A-Z][\w&'’-]*|council|cabinet|committee|board|panel))\s+for\s+the\s+(?:[a-z]+\s+)?$/.exec(
          head,
        )?.groups?.np;
    // "One Voice Area – area committee meeting on 4 November", "- District council – invitation to the liaison meeting on":
    // a row of a list of correspondence, its sender, a dash, then what was sent in lower case — the sitting is the
    // sender's (two capitalised words or a body's name; this body's own name keeps it)
    const row = meeting.groups?.body
      ? undefined
      : /^\s*(?:[-•]\s+|\(?(?:\d{1,3}|[a-z]{1,3})[.)]\s+)?(?<np>[A-Z][\w&'’-]*(?:\s+(?:[A-Z][\w&'’-]*|and|of|&|council|board|committee|group|forum))*)\s+[–—-]\s+(?:[a-z][\w'’-]*\s+){0,5}$/.exec(
          head.replace(/^[^]*[.;:](?:\s+|$)/, ''),
        )?.groups?.np;
    if (row && (namesBody(row) || /^[A-Z]\S*(?:\s+[A-Z]\S*)+$/.test(row)) && !own.is(row)) return 'other';
    // ("Invitation from the district council to a liaison meeting on", "an invite from the Trust to its open meeting on": an
    // invitation received names its sender, whose sitting the day is — a body is not sent invitations to its own)
    const sender = meeting.groups?.body
      ? undefined
      : INVITED_FROM.exec(head.replace(/^[^]*[.;](?:\s+|$)/, ''))?.groups?.np?.trim();
    if (sender && namesBody(sender) && !own.is(sender) && !own.is(sender.replace(/^the\s+/i, ''))) return 'other';
    if (sentTo && namesBody(sentTo.replace(/^this\s+/i, ''))) {
      const np = sentTo.replace(/^full\s+/i, '');
      return /^this\s/i.test(sentTo) || own.is(sentTo) || own.is(np) ? 'own' : 'other';
    }
    // ("the Town Council will set the precept at an extraordinary meeting on": a meeting no one is named for, "a" or "an"
    // before it, where the clause's subject will act — the subject's sitting, another body's unless it is this one)
    if (!meeting.groups?.body && /\b(?:at|to|in)\s+an?\s+(?:[a-z][\w-]*\s+){0,2}$/i.test(head)) {
      const subject = A_MEETING_SUBJECT.exec(head.replace(/^[^]*[.;:]\s+/, ''))?.groups?.np;
      if (subject && namesBody(subject) && !own.is(subject)) return 'other';
    }
    if (!meeting.groups?.body && /\b(?:its|their)\s+(?:\w+\s+)?$/i.test(head)) {
      const whole = before.slice(0, before.length - near.length + meeting.index);
      // (a clause marker opening the sentence is no part of its subject: "(1) Council be recommended … at its meeting on",
      // "a) Cabinet be invited …", "(ii) …")
      const sentence = whole
        .slice(Math.max(0, whole.length - 320))
        .replace(/^[^]*[.;:]\s+/, '')
        .replace(/^\s*(?:\(?\d{1,3}[.)]|\(?[a-z]{1,2}\)|\(?[ivx]{1,5}\))\s+/i, '')
        // (nor is the bracket an aside opens with: "(Cabinet will set the formula at its meeting on …)", "[Council is to …")
        .replace(/^\s*[([]\s*/, '');
      const named = [
        ...sentence.matchAll(
          // ("recommended to full Council", "to the full Town Council": "full" says the whole body sits, lower case or not)
          // ("to recommend to full council that the fees be set at its meeting on", "to the full town council": "full"
          // before "council" names the whole council in lower case too — a proper name needs no capital after "full")
          /\b(?:to|by|of|from|for)\s+(?:the\s+)?(?:full\s+(?<low>(?:[a-z]+\s+)?council)\b|(?:full\s+)?(?<np>(?:[A-Z][\w&'’-]*\s+(?:(?:and|of|&)\s+)?){0,5}[A-Z][\w&'’-]*)(?!['’]s\b))/g,
        ),
      ]
        .map((m) => m.groups!.low ?? m.groups!.np!)
        // (a name that holds "and" or "of", "the Audit and Standards Committee"; not a possessive, "the Council's schemes")
        .filter((np) => !/['’]s$/.test(np))
        .pop();
      if (named && namesBody(named) && !own.is(named)) return 'other';
      // ("subject to the Trust Board's approval at its meeting on": the possessive before the noun "at its meeting" follows
      // is the body "its" stands for — read only for another body, since "asked to answer the Panel's points at its
      // meeting" may give "its" to the body asked)
      const possessed =
        /(?<np>(?:[A-Z][\w&-]*\s+(?:(?:and|of|&)\s+)?){0,5}[A-Z][\w&-]*)['’]s\s+(?:[a-z][\w-]*\s+){1,2}(?:at|in|for)\s+(?:its|their)\s+(?:\w+\s+)?$/.exec(
          head,
        )?.groups?.np;
      if (possessed && namesBody(possessed) && !own.is(possessed) && !own.is(possessed.replace(/^full\s+/i, '')))
        return 'other';
      // ("Cabinet recommends Council to approve … at its meeting on", "asks the Licensing Committee to consider …, at its
      // meeting on": the body asked to act, the object of the asking verb, is the one the possessive stands for)
      const asked = [
        ...sentence.matchAll(
          /\b(?:[Rr]ecommend|RECOMMEND|[Aa]sk|ASK|[Rr]equest|REQUEST|[Ii]nvite|INVITE|[Uu]rge|URGE)(?:s|S|ed|ED)?\s+(?:the\s+)?(?<np>(?:[A-Z][\w&'’-]*\s+(?:(?:and|of|&)\s+)?){0,5}[A-Z][\w&'’-]*)\s+to\s+[a-z]/g,
        ),
      ].pop()?.groups?.np;
      if (asked && namesBody(asked) && !own.is(asked)) return 'other';
      // "reported that the district planning committee had refused it at its meeting on": the clause's subject, however written
      // ("That Council be recommended, at its meeting on", "the Licensing Committee is asked to … at its meeting on": a body
      // asked in the subjunctive or the passive, or a body that "will set the budget at its meeting on", is the subject the
      // possessive stands for)
      const subject =
        /(?:.*\b(?:that|[,;])|^)\s*(?:the\s+)?(?<np>(?:[\w&'’-]+\s+){0,6}?[\w&'’-]+)\s+(?:had|has|have|was|were|(?:(?:be|is|are|being)\s+)?[a-z]+ed|(?:will|would|shall|is\s+to|are\s+to)\s+[a-z]+)\b[^.;]*$/i.exec(
          sentence,
        )?.groups?.np;
      // (a place named before it, "for Thornbury town centre", is no body: the subject is)
      if (!(named && namesBody(named)) && subject && namesBody(subject) && !own.is(subject)) return 'other';
      // (an aside between commas before the possessive, "That Council be recommended to adopt the policy, as amended, at
      // its meeting on": the subject is the first clause's, after "that")
      const first =
        /\bthat\s+(?:the\s+)?(?<np>(?:[\w&'’-]+\s+){0,6}?[\w&'’-]+)\s+(?:(?:be|is|are|being)\s+)?[a-z]+ed\b/i.exec(
          sentence,
        )?.groups?.np;
      if (!(named && namesBody(named)) && first && namesBody(first) && !own.is(first)) return 'other';
      // ("asks that the trust's Board adopt the plan at its meeting on", "RESOLVED that Cabinet agree the fees at its
      // meeting on": a that-clause in the subjunctive — a body's name, then its bare verb — has that body for its subject,
      // whom "its" stands for; a possessive, "that the Committee's comments be …", names what the body owns, not the subject)
      const subjunctive = [
        ...sentence.matchAll(
          /\bthat\s+(?:the\s+)?(?<np>(?:[a-z][\w-]*['’]s\s+)?(?:[A-Z][\w&'’-]*\s+(?:(?:and|of|&)\s+)?){0,5}[A-Z][\w&'’-]*)\s+(?:not\s+)?(?!(?:and|or|of|to|at|in|on|for|by|be|is|are|was|were|has|have|had|will|would|shall|should|may|must|can|could)\b)[a-z]+\b/g,
        ),
      ]
        .map((m) => m.groups!.np)
        .filter((np) => !/['’]s$/.test(np))
        .pop();
      if (!(named && namesBody(named)) && subjunctive && namesBody(subjunctive) && !own.is(subjunctive)) return 'other';
      // ("ask the main Scrutiny Panel, at its meeting on 25 May, to …": the body just before the comma the aside opens with)
      const apposed =
        /(?<np>(?:[A-Z][\w&'’-]*\s+(?:(?:and|of|&)\s+)?){0,5}[A-Z][\w&'’-]*),\s+(?:at|in|for)\s+(?:its|their)\s+(?:\w+\s+)?$/.exec(
          head,
        )?.groups?.np;
      if (apposed && namesBody(apposed) && !own.is(apposed)) return 'other';
      // ("to allow the Housing Panel to comment at its meeting on", "reviewed by the Pension Board at its meeting on": the
      // body the sentence named last before the possessive, whatever word governs it)
      if (otherNamedLast(sentence, own)) return 'other';
    }
    // "the Trust's board meeting on", "the residents' meeting on", "the Committee's meeting on": a possessive before the
    // meeting names whose sitting it is — another's unless the possessor is this body ("the Panel's next meeting on" in
    // the Panel's minutes). A lone head noun that is not the one this body is called by ("the Committee's" in a Board's
    // minutes) is another body, as "the committee will next meet" is below.
    const possessor = meeting.groups?.body
      ? undefined
      : /(?:^|[^\w&'’-])(?<np>(?:[A-Z][\w&-]*\s+){0,5}[\w&-]+)(?:['’]s|s['’])\s+(?:(?!(?:the|a|an|and|or|of|to|on|at|in|for)\s)[a-z][\w-]*\s+){0,2}$/.exec(
          head,
        )?.groups?.np;
    if (possessor && !/^(?:it|one|each|this|that)$/i.test(possessor)) {
      const noun = possessor.split(/\s+/).length === 1 ? possessor.toLowerCase() : null;
      const ownNoun = (own.name ?? '').trim().split(/\s+/).pop()?.toLowerCase();
      const otherNoun =
        noun !== null && !!ownNoun && namesBody(noun) && ownNoun !== noun && !ownNoun.endsWith(`-${noun}`);
      return own.is(possessor) && !otherNoun ? 'own' : 'other';
    }
    // "the Cabinet meeting on", "the next Full Council Meeting on", "the Annual Parish Meeting will be held on": the body, or the
    // meeting's own name, before the noun — a name that is not this body's is another meeting
    const pre = /((?:[A-Z][\w&'’-]*\s+){1,6})$/
      .exec(head)?.[1]
      .trim()
      .replace(/^(?:The|A|An|Next|Following|Future)\s+/, '');
    const qualifiers = new RegExp(
      String.raw`^(?:(?:${alternatives(['Annual', 'Special', 'Extraordinary', 'Ordinary', 'Informal', 'Public', 'Next', 'Full', 'General'])})\s*)+$`,
    );
    if (
      pre &&
      meeting.groups?.body === undefined &&
      !qualifiers.test(pre) &&
      /^(?:Annual|Special|Extraordinary)\s/.test(pre) &&
      !own.is(pre.replace(qualifiers, '').trim())
    )
      return 'other';
    // "the Full Council budget meeting", "the Planning Committee's site meeting": a body named, then a noun or two saying
    // what the sitting is for — the body's meeting, as "the Cabinet meeting" is (a function word between is no such noun)
    const named = pre
      ? undefined
      : /((?:[A-Z][\w&'’-]*\s+){1,6})(?:(?!(?:the|a|an|that|this|its|their|next|last|and|or|of|to|at|on|in|for|with|by)\s)[a-z][\w-]*\s+){1,2}$/
          .exec(head)?.[1]
          .trim()
          .replace(/['’]s$/, '')
          .replace(/^(?:The|A|An)\s+/, '');
    if (!meeting.groups?.body && named && namesBody(named)) return bodyWhose(named, own);
    if (!meeting.groups?.body && !pre && lowerCaseSitting(head, own)) return 'other';
    return bodyWhose(meeting.groups?.body ?? (pre && !qualifiers.test(pre) ? pre : undefined), own);
  }
  // ("…, followed by the AGM on 10 May": the body's general meeting, no body of its own)
  const bodyOn = BODY_ON.exec(near);
  const body = bodyOn && !GENERAL_MEETING.test(bodyOn.groups!.body.trim()) ? bodyOn : null;
  // "went to the Corporate Parenting Committee on 15 March", "approved by the Committee on 13 March": a sitting that has happened
  // (but "would be presented to the Committee on …" is still to come)
  const pastVerb = body
    ? new RegExp(
        String.raw`\b(?:${alternatives(['went', 'came', 'was', 'were', 'had', 'met', 'took', 'gave', 'sent', 'held', 'approved', 'agreed', 'adopted', 'decided', 'considered', 'noted', 'endorsed', 'presented', 'reported', 'submitted'])})\s+(?:\w+\s+)?$`,
        'i',
      ).test(near.slice(0, body.index)) &&
      // (nor "be reported to the Committee on …": "be" before the participle, modal or subjunctive, is never past)
      !/\bbe\s+\w+\s+(?:\w+\s+)?$/i.test(near.slice(0, body.index))
    : false;
  if (body?.groups && !pastVerb) {
    const np = body.groups.body;
    // ("reported to this Committee on 15 March": the minutes' own body, however it is named)
    if (/^this\s/i.test(np)) return 'own';
    if (own.is(np) || (own.name === null && own.head !== null && new RegExp(`\\b${own.head}$`, 'i').test(np)))
      return 'own';
    return namesBody(np) ? 'other' : null;
  }
  // "add the risk to the Audit and Risk Committee agenda (15 January)", "on the Cabinet's agenda for 9 March": the agenda of
  // a body's sitting that day — that body's
  const agenda = AGENDA_OF.exec(near)?.groups?.body;
  if (agenda && namesBody(agenda)) return own.is(agenda) ? 'own' : 'other';
  // "The Fire Authority will next meet on …": another body's next sitting
  const meets = MEET.exec(near);
  const subject = meets
    ? /(?:^|[.;])\s*(?:[Tt]he\s+)?(?<np>(?:[A-Z][\w&'’-]*\s+(?:(?:and|of|&)\s+)?){1,6})(?:will|would|is\s+to|are\s+to|shall)?\s*$/
        .exec(near.slice(0, meets.index))
        ?.groups?.np?.trim()
    : undefined;
  if (subject && namesBody(subject) && (!own.is(subject) || namedJustBefore(subject, near, own))) return 'other';
  // "The Joint Board had met on 2 March and would next meet on 9 June": a second verb joined by "and" with no subject of
  // its own shares the sentence's subject (a name and an "of" phrase after it, "the Joint Board of the fund")
  const shared = meets
    ? /(?:^|[.;])\s*(?:[Tt]he\s+)?(?<np>(?:[A-Z][\w&'’-]*\s+(?:(?:and|of|&)\s+)?){0,5}[A-Z][\w&'’-]*)(?:\s+of\s+(?:the\s+)?[a-z][\w-]*)?\s+(?:had|has|have|was|were|is|are|met|[a-z]+ed)\b[^.;]*?,?\s+and\s+(?:will|would|shall|is\s+to|are\s+to)?\s*$/
        .exec(near.slice(0, meets.index))
        ?.groups?.np?.trim()
    : undefined;
  if (shared && namesBody(shared) && (!own.is(shared) || namedJustBefore(shared, near, own))) return 'other';
  // "The minutes of the Audit Committee were noted … the committee would next meet on": a body's head noun in lower case
  // stands for the body the sentences before named — another's, unless this body is that noun
  const commonMatch = meets
    ? /(?:^|[.;,]|\bthat)\s*the\s+(?<mod>(?:[a-z][\w-]*\s+){1,2})?(?<noun>committee|sub-committee|panel|board|group|forum|partnership|authority|council)\s+(?:will|would|is\s+to|are\s+to|shall)?\s*$/i.exec(
        near.slice(0, meets.index),
      )?.groups
    : undefined;
  // ("the joint committee would meet again on", "the regional board will next meet on": a word in lower case before the
  // noun says which committee or board — another's, unless this body's name has that word; not "the full council", "the
  // same panel", which are this body's)
  const modifiers = (commonMatch?.mod ?? '')
    .trim()
    .split(/\s+/)
    .filter((w) => w && !/^(?:full|whole|same|main|next|new|this|our)$/i.test(w));
  if (
    commonMatch &&
    modifiers.length > 0 &&
    !modifiers.every((w) => new RegExp(String.raw`\b${w}\b`, 'i').test(own.name ?? own.head ?? ''))
  )
    return 'other';
  const common = commonMatch && !commonMatch.mod ? commonMatch.noun : undefined;
  // (a Board's minutes calling "the committee" meets: the noun is not the one this body is called by)
  const ownNoun = (own.name ?? own.head ?? '').trim().split(/\s+/).pop()?.toLowerCase();
  const Noun = common ? common[0].toUpperCase() + common.slice(1).toLowerCase() : undefined;
  if (Noun && ((ownNoun && ownNoun !== Noun.toLowerCase()) || namedJustBefore(Noun, near, own))) return 'other';
  // "The Audit Committee will meet on …": another body's sitting (this body's own is read by the rules below, not by this)
  // (also a second clause with its own subject: "The next meeting will be on 11 January and the Audit Committee will meet on …")
  // (and a reported clause after "that": "It was noted that Cabinet would meet on …", "reminded members that the District
  // Council will meet on …" — reported speech keeps the body as the subject of its own verb)
  const willMeet =
    /(?:^|[.;]|,?\s+and\b|\bthat\s)\s*(?:[Tt]he\s+)?(?<np>(?:[A-Z][\w&'’-]*\s+(?:(?:and|of|&)\s+)?){1,6})(?:will|would|shall|is\s+to|are\s+to)\s+(?:also\s+|next\s+)?meet\s+(?:[^.;]{0,40}?\s)?on\s+(?:the\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)(?:day)?\.?,?\s+)?$/.exec(
      near,
    );
  const np = willMeet?.groups!.np.trim();
  if (np && namesBody(np) && (!own.is(np) || namedJustBefore(np, near, own))) return 'other';
  // "The County Cabinet will consider the report on …", "… and the District Cabinet on …", "the Trust's board meets on …":
  // another body's sitting told by what it will do that day (othersDay.ts)
  if (othersDay(near, own)) return 'other';
  // "adjourned the hearing to Friday 9 January": the same body sits again that day
  if (
    /\b(?:adjourn|defer|postpone)[a-z]*\b[^.;]{0,60}\bto\s+(?:the\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?$/i.test(
      near,
    )
  )
    return 'own';
  // "the report on X be moved from 19.01.26 to 02.03.26": a paper moved between this body's sittings — both are sittings
  if (MOVED_BETWEEN.test(near)) return 'own';
  // "an invitation from the Village Society to its AGM on 3 December": the possessive gives the AGM to the body named before it
  const agm = AGM.exec(near);
  // "the Allotment Society's AGM will be on …", "the Village Trust's annual general meeting on …": the possessive names
  // whose AGM it is, as it does before "meeting" above
  const agmOwner = agm
    ? /(?<np>(?:[A-Z][\w&-]*\s+(?:(?:and|of|&)\s+)?){0,5}[A-Z][\w&-]*)['’]s\s+$/.exec(near.slice(0, agm.index))?.groups
        ?.np
    : undefined;
  if (agmOwner && !own.is(agmOwner)) return 'other';
  // ("The Trust AGM will be held on …", "the Society AGM on …": a body's name straight before the AGM, as before "meeting"
  // in "the Cabinet meeting" — that body's, unless the name is this one's)
  const agmBody = agm
    ? /(?<np>(?:[A-Z][\w&'’-]*\s+(?:(?:and|of|&)\s+)?){0,4}[A-Z][\w&'’-]*)\s+$/
        .exec(near.slice(0, agm.index))
        ?.groups?.np?.replace(/^(?:The|A|An|Next|This)\s+/, '')
    : undefined;
  if (agmBody && namesBody(agmBody) && !own.is(agmBody)) return 'other';
  // ("The league AGM is on …", "the county association AGM will be held on …": words in lower case before the AGM that are
  // not this body's name give it to another body — describedAgm.ts)
  if (agm && othersDescribedAgm(near.slice(0, agm.index), own)) return 'other';
  // ("the AGM of the league on …", "AGM of the county association is on …": the body named after "of" — describedAgm.ts)
  const agmOf = agm
    ? /^(?:AGM|annual\s+general\s+meeting|annual\s+meeting)\s+of\s+(?<np>[^.;,()]+?)\s+(?:(?:is|was|will\s+be|to\s+be)\s+)?(?:held\s+)?(?:set\s+for|on)\s/i.exec(
        agm[0],
      )?.groups?.np
    : undefined;
  if (agmOf && othersAgmOf(agmOf, own, namesBody)) return 'other';
  if (agm && /\b(?:its|their)\s+$/i.test(near.slice(0, agm.index)) && otherNamedLast(near.slice(0, agm.index), own))
    return 'other';
  // ("go to the next Cabinet as part of the report (Cabinet 8 Dec)": the next sitting of a body named after "next" — not a
  // meeting's noun but the body itself — is that body's, unless it is this one)
  const nextBody = NEXT_BODY.exec(near)?.groups?.np;
  if (nextBody && namesBody(nextBody) && !own.is(nextBody)) return 'other';
  // ("… ask the parish council for a grant (their next meeting is 3 Dec)": "their" stands for the body named before it)
  if (theirNextOther(near, own)) return 'other';
  if (NEXT.test(near) && BY_DAY.test(near)) return null;
  if (NEXT.test(near) || MEET.test(near) || AGM.test(near)) return 'own';
  // "the 26 January 2023 meeting", "the Cabinet meeting on" is read above
  // ("the 4 December meeting of the Planning Board": whose, the "of" phrase after the noun says)
  const ofBody =
    /^\s*(?:\d{4}\s+)?(?:meeting|session)\s+of\s+(?:the\s+)?(?<np>[A-Z][\w&'’-]*(?:\s+(?:[A-Z][\w&'’-]*|and|of|&))*)/.exec(
      after,
    )?.groups?.np;
  if (ofBody && /\b(?:the|its)\s+$/i.test(near) && namesBody(ofBody) && !own.is(ofBody)) return 'other';
  if (/^\s*(?:\d{4}\s+)?(?:meeting|session)\b/i.test(after) && /\b(?:the|its)\s+$/i.test(near)) return 'own';
  return null;
}

/** The kinds of sitting and the words of order before a meeting's noun: they say which sitting, not whose. */
const SITTING_WORDS =
  /^(?:full|whole|same|main|next|new|this|our|first|last|following|previous|future|annual|special|extraordinary|ordinary|informal|formal|public|general|scheduled|usual|regular)$/i;

/**
 * "the county footpaths partnership meeting on 17 January", "the regional forum meeting is on": words in lower case before
 * a body's head noun and "meeting" say which group sits — another's, unless this body's name has those words ("the
 * leisure committee meeting" in the Leisure Committee's minutes, "the next committee meeting", "the full council meeting").
 * And "the Ashby Cluster meeting … the next cluster meeting is on": a lower-case noun the paragraph gave before to a
 * capitalised name stands for that name, as a lone head noun does (namedJustBefore).
 */
function lowerCaseSitting(head: string, own: OwnBody): boolean {
  const m = /\b[Tt]he\s+(?<words>(?:[a-z][\w-]*\s+){1,4})$/.exec(head);
  if (!m) return false;
  const words = m.groups!.words.trim().split(/\s+/);
  const noun = words[words.length - 1];
  const mods = words.slice(0, -1).filter((w) => !SITTING_WORDS.test(w));
  const ownName = own.name ?? own.head ?? '';
  const inOwnName = (w: string) => new RegExp(String.raw`\b${w}\b`, 'i').test(ownName);
  if (BODY_NOUNS.has(noun)) return mods.length > 0 && !mods.every(inOwnName);
  if (SITTING_WORDS.test(noun)) return false;
  // (the capitalised name with this noun as its head, earlier in the text before the day)
  const cap = noun[0].toUpperCase() + noun.slice(1);
  const names = [...head.matchAll(new RegExp(String.raw`((?:[A-Z][\w&'’-]*\s+){1,4})${cap}\b`, 'g'))].map((x) =>
    `${x[1]}${cap}`.replace(/^(?:The|A|An)\s+/, '').trim(),
  );
  return names.length > 0 && names.every((name) => !own.is(name));
}

/**
 * "The notes of the Tenants' Forum were received. The Forum will next meet on …": a lone head noun
 * that the sentence before gave to another body's full name stands for that body, not this one.
 */
function namedJustBefore(subject: string, near: string, own: OwnBody): boolean {
  const noun = /^(?:the\s+)?([A-Z][a-z-]+)$/.exec(subject.trim())?.[1];
  if (!noun) return false;
  const named = [...near.matchAll(new RegExp(String.raw`((?:[A-Z][\w&'’-]*\s+){1,5})${noun}\b`, 'g'))]
    .map((m) => `${m[1]}${noun}`.replace(/^(?:The|A|An)\s+/, '').trim())
    .filter((name) => name !== noun);
  return named.length > 0 && named.every((name) => !own.is(name));
}

/** The last body "the …" names in a sentence (before "its"), when it is not this one: "the Parks Forum at its meeting". */
function otherNamedLast(sentence: string, own: OwnBody): boolean {
  const last = [
    ...sentence
      .replace(/^[^]*[.;:]\s+/, '')
      .matchAll(/\b[Tt]he\s+(?<np>(?:[A-Z][\w&'’-]*\s+(?:(?:and|of|&)\s+)?){0,5}[A-Z][\w&'’-]*)(?!['’]s\b)/g),
  ]
    .map((m) => m.groups!.np)
    // (not a possessive, "the Council's schemes": that names what the body owns, not who "its" stands for)
    .filter((np) => !/['’]s$/.test(np) && namesBody(np))
    .pop();
  return !!last && !own.is(last);
}

function bodyWhose(body: string | undefined, own: OwnBody): Whose {
  if (!body) return 'own';
  if (own.is(body)) return 'own';
  // where the page does not say whose minutes these are, a named committee's meeting is taken as this one's
  if (own.name === null && !/^(?:full\s+)?council$/i.test(body.trim())) return 'own';
  return namesBody(body) || otherInitials(body, own.name) ? 'other' : 'own';
}

/**
 * "the PC meeting on 19 Oct", "the TC meeting": two capitals before "meeting" are a body's initials, as notes shorten
 * "parish council" — another body's unless they are the last letters of this body's own initials ("the GB meeting" for
 * the Full Governing Body). Three or more capitals already name a body (namesBody).
 */
function otherInitials(body: string, name: string | null): boolean {
  const np = body.trim();
  if (!name || !/^[A-Z]{2}$/.test(np)) return false;
  const initials = name
    .split(/\s+/)
    .filter((w) => /^[A-Z]/.test(w))
    .map((w) => w[0])
    .join('');
  return !initials.endsWith(np);
}
