// An owner named by a bare title takes the one fuller title the minutes print that starts the same way.
import { describe, expect, it } from 'vitest';
import { expandTitles } from '../../src/minutes/fullTitles.js';
import type { ProposedItem } from '../../src/minutes/types.js';

const owned = (owner: string): ProposedItem => ({
  minute: '1',
  ref: null,
  type: 'action',
  category: 'action',
  owner,
  due: null,
  text: 'x',
  confidence: 0.7,
  source: 'resolution',
  narrative: false,
});
const expand = (owner: string, text: string, isPerson?: (np: string) => boolean) => {
  const item = owned(owner);
  expandTitles([item], text, text, isPerson);
  return item.owner;
};

describe('a bare title in full', () => {
  it.each([
    ['the Director', 'The Director of Public Health presented the report.', 'Director of Public Health'],
    ['the Area Lead', 'The Area Lead (South) introduced the item.', 'Area Lead (South)'],
    [
      'the Service Manager',
      'The Service Manager for Libraries, Culture and Heritage said …',
      'Service Manager for Libraries, Culture and Heritage',
    ],
  ])('%s with "%s" → %s', (owner, text, full) => {
    expect(expand(owner, text)).toBe(full);
  });

  it('stays bare when the minutes print two fuller titles, or none', () => {
    expect(expand('the Director', 'The Director of Finance and the Director of Housing spoke.')).toBe('the Director');
    expect(expand('the Clerk', 'Apologies were received.')).toBe('the Clerk');
  });

  it('does not take a person’s name in brackets for part of the title', () => {
    expect(expand('the Climate Officer', 'Officers: Climate Officer (Ada Lane)', (np) => np === 'Ada Lane')).toBe(
      'the Climate Officer',
    );
  });

  it('leaves a person’s name, initials and a body alone', () => {
    expect(expand('Cllr Ward', 'Cllr Ward (Chair) opened the meeting.')).toBe('Cllr Ward');
    expect(expand('AK', 'AK (Chair of Governors)')).toBe('AK');
  });
});

describe('a fuller title run on into the heading after it', () => {
  it.each([
    [
      'Report of the Director of Parks and Open Spaces Background papers. The Director of Parks and Open Spaces presented it.',
      'Director of Parks and Open Spaces',
    ],
    [
      'Report by Head of Housing Supply Appendices attached. the Head of Housing Supply to report back.',
      'Head of Housing Supply',
    ],
  ])('%s → %s', (text, full) => {
    expect(expand(`the ${full.split(' ')[0]}`, text)).toBe(full);
  });
  it('still stays bare where two different fuller titles are printed', () => {
    expect(expand('the Director', 'the Director of Place and the Director of People')).toBe('the Director');
  });
});
