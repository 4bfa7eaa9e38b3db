// Round 22, recall: forms of writing the importer missed on fresh 9–66.
// Invented wording throughout, several layouts a rule, and near-misses that must not fire.
import { describe, expect, it } from 'vitest';
import { expandContractions } from '../../src/minutes/contractions.js';
import { parseMinutes } from '../../src/minutes/index.js';
import { ownersOf } from '../../src/minutes/owners.js';

const notes = (body: string) =>
  parseMinutes(
    `Larkfield Residents' Forum – notes\n\nWednesday 10 March 2027, 6.30pm, Larkfield Library\n\nHere: Priya (Chair), Tomasz, Grace, Efe, Cllr Rhian Doyle\n\n${body}\n\nNext meeting: Wednesday 14 April 2027.\n`,
  );

describe('a pronoun\'s contracted auxiliary written out: "she\'d", "he\'ll", "they\'re going to"', () => {
  it.each([
    [
      "she'd + a verb",
      "Grace said she'd ask the library about Saturday opening.",
      'Grace said she would ask the library',
    ],
    ["he'll + a verb", "He'll ring the housing association on Monday.", 'He will ring the housing association'],
    ['a curled apostrophe', 'They’ll book the hall for May.', 'They will book the hall'],
    ["we'll", "We'll come back to the parking survey in June.", 'We will come back'],
    ["she's going to", "She's going to send the map round.", 'She will send'],
    ["they're going to", "They're going to write to the school.", 'They will write'],
    ['"he is going to", unshortened', 'He is going to ask the county.', 'He will ask'],
  ])('%s', (_name, text, begins) => {
    expect(expandContractions(text)).toContain(begins);
  });

  it.each([
    ['\'d before a participle is "had"', "She'd written to the council twice.", 'She had written'],
    ['\'d before "already" is "had"', "He'd already asked the police.", 'He had already asked'],
    ['\'d before "been" is "had"', "They'd been told in January.", 'They had been told'],
  ])('near-miss: %s', (_name, text, begins) => {
    expect(expandContractions(text)).toContain(begins);
  });

  it.each([
    ["a name's possessive", "Tomasz's survey closes on Friday."],
    ['"it\'s", not a person', "It's been a busy month for the library."],
    ['"she\'s" not before "going to"', "She's pleased with the turnout."],
    ['an intention past, "was going to"', 'He was going to ask the county but ran out of time.'],
    ['a forecast, "going to be"', "It's going to be a busy spring and they're going to be short of volunteers."],
  ])('near-miss, left as printed: %s', (_name, text) => {
    expect(expandContractions(text)).toBe(text);
  });
});

describe('an undertaking written with a contraction in informal notes is proposed, as its full form is', () => {
  it.each([
    [
      '"said she\'d" + an errand',
      "3. Library hours\nEfe asked about Saturday hours. Grace said she'd ask the library manager about opening at 9.",
    ],
    [
      '"said he\'d" after a question',
      "3. Library hours\nCould the library open earlier? Tomasz said he'd find out from the county and tell the group.",
    ],
    [
      'a pronoun and "\'ll" after a named speaker',
      "3. Library hours\nCllr Doyle said the county was reviewing opening hours. She'll raise Saturday mornings with the Cabinet Member.",
    ],
    ['a curled apostrophe', '3. Library hours\nGrace said she’d write to the county about the Saturday hours.'],
    [
      '"she\'s going to" after a named speaker',
      "3. Library hours\nCllr Doyle spoke about the county's review. She's going to send members the survey link.",
    ],
  ])('%s', (_name, body) => {
    expect(notes(body).items).toHaveLength(1);
  });

  it.each([
    ['a past event with "\'d had"', "3. Library hours\nGrace said she'd already written to the county in January."],
    [
      'a past report with "\'d been"',
      "3. Library hours\nTomasz said he'd been to the library on Saturday and it was busy.",
    ],
  ])('near-miss, nothing to track: %s', (_name, body) => {
    expect(notes(body).items).toEqual([]);
  });
});

describe('an undertaking with a pronoun for its object and the closing list line of the same person and verb: one errand', () => {
  const withList = (said: string, line: string) =>
    notes(
      `3. Library hours\nEfe mentioned a neighbouring town's leaflet on opening hours. ${said}\n\n4. Any other business\nNone.\n\nActions:\n- ${line}\n- Tomasz - book the hall for the April meeting`,
    );
  it.each([
    ['"said she\'d share it"', "Grace said she'd share it.", 'Grace - share the leaflet'],
    ['"will send it round"', 'Grace will send it round.', 'Grace - send the leaflet round to everyone'],
    ['"would circulate them"', 'Grace said she would circulate them.', 'Grace - circulate the leaflets'],
  ])('%s', (_name, said, line) => {
    const items = withList(said, line).items;
    expect(items).toHaveLength(2);
    expect(items.map((i) => i.owner)).toEqual(['Grace', 'Tomasz']);
  });

  it.each([
    ['another person', "Efe said he'd share it.", 'Grace - share the leaflet'],
    ['another verb', "Grace said she'd print it.", 'Grace - share the leaflet'],
    ['an object of its own', "Grace said she'd share the bus timetable.", 'Grace - share the leaflet'],
  ])('near-miss, both kept: %s', (_name, said, line) => {
    expect(withList(said, line).items).toHaveLength(3);
  });
});

