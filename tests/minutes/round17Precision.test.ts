// Round 17, precision: what the importer proposed that a clerk would not track — each rule tested on invented
// wording, several layouts a rule, with near-misses that must not fire.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';
import { classify } from '../../src/minutes/classify.js';
import { paperCommentedOn } from '../../src/minutes/paperComments.js';

const NO_BODY = { is: () => false, name: null };

/** An invented committee whose minute numbers its paragraphs, the debate told before its resolution. */
const numbered = (...paragraphs: string[]) =>
  [
    'Dunmere Borough Council',
    'Licensing Sub-Committee',
    'Minutes of the meeting held on 3 March 2026',
    '',
    '4. STREET TRADING POLICY REVIEW',
    '4.1 The Licensing Manager introduced the draft policy, which is reviewed every five years.',
    ...paragraphs.map((p, k) => `4.${k + 2} ${p}`),
    `4.${paragraphs.length + 2} RESOLVED that the Licensing Manager report the consultation responses to the next meeting.`,
    '',
    '5. DATE OF NEXT MEETING',
    '5.1 14 April 2026.',
  ].join('\n');

const category = (text: string) => classify(text, NO_BODY).category;

describe('the debate and a paper’s recommendation, told in the minute, are records, not decisions', () => {
  it.each([
    'Members discussed whether the market should move to the square.',
    'Members debated how the pitch fees should be shared between traders.',
    'The Sub-Committee considered whether Sunday trading should be allowed.',
    'Councillor Amis questioned whether the consent fee should rise.',
    'Members discussed at length whether the hours should be extended.',
    'The report recommended that Mill Lane be removed from the consent streets.',
    "The officers' report proposed that the pitch fee be held at £40.",
    'The covering report suggested that consent be required in the old town.',
    'The draft had proposed that stalls close at 6pm.',
    'That the report recommended that the kiosk be let for three years.',
  ])('%s', (text) => {
    expect(category(text)).toBe('noted');
  });

  it.each([
    // the meeting's own decisions and requests stay
    'Members asked that the Licensing Manager write to the traders about the new pitches.',
    'That the report be recommended to Council for adoption.',
    'The Sub-Committee agreed the draft proposed by officers be sent to the traders for comment.',
    'The Licensing Manager to ask the traders whether a Sunday market is wanted.',
    'That the Licensing Manager review whether the hours should be extended.',
  ])('not a record: %s', (text) => {
    expect(category(text)).not.toBe('noted');
  });

  it('numbered paragraphs that tell the debate before the resolution give only the resolution', () => {
    const items = parseMinutes(
      numbered(
        'Members discussed whether the market should move to the square.',
        'The report recommended that Mill Lane be removed from the consent streets. Members did not accept that.',
      ),
    ).items.map((i) => i.text);
    expect(items).toEqual(['The Licensing Manager report the consultation responses to the next meeting.']);
  });
});

/** The same committee with the debate, a request and a paper's recommendation in one run of numbered paragraphs. */
const debated = (request: string) =>
  [
    'Dunmere Borough Council',
    'Licensing Sub-Committee',
    'Minutes of the meeting held on 3 March 2026',
    '',
    '4. STREET TRADING POLICY REVIEW',
    '4.1 The Licensing Manager presented the draft street trading policy, which must be reviewed every five years.',
    '4.2 The evidence from traders showed fewer complaints in the old town but more around the station.',
    `4.3 Members discussed whether the station forecourt should be added. ${request}`,
    '4.4 The report recommended that Mill Lane be removed from the consent streets. Members did not accept that.',
    '4.5 RESOLVED that:',
    '    (a) the draft policy, amended to keep Mill Lane, be approved for consultation;',
    '    (b) the findings of the consultation be brought before this Sub-Committee when it meets on 14 April 2026.',
    '',
    '5. DATE OF NEXT MEETING',
    '5.1 14 April 2026.',
  ].join('\n');

