// Round 39, the grammar of the decision: "asked him/her to <verb>" in the discussion, the pronoun for the one who had the
// floor — the request is that person's to carry out, as "asked Dr X to <verb>" would be. Invented minutes throughout,
// with near-misses that must not change.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';
import { withAskedNamed } from '../../src/minutes/askedPronoun.js';

/** The items of minute 4 of an invented district environment panel, whose discussion is `body`. */
const minuteFour = (body: string) =>
  parseMinutes(
    [
      'ELMBRIDGE VALE DISTRICT COUNCIL',
      'Minutes of the Environment Scrutiny Panel held on Wednesday 13 January 2027 at 7.00 pm',
      '',
      'Present: Councillors R Amadi (Chair), S Fenwick, T Okoro, J Lyle',
      '',
      '3. Minutes',
      'RESOLVED that the minutes of the meeting held on 9 December 2026 be approved.',
      '',
      '4. Waste collection performance',
      body,
      'RESOLVED that the report be noted.',
      '',
      '5. Date of next meeting',
      'The next meeting will be held on Wednesday 10 March 2027.',
    ].join('\n'),
  ).items.filter((i) => i.minute === '4');

describe('"asked him/her to <verb>" names the one who had the floor', () => {
  it.each([
    [
      'Dr Mensah said that she would return to the Panel in the spring. Members asked her to include the collection rates for flats.',
      /collection rates for flats/,
      'Dr Mensah',
    ],
    [
      'The Recycling Officer reported that the reply from the contractor was still awaited; the Chair asked her to chase it.',
      /chase it/,
      'The Recycling Officer',
    ],
    [
      'Councillor Okoro described the litter at the lay-by on the ring road. The Chair asked him to write to the highway authority about a bin there.',
      /write to the highway authority/,
      'Councillor Okoro',
    ],
  ])('%s', (body, text, owner) => {
    const item = minuteFour(body).find((i) => text.test(i.text));
    expect(item).toBeDefined();
    expect(item?.owner?.toLowerCase()).toBe(owner.toLowerCase());
  });

  it.each([
    // nobody has spoken: the pronoun stands for no one the minutes name
    ['Dr Mensah', 'She asked him to include the figures.'],
    // the asker is the one who had the floor: "him" is someone else
    ['The Chair', 'The Chair asked him to include the figures.'],
    // a question, not a request
    ['Dr Mensah', 'Members asked her about the figures.'],
  ])('%s / %s is left as it was', (speaker, sentence) => {
    expect(withAskedNamed(sentence, speaker)).toBe(sentence);
  });

  it('leaves the sentence as it was where nobody had the floor', () => {
    expect(withAskedNamed('Members asked her to include the figures.', null)).toBe(
      'Members asked her to include the figures.',
    );
  });
});
