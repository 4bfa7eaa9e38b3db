// A heading's title: where a title that runs into the minute's text stops, and whether words read as a title
// (short, capitalised, no finite verb of its own) rather than as the minute's first sentence.
import { alternatives } from './lexicon.js';

/** Lines of a list of attendees or a table: not headings whatever their number. */
export const NOT_TITLE_START =
  /^(?:that\b|to\s+[a-z]|the\s+(?:committee|panel|board|council|cabinet)\s+(?:noted|agreed|resolved|received|considered))/i;
const VERBISH = new RegExp(
  String.raw`\b(?:${alternatives(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'should', 'can', 'could', 'may', 'must', 'be', 'been', 'being'])})\b`,
);
const MONTH_START = new RegExp(
  String.raw`^(?:${alternatives(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'])})\b`,
  'i',
);
export const DOC_LINK = /\bpdf icon\b|\bPDF\s+\d+\s*KB\b/i;

/** Where a title that runs into the minute's text stops: "APOLOGIES – Received from …", "Matters Arising18.1 …". */
export function splitTitle(rest: string): { title: string; body: string } {
  // an agenda pack's page reference after the title: "Minutes of the Previous Meeting   (Pages 5 - 10)"
  const text = rest
    .replace(/\s*pdf icon.*$/i, '')
    .replace(/\s+PDF\s+\d+\s*KB.*$/i, '')
    .replace(/\s*\(?\bpages?\s+\d+(?:\s*[-–]\s*\d+)?\)?\s*$/i, '')
    .trim();
  // "Matters Arising18.1 6.2 There has …", "Present:Councillors …"
  const glued = /^(?<title>[A-Z][^.:]{2,80}?[a-z)])(?<body>\d{1,3}\.\d{1,3}\s.*)$/.exec(text);
  if (glued?.groups) return { title: glued.groups.title, body: glued.groups.body };
  // "APOLOGIES FOR ABSENCE – Received …", "Police report: PC Ogilvie reported …"
  const marked = /^(?<title>[^.:;–—]{2,90}?)\s*(?:[–—]|(?<!\d):|\s-\s)\s*(?<body>\S.*)$/.exec(text);
  // (a part in capitals like the title's is the title's own: "PERFORMANCE REPORT - QUARTER 1 2025/26")
  const shouted = (t: string) => /[A-Z]{2}/.test(t) && t === t.toUpperCase();
  if (
    marked?.groups &&
    titleLike(marked.groups.title) &&
    marked.groups.body.split(/\s+/).length >= 2 &&
    !(shouted(marked.groups.title) && shouted(marked.groups.body)) &&
    // (nor is a title of its own with its own dash and no sentence's end: "Call-in: Decision 2025/31 – Harbour Works")
    !(/\s[–—]\s/.test(marked.groups.body) && !/[.!?]$/.test(marked.groups.body) && titleLike(marked.groups.body))
  )
    return { title: marked.groups.title.trim(), body: marked.groups.body };
  // "Highways. The potholes on Elm Lane …": a short title closed by a full stop, the minute's first sentence after it
  // (not a sentence of its own, "Cllr Ode reported. …", "The Board discussed the wall. …": a title holds no past
  // tense and opens with no article)
  const stopped = /^(?<title>[A-Z][^.:;]{2,50}?)\.\s+(?<body>[A-Z].*)$/.exec(text);
  if (
    stopped?.groups &&
    stopped.groups.title.split(/\s+/).length <= 5 &&
    !/\w{2}ed\b/.test(stopped.groups.title) &&
    !/^(?:the|a|an|this|it|they|we)\b/i.test(stopped.groups.title) &&
    titleLike(stopped.groups.title) &&
    stopped.groups.body.split(/\s+/).length >= 2
  )
    return { title: stopped.groups.title.trim(), body: stopped.groups.body };
  return { title: text, body: '' };
}

/** A heading's title reads as a title: short, capitalised, with no finite verb of its own. */
export function titleLike(raw: string): boolean {
  const title = raw.trim();
  if (!/^[A-Z0-9"'‘“(&]/.test(title) || /\s{3,}/.test(title)) return false;
  if (title.split(/\s+/).length > 16 || /[,;]$/.test(title)) return false;
  if (
    new RegExp(
      // (not the last part of a compound: "SWITCH-ON", "FOLLOW-UP" end a title)
      String.raw`(?<![-–])\b(?:${alternatives(['and', 'or', 'of', 'the', 'to', 'for', 'with', 'a', 'an', 'in', 'on', 'by', 'from', 'that'])})$`,
      'i',
    ).test(title)
  )
    return false;
  if (MONTH_START.test(title) || NOT_TITLE_START.test(title)) return false;
  if (title === title.toUpperCase()) return true;
  return !VERBISH.test(title) && !/\b[A-Z]{3,}ED\b/.test(title) && !/[.!?]\s+\S/.test(title);
}
