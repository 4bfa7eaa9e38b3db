// Round 20, recall: forms of writing the importer missed on fresh 9–54.
// Invented wording throughout, several layouts a rule, and near-misses that must not fire.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';

const minutes = (body: string) =>
  parseMinutes(
    `Brackenhurst Town Council\n\nMinutes of the meeting held on Tuesday 9 February 2027 at 7pm\n\nPresent: Councillors Amadi (Chair), Brocklesby, Trew\nIn attendance: Mr Ola Penn (Town Clerk), Ruth Kale (RK), Dev Singh (DS)\n\n${body}\n\n30.  CLOSE\nThe meeting closed at 8.40 pm.\n`,
  );

describe('"<what stands>: X to <verb> …" and "<what stands>, X to <verb> …": the errand after a colon or a comma', () => {
  const read = (paragraph: string) => minutes(`12.  PLAY AREAS\n${paragraph}`);
  it.each([
    [
      'initials after a colon',
      'Resurfacing needs the landowner’s consent: DS to write to the estate office asking for it.',
      'DS',
    ],
    [
      'an office after a colon',
      'Decision put off: the Clerk to get two more quotes for the April meeting.',
      'the Clerk',
    ],
    [
      'an action mark after an answer',
      'A: RK said the survey would close in March. ACTION: RK to add the survey results to the April agenda.',
      'RK',
    ],
    [
      'initials after a comma',
      'The bench plaques are still not ordered. Carried forward, DS to chase the supplier.',
      'DS',
    ],
    ['an office after a comma', 'No reply from the county yet, the Clerk to write again before Easter.', 'the Clerk'],
  ])('%s', (_name, paragraph, owner) => {
    expect(read(paragraph).items.map((i) => i.owner)).toEqual([owner]);
  });

  it('two sets of initials after a colon: one errand', () => {
    const proposal = read('The fencing is still loose: RK and DS to inspect it next week.');
    expect(proposal.items).toHaveLength(1);
    expect(proposal.items[0]!.text).toMatch(/^RK and DS to inspect/);
  });

  it.each([
    ['a road after a comma', 'Officers compared the two routes, the A40 to Oxford and the old road.'],
    ['an office named after a colon, "to the"', 'Also present: the Clerk to the Burial Board.'],
    ['thanks, not an errand', 'The fair went well, Thanks to the volunteers and the Scouts.'],
    ['a time span after a comma', 'The hall is booked every week, Monday to Friday, for the playgroup.'],
    ['a heading word and a remark', 'Note: the Chair to the county is a separate post.'],
  ])('near-miss, no item: %s', (_name, paragraph) => {
    expect(read(paragraph).items).toEqual([]);
  });
});

describe('an errand with no object of its own, and the log row of the same owner and due: one task', () => {
  const notes = (said: string, lead: string) =>
    parseMinutes(
      `Brackenhurst Partnership Board\n\nNotes of the meeting held on Tuesday 9 February 2027\n\nPresent: Ruth Kale (RK), Dev Singh (DS), Sam Oduya (SO)\n\n3. Housing update\nDS gave an update. SO asked for the figures on empty homes by ward. ${said}\n\nAction log\nRef\tAction\tLead\tDue\tStatus\nB/4\tShare empty homes figures by ward with members in confidence\t${lead}\tNext meeting\tNew\nB/5\tBook the venue for the spring forum\tRK\t31/03/2027\tNew\n`,
    );
  it.each([
    ['"ACTION:" and the errand', 'ACTION: DS to send before next meeting.'],
    ['the errand alone', 'DS to circulate before the next meeting.'],
  ])('%s', (_name, said) => {
    expect(notes(said, 'DS').items.map((i) => i.minute)).toEqual(['B/4', 'B/5']);
  });

  it.each([
    ['another owner', 'ACTION: SO to send before next meeting.', 'DS'],
    ['an errand with its own object', 'ACTION: DS to book the hall for the residents before next meeting.', 'DS'],
  ])('near-miss, kept apart: %s', (_name, said, lead) => {
    expect(notes(said, lead).items).toHaveLength(3);
  });
});
