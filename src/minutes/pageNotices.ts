// What a council's web page prints around its minutes, in words rather than layout: the links that
// move about the page ("Back to top", "Skip to main content"), the site's footer after the last of
// them (the council's address, a bar of links), and the notice of the call-in period that a
// decision page prints ("Decisions will take effect on … unless called in"). None is business.
import { alternatives } from './lexicon.js';

/**
 * The links a web page prints to move about itself. Closed: a page moves to its top, skips to its
 * content or menu, or prints and shares itself — there is nowhere else on a page to go.
 */
const PAGE_LINKS = [
  'back to top',
  'back to the top',
  'return to top',
  'return to the top',
  'go to top',
  'go to the top',
  'jump to top',
  'top of page',
  'top of the page',
  'skip to content',
  'skip to main content',
  'skip to navigation',
  'skip to main navigation',
  'skip to menu',
  'print this page',
  'share this page',
];
const PAGE_LINK = new RegExp(
  String.raw`^\s*(?:${alternatives(PAGE_LINKS)})(?:\s+of\s+(?:the\s+)?page)?\s*[↑^]?\s*$`,
  'i',
);

/**
 * A bar of the page's links, set apart by "|": "Back to top  |  Accessibility  |  Contact us". Where one of its cells is a
 * link that moves about the page, the bar is the page's own navigation, whatever the other links are; every cell is a
 * link's few words (a flattened table's row, "AB/12 | Send the survey to members | JR | Open", has no such cell).
 */
const linkBar = (line: string) => {
  const cells = line.trim().split(/\s+\|\s+/);
  return (
    cells.length >= 2 &&
    cells.every((cell) => cell.split(/\s+/).length <= 5 && !/[.!?:;]$/.test(cell)) &&
    cells.some((cell) => PAGE_LINK.test(cell))
  );
};
const isPageLink = (line: string) => PAGE_LINK.test(line) || linkBar(line);

/** A line of a site's footer: short, no sentence of its own, no numbered heading. */
const footerLine = (line: string) =>
  line.trim().split(/\s+/).length <= 16 &&
  !/[.!?:;]$/.test(line.trim()) &&
  !/^\(?\d{1,3}[.)]?(?:\s|$)/.test(line.trim());
/** A footer is a few lines: a longer tail after the link is more of the page. */
const FOOTER_LINES = 8;

/**
 * The page without its navigation links, and without the site's footer: the lines after the last
 * link, where every one of them reads as a footer's (a page that goes on with minutes after a
 * "Back to top" keeps them).
 */
export function withoutPageLinks(lines: string[]): string[] {
  const links = lines.flatMap((l, i) => (isPageLink(l) ? [i] : []));
  if (!links.length) return lines;
  const last = links[links.length - 1];
  const tail = lines.slice(last + 1).filter((l) => l.trim());
  const footer = tail.length <= FOOTER_LINES && tail.every(footerLine);
  return lines.filter((l, i) => !isPageLink(l) && !(footer && i > last));
}

/** Words naming the call-in of a decision: "called in", "call-in", "call in". */
const CALL_IN = /\bcall(?:ed)?[- ]in\b/i;
/**
 * The notice's sentence: its subject is the decisions themselves ("Decisions", "These decisions", "Any
 * decision marked *", "Decisions taken by the Portfolio Holder"), its verb says when they take effect
 * or that they may be called in.
 */
const NOTICE = new RegExp(
  String.raw`^(?:(?:the|these|those|any|all|such)\s+)?decisions?\b[^.;]{0,100}?\s(?:(?:will|shall|may|can|cannot|must|do|does|is|are)\s+)?(?:not\s+)?(?:take\s+effect|come\s+into\s+(?:force|effect|operation)|be\s+(?:implemented|called\s+in|actioned)|(?:be|is|are)\s+(?:not\s+)?(?:subject\s+to|exempt\s+from)\s+call[- ]?in)\b`,
  'i',
);

/** A sentence that gives notice of the call-in period: not a decision, and nothing to do. */
export const isCallInNotice = (sentence: string): boolean => CALL_IN.test(sentence) && NOTICE.test(sentence.trim());

/** A paragraph without its call-in notice's sentences ("" when that was all it said). */
export function withoutCallInNotice(paragraph: string): string {
  if (!CALL_IN.test(paragraph)) return paragraph;
  const parts = paragraph.split(/(?<=[.!?])\s+(?=[A-Z])/);
  const kept = parts.filter((s) => !isCallInNotice(s));
  return kept.length === parts.length ? paragraph : kept.join(' ');
}

/**
 * The record's own standing, printed as a running head or foot: "DRAFT – subject to approval at the next meeting",
 * "Minutes subject to confirmation", "Please note: all minutes are subject to approval". Not business: nothing is
 * decided or to be done by it. It must name the record (draft, minutes, unconfirmed) and the approval it waits on, and
 * hold nothing else but a page's furniture set apart by wide spacing ("   Item 3", "   Chair's initials ____"); a clause
 * "…, subject to confirmation by the full Council." wrapped onto its own line names no record and stays. Round 42 built
 * it to go with the reader of undertakings; applied in layout.ts since round 43, when the reader is consulted.
 */
const RECORD_STANDING = new RegExp(
  String.raw`^\s*(?:please\s+note\s*:?\s*)?(?=(?:(?:all|these|the)\s+)?(?:draft|unconfirmed|unapproved|minutes)\b)(?:(?:all|these|the)\s+|(?:draft|unconfirmed|unapproved|minutes)\b[\s,:–—-]*){1,4}(?:(?:are|is)\s+)?(?:still\s+)?subject\s+to\s+(?:approval|confirmation|ratification|signature|agreement)(?:\s+(?:at|by)\s+the\s+next\s+(?:\w+\s+)?meeting(?:\s+of\s+the\s+[A-Z][\w ]{0,40})?)?\s*\.?\s*(?:\s{3,}\S.*)?$`,
  'i',
);
export const isRecordStanding = (line: string): boolean => RECORD_STANDING.test(line);
