// One grammar for the heading of a minute, whatever its numbering; the minutes' own headings
// are the longest rising run of one style.
import { describe, expect, it } from 'vitest';
import { chooseHeadings, headingOf, splitMinutes } from '../../src/minutes/headings.js';
import { layout } from '../../src/minutes/layout.js';
import { parseMinutes } from '../../src/minutes/index.js';

const numbers = (text: string) =>
  splitMinutes(layout(text).split('\n'))
    .filter((m) => m.number)
    .map((m) => m.number);

describe('headingOf', () => {
  it.each([
    ['17. Acute services', '17', 'Acute services'],
    ['17) Acute services', '17', 'Acute services'],
    ['17   Acute services', '17', 'Acute services'],
    ['(17) ACUTE SERVICES – Received the report.', '17', 'ACUTE SERVICES'],
    ['25/08 Apologies', '25/08', 'Apologies'],
    ['C146/1112 Apologies for absence', 'C146/1112', 'Apologies for absence'],
    ['A/4 Complaints', 'A/4', 'Complaints'],
    ['ICB 26/03 Minutes of the previous meeting', 'ICB 26/03', 'Minutes of the previous meeting'],
    ['291/19 Declarations of Interest', '291/19', 'Declarations of Interest'],
    ['IV. APPEALS', 'IV', 'APPEALS'],
    ['Minute 87 Library opening hours', '87', 'Library opening hours'],
    ['8.4 Play areas', '8.4', 'Play areas'],
    ['18. Matters Arising18.1 The bus shelter is installed.', '18', 'Matters Arising'],
    ['Meeting: 12/05/2022 - Climate Committee (Item 14)', '14', 'Climate Committee'],
    ['4.   Annual Budget Monitoring          (Pages 11 - 34)', '4', 'Annual Budget Monitoring'],
    ['6. Street Lighting (Page 3)', '6', 'Street Lighting'],
    ['JWC.15   MINUTES', 'JWC.15', 'MINUTES'],
    ['PL.116 Land at Mill Road', 'PL.116', 'Land at Mill Road'],
    ['14. BUDGET REPORT - QUARTER 2 2025/26', '14', 'BUDGET REPORT - QUARTER 2 2025/26'],
    ['03/06/2025 - DRAFT WORKPLAN ref: 5881    For Determination', '5881', 'DRAFT WORKPLAN'],
  ])('%s', (line, number, title) => {
    const heading = headingOf(line);
    expect(heading?.number === null ? heading.title : heading?.number).toBe(number);
    expect(heading?.title).toBe(title);
  });

  it('reads no heading in a date, a clause or a table row', () => {
    expect(headingOf('08/03/2024 - City Region Board')).toBeNull();
    expect(headingOf('3. That the report be noted.')?.titled).toBe(false);
    expect(headingOf('1.   Jo Bloggs   Director of Place')?.titled).toBe(false);
  });
});

describe('the minutes’ headings', () => {
  it('are the longest rising run, starting anywhere', () => {
    expect(
      numbers('45. Apologies\nNone.\n46. Minutes\nRESOLVED that the minutes be approved.\n47. Work programme\nNoted.'),
    ).toEqual(['45', '46', '47']);
  });

  it('rise by the part of a slashed number that changes', () => {
    expect(numbers('ICB 26/01 Welcome\nHello.\nICB 26/02 Declarations\nNone.\nICB 26/03 Finance\nNoted.')).toEqual([
      'ICB 26/01',
      'ICB 26/02',
      'ICB 26/03',
    ]);
    expect(numbers('20/035 Apologies\nNone.\n20/036 Minutes\nSigned.\n20/037 Planning\nNo objection.')).toEqual([
      '20/035',
      '20/036',
      '20/037',
    ]);
  });

  it('keep decisions numbered from 1 under each minute inside it', () => {
    const text =
      '12. Budget\nRESOLVED:\n1. That the budget be noted.\n2. That the Clerk write to the bank.\n13. Play areas\nRESOLVED:\n1. That the swings be repaired.';
    expect(numbers(text)).toEqual(['12', '13']);
  });

  it('keep a capitalised sub-heading and an attendance list inside the minute', () => {
    const text =
      'PRESENT\n1.   Cllr A Jones   Chair\n2.   Cllr B Khan   Member\n\n1 WELCOME\nHello.\nACTION SHEET\nThe sheet was noted.\n2 BUDGET\nNoted.';
    expect(numbers(text)).toEqual(['1', '2']);
  });

  it('take a number alone on its line with the paragraph after it', () => {
    expect(numbers('45.\n\nApologies for Absence\n\nNone.\n\n46.\n\nMinutes\n\nAgreed.')).toEqual(['45', '46']);
  });

  it('carry the count on through lines that hold their record on the same line', () => {
    const lines = [
      '1. Apologies: none.',
      '2. Declarations of interest: none.',
      '3. Planning application 26/0001 – no objections. SD',
      '4. The letter of thanks was approved. MP will send it.',
    ];
    expect([...chooseHeadings(lines).keys()].sort()).toEqual([0, 1, 2, 3]);
  });

  it.each([
    ['4.', '5.'],
    ['Minute 4', 'Minute 5'],
    ['Minute 4.', 'Minute 5.'],
    ['(4)', '(5)'],
  ])('keep the record a line runs into after "%s" as the minute\'s text, whatever the numbering', (four, five) => {
    const text = [
      'Minutes of the Parish Council held on 3 February 2026',
      `${four} The letter of thanks to the volunteers was approved. The Clerk will send it.`,
      `${five} Date of next meeting`,
      'Tuesday 3 March 2026.',
    ].join('\n');
    const minutes = splitMinutes(layout(text).split('\n')).filter((m) => m.number);
    expect(minutes.map((m) => m.number)).toEqual(['4', '5']);
    expect(minutes[0].lines.join(' ')).toContain('The Clerk will send it.');
    expect(parseMinutes(text).items.map((i) => [i.minute, i.owner])).toEqual([['4', 'The Clerk']]);
  });

  it('do not run on into the numbered paragraphs of a report printed after the minutes', () => {
    const text =
      '21. Mental health\nRESOLVED that the update be noted.\n22. Date of next meeting\n18 March 2026.\nREPORT OF THE DIRECTOR\nPurpose of report\n23. The purpose of this report is to update members.\n24. The service has grown.';
    expect(numbers(text)).toEqual(['21', '22']);
  });
});

