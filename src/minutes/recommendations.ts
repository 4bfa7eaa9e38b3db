// Step 9c: recommendations a task group or panel agreed to make to another body — "agreed the
// following recommendations …" then "Recommendations to Cabinet" and "R1 That …", "R2 …".
// Each is a recommendation owned by that body; the dates inside one are what the body is asked
// to do, not when this group must act, so no due is read from them.
import type { ProposedItem } from './types.js';

/** The list's heading names the body: "Recommendations to Cabinet", "Recommendations to the Executive:". */
const HEADING = /^recommendations?\s+to\s+(?<body>(?:the\s+)?[A-Z][\w&'’ -]{1,60}?)\s*:?\s*$/i;
/** The minute records that the members agreed them, so the list is theirs, not a report's proposals. */
export const AGREED_LIST =
  /\b(?:agreed|resolved|approved|endorsed)\b[^.]{0,80}\brecommendations?\b|\brecommendations?\b[^.]{0,40}\bwere\s+(?:agreed|approved|endorsed)\b/i;
const ENTRY = /^(?<ref>R\d{1,2}|\d{1,2})[.):]?\s+(?<text>\S.*)$/;

export function agreedRecommendations(
  lines: string[],
  minute: string | null,
): { items: ProposedItem[]; used: Set<number> } {
  const items: ProposedItem[] = [];
  const used = new Set<number>();
  lines.forEach((line, i) => {
    const heading = HEADING.exec(line.trim());
    if (!heading?.groups || !lines.slice(0, i).some((l) => AGREED_LIST.test(l))) return;
    used.add(i);
    const body = heading.groups.body.replace(/^the\s+/i, '');
    for (let j = i + 1; j < lines.length && lines[j].trim(); j++) {
      const entry = ENTRY.exec(lines[j].trim());
      if (entry?.groups) {
        items.push({
          minute,
          ref: entry.groups.ref,
          type: 'action',
          category: 'recommendation',
          owner: body,
          due: null,
          text: entry.groups.text.replace(/^that\s+/i, ''),
          confidence: 0.8,
          source: 'resolution',
          narrative: false,
        });
      } else if (items.length && /^[a-z(]/.test(lines[j].trim())) {
        items[items.length - 1].text += ` ${lines[j].trim()}`; // an entry carried onto the next line
      } else break;
      used.add(j);
    }
  });
  return { items, used };
}
