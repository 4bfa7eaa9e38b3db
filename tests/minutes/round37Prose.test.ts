// Round 37, commitments in the prose that were missed or mis-owned. (1) The speaker's second verb: "X explained <a
// thing> and will email members …" — what was told is an object, not a clause, so the modal predicate after "and" has
// no subject but the speaker, whose undertaking it is. (2) A member who holds a post, named beside it ("The Leader,
// Councillor X, agreed to …"), owns the undertaking as the councillor. Invented minutes throughout, with near-misses
// that must not change.
import { describe, expect, it } from 'vitest';
import { communitiesPanelItems } from './helpers/communitiesPanel.js';

/** The discussion items of minute 7 of an invented panel's minutes, whose paragraphs are `body`. */
const panel = (body: string[]) =>
  communitiesPanelItems(
    {
      officers: 'Head of Neighbourhoods, Community Safety Manager, Scrutiny Officer',
      heading: 'Anti-social Behaviour',
      opening: 'The Community Safety Manager introduced the half-year report on anti-social behaviour.',
    },
    body,
  ).filter((i) => i.source === 'discussion');

describe("the speaker's second verb after telling a thing", () => {
  it.each([
    [
      'The Community Safety Manager explained a delay in the new recording system and will email members the corrected totals once it is fixed.',
      /corrected totals/,
      'Community Safety Manager',
    ],
    [
      'The Head of Neighbourhoods reported a rise in fly-tipping near the garages and would ask the housing team to fit a camera.',
      /fit a camera/,
      'Head of Neighbourhoods',
    ],
  ])('%s', (sentence, text, owner) => {
    const item = panel([sentence]).find((i) => text.test(i.text));
    expect(item).toBeDefined();
    expect(item?.owner).toBe(owner);
  });

  it.each([
    // a body telling its own plan
    ['The Housing Association reported a rise in complaints and would publish a recovery plan.'],
    // the told clause has its own subject: the second predicate is that subject's, not the speaker's errand
    ['The Head of Neighbourhoods said the underpass would close in May and would reopen in the summer.'],
    // a state foretold after "that", not an undertaking
    ['The Community Safety Manager explained that the cameras were ten years old and would need replacing soon.'],
    // a state foretold after an object
    ['The Community Safety Manager reported a fault in the cameras and would need a new budget.'],
  ])('%s', (sentence) => {
    expect(panel([sentence])).toEqual([]);
  });
});

describe('a member who holds a post, named beside it, owns the undertaking as the councillor', () => {
  it.each([
    [
      'Councillor Thorne asked about the youth shelter. The Cabinet Member for Communities, Councillor Reyes, agreed to send members the consultation results.',
      /consultation results/,
      'Councillor Reyes',
    ],
    [
      'The Leader, Cllr Okoro, undertook to write to the bus company about the late services.',
      /bus company/,
      'Cllr Okoro',
    ],
  ])('%s', (sentence, text, owner) => {
    const item = panel([sentence]).find((i) => text.test(i.text));
    expect(item?.owner).toBe(owner);
  });

  it('an officer named beside a post is left as it was read', () => {
    const before = panel(['The Head of Neighbourhoods, Dana Pike, agreed to send members the consultation results.']);
    expect(before.find((i) => /consultation results/.test(i.text))?.owner).not.toBe('Dana Pike');
  });
});