describe('a report’s sections inside a minute', () => {
  it('end where the minutes’ own record resumes: a motion, a decision keyword, the meeting in the past tense', () => {
    const p = parseMinutes(
      [
        'Minutes of the Harbour Committee held on 3 March 2026',
        '',
        '4. Slipway repairs',
        'Report presented by the Harbour Master.',
        '',
        'Purpose of Report',
        'The purpose of this report is to seek approval for repairs.',
        '',
        'Recommendation',
        'It is recommended that the repairs are approved.',
        '',
        'Members welcomed the report. Cllr Ames asked about the closure, and officers undertook to write to the sailing club about it.',
        '',
        'Proposed by Councillor Ames',
        'Seconded by Councillor Bell and',
        '',
        'AGREED – to recommend that Council approves the repairs.',
      ].join('\n'),
    );
    expect(p.items.map((i) => [i.category, i.owner])).toEqual([
      ['recommendation', 'Council'],
      ['action', 'officers'],
    ]);
  });
});

describe('a list of clauses begun inside a resolution line', () => {
  it('reads the next number on the line below as a clause of that list, not a minute', () => {
    const text =
      'Minutes of the Parks Committee held on 4 March 2026\n\n3. Allotments\nProposed by Cllr Hale, seconded by Cllr Ruiz\nRESOLVED that 1) the waiting list figures be noted;\n2) Officers write to each tenant about the new rents.\n\n4. Any other business\nNone.';
    const minutes = splitMinutes(layout(text).split('\n'));
    expect(minutes.map((m) => m.number)).toEqual([null, '3', '4']);
    const proposal = parseMinutes(text);
    expect(proposal.items.map((i) => [i.owner, i.type])).toEqual([['Officers', 'action']]);
  });

  it('still takes a numbered heading whose line above only mentions a number', () => {
    const minutes = splitMinutes(
      layout(
        '1. Welcome\nThe Chair opened the meeting at 7 pm.\n\n2. Apologies\nNone.\n\n3. Play area\nNoted.\n\n4. Close\nClosed.',
      ).split('\n'),
    );
    expect(minutes.map((m) => m.number)).toEqual(['1', '2', '3', '4']);
  });
});

describe('a minute number with the year printed last and a ":-" closing mark', () => {
  it('counts by the part before the year, and reads the title from the line below', () => {
    expect(headingOf('H/52/2026:- PLAY AREAS')).toMatchObject({ number: 'H/52/2026', title: 'PLAY AREAS', rank: 52 });
    const minutes = splitMinutes(
      layout(
        'Minutes of the Harbour Council held on 2 March 2026\nH/52/2026:-\nPLAY AREAS\nThe swings were discussed.\nH/53/2026:-\nCONDOLENCES\nIt was agreed to send a card to the family.',
      ).split('\n'),
    );
    expect(minutes.map((m) => [m.number, m.title])).toEqual([
      [null, ''],
      ['H/52/2026', 'PLAY AREAS'],
      ['H/53/2026', 'CONDOLENCES'],
    ]);
  });
});
