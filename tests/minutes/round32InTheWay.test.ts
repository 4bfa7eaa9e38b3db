// Round 32, commitments with something in the way: a pronoun that points back to a speaker printed as a post with its
// service after a comma ("The Assistant Director, Leisure said … He agreed to …") — the comma was taken for the end of a
// fronted phrase, so only the service was kept as the speaker and the undertaking went to it. Invented minutes
// throughout, and near-misses where the comma does close a fronted phrase.
import { describe, expect, it } from 'vitest';
import { communitiesPanelItems } from './helpers/communitiesPanel.js';
import { speechOf } from '../../src/minutes/answerer.js';

/** The items of minute 7 of an invented panel's minutes, whose paragraphs are `body`. */
const panel = (body: string[]) =>
  communitiesPanelItems(
    {
      officers: 'Head of Leisure, Democratic Services Officer',
      heading: 'Leisure Centre Repairs',
      opening: 'The Head of Leisure introduced the report on the repairs to the pool hall.',
    },
    body,
  );

describe('a post with its service after a comma speaks as one', () => {
  it('"The Assistant Director, Leisure said …" then "He agreed to …"', () => {
    const items = panel([
      'The Assistant Director, Leisure said the pool hall roof had been inspected.',
      'He agreed to send the inspection findings to Councillor Quigley by email.',
    ]);
    expect(items.find((i) => /inspection findings/.test(i.text))?.owner).toBe('The Assistant Director, Leisure');
  });

  it.each([
    ['The Assistant Director, Leisure said it was done.', 'The Assistant Director, Leisure'],
    ['In reply, Ms Vass said it was done.', 'Ms Vass'],
    ['In response to Councillor Quigley, the Head of Leisure said it was done.', 'the Head of Leisure'],
  ])('%s', (sentence, who) => {
    expect(speechOf(sentence)?.who).toBe(who);
  });
});
