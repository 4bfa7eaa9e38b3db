import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';
import { readMinutesFile } from '../../src/minutes/readers/index.js';
import { docx } from './helpers/zip.js';
import { pdf } from './helpers/pdf.js';

const dir = mkdtempSync(path.join(tmpdir(), 'actionlog-readers-'));
const put = (name: string, content: string | Buffer) => {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
};

describe('readMinutesFile', () => {
  it('reads text as it is, with its hash', async () => {
    const read = await readMinutesFile(put('m.txt', 'RESOLVED: That the report be noted.\n'));
    expect(read.text).toContain('RESOLVED');
    expect(read.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reads a Word document built from scratch', async () => {
    const file = put('m.docx', docx(['Minutes of a meeting of the Parks Panel held on Monday, 2 March 2026', '4. Play areas', 'RESOLVED: That the Parks Officer be requested to repair the swings.']));
    const { text } = await readMinutesFile(file);
    expect(text).toContain('Parks Officer be requested');
    const proposal = parseMinutes(text);
    expect(proposal.meeting.date).toBe('2026-03-02');
    expect(proposal.items).toMatchObject([{ minute: '4', owner: 'the Parks Officer', type: 'action' }]);
  });

  it('reads a PDF, lines rebuilt from positions and pages kept apart', async () => {
    const file = put('m.pdf', pdf([['Minutes of a meeting of the Roads Board held on Tuesday, 3 March 2026', '7. Potholes', 'RESOLVED: That a report on repairs be'], ['brought to the next meeting.', 'Page 2 of 2']]));
    const { text } = await readMinutesFile(file);
    expect(text).toContain('7. Potholes');
    expect(text).toContain('\f');
    const proposal = parseMinutes(text);
    expect(proposal.items).toMatchObject([{ minute: '7', type: 'work-programme', due: { kind: 'next' } }]);
    expect(proposal.items[0].text).toContain('brought to the next meeting');
  });

  it('reads a saved web page without its links and scripts', async () => {
    const file = put('m.html', '<html><head><script>alert(1)</script></head><body><h2>12. Libraries</h2><p>RESOLVED – That officers circulate the opening hours to members.</p><p><a href="http://x">pdf icon</a></p></body></html>');
    const { text } = await readMinutesFile(file);
    expect(text).not.toContain('alert');
    expect(text).not.toContain('http://x');
    expect(parseMinutes(text).items).toMatchObject([{ minute: '12', category: 'information', owner: 'officers' }]);
  });

  it('refuses an unknown kind of file, saying what is accepted', async () => {
    await expect(readMinutesFile(put('m.xls', 'x'))).rejects.toMatchObject({ exitCode: 2, message: expect.stringContaining('.docx') });
  });

  it('refuses a missing file as bad input', async () => {
    await expect(readMinutesFile(path.join(dir, 'absent.txt'))).rejects.toMatchObject({ exitCode: 2 });
  });

  it('refuses a damaged Word file as bad input', async () => {
    await expect(readMinutesFile(put('bad.docx', 'not a zip'))).rejects.toMatchObject({ exitCode: 2 });
  });
});
