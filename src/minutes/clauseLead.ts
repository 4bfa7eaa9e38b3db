// The words that open a decision's record ("RESOLVED – That …", "in relation to item 7, …") and carry no meaning of their own.
import { FULL_MONTHS, alternatives } from './lexicon.js';

/** Words that open a decision's record and carry no meaning of their own. */
const LEAD =
  /^\s*(?:[-–—•*]\s*)?(?:(?:and|but|also)\s+)?(?:(?:it\s+was\s+)?(?:resolved|agreed|decided)\s*(?:[:–—-]+\s*|\s+(?=that\b)))?(?:that\s*[,:–—-]*\s+)?/i;

/** "That the report be noted;" → "the report be noted". */
export function stripLead(text: string): string {
  let t = text.trim().replace(/^['"“‘]+/, '');
  for (let k = 0; k < 3; k++) {
    const next = t.replace(LEAD, '').trim();
    if (next === t) break;
    t = next;
  }
  // "in relation to item 7, to note that …": a leading adverbial phrase is not the decision; nor is a condition set
  // first ("subject to 2 above, the Manager be authorised …", "provided that …, the Clerk …"): the subject follows it.
  t = t.replace(
    new RegExp(
      String.raw`^(?:${alternatives(['in relation to', 'with regard to', 'with reference to', 'in respect of', 'further to', 'regarding', 'following', 'in response to', 'as regards', 'on', 'in', 'for', 'subject to', 'provided that', 'providing that', 'once', 'if'])})\b[^;:]{1,300}?,\s+(?=(?:that\s+|to\s+|it\s+|members\s+|the\s+)?[a-z])`,
      'i',
    ),
    '',
  );
  // So is how the meeting came to it: "After discussion, the Committee agreed …", "Having considered the survey, …",
  // "In answer to a question from Cllr Amis, …" (a preposition or a participle of the closed class that tells it, up
  // to its comma — not one that sets a date, "After 1 April, …", which says when)
  const how = CAME_TO_IT.exec(t);
  if (how && !new RegExp(String.raw`\d|\b(?:${FULL_MONTHS})\b`, 'i').test(how[0])) t = t.slice(how[0].length);
  t = t.replace(/^that\s+/i, '');
  // "in June the Committee receive …", "By the end of March, officers prepare …": a time phrase set first is read
  // where it belongs, after the predicate, so the subject opens the clause
  const fronted = FRONTED_TIME.exec(t);
  if (fronted && /^(?:(?:the|a|an|officers|members|all)\s|[A-Z][a-z])/.test(t.slice(fronted[0].length)))
    t = `${t.slice(fronted[0].length)} ${fronted[1]}`.replace(/[\s;,.]+(\S+)$/, ' $1');
  return t
    .replace(/[\s;,.]+$/, '')
    .replace(/\s*(?:;\s*)?\b(?:and|or)$/i, '')
    .trim();
}

/** A phrase telling how the meeting came to a decision, set before its subject: closed classes of prepositions and participles. */
const CAME_TO_IT = new RegExp(
  String.raw`^(?:${alternatives(['after', 'during', 'upon', 'in answer to', 'in reply to', 'having', 'at'])})\b[^;:,]{1,120},\s+(?=(?:the\s+|members\s+|officers\s+)?[A-Za-z])`,
  'i',
);

/** A time phrase a clause may open with: a month, the end of one, a season, a span, the next meeting. */
const FRONTED_TIME = new RegExp(
  String.raw`^((?:${alternatives(['in', 'by', 'before', 'during', 'from', 'within', 'at'])})\s+(?:(?:the\s+)?(?:end|start|beginning|middle)\s+of\s+)?(?:${FULL_MONTHS}(?:\s+\d{4})?|the\s+(?:new\s+year|spring|summer|autumn|winter)|(?:\w+|\d+)\s+(?:days|weeks|months|years)(?:['’]s?\s+time)?|(?:its|the)\s+next\s+meeting))\s*,?\s+`,
  'i',
);
