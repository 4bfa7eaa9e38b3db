// What members asked a paper before the meeting to say: "Members asked that the response press for a longer
// settlement", "… that the study also look at the sea wall". A paper cannot act: the request is a comment on its
// content, and the resolution that settles the paper ("the response be finalised and submitted", "the brief be
// extended to include …") is the record of what became of it — one item, the resolution's, or none where it only
// approves the paper as amended.

/**
 * The kinds of paper a meeting settles (a closed class: what a committee is given to approve, amend or send on).
 * "Next", "future", "further" or "annual … next" papers are still to be written: what they should include is an
 * errand for whoever writes them, not a comment on a paper in hand.
 */
const PAPERS = [
  'report',
  'response',
  'submission',
  'study',
  'review',
  'strategy',
  'plan',
  'policy',
  'draft',
  'letter',
  'brief',
  'document',
  'assessment',
  'statement',
];

/** The words that cannot follow a paper as its verb: its own modifiers, and the auxiliaries of a passive or a modal. */
const NOT_A_VERB = new Set(
  'be is are was were been being should would will could can may might must shall of on for to and in at from with by about into as or which that who'.split(
    ' ',
  ),
);

const COMMENT = new RegExp(
  String.raw`^[^.;]{2,60}?\b(?:asked|requested)\s+that\s+(?:the|this|its)\s+(?<modifiers>(?:[\w'’-]+\s+){0,3})(?<paper>${PAPERS.join('|')})\s+(?:also\s+)?(?<verb>[a-z]+)\b`,
  'i',
);

/**
 * The paper a request comments on ("response" in "Members asked that the response press for …"), or null: the
 * request has no one to act but the paper, is about a paper in hand (not "the next report"), and its verb is active.
 */
export function paperCommentedOn(text: string): string | null {
  const m = COMMENT.exec(text.trim())?.groups;
  if (!m || NOT_A_VERB.has(m.verb.toLowerCase())) return null;
  if (/\b(?:next|future|further|following|subsequent|coming|new)\b/i.test(m.modifiers)) return null;
  return m.paper.toLowerCase();
}

/** Whether the minute's resolution speaks of the same paper: then it records what became of the comment. */
export function settledByResolution(paper: string, resolution: string): boolean {
  return new RegExp(String.raw`\b${paper}s?\b`, 'i').test(resolution);
}