const council = (body: string) =>
  parseMinutes(
    `Oakmere District Council\n\nMinutes of the meeting of the Council held on Wednesday 17 March 2027 at 7pm\n\nPresent: Councillor Pryce (Chairman), Councillors Adeyemi, Holt, Lindqvist, Marsh\n\n${body}\n\n44. CLOSE\nThe meeting closed at 9.10 pm.\n`,
  );

describe('a motion carried as quoted, in a minute whose later part has a resolution of its own', () => {
  const minute = (first: string, outcome: string, later: string) =>
    council(
      `43. MOTIONS ON NOTICE\n43.1 Motion 1 - Bus Services\nProposed by Councillor Holt and seconded by Councillor Marsh:\n${first}\n${outcome}\n\n43.2 Motion 2 - Allotments\n${later}`,
    );
  const moved =
    '"This Council notes the loss of evening buses.\nThis Council resolves:\n1. to ask the Leader to write to the bus operator asking for the evening service back;\n2. to ask the Chief Executive to survey residents on their bus use."';
  it.each([
    [
      'a resolution under the next part',
      'After debate the motion was CARRIED.',
      'RESOLVED that Motion 2 be referred to Cabinet.',
    ],
    [
      'the next motion quoted and its own resolution',
      'On being put to the vote the motion was carried.',
      'Proposed by Councillor Adeyemi:\n"This Council asks Cabinet to review allotment rents."\nRESOLVED that the motion be referred to Cabinet.',
    ],
  ])('%s: the carried motion gives its items, cited by its paragraph', (_name, outcome, later) => {
    const items = minute(moved, outcome, later).items;
    expect(items.filter((i) => i.ref?.startsWith('43.1')).map((i) => i.ref)).toEqual(['43.1(1)', '43.1(2)']);
  });

  it.each([
    ['the motion lost', 'After debate the motion was LOST.'],
    [
      'a resolution of its own after it',
      'After debate the motion was CARRIED.\nRESOLVED that the motion be adopted and the Leader write to the operator.',
    ],
  ])('near-miss, not read from the quotation: %s', (_name, outcome) => {
    const items = minute(moved, outcome, 'RESOLVED that Motion 2 be referred to Cabinet.').items;
    expect(items.filter((i) => /^43\.1\([12]\)$/.test(i.ref ?? ''))).toEqual([]);
  });
});

describe('"to ask <body> to … at its meeting": the sitting is the body asked, a recommendation', () => {
  it.each([
    [
      'the active, a body holding "and"',
      'to ask the Overview and Scrutiny Board to review the parking charges at its meeting in June 2027',
    ],
    ['the active, one word', 'to ask the Licensing Panel to review the fees at its next meeting'],
    ['the passive, as before', 'that the Audit Panel be asked to review the fees at its meeting in June 2027'],
  ])('%s', (_name, clause) => {
    const items = council(`43. PARKING\nRESOLVED ${clause}.`).items;
    expect(items.map((i) => i.category)).toEqual(['recommendation']);
  });

  it('near-miss: an officer asked, "its meeting" is this body\'s', () => {
    const items = council(
      `43. PARKING\nRESOLVED to ask the Clerk to report the parking charges at its meeting in June 2027.`,
    ).items;
    expect(items.map((i) => i.category)).not.toEqual(['recommendation']);
  });
});

describe('owners printed as first names with commas, as informal notes print them', () => {
  it.each([
    ['two first names', 'Kasia, Tyrese', ['Kasia', 'Tyrese']],
    ['three first names', 'Finn, Ollie, Maisie', ['Finn', 'Ollie', 'Maisie']],
  ])('%s', (_name, phrase, owners) => {
    expect(ownersOf(phrase)).toEqual(owners);
  });

  it.each([
    ['a title and its portfolio', 'Executive Director, Corporate Development'],
    ['an office and a field', 'Director, Finance'],
    ['a body and a unit', 'Council, Team'],
  ])('near-miss, one owner: %s', (_name, phrase) => {
    expect(ownersOf(phrase)).toEqual([phrase]);
  });
});
