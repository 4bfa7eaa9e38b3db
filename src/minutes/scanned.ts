// Part of step 1, layout: minutes typed, printed and scanned, read back by OCR. The reader confuses letters and
// figures that look alike — "O" for a nought and "l" for a one inside a sum ("£9,OOO", "£l80"), a nought for a
// capital O at the start of a name ("0kafor") — and a typist's letter-spaced keyword ("R E S O L V E D") comes
// back as single letters. Each is put back where the token shows which was meant; no other word is touched.
import { alternatives } from './lexicon.js';

/**
 * The words a typist spaces out for emphasis: the record's keywords and headings (a closed few), so a line of
 * single letters that spells another word ("A B C D …", an index) is left as it is.
 */
const SPACED_WORDS = [
  'RESOLVED',
  'AGREED',
  'DECIDED',
  'RECOMMENDED',
  'NOTED',
  'CARRIED',
  'ACTION',
  'ACTIONS',
  'MINUTES',
  'PRESENT',
  'APOLOGIES',
];
const SPACED = new RegExp(String.raw`\b(?:${alternatives(SPACED_WORDS.map((w) => w.split('').join(' ')))})\b`, 'g');

/** A sum or a figure with a letter in it: "£2,846.1O", "£9,OOO", "£l80", "2l5" — all figures but the look-alikes. */
const FIGURE = /(?<![\w£.,])£?(?=[\dOl,.]*\d)[\dOl][\dOl,.]*(?![\w])/g;
/** A name OCR began with a nought: "0kafor". */
const NOUGHT_NAME = /(?<![\w£.,])0(?=[a-z]{2,})/g;

/** A figure with look-alike letters in it: a sum, or more figures than letters ("O2" may be a name; "2l5" is not). */
function lookAlikes(figure: string): boolean {
  const letters = (figure.match(/[Ol]/g) ?? []).length;
  const digits = (figure.match(/\d/g) ?? []).length;
  return letters > 0 && digits > 0 && (figure.startsWith('£') || digits > letters);
}

export function readScanned(line: string): string {
  return line
    .replace(SPACED, (w) => w.replace(/ /g, ''))
    .replace(FIGURE, (f) => (lookAlikes(f) ? f.replace(/O/g, '0').replace(/l/g, '1') : f))
    .replace(NOUGHT_NAME, 'O');
}
