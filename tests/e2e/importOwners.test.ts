// Several owners through the import: the proposal names each owner a decision gives (lead
// first, `owner` the lead), `--yes` and `--accept` save them all, and an edited list is saved
// as edited.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { actionlog, tempStore } from './cli.js';
import { forEachBackend } from '../backends.js';

const MINUTES = `HEALTH SCRUTINY PANEL

Minutes of the meeting held on Tuesday, 9 September 2025 at 6.00 pm

31. Community transport

RESOLVED: That the bus operator and the county council be asked to report on the Sunday timetable to the next meeting.

32. Budget

The Chair, KD and the Clerk to draft the budget for 2026/27.

33. Date of next meeting

Tuesday, 11 November 2025.
`;

forEachBackend((backend) => {
  function setup() {
    const store = tempStore(backend);
    actionlog(store.data, ['init']);
    actionlog(store.data, ['committee', 'add', 'hsp', '--name', 'Health Scrutiny Panel']);
    const minutes = path.join(store.dir, 'minutes.txt');
    writeFileSync(minutes, MINUTES);
    return { ...store, minutes };
  }

  describe('import with several owners', () => {
    it('proposes every owner, the lead as owner, and --yes saves them all', () => {
      const { data: file, minutes } = setup();
      const proposal = actionlog(file, ['import', minutes, '-c', 'hsp', '--dry-run', '--json']).json();
      expect(proposal.items.map((i: { owner: string; owners: string[] }) => [i.owner, i.owners])).toEqual([
        ['the bus operator', ['the bus operator', 'the county council']],
        ['The Chair', ['The Chair', 'KD', 'the Clerk']],
      ]);
      expect(actionlog(file, ['import', minutes, '-c', 'hsp', '--yes']).code).toBe(0);
      const items = actionlog(file, ['list', '--json']).json();
      expect(items.map((i: { owner: string; owners: string[] }) => [i.owner, i.owners])).toEqual([
        ['the bus operator', ['the bus operator', 'the county council']],
        ['The Chair', ['The Chair', 'KD', 'the Clerk']],
      ]);
      expect(actionlog(file, ['list', '--owner', 'the county council', '--json']).json()).toHaveLength(1);
    });

    it('--accept saves the owners as edited, and an owner changed alone as the owner', () => {
      const { data: file, minutes, dir } = setup();
      const proposal = actionlog(file, ['import', minutes, '-c', 'hsp', '--dry-run', '--json']).json();
      const [first, second] = proposal.items;
      const edited = {
        items: [
          { ...first, owners: ['the county council', 'the bus operator'], owner: 'the county council' },
          { ...second, owner: 'the Treasurer' },
        ],
      };
      const target = path.join(dir, 'proposal.json');
      writeFileSync(target, JSON.stringify(edited));
      expect(actionlog(file, ['import', minutes, '-c', 'hsp', '--accept', target]).code).toBe(0);
      const items = actionlog(file, ['list', '--json']).json();
      expect(items.map((i: { owners: string[] }) => i.owners)).toEqual([
        ['the county council', 'the bus operator'],
        ['the Treasurer'],
      ]);
    });

    it('refuses owners that are not a list of names, saving nothing', () => {
      const { data: file, minutes, dir } = setup();
      const proposal = actionlog(file, ['import', minutes, '-c', 'hsp', '--dry-run', '--json']).json();
      const target = path.join(dir, 'proposal.json');
      writeFileSync(target, JSON.stringify({ items: [{ ...proposal.items[0], owners: 'the county council' }] }));
      const result = actionlog(file, ['import', minutes, '-c', 'hsp', '--accept', target]);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/item 1: "owners" must be a list of names/);
      expect(actionlog(file, ['list', '--json']).json()).toEqual([]);
    });
  });
});
