// A body sets up a group of its own and names someone to arrange the group's first meeting: "(2) That a task and
// finish group be set up to look at X" / "(3) That the Scrutiny Officer arrange the first meeting of the group", or
// "The Forum agreed to set up a working group (…). Ms X will convene the first meeting before half term." What there
// is to track is the arranging, owned by whoever arranges it and due when it says; the setting-up is the body's own
// act, done as it is resolved, and is recorded (noted) — as every read label beside such an arranger keeps it. (A
// group set up with nobody named to arrange anything stays as it is read: the labels make that an errand as often as
// a record.)
import { alternatives } from './wordList.js';
import type { NotedEntry, ProposedItem } from './types.js';

/** What a body sets up of its own (closed): groups, parties, panels, sub-committees. */
const GROUP = String.raw`(?:${alternatives(['group', 'sub-group', 'subgroup', 'party', 'panel', 'sub-committee', 'subcommittee'])})`;

/** An owner that is the group itself. */
const GROUP_OWNER = new RegExp(String.raw`\b${GROUP}$`, 'i');

/** Setting a group up, passive or active: "a working group be established", "agreed to set up a task group". */
const SETS_UP = new RegExp(
  String.raw`\b${GROUP}\b[^;]{0,200}?\b(?:be|is|was|were|been)\s+(?:duly\s+)?(?:set\s+up|established|formed|created|constituted)\b|\b(?:set\s+up|establish|form|create|constitute)\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,6}?${GROUP}\b`,
  'i',
);

/** Arranging the group's first meeting: "arrange its first meeting", "convene the first meeting of the group". */
const ARRANGES_FIRST_MEETING = new RegExp(
  String.raw`\b(?:arrange|arranges|convene|convenes|organise|organises|organize|organizes|call|calls|schedule|schedules|set\s+up|sets\s+up|fix|fixes)\s+(?:a\s+date\s+for\s+|the\s+date\s+(?:of|for)\s+)?(?:its|the|their|the\s+group's|the\s+group’s)\s+first\s+meeting\b`,
  'i',
);

/** The group's own report on its work, in the same clause: a work of its own, kept ("… and report to the Panel in March"). */
const REPORTS = /\breport(?:s|ing)?\s+(?:back|its|their|to)\b/i;

/**
 * The items of one minute with a group's setting-up taken out where another item arranges the group's first meeting;
 * what is taken out goes to `noted`.
 */
export function withoutSetUpBesideFirstMeeting(found: ProposedItem[], noted: NotedEntry[]): ProposedItem[] {
  const arranged = found.filter((i) => ARRANGES_FIRST_MEETING.test(i.text));
  if (!arranged.length) return found;
  // (only the body's own setting-up: with no one named, or the group read as its own owner — someone named to set it
  // up has an errand of their own: "the Director to set up a steering group")
  const setUp = (i: ProposedItem) =>
    !arranged.includes(i) &&
    i.category === 'action' &&
    (!i.owner || GROUP_OWNER.test(i.owner)) &&
    SETS_UP.test(i.text) &&
    !REPORTS.test(i.text);
  for (const i of found.filter(setUp))
    noted.push({ minute: i.minute, ref: i.ref, text: i.text, source: i.source, confidence: i.confidence });
  return found.filter((i) => !setUp(i));
}
