// How informal notes word what a formal minute says otherwise, read into the formal wording before a sentence of the
// discussion is read: "we agreed" (the body agreed), "ask X if she can come" (ask X to come), a question tacked on
// after a dash with no auxiliary (an afterthought).
import { MODALS, alternatives } from './lexicon.js';

/** The notes' sentence in the wording the discussion's reading knows. */
export function inFormalWording(sentence: string): string {
  return ourDecision(askedAsQuestion(withoutAfterthought(sentence)));
}

/**
 * "Sam will look into weekend use of the route – maybe a quick survey?": a question set after a dash with no auxiliary
 * (an English question has one: "can we …?", "is it …?", "what does …?") is an elliptical afterthought; the clause
 * before it is what was said.
 */
function withoutAfterthought(text: string): string {
  const tail = /\s[–—-]\s(?<aside>[^–—]+)\?$/.exec(text);
  const auxiliary = new RegExp(String.raw`\b(?:${alternatives([...MODALS, ...QUESTION_AUXILIARIES])})\b`, 'i');
  return tail?.groups && !auxiliary.test(tail.groups.aside) ? `${text.slice(0, tail.index).trim()}.` : text;
}
/** The forms of "be", "do" and "have" that open a question (a closed class). */
const QUESTION_AUXILIARIES = ['is', 'are', 'am', 'was', 'were', 'do', 'does', 'did', 'has', 'have', 'had'];

/** "We agreed to write to the bus company": in a body's own notes "we" is the body, and its agreement the body's decision. */
function ourDecision(text: string): string {
  return text.replace(/^we\s+(?:all\s+|also\s+)?(?<verb>agreed|decided|resolved)\b/i, 'It was $<verb>');
}

/**
 * "Jo will ask Cllr Adams if she can come to the May meeting": asking someone whether they can do a thing asks
 * them to do it ("… ask Cllr Adams to come to the May meeting").
 */
function askedAsQuestion(text: string): string {
  return text.replace(
    /\b(?<ask>ask|asks|asked|asking)\s+(?<who>[A-Z][^,;]{1,60}?)\s+(?:if|whether)\s+(?:he|she|they|it)\s+(?:can|could|would|will|might)\s+(?=[a-z])/,
    '$<ask> $<who> to ',
  );
}
