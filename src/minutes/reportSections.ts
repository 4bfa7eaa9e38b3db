// A report's sections printed inside the minutes ("Purpose of report", "Background"): what follows them proposes,
// not decides, until the minutes' own record resumes (a motion, a decision keyword, the meeting's people in the past).
import { alternatives } from './lexicon.js';

/**
 * The headings of a report a committee considered ("Purpose of report", "Background"): what follows proposes, not
 * decides. A record of an executive decision prints the options it rejected under the same kind of heading (the
 * statutory record's "Alternative options considered and rejected"). (Not its "Reasons for the decision": a web
 * page prints the decision again under the minutes after them, and the two copies must stay one minute.)
 */
const REPORT_SECTION = new RegExp(
  String.raw`^(?:purpose(?:\s+of\s+(?:the\s+|this\s+)?report)?|${alternatives(['recommendations', 'recommendation', 'background', 'introduction and background', 'introduction', 'proposals', 'proposal'])}|(?:financial|legal|staffing|equality|environmental|risk|resource)\s+implications|implications|(?:alternative\s+)?options(?:\s+considered)?(?:\s+and\s+rejected)?|reasons?\s+for\s+(?:the\s+)?recommendations?|executive\s+summary|background\s+papers|report\s+of\s+.+|policy\s+framework(?:\s+and\s+previous\s+decisions)?|officers?\s+to\s+contact|conclusions?)\.?$`,
  'i',
);

/** A paragraph of the minutes' own record: a motion, a decision keyword, or the meeting's people in the past tense. */
export const RECORD_RESUMES =
  /^(?:(?:proposed|moved|seconded)\s+by\b|it\s+was\s+(?:proposed|moved|resolved|agreed)\b|(?:resolved|agreed|decided)\b\s*(?:[:–—-]|that\b)|(?:members|councillors|governors|the\s+(?:committee|panel|board|sub-committee|chair(?:man)?)|(?:cllr|councillor|alderman)\s+[A-Z][\w'’-]+)\s+(?:also\s+|then\s+)?[a-z]+ed\b)/i;

export function isReportSection(title: string): boolean {
  return REPORT_SECTION.test(title.trim());
}

/**
 * A minute's own numbered heading that names the report the meeting took ("FA/31  Report of the Treasurer",
 * "14. REPORT OF THE STANDARDS SUB-COMMITTEE - ANNUAL REVIEW"): what follows it is the report as
 * presented, like any report's section, but the record that resumes after it ("RESOLVED -") is this minute's own
 * decision, not the minute's before it. (An unnumbered "Report of …" inside a minute is a section of that minute.)
 */
export function namesReceivedReport(minute: { number: string | null; title: string }): boolean {
  return minute.number !== null && /^report\s+of\b/i.test(minute.title.trim());
}

/**
 * The minutes telling how a report was put to the meeting: someone of the meeting — "Councillor X", "the Chair of the
 * group", "The Executive Member for Finance, Councillor Y," — introduced, presented or moved it, or gave an update. A
 * printed report does not speak of itself so; under a numbered "Report of …" minute such a paragraph is the minute's own
 * record, and the discussion after it (what was asked, what an officer undertook) is read as any minute's.
 */
const PRESENTED =
  /^(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|for|of|and|the))*(?:,\s[^,]{1,80},)?\s+(?:also\s+)?(?:introduced|presented|gave|outlined|moved|summari[sz]ed|took\s+(?:members|the\s+\w+)\s+through)\b/;

export function tellsReportPresented(line: string): boolean {
  return PRESENTED.test(line.trim());
}
