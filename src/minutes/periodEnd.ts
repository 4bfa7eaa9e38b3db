// A due named by the end of a period the minute dates elsewhere: "will send members a breakdown before the consultation
// closes", where the minute's decision, after or before the discussion, gives the period — "consultation from 2 March to
// 13 April", "the consultation closes on 13 April". The errand points to the period's last day. Read only when the minute
// gives one such day still to come (two different days leave the due unread).
import { findDates, firstAfter, statedIso, type DateMention } from './dateText.js';

/** "before the consultation closes", "by the time the survey ends": a period named by its noun and a verb of ending. */
const BEFORE_IT_ENDS =
  /\b(?:before|by\s+the\s+time)\s+(?:the|its|their|that)\s+(?<noun>[a-z]+)\s+(?:closes|ends|finishes|is\s+over)\b/i;

/** The last day of the named period in a sentence of the minute: "<noun> … from <day> to <day>", "<noun> closes on <day>". */
function endsOf(noun: string, minuteText: string): DateMention[] {
  const days: DateMention[] = [];
  for (const named of minuteText.matchAll(new RegExp(String.raw`\b${noun}\b`, 'gi'))) {
    const after = minuteText.slice(named.index, named.index + noun.length + 80).split(/[.;](?!\d)/)[0]!;
    const dates = findDates(after);
    const period = /\bfrom\s+\S/.test(after) && dates.length >= 2 ? dates[dates.length - 1] : undefined;
    const closing = dates.find((d) =>
      /\b(?:clos(?:es|ing)|ends|until|to)\s+(?:on\s+)?(?:the\s+)?(?:\w+day,?\s+)?$/i.test(after.slice(0, d.index)),
    );
    const end = period ?? closing;
    if (end) days.push(end);
  }
  return days;
}

/** The period's last day, when the item's due is "before the <period> closes" and the minute dates it once. */
export function periodEnd(itemText: string, minuteText: string, meeting: string | null): string | null {
  const named = BEFORE_IT_ENDS.exec(itemText);
  const noun = named?.groups?.noun;
  if (!named || !noun) return null;
  // ("would ask the team whether they could hold a drop-in before the consultation closes": the period belongs to the
  // question asked, not to the errand of asking)
  if (/\b(?:whether|if)\b/i.test(itemText.slice(0, named.index))) return null;
  const days = new Set(
    endsOf(noun.toLowerCase(), minuteText)
      .map((d) => statedIso(d) ?? (meeting ? firstAfter(d, meeting) : null))
      .filter((day): day is string => !!day && (!meeting || day > meeting)),
  );
  return days.size === 1 ? [...days][0]! : null;
}
