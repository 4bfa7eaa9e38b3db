// Step 7b: the type a due decides. An instruction due at a meeting of this body whose thing is a
// paper brought before that meeting — "FM to bring a revised forecast to the January Board", "carry
// out a deep dive and present the findings at the May meeting", "the next report to show themes by
// site" — is a future agenda item of this body (work programme), owned by whoever brings it. An
// errand that is only reported on there ("obtain quotes and report back to the February meeting",
// "obtain quotes and bring them to the next meeting", "arrange a visit before the next meeting") stays an action.
import type { OwnBody } from './bodies.js';
import { MONTHS } from '../domain/dates.js';
import { alternatives } from './lexicon.js';
import type { ProposedItem } from './types.js';

/** The verbs that carry a paper before a meeting (a closed class: bringing and laying before). */
export const BRINGING = [
  'bring',
  'brings',
  'brought',
  'bringing',
  'present',
  'presents',
  'presented',
  'presenting',
  'table',
  'tabled',
  'come',
  'comes',
  'coming',
];
const MONTH = `(?:${MONTHS.join('|')})`;
/** "… bring X to the January Board", "present the findings at the May meeting", "come back to the next meeting". */
const BROUGHT_TO = new RegExp(
  String.raw`\b(?:${alternatives(BRINGING)})\b(?:\s+back)?(?!\s+(?:them|it|these|this|those)\b)(?:\s+[^.;]{0,80}?)?\s+(?:to|at)\s+(?<np>(?:the|this|its)\s+(?:(?:next|following)\s+)?(?:${MONTH}\s+(?:\d{4}\s+)?)?(?<head>[\w-]+))`,
  'i',
);
/** "the next report show themes by site": what the paper this body has next is to hold (not "a breakdown in the next report", an errand's answer). */
// (a log's row drops the article: "Next complaints report to include …")
const NEXT_PAPER =
  /(?:\b(?:the|its)\s+|^\s*)next\s+(?:[\w-]+\s+){0,2}?(?:report|update)\s+(?:(?:to|should|would|will|must)\s+)?(?:show|include|set\s+out|cover|contain|give|address|focus|break)\b/i;

/** "asked for a report on the pathway … to the March meeting", "requested an update to the next meeting": a paper asked for at a meeting. */
const PAPER_ASKED_FOR = new RegExp(
  String.raw`\b(?:asked|asks|requested|requests|called)\s+(?:for\s+)?(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:report|update|paper|briefing)\b[^.;]{0,160}?\s(?:to|at)\s+(?:the|its)\s+(?:(?:next|following)\s+|${MONTH}\s+)meeting\b`,
  'i',
);

/** A paper moved between two months' meetings: "the review brought forward from September to June", "present its report in June rather than March". */
const MOVED_PAPER = new RegExp(
  String.raw`\b(?:brought|moved)\s+forward\s+from\s+${MONTH}\s+to\s+${MONTH}\b|\b(?:${alternatives(BRINGING)})\b[^.;]{0,80}?\bin\s+${MONTH}\s+(?:rather\s+than|instead\s+of)\b`,
  'i',
);

/**
 * What this body's papers to come are to hold, the papers the subject and no time named: "future reports show the trend",
 * "that subsequent updates include the waiting list", "(timescales in future reports)" — the body's standing business, a
 * future meeting's, not an errand. (Dated, "future reports break it down | SH | Dec", it is that officer's action; so is
 * an officer's undertaking "to include the figures in future reports".)
 */
const FUTURE_PAPERS = new RegExp(
  String.raw`\b(?:future|subsequent|forthcoming)\s+(?:[\w-]+\s+){0,2}?(?:reports?|updates?|papers?)\s+(?:(?:to|for)\s+(?:the|this)\s+\w+\s+)?(?:(?:should|to|will|would|must|shall)\s+(?:also\s+)?)?(?:show|include|give|set\s+out|contain|cover|address|state|list|break)\b|\b(?:in|into)\s+(?:all\s+|each\s+)?(?:future|subsequent)\s+(?:[\w-]+\s+){0,2}?(?:reports?|updates?|papers?)\b`,
  'i',
);

