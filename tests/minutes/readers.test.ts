import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';
import { readMinutesFile } from '../../src/minutes/readers/index.js';
import { docx, zip } from './helpers/zip.js';
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
    const file = put(
      'm.docx',
      docx([
        'Minutes of a meeting of the Parks Panel held on Monday, 2 March 2026',
        '4. Play areas',
        'RESOLVED: That the Parks Officer be requested to repair the swings.',
      ]),
    );
    const { text } = await readMinutesFile(file);
    expect(text).toContain('Parks Officer be requested');
    const proposal = parseMinutes(text);
    expect(proposal.meeting.date).toBe('2026-03-02');
    expect(proposal.items).toMatchObject([{ minute: '4', owner: 'the Parks Officer', type: 'action' }]);
  });

  it("reads a Word document's automatic numbering as the clause markers it draws", async () => {
    const file = put('numbered.docx', numberedDocx(NUMBERING));
    const { text } = await readMinutesFile(file);
    expect(text).toMatch(/^\(a\) That the report be noted;$/m);
    expect(text).toMatch(/^\(b\) That the Parks Officer be requested to repair the swings\.$/m);
    expect(parseMinutes(text).items).toMatchObject([{ minute: '4', ref: '(b)', owner: 'the Parks Officer' }]);
  });

  it('a Word document whose numbering is damaged is refused as bad input, with nothing printed on the way', async () => {
    const console = vi.spyOn(globalThis.console, 'error');
    await expect(
      readMinutesFile(put('broken-numbering.docx', numberedDocx('<w:numbering><w:abstractNum'))),
    ).rejects.toMatchObject({ exitCode: 2 });
    expect(console).not.toHaveBeenCalled();
  });

  it('a Word document whose numbering names lists it does not define reads as plain paragraphs', async () => {
    const { text } = await readMinutesFile(
      put(
        'odd-numbering.docx',
        numberedDocx(
          `<?xml version="1.0"?><w:numbering ${W}><w:num w:numId="1"><w:abstractNumId w:val="7"/></w:num></w:numbering>`,
        ),
      ),
    );
    expect(text).toMatch(/^That the Parks Officer be requested to repair the swings\.$/m);
  });

  it('reads a PDF, lines rebuilt from positions and pages kept apart', async () => {
    const file = put(
      'm.pdf',
      pdf([
        [
          'Minutes of a meeting of the Roads Board held on Tuesday, 3 March 2026',
          '7. Potholes',
          'RESOLVED: That a report on repairs be',
        ],
        ['brought to the next meeting.', 'Page 2 of 2'],
      ]),
    );
    const { text } = await readMinutesFile(file);
    expect(text).toContain('7. Potholes');
    expect(text).toContain('\f');
    const proposal = parseMinutes(text);
    expect(proposal.items).toMatchObject([{ minute: '7', type: 'work-programme', due: { kind: 'next' } }]);
    expect(proposal.items[0].text).toContain('brought to the next meeting');
  });

  it('reads a saved web page without its links and scripts', async () => {
    const file = put(
      'm.html',
      '<html><head><script>alert(1)</script></head><body><h2>12. Libraries</h2><p>RESOLVED – That officers circulate the opening hours to members.</p><p><a href="http://x">pdf icon</a></p></body></html>',
    );
    const { text } = await readMinutesFile(file);
    expect(text).not.toContain('alert');
    expect(text).not.toContain('http://x');
    expect(parseMinutes(text).items).toMatchObject([{ minute: '12', category: 'information', owner: 'officers' }]);
  });

  it('refuses an unknown kind of file, saying what is accepted', async () => {
    await expect(readMinutesFile(put('m.xls', 'x'))).rejects.toMatchObject({
      exitCode: 2,
      message: expect.stringContaining('.docx'),
    });
  });

  it('refuses a missing file as bad input', async () => {
    await expect(readMinutesFile(path.join(dir, 'absent.txt'))).rejects.toMatchObject({ exitCode: 2 });
  });

  it('refuses a damaged Word file as bad input', async () => {
    await expect(readMinutesFile(put('bad.docx', 'not a zip'))).rejects.toMatchObject({ exitCode: 2 });
  });
});

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const NUMBERING = `<?xml version="1.0"?><w:numbering ${W}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%1)"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;

/** A Word document whose resolutions are a numbered list: the markers exist only in numbering.xml. */
function numberedDocx(numbering: string): Buffer {
  const para = (text: string, numbered = false) =>
    `<w:p>${numbered ? '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>' : ''}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
  const body = [
    para('Minutes of a meeting of the Parks Panel held on Monday, 2 March 2026'),
    para('4. Play areas'),
    para('RESOLVED:'),
    para('That the report be noted;', true),
    para('That the Parks Officer be requested to repair the swings.', true),
  ].join('');
  return zip({
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>',
    '_rels/.rels':
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    'word/_rels/document.xml.rels':
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>',
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`,
    'word/numbering.xml': numbering,
  });
}