describe('a request and, right after it, someone taking it on by a word pointing back to it: one item, the undertaking', () => {
  const asked = (request: string) =>
    parseMinutes(debated(request))
      .items.filter((i) => !/findings of the consultation/.test(i.text))
      .map((i) => i.owner?.toLowerCase() ?? null);
  it.each([
    [
      'Councillor Amis asked for the complaint figures to be mapped by street; the Licensing Manager agreed to provide this to members.',
      'the licensing manager',
    ],
    [
      'Members asked that the pitch plan be sent to the traders. The Town Centre Manager undertook to do so.',
      'the town centre manager',
    ],
    [
      'Mr Hale requested that the survey results be shared with members; Ms Rudd agreed to circulate them before the next meeting.',
      'ms rudd',
    ],
  ])('%s', (request, owner) => {
    expect(asked(request)).toEqual([owner]);
  });

  it('a reply that takes nothing on leaves the request as it was', () => {
    expect(
      asked(
        'Councillor Amis asked for the complaint figures to be mapped by street. The Licensing Manager said that the data was held by the police.',
      ),
    ).not.toContain('the licensing manager');
  });
});

/** An invented authority whose minute has members comment on a paper, then a resolution. */
const consultation = (comment: string, resolution: string) =>
  [
    'Harrowby Moors Authority',
    'Minutes of the meeting held on 9 June 2026',
    '',
    'HMA/31  Government consultation on moorland grazing',
    `The Authority considered the draft. ${comment}`,
    `RESOLVED: ${resolution}`,
    '',
    'HMA/32  Date of next meeting',
    '8 September 2026.',
  ].join('\n');

const itemsOf = (comment: string, resolution: string) =>
  parseMinutes(consultation(comment, resolution)).items.map((i) => i.text);

describe('members asking a paper in hand to say something comment on it: the resolution settling the paper is the record', () => {
  const delegated =
    'That authority be delegated to the Chief Executive to finalise and submit the response by 30 June 2026.';
  it.each([
    ['Members asked that the response press for a five-year grant settlement.', delegated],
    ['Members asked that the draft response also make the case for upland farms.', delegated],
    ['Councillor Reid requested that the response stress the loss of hill farms.', delegated],
    [
      'Members asked that the study look at the old sea wall as well.',
      'That the coastal study be commissioned at a cost of £9,000 and reported back in the autumn.',
    ],
    [
      'Members asked that the report give more weight to the informal settlement of complaints.',
      'That the annual report be approved, subject to the change Members requested.',
    ],
  ])('%s', (comment, resolution) => {
    expect(itemsOf(comment, resolution).some((t) => t.startsWith(comment.slice(0, 20)))).toBe(false);
  });

  it.each([
    // a passive: someone is to do it
    ['Members asked that the response be copied to the two MPs.', delegated],
    // the resolution does not speak of the paper
    [
      'Members asked that the strategy name the three priority sites.',
      'That the Head of Conservation report on grazing numbers to the next meeting.',
    ],
  ])('still proposed: %s', (comment, resolution) => {
    expect(itemsOf(comment, resolution).some((t) => t.startsWith(comment.slice(0, 20)))).toBe(true);
  });

  it.each([
    ['Members asked that the response press for a longer settlement.', 'response'],
    ['Members asked that the draft response also make the case for farms.', 'response'],
    ['The Board requested that this plan show the cost of each option.', 'plan'],
    // a paper still to be written: what it should include is an errand for whoever writes it
    ['Members asked that the next annual report include figures on lone working.', null],
    ['Members asked that a future report set out the options.', null],
    // the paper as the thing acted on, or a paper's modifier before the verb
    ['Members asked that the report be sent to the parish councils.', null],
    ['Members asked that the report on fly-tipping go to Cabinet.', null],
    ['Members asked that the Clerk write to the landowner.', null],
  ])('the paper commented on: %s', (text, paper) => {
    expect(paperCommentedOn(text)).toBe(paper);
  });
});
