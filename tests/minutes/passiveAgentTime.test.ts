// "by" after a passive names the one who acts ("be written by the Clerk") — or when it is to be done ("be ordered by
// Friday"). A day, a month, a season or a festival is never the owner.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';

const page = (lines: string[]) =>
  ['Minutes of the Parks and Open Spaces Committee held on 3 November 2026', '', '5. Play areas', ...lines].join('\n');
const owners = (lines: string[]) => parseMinutes(page(lines)).items.map((i) => i.owner);

describe('a time after a passive\'s "by" is when, not who', () => {
  it.each([
    'RESOLVED: That the new swings be ordered by Friday.',
    'RESOLVED: That the new swings be ordered by Friday 13 November.',
    'RESOLVED: That the new swings be ordered by January.',
    'RESOLVED: That the new swings be ordered by the end of January.',
    'RESOLVED: That the new swings be ordered by Christmas.',
    'RESOLVED: That the new swings be ordered by Easter 2027.',
  ])('%s', (line) => {
    expect(owners([line])).toEqual([null]);
  });

  it.each([
    ['RESOLVED: That the new swings be ordered by the Parks Manager.', 'the Parks Manager'],
    ['RESOLVED: That the new swings be ordered by the Parks Manager by Friday.', 'the Parks Manager'],
  ])('an agent is still the owner: %s', (line, owner) => {
    expect(owners([line])).toEqual([owner]);
  });

  it('an action-list entry reported "done by Friday" keeps its initials as the owner', () => {
    const items = parseMinutes(page(['Actions:', '- PM to order the new swings – done by Friday'])).items;
    expect(items.map((i) => i.owner)).toEqual(['PM']);
  });
});
