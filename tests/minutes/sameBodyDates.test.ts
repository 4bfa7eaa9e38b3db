import { describe, expect, it } from 'vitest';
import { dueOf } from '../../src/minutes/due.js';
import { parseMinutes } from '../../src/minutes/index.js';

describe('a dated meeting named with its body', () => {
  it('is the due of what is brought to it', () => {
    expect(dueOf('an update on the scheme be brought to the meeting of Full Council on 4 March 2026', '2026-01-14')).toEqual({ kind: 'meeting', meeting: '2026-03-04' });
  });

  it("is one of the body's next meetings when it is the body whose minutes these are, even across a line break", () => {
    const text = `DISTRICT COUNCIL

CABINET

Minutes of the meeting held on 12 January 2026

Present: Cllr Webb (Leader), Cllr Ross

5   Leisure Strategy

RESOLVED:

1.  That the leisure strategy be approved for consultation.

2.  That the consultation responses be reported to Cabinet on
    9 March 2026.
`;
    expect(parseMinutes(text).nextMeetings).toContain('2026-03-09');
  });

  it("is not this body's meeting when another body is named", () => {
    const text = `CABINET

Minutes of the meeting held on 12 January 2026

Present: Cllr Webb (Leader)

5   Budget

RESOLVED: That the budget be recommended to the meeting of Council on 25 February 2026.
`;
    expect(parseMinutes(text).nextMeetings).not.toContain('2026-02-25');
  });
});
