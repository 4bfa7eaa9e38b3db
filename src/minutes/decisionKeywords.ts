// A decision's keyword: a heading ("RESOLVED:", "The Board resolved :-") or a sentence in which
// the body or its members decide ("The Committee AGREED that …").
import type { OwnBody } from './bodies.js';
import { readClause } from './grammar.js';
import { SITTING_BODY_NOUNS, alternatives } from './lexicon.js';
import { PARAGRAPH_REF } from './paragraphs.js';

/** A decision keyword as a heading, allowing one slip of the keyboard ("AGRRED"). */
const KEYWORD = new RegExp(
  String.raw`^(?:(?:it\s+was|it\s+is)\s*:?\s*)?(?<kw>${alternatives(['resolved', 'resolution', 'agreed', 'decided', 'decisions', 'decision', 'the decision', 'determined', 'agrred', 'resloved', 'reslolved', 'agreeed', 'decison', 'outcome'])})\b`,
  'i',
);
/** "The Board resolved :-", "The Housing Board RESOLVED to:", "Cabinet agreed:", "Following discussion, the Committee:-". */
const BODY_KEYWORD = new RegExp(
  String.raw`^(?:(?:following|after|having)\s+[^,]{2,60},\s+)?(?:the\s+|this\s+)?(?<body>(?:[A-Z][\w&'’-]*\s+){0,7}?(?:${alternatives(['committee', 'panel', 'board', 'cabinet', 'council', 'commission', 'sub-committee', 'authority', 'executive', 'forum', 'group', 'governors', 'members', 'trustees'])}))\s+(?:(?:also|further|then|unanimously)\s+)?(?<kw>resolved|agreed|decided|resolves|agrees|decides)\b`,
  'i',
);
const BODY_NOUN_COLON = new RegExp(
  String.raw`^(?:(?:following|after|having)\s+[^,]{2,60},\s+)?(?:that\s+)?(?:the\s+|this\s+)?(?:(?:[A-Z][\w&'’-]*\s+){0,7}?(?:${alternatives(['committee', 'panel', 'board', 'cabinet', 'council', 'commission', 'sub-committee', 'authority', 'governing body', 'executive', 'forum'])})|governors|members|cabinet)(?:,\s+[a-z]+ing\b[^:;]{2,100}?,?)?\s*:\s*-?\s*$`,
  'i',
);

// (the body may say in what capacity it decides, in a participle's aside: "The Board, acting as sole shareholder of the
// company:", "The Committee, having considered the objections:")
/**
 * "The Working Group:", "3.3 The Task and Finish Group:": a group that decides is named as one, in capitals — a group
 * in lower case ("raised by the focus group:") is people talking, not a body deciding.
 */
