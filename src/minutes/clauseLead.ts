// The words that open a decision's record ("RESOLVED – That …", "in relation to item 7, …") and carry no meaning of their own.
import { alternatives } from './lexicon.js';

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
  // "in relation to item 7, to note that …": a leading adverbial phrase is not the decision.
  t = t.replace(
    new RegExp(
      String.raw`^(?:${alternatives(['in relation to', 'with regard to', 'with reference to', 'in respect of', 'further to', 'regarding', 'following', 'in response to', 'as regards', 'on', 'in', 'for'])})\b[^;:]{1,300}?,\s+(?=(?:that\s+|to\s+|it\s+|members\s+|the\s+)?[a-z])`,
      'i',
    ),
    '',
  );
  t = t.replace(/^that\s+/i, '');
  return t
    .replace(/[\s;,.]+$/, '')
    .replace(/\s*(?:;\s*)?\b(?:and|or)$/i, '')
    .trim();
}
