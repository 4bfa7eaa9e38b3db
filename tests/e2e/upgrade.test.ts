// A log from before schema 3 (issue 12) keeps working through the binary: read as it is,
// written at the current version by the next change (tests/store/upgrade.test.ts has the details).
import { copyFileSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { actionlog, tempStore } from './cli.js';

describe('a version 1 log', () => {
  it('is listed with owners, and the next change writes it at version 3', () => {
    const { data: file } = tempStore();
    copyFileSync('tests/fixtures/stores/sample-v1.json', file);
    const listed = actionlog(file, ['list', '--all', '--json']);
    expect(listed.stderr).toBe('');
    expect(listed.json().find((i: { id: string }) => i.id === 'A3')).toMatchObject({
      owner: 'LLR ICB',
      owners: ['LLR ICB'],
      movedFrom: null,
    });
    // Reading changes nothing on disk.
    expect(JSON.parse(readFileSync(file, 'utf8')).schema).toBe(1);
    expect(actionlog(file, ['update', 'A3', '--add-owner', 'UHL']).code).toBe(0);
    const saved = JSON.parse(readFileSync(file, 'utf8'));
    expect(saved.schema).toBe(3);
    expect(saved.items.find((i: { id: string }) => i.id === 'A3').owners).toEqual(['LLR ICB', 'UHL']);
    expect(actionlog(file, ['undo']).code).toBe(0);
    expect(actionlog(file, ['show', 'A3', '--json']).json().owners).toEqual(['LLR ICB']);
  });
});
