// Layout: an action tag set at the right margin. Parish and town minutes often end a resolution's
// line with who acts, pushed to the margin by a run of spaces ("… within seven days.      Action:
// Clerk"). The tag is a line of its own, as when it stands under the resolution, so the owner
// steps read it as they read any "Action:" line.

/** A sentence's end, a run of three or more spaces, and "Action:" / "ACTION –" with a few words after it. */
const TAG_AT_END = /^(?<text>.*\S[.;:)])\s{3,}(?<tag>actions?\s*(?::|–|—|-)\s*\S(?:[^\s]|\s(?!\s)){0,60})$/i;

export function splitActionTag(line: string): string[] {
  const m = TAG_AT_END.exec(line);
  return m?.groups ? [m.groups.text, m.groups.tag.trim()] : [line];
}
