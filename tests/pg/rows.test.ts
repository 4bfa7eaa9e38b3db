// Meetings as the server packs them into one string (queries/reads.ts, meetingsPacked; and each
// committee's calendar as the calendars table keeps it, migrations/version8.ts), read back
// by position (rows/packedCalendars.ts): every meeting as it was, whatever the mix of
// cancelled and moved ones, and whatever the committees are called. No server needed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../src/domain/types.js';
import { itemFromJson, itemsFromJsonArray } from '../../src/store/postgres/rows/itemsFromJson.js';
import { meetingsFromCalendars, meetingsFromPacked } from '../../src/store/postgres/rows/packedCalendars.js';
import { openItemRecord } from '../../src/store/postgres/rows/records.js';
import { toStoredText } from '../../src/store/postgres/text.js';
import { makeItem } from '../factories.js';

/** The string meetingsPacked builds: "<n>,<day>", ",x" when cancelled, ",<day>" when moved; ";" between. */
function packed(slugs: readonly string[], meetings: readonly Meeting[]): string {
  return meetings
    .map((m) => {
      const n = slugs.indexOf(m.committee);
      const cancelled = !m.cancelled ? '' : m.movedTo === null ? ',x' : `,x,${m.movedTo}`;
      return `${n},${m.date}${cancelled}`;
    })
    .join(';');
}

const day = fc
  .date({ min: new Date('0500-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('meetings packed into one string', () => {
  it('read back as they were: cancelled, moved, and committees escaped as stored', () => {
    const slugs = ['jhsc', 'cyp-osc', 'a\0b', '␀'];
    const meetings: Meeting[] = [
      { committee: 'jhsc', date: '2025-11-17', cancelled: false, movedTo: null },
      { committee: 'cyp-osc', date: '2025-12-01', cancelled: true, movedTo: null },
      { committee: 'a\0b', date: '2026-01-05', cancelled: true, movedTo: '2026-01-12' },
      { committee: '␀', date: '0999-03-04', cancelled: false, movedTo: null },
      { committee: 'jhsc', date: '2026-02-02', cancelled: true, movedTo: '2026-02-09' },
    ];
    const stored = JSON.stringify(slugs.map(toStoredText));
    expect(meetingsFromPacked(stored, packed(slugs, meetings))).toEqual(meetings);
    expect(meetingsFromPacked(stored, '')).toEqual([]);
  });

  it('read back as they were, for any calendar', () => {
    const slugs = Array.from({ length: 12 }, (_, i) => `committee-${i}`);
    const meeting = fc.record({
      committee: fc.constantFrom(...slugs),
      date: day,
      cancelled: fc.boolean(),
      movedTo: fc.option(day, { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(meeting, { maxLength: 40 }), (drawn) => {
        // Only a cancelled meeting is moved (the tables' check).
        const meetings = drawn.map((m) => (m.cancelled ? m : { ...m, movedTo: null }));
        expect(meetingsFromPacked(JSON.stringify(slugs), packed(slugs, meetings))).toEqual(meetings);
      }),
    );
  });

  it("each committee's kept calendar read back as it was, the committees one after another", () => {
    const slugs = Array.from({ length: 6 }, (_, i) => (i === 5 ? 'a\0b' : `committee-${i}`));
    const meeting = fc.record({ date: day, cancelled: fc.boolean(), movedTo: fc.option(day, { nil: null }) });
    fc.assert(
      fc.property(fc.array(fc.array(meeting, { maxLength: 20 }), { minLength: 6, maxLength: 6 }), (drawn) => {
        const calendars = drawn.map((list, i) =>
          list.map((m): Meeting => ({ committee: slugs[i], ...m, movedTo: m.cancelled ? m.movedTo : null })),
        );
        // As calendars keeps each: packed without the committee's place; a committee with no meetings has no row.
        const rows = calendars
          .map((list, i) => ({
            slug: toStoredText(slugs[i]),
            meetings: packed([slugs[i]], list).replace(/(^|;)0,/g, '$1'),
          }))
          .filter((row) => row.meetings !== '');
        expect(meetingsFromCalendars(rows)).toEqual(calendars.flat());
      }),
    );
    expect(meetingsFromCalendars([{ slug: 'jhsc', meetings: null }])).toEqual([]);
  });
});

describe("a report's items sent as one text, the elements of a JSON array", () => {
  // As open_items keeps each (rows/records.ts, openItemRecord): text escaped where `text` cannot hold it.
  const kept = (fields: Parameters<typeof makeItem>[0]) => openItemRecord(makeItem(fields), 1).reported_item!;

  it('read as each item read alone is, escaped text and all, in the order of their places', () => {
    const jsons = [
      kept({ id: 'A3', text: 'Minutes with a\0stray NUL', owner: 'Clerk ␀ office' }),
      kept({ id: 'A1', owners: ['Ward team', 'Finance'], owner: 'Ward team' }),
      kept({ id: 'A2', text: 'Plain text, nothing escaped' }),
    ];
    const items = itemsFromJsonArray(jsons.join(','), '30,1,20');
    expect(items).toEqual([jsons[1], jsons[2], jsons[0]].map(itemFromJson));
    expect(items[2].text).toBe('Minutes with a\0stray NUL');
    expect(items[2].owner).toBe('Clerk ␀ office');
    expect(itemsFromJsonArray(jsons.join(','), '1,2,3').map((item) => item.id)).toEqual(['A3', 'A1', 'A2']);
  });

  it('in the order of their places, whatever order they came in', () => {
    const jsons = Array.from({ length: 6 }, (_, i) => kept({ id: `A${i + 1}` }));
    fc.assert(
      fc.property(fc.shuffledSubarray([0, 1, 2, 3, 4, 5], { minLength: 6, maxLength: 6 }), (order) => {
        const sent = order.map((i) => jsons[i]).join(',');
        const places = order.map((i) => 10 * i + 7).join(',');
        expect(itemsFromJsonArray(sent, places).map((item) => item.id)).toEqual(['A1', 'A2', 'A3', 'A4', 'A5', 'A6']);
      }),
    );
  });

  it('none when nothing is sent (the server aggregates no rows to null)', () => {
    expect(itemsFromJsonArray(null, null)).toEqual([]);
  });

  it('one item alone', () => {
    const json = kept({ id: 'A9', text: 'Only one' });
    expect(itemsFromJsonArray(json, '4')).toEqual([itemFromJson(json)]);
  });
});
