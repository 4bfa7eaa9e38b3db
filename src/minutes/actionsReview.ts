// A minute that reviews earlier actions: its log rows, its citations of earlier actions, and progress that is no new action; kept apart from discussionItems.ts, which reads the paragraphs.
import { readClause } from './grammar.js';
import { CONTINUING_VERBS, FINISHING_VERBS, alternatives } from './lexicon.js';
import { lemmaIn } from './words.js';

/** An action and its progress after a dash, one short line: "Letter to the school - Done", "Dog bins – See minute 8". */
export const LOG_ROW = /^[^.:–—]{3,120}?\s[–—-]\s(?![^.]*\bto\s+[a-z]{3,})(?:\S+\s*){1,6}$/;

/** A minute that reviews earlier actions: its lines report progress on them. */
export const REVIEW =
  /\b(?:matters\s+arising|action\s+(?:log|tracker|sheet|list)|(?:update|progress|review)\s+(?:on|of)\s+(?:the\s+)?(?:previous\s+|outstanding\s+)?actions|actions?\s+(?:arising|from\s+previous)|outstanding\s+actions)\b/i;
/** An earlier minute or action a paragraph opens by citing: "269/19 :", "Minute C134 –", "18.2 7.1 …", "Minute 121:", "Paragraph 12(b):". */
export const CITES =
  /^(?:(?:minute|min\.?|action|ref\.?|paragraph|para\.?)\s+(?<named>[A-Z]{0,4}\d{1,4}(?:[./]\d{1,4})*[a-z]?(?:\([a-z0-9]{1,4}\))?)|(?<bare>[A-Z]{0,4}\d{1,4}(?:[./]\d{1,4})+|[A-Z]{2,5}\/\d{2}\/\d{1,4}))\s*(?:\([^)]{0,80}\))?\s*[:–—-]?\s+/i;

/** In a review of earlier actions: what was said only carries an earlier action on, or records it done. */
export function carriedOnOrDone(text: string, updating: string | undefined): boolean {
  // (closing or discharging one records that it is done)
  // (but a new step named with its owner, "Clerk to write again", is an instruction of this meeting)
  const step = readClause(text);
  const newStep =
    step.form === 'infinitive' &&
    !!step.subject &&
    !step.passive &&
    !lemmaIn(step.verb?.toLowerCase() ?? '', CONTINUING_VERBS);
  if (
    !newStep &&
    new RegExp(
      String.raw`\b(?:${alternatives(['again', 'still', 'continue', 'continues', 'chase', 'chasing', 'remains', 'remain', 'ongoing', 'carried forward'])})\b`,
      'i',
    ).test(text) &&
    !updating
  )
    return true;
  return !!lemmaIn(readClause(text).verb?.toLowerCase() ?? '', FINISHING_VERBS);
}