const NAMED_GROUP_COLON = /^(?:[Tt]hat\s+)?(?:[Tt]he\s+)?(?:[A-Z][\w&'’-]*\s+(?:and\s+|&\s+)?){1,5}Group\s*:\s*-?\s*$/;
/** "The Committee:", "That Cabinet:", "The Working Group:": a body and a colon over the clauses it decided. */
export const BODY_COLON = { test: (text: string) => BODY_NOUN_COLON.test(text) || NAMED_GROUP_COLON.test(text) };

/**
 * A motion's movers, the keyword, and a stem that recommends, ending its line with a colon: "Proposed Cllr A, seconded
 * Cllr B and RESOLVED to RECOMMEND to Full Council:", "Moved by X, seconded by Y, and AGREED to recommend to Cabinet:".
 * (A bare "… and RESOLVED:" is read as it was: its clauses stand alone. Other stems after the movers — "that:", "to:" —
 * were tried and added an extra in a set of the checking half; only the recommending stem, whose clauses are another
 * body's to decide, is taken.)
 */
const MOVED_STEM =
  /^(?:[Ii]t\s+was\s+)?(?:[Pp]roposed|[Mm]oved)\b[^.:]{2,100}?\bseconded\b[^.:]{2,80}?,?\s+and\s+(?:unanimously\s+)?(?:RESOLVED|AGREED|[Rr]esolved|[Aa]greed)\s+(?<stem>(?:to|TO)\s+(?:[Rr]ecommend|RECOMMEND)[^.:]*\S)\s*:\s*-?\s*$/;

/** What follows a decision keyword on its line: "" for a bare heading, the resolution or stem otherwise; null if the line opens no block. */
export function keywordLine(line: string): string | null {
  const text = line
    .replace(PARAGRAPH_REF, '')
    .trim()
    .replace(/^[-•]\s*/, '');
  if (BODY_COLON.test(text)) return text;
  // "On a show of hands (6 for, 2 against), it was RESOLVED –" over the resolution: the keyword ends its line, the
  // words before it tell how the vote went (in capitals, or with a colon or dash after it, so a sentence wrapped
  // after "it was agreed" is not taken for one)
  if (
    /[\s,]it\s+was\s+(?:unanimously\s+)?(?:RESOLVED|AGREED|(?:resolved|agreed|Resolved|Agreed)\s*[:–—-])\s*[:–—-]*\s*$/.test(
      text,
    )
  )
    return '';
  // "Proposed Cllr A, seconded Cllr B and RESOLVED to RECOMMEND to Full Council:" over its clauses: the motion's movers
  // before the keyword, and a stem after it that ends its line — the clauses below complete the stem, as they would
  // under "RESOLVED to RECOMMEND to Full Council:" on a line of its own
  const moved = MOVED_STEM.exec(text);
  if (moved?.groups) return moved.groups.stem.trim();
  if (/^agreed\s+agenda\s+items/i.test(text) || /^decision\s+(?:maker|status|published|details|date)\b/i.test(text))
    return null;
  const m = KEYWORD.exec(text);
  if (m) {
    // "RESOLVED (For 9, Against 2): …", "RESOLVED (unanimously) –": how it was carried, in brackets before the mark
    const rest = text.slice(m[0].length).replace(/^\s*\([^()]{1,40}\)(?=\s*[:–—-])/, '');
    // "RESOLVED:", "RESOLVED –", "Resolved: -", "AGREED that …", "RESOLVED 2025/041:", "DECISION:", "AGREED" alone
    const number = /^\s*(?:no\.?\s*)?\(?\d{1,4}(?:[/.]\d{1,4})?\)?(?=\s*(?:[:–—-]|$))/i.exec(rest);
    const after = number ? rest.slice(number[0].length) : rest;
    // "AGREED the information be noted and …", "AGREED for the review to report …": the keyword, then what was agreed
    // (in capitals or with its capital, as copies differ: "Agreed for the review to report …"; not in lower case)
    if (
      /^[A-Z][A-Za-z]{4,}$/.test(m.groups!.kw) &&
      /^\s+(?:the|for|a|an|all|any|this)\b/i.test(after) &&
      !/^it\s/i.test(text)
    )
      return text;
    // "RESOLVED (a) that the budget be approved; and (b) that …": the first clause's marker straight after the keyword
    if (/^\s+(?:\((?:[a-h]|[ivx]{1,4}|\d{1,2})\)|(?:[a-h]|\d{1,2})\))\s+(?:that|to)\b/i.test(after))
      return after.trim();
    if (/^\s*(?:[:–—-]+|$)/.test(after) || /^\s+(?:that|to)\b/i.test(after) || /^\s+unanimously\b/i.test(after)) {
      // "Decision taken in the meeting …" is not a heading; "AGREED the dates" is a decision sentence, read elsewhere.
      if (/^it\s+was\s+agreed\b/i.test(text) && !/[:–—-]\s*$/.test(after)) return null;
      return after.replace(/^\s*(?:unanimously\s+)?[:–—-]*\s*/, '').trim();
    }
    return null;
  }
  const body = BODY_KEYWORD.exec(text);
  if (body) {
    // "The Panel RESOLVED to:", "The Board agreed that:", "The Board resolved :-" — a list of decisions follows.
    const rest = text.slice(body[0].length);
    if (/^\s*(?:[:–—-]+\s*)$/.test(rest) || /^\s+(?:that|to)\s*[:–—-]+\s*$/i.test(rest) || /^\s*[:–—-]+\s*$/.test(rest))
      return rest
        .replace(/^\s*[:–—-]*\s*/, '')
        .replace(/[:–—-]+\s*$/, '')
        .trim();
  }
  return null;
}

/** A sentence recording a decision of the body: "The Committee AGREED that …", "The Board agreed to invite …", "Members requested that …". */
/**
 * "The group recommended that the Board fund a post", in a Board's minutes: a sitting body named in small letters that
 * recommends is this body only where this body is of its kind ("the committee" in a committee's minutes); otherwise it
 * is a group whose report the meeting heard. (Read so only for recommending, where `finiteAnchor` reads such a subject.)
 */
function otherKind(subject: string, sentence: string, own?: OwnBody): boolean {
  const kind = /^(?:[Tt]he|[Tt]his)\s+([a-z][a-z-]*)$/.exec(subject.trim())?.[1];
  if (!kind || !SITTING_BODY_NOUNS.has(kind) || !own?.name || !/\brecommend/i.test(sentence)) return false;
  return !own.name.trim().toLowerCase().endsWith(kind);
}

export function decisionSentence(sentence: string, own?: OwnBody): boolean {
  const reading = readClause(sentence);
  if (!reading.subject || !reading.verb || reading.passive) return false;
  const subject = reading.subject.replace(/^(?:(?:following|after|having|on)\s+[^,]{2,60},\s+)/i, '');
  const deciding = new RegExp(
    String.raw`^(?:${alternatives(['agreed', 'resolved', 'decided', 'approved', 'noted', 'received', 'endorsed', 'supported', 'accepted', 'requested', 'asked', 'recommended', 'deferred', 'confirmed', 'welcomed', 'thanked', 'instructed', 'authorised', 'authorized', 'delegated', 'adopted', 'determined', 'invited', 'referred'])})$`,
    'i',
  ).test(reading.verb);
  // the body itself or its members — not "the county council has agreed to …"
  const named =
    new RegExp(
      String.raw`^(?:the\s+|this\s+)?(?:[A-Z][\w&'’-]*\s+){0,7}?(?:${alternatives(['Committee', 'Panel', 'Board', 'Cabinet', 'Council', 'Commission', 'Sub-Committee', 'Executive Member', 'Forum', 'Group', 'Authority'])})$`,
    ).test(subject.trim()) ||
    new RegExp(
      String.raw`^(?:the|this)\s+(?:${alternatives(['committee', 'sub-committee', 'panel', 'board', 'cabinet', 'council', 'commission', 'forum', 'group', 'authority'])})$`,
      'i',
    ).test(subject.trim());
  const members =
    /^(?:(?:all\s+)?(?:[A-Z][\w&'’-]*\s+)?(?:members|governors|councillors|trustees|directors)(?:\s+present)?|cabinet)$/i.test(
      subject.trim(),
    );
  const body =
    members ||
    (named &&
      !otherKind(subject, sentence, own) &&
      (!own || own.is(subject) || own.name === null || /^(?:the|this)\s+\w+$/i.test(subject.trim())));
  // "Members asked about the budget" is a question; "asked that", "asked for", "asked officers to" a request
  if (
    /^(?:asked|requested)$/i.test(reading.verb) &&
    new RegExp(
      String.raw`^\s*(?:${alternatives(['about', 'whether', 'how', 'if', 'what', 'why', 'when', 'where', 'who', 'questions', 'question'])})\b`,
      'i',
    ).test(reading.rest)
  )
    return false;
  // ("Members asked her to include …": the one asked is only a pronoun for whoever had the floor, which the discussion
  // knows and a sentence read alone does not — askedPronoun.ts)
  if (/^(?:asked|requested)$/i.test(reading.verb) && /^\s*(?:him|her)\s+to\s+[a-z]/.test(reading.rest)) return false;
  return deciding && body;
}
