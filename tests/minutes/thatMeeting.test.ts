import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';

const head = 'Minutes of the Village Hall Committee held on 3 February 2026\nPresent: Cllrs Hale, Roy\n';

describe('"that meeting" after a dated next meeting', () => {
  it('takes the date of the meeting named just before', () => {
    const { items } = parseMinutes(
      `${head}9. Next meeting\nThe next meeting is to be held on 17 March 2026. It was agreed that the hall trustees be invited to attend that meeting.`,
    );
    expect(items).toMatchObject([{ category: 'invitation', due: { kind: 'meeting', meeting: '2026-03-17' } }]);
  });

  it('leaves the due alone when no dated meeting comes just before', () => {
    const { items } = parseMinutes(
      `${head}9. Hall hire\nThe booking on 17 March 2026 was confirmed. The treasurer said takings were up. Members noted the figures. It was agreed that the hall trustees be invited to attend that meeting.`,
    );
    expect(items[0]?.due ?? null).toBeNull();
  });
});