/**
 * "the breakdown be included in the next performance update", "would be covered in its next quarterly report": what this
 * body's next paper of a kind is to hold — a matter brought before a meeting of its own in that paper, as "the next
 * report show …" is. Only in the passive: the matter is what the paper carries, with no one named to fetch it ("the Head
 * of Finance include the figures in the next report" names an officer's errand, labelled both ways in the read sets).
 * The paper's own words are lower case: a capitalised word before the noun names a document with a life of its own or
 * another body's paper ("the next JSNA update", "the next Cabinet report"), and a paper sent "to" another body is theirs.
 */
const IN_NEXT_PAPER =
  /\b(?:in|into|within)\s+(?:the|its)\s+next\s+(?<kind>(?:[a-z][\w-]*\s+){0,3}?)(?:report|update)\b(?<after>\s+to\s+(?:the\s+|this\s+)?[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,4})?/;
/** A passive before it: "be included", "been shown", "be set out". */
const PASSIVE = /\b(?:be|been|being)\s+(?:[a-z]+ly\s+)?(?:[a-z]+ed|shown|given|set\s+out|made)\b/i;
/** A paper that comes at a set interval: its next one is at a meeting to come, not always the next. */
const PERIODIC = /\b(?:quarterly|annual|monthly|yearly|six-monthly|half-yearly|biannual|termly|weekly)\b/i;

/** The next paper of a kind this body has, what it is to hold told in the passive; "next" unless it comes at intervals. */
function inNextPaper(text: string, own: OwnBody): { periodic: boolean } | null {
  const found = IN_NEXT_PAPER.exec(text);
  if (!found?.groups || !PASSIVE.test(text.slice(0, found.index))) return null;
  const to = found.groups.after?.replace(/^\s+to\s+/, '');
  if (to && !own.is(to)) return null;
  return { periodic: PERIODIC.test(found.groups.kind) };
}

export function paperForMeeting(item: ProposedItem, own: OwnBody): ProposedItem {
  if (item.category !== 'action' && item.category !== 'information') return item;
  const nextPaper = inNextPaper(item.text, own);
  if (nextPaper)
    return {
      ...item,
      category: 'work-programme',
      type: 'work-programme',
      due: item.due ?? (nextPaper.periodic ? null : { kind: 'next' }),
    };
  // (someone undertaking to put it in them — "to include the apprentice numbers in future reports", "agreed to add …" —
  // runs an errand of their own)
  if (
    (item.due === null || item.due.kind === 'future') &&
    FUTURE_PAPERS.test(item.text) &&
    !/^\s*to\s+[a-z]+\b|\b(?:agreed|undertook|offered|promised|will|would)\s+to\b/i.test(item.text)
  )
    return { ...item, category: 'work-programme', type: 'work-programme' };
  const due = item.due?.kind;
  if (due !== 'next' && due !== 'month' && due !== 'meeting') return item;
  const brought = BROUGHT_TO.exec(item.text);
  const before =
    !!brought?.groups &&
    (/^meeting$/i.test(brought.groups.head) ||
      own.is(brought.groups.np.replace(new RegExp(String.raw`\s${MONTH}(?:\s+\d{4})?\s`, 'i'), ' ')));
  // ("bring back a comparison": back is to this body, the meeting the due names)
  const broughtBack =
    /\b(?:bring|brings|brought|bringing|come|comes|coming)\s+back\b(?!\s+(?:them|it|these|this|those)\b)/i;
  const moved = due === 'month' && MOVED_PAPER.test(item.text);
  if (
    !before &&
    !moved &&
    !NEXT_PAPER.test(item.text) &&
    !broughtBack.test(item.text) &&
    !PAPER_ASKED_FOR.test(item.text)
  )
    return item;
  return { ...item, category: 'work-programme', type: 'work-programme' };
}
