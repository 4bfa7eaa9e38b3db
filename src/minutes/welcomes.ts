// A speaker's view told in the future: "Councillor Ray said he would welcome that", "the Cabinet Member would welcome
// the Panel's comments on the charges". Welcoming, noting, acknowledging or recognising something is how minutes record
// a view (the recording verbs, a closed class); said with "would" or "will" it is still a view, a willingness to hear,
// not a thing anyone has to do — nothing for the clerk to track. (The discussion reads a noting verb as an action so as
// never to hide a decision; a view is no decision.)
import { readClause } from './grammar.js';
import { lemmaIn } from './words.js';

/** The recording verbs that take a view of what was put forward (closed: how a view is recorded, not what is done). */
const VIEWS = new Set(['welcome', 'note', 'acknowledge', 'recognise', 'recognize']);

/** Whether the sentence only says someone will welcome, note or acknowledge something. */
export function welcomesOnly(text: string): boolean {
  const reading = readClause(text);
  return (
    reading.form === 'modal' &&
    /^(?:will|would)$/i.test(reading.modal ?? '') &&
    !reading.passive &&
    !reading.negated &&
    !!reading.verb &&
    !!lemmaIn(reading.verb.toLowerCase(), VIEWS)
  );
}
