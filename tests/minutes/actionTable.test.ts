import { describe, expect, it } from 'vitest';
import { actionTable, tableLayout } from '../../src/minutes/actionTable.js';
import { layout } from '../../src/minutes/layout.js';

describe('actionTable', () => {
  it('reads each row of an "Action | Owner | Due" table as an item', () => {
    const lines = [
      'Action | Owner | Due',
      'Order new litter bins | Clerk | 14/04/2026',
      'Send the bus timetable to members | Cllr Ames | Within 2 weeks',
      'Add the skate park to the work programme | Clerk | June',
    ];
    const { items, used } = actionTable(lines, '8', '2026-03-10');
    expect(items).toMatchObject([
      {
        minute: '8',
        category: 'action',
        owner: 'Clerk',
        due: { kind: 'date', date: '2026-04-14' },
        text: 'Order new litter bins',
      },
      { category: 'information', owner: 'Cllr Ames', due: { kind: 'within', amount: 2, unit: 'weeks' } },
      { type: 'work-programme', due: { kind: 'month', month: 'June' } },
    ]);
    expect(used.size).toBe(4);
  });

  it('takes the minute from a "Min." column, and columns set apart by wide spaces', () => {
    const { items } = actionTable(
      ['Min.|Action|Owner|Due date', '41|Write to the bus company|Chair|Next meeting'],
      null,
      '2026-03-10',
    );
    expect(items).toMatchObject([{ minute: '41', owner: 'Chair', due: { kind: 'next' } }]);
    expect(
      actionTable(
        ['Action     Lead     Deadline', 'Repaint the shelter     Groundsman     30 April 2026'],
        '3',
        '2026-03-10',
      ).items,
    ).toMatchObject([{ owner: 'Groundsman', due: { kind: 'date', date: '2026-04-30' } }]);
  });

  it('needs both an action and an owner column', () => {
    expect(tableLayout('Item | Cost | Supplier')).toBeNull();
    expect(tableLayout('Name | Role')).toBeNull();
  });

  it('leaves out finished rows and reads invitations and deferrals from a status column', () => {
    const lines = [
      'No. | Action | Lead | Deadline | Status',
      '1 | Replace the noticeboard | Clerk | 30 April 2026 | Completed',
      '2 | Invite the PCSO to report on speeding | Clerk | Next meeting | Open',
      '3 | Allotment rents review | Clerk | June | Deferred',
      '4 | The bus operator be invited to attend | Chair | | In progress',
      '5 | Quote for hedge cutting | Clerk | | Superseded',
    ];
    const { items, used } = actionTable(lines, '9', '2026-03-10');
    expect(items).toMatchObject([
      { category: 'invitation', owner: 'Clerk', due: { kind: 'next' } },
      { category: 'deferral', due: { kind: 'month', month: 'June' } },
      { category: 'invitation', owner: 'Chair' },
    ]);
    expect(used.size).toBe(6);
    const wide = actionTable(
      [
        'Ref     Action     Owner     Due     Status',
        '1     Clear the ditch     Groundsman     May     Done',
        '2     Paint the railings     Groundsman     May     Open',
      ],
      '4',
      '2026-03-10',
    );
    expect(wide.items.map((i) => i.text)).toEqual(['Paint the railings']);
  });
});

describe('a table flattened one cell to a line', () => {
  it('reads its stacked heads and then each row’s cells in their order, skipping finished rows', () => {
    const lines = [
      'ACTIONS',
      '',
      'Action',
      '',
      'Owner',
      '',
      'By when',
      '',
      'Status',
      '',
      'Clear the ditch by the',
      'church gate',
      '',
      'KL',
      '',
      'Next meeting',
      '',
      'New',
      '',
      'Order two benches',
      '',
      'MN',
      '',
      '30 April 2026',
      '',
      'Open',
      '',
      'Paint the shelter',
      '',
      'OP',
      '',
      'March 2026',
      '',
      'Done',
    ];
    const { items, used } = actionTable(layout(lines.join('\n')).split('\n'), '9', '2026-03-02');
    expect(items.map((i) => [i.text, i.owner, i.due])).toEqual([
      ['Clear the ditch by the church gate', 'KL', { kind: 'next' }],
      ['Order two benches', 'MN', { kind: 'date', date: '2026-04-30' }],
    ]);
    expect(used.size).toBeGreaterThan(10);
  });

  it('cuts a reference run into its row’s action, and reads a row owned by a person as an errand', () => {
    const lines = [
      'Ref',
      'Action',
      'Owner',
      'Due',
      'Status',
      'HB/26/014',
      'Report the broken kerb to the county council',
      'KL',
      'June 2026',
      'New',
    ];
    expect(actionTable(lines, null, '2026-03-02').items).toMatchObject([
      { minute: 'HB/26/014', category: 'action', owner: 'KL', due: { kind: 'month', month: 'June' } },
    ]);
  });
});
