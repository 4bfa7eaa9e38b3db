// Word's automatic numbering worked out as Word draws it, on hand-written WordprocessingML: the
// markers a list gives each paragraph, through levels, restarts, continuations and styles.
import { describe, expect, it } from 'vitest';
import { numberParagraphs } from '../../src/minutes/readers/wordNumbering.js';

const NS =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"';

interface Para {
  text: string;
  numId?: string;
  ilvl?: number;
  style?: string;
}

const paragraph = ({ text, numId, ilvl, style }: Para) => {
  const numPr =
    numId === undefined
      ? ''
      : `<w:numPr>${ilvl === undefined ? '' : `<w:ilvl w:val="${ilvl}"/>`}<w:numId w:val="${numId}"/></w:numPr>`;
  const pStyle = style ? `<w:pStyle w:val="${style}"/>` : '';
  return `<w:p>${pStyle || numPr ? `<w:pPr>${pStyle}${numPr}</w:pPr>` : ''}<w:r><w:t>${text}</w:t></w:r></w:p>`;
};
const document = (body: string) => `<?xml version="1.0"?><w:document ${NS}><w:body>${body}</w:body></w:document>`;

interface LevelDef {
  format: string;
  text: string;
  start?: number;
  restart?: number;
  legal?: boolean;
  style?: string;
}
const level = (ilvl: number, l: LevelDef) =>
  `<w:lvl w:ilvl="${ilvl}">${l.start === undefined ? '<w:start w:val="1"/>' : `<w:start w:val="${l.start}"/>`}<w:numFmt w:val="${l.format}"/>${l.restart === undefined ? '' : `<w:lvlRestart w:val="${l.restart}"/>`}${l.style ? `<w:pStyle w:val="${l.style}"/>` : ''}${l.legal ? '<w:isLgl/>' : ''}<w:lvlText w:val="${l.text}"/></w:lvl>`;
const abstract = (id: string, levels: LevelDef[]) =>
  `<w:abstractNum w:abstractNumId="${id}">${levels.map((l, i) => level(i, l)).join('')}</w:abstractNum>`;
const num = (id: string, abstractId: string, restartAt?: number) =>
  `<w:num w:numId="${id}"><w:abstractNumId w:val="${abstractId}"/>${restartAt === undefined ? '' : `<w:lvlOverride w:ilvl="0"><w:startOverride w:val="${restartAt}"/></w:lvlOverride>`}</w:num>`;
const numbering = (...parts: string[]) => `<?xml version="1.0"?><w:numbering ${NS}>${parts.join('')}</w:numbering>`;

/** The paragraphs' text after numbering, one per entry. */
function numbered(paragraphs: Para[], numberingXml: string, stylesXml: string | null = null): string[] {
  const xml = numberParagraphs(document(paragraphs.map(paragraph).join('')), numberingXml, stylesXml);
  return [...xml.matchAll(/<w:p>(.*?)<\/w:p>/g)].map((m) =>
    [...m[1].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
  );
}

const CLAUSES = abstract('1', [
  { format: 'lowerLetter', text: '(%1)' },
  { format: 'lowerRoman', text: '(%2)' },
]);

describe("Word's automatic numbering as text", () => {
  it('lettered clauses with roman sub-clauses, the letters carrying on after them', () => {
    const paragraphs = [0, 0, 1, 1, 0].map((ilvl, i) => ({ text: `clause ${i}`, numId: '1', ilvl }));
    expect(numbered(paragraphs, numbering(CLAUSES, num('1', '1')))).toEqual([
      '(a) clause 0',
      '(b) clause 1',
      '(i) clause 2',
      '(ii) clause 3',
      '(c) clause 4',
    ]);
  });

  it('sub-clauses start again under each clause', () => {
    const paragraphs = [0, 1, 1, 0, 1].map((ilvl, i) => ({ text: `${i}`, numId: '1', ilvl }));
    expect(numbered(paragraphs, numbering(CLAUSES, num('1', '1')))).toEqual([
      '(a) 0',
      '(i) 1',
      '(ii) 2',
      '(b) 3',
      '(i) 4',
    ]);
  });

  it('a level that never restarts (lvlRestart 0) carries on under the next clause', () => {
    const list = abstract('1', [
      { format: 'decimal', text: '%1.' },
      { format: 'lowerLetter', text: '%2)', restart: 0 },
    ]);
    const paragraphs = [0, 1, 1, 0, 1].map((ilvl, i) => ({ text: `${i}`, numId: '1', ilvl }));
    expect(numbered(paragraphs, numbering(list, num('1', '1')))).toEqual(['1. 0', 'a) 1', 'b) 2', '2. 3', 'c) 4']);
  });

  it('a list that Word restarts at 1 (a new instance with a start override), and one that carries on', () => {
    const decisions = abstract('2', [{ format: 'decimal', text: '%1.' }]);
    const paragraphs = [
      { text: 'a', numId: '5', ilvl: 0 },
      { text: 'b', numId: '5', ilvl: 0 },
      { text: 'c', numId: '6', ilvl: 0 }, // restarted
      { text: 'd', numId: '6', ilvl: 0 },
      { text: 'e', numId: '7', ilvl: 0 }, // same list, no override: continues
    ];
    expect(numbered(paragraphs, numbering(decisions, num('5', '2'), num('6', '2', 1), num('7', '2')))).toEqual([
      '1. a',
      '2. b',
      '1. c',
      '2. d',
      '3. e',
    ]);
  });

  it('minute numbers that start at 41, and multi-level numbers (4.1, 4.2)', () => {
    const list = abstract('3', [
      { format: 'decimal', text: '%1.', start: 41 },
      { format: 'decimal', text: '%1.%2' },
    ]);
    const paragraphs = [0, 1, 1, 0, 1].map((ilvl, i) => ({ text: `${i}`, numId: '1', ilvl }));
    expect(numbered(paragraphs, numbering(list, num('1', '3')))).toEqual([
      '41. 0',
      '41.1 1',
      '41.2 2',
      '42. 3',
      '42.1 4',
    ]);
  });

  it('legal numbering writes every counter as a number', () => {
    const list = abstract('3', [
      { format: 'upperRoman', text: 'Part %1' },
      { format: 'decimal', text: '%1.%2', legal: true },
    ]);
    expect(
      numbered(
        [
          { text: 'x', numId: '1', ilvl: 0 },
          { text: 'y', numId: '1', ilvl: 1 },
        ],
        numbering(list, num('1', '3')),
      ),
    ).toEqual(['Part I x', '1.1 y']);
  });

  it('letters past z double, as Word writes them; upper-case letters and roman numerals', () => {
    const letters = abstract('1', [{ format: 'lowerLetter', text: '%1)', start: 26 }]);
    expect(
      numbered(
        [0, 0].map(() => ({ text: 'x', numId: '1', ilvl: 0 })),
        numbering(letters, num('1', '1')),
      ),
    ).toEqual(['z) x', 'aa) x']);
    const upper = abstract('1', [
      { format: 'upperLetter', text: '%1.' },
      { format: 'upperRoman', text: '%2.' },
    ]);
    expect(
      numbered(
        [
          { text: 'x', numId: '1', ilvl: 0 },
          { text: 'y', numId: '1', ilvl: 1 },
        ],
        numbering(upper, num('1', '1')),
      ),
    ).toEqual(['A. x', 'I. y']);
  });

  it('bullets become a bullet, and a level that draws nothing adds nothing', () => {
    const list = abstract('1', [
      { format: 'bullet', text: '\uf0b7' },
      { format: 'none', text: '' },
    ]);
    expect(
      numbered(
        [
          { text: 'x', numId: '1', ilvl: 0 },
          { text: 'y', numId: '1', ilvl: 1 },
        ],
        numbering(list, num('1', '1')),
      ),
    ).toEqual(['• x', 'y']);
  });

  it('numbering from the paragraph style (and the style it is based on), unless the paragraph says numId 0', () => {
    const styles = `<?xml version="1.0"?><w:styles ${NS}>
      <w:style w:type="paragraph" w:styleId="Decision"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
      <w:style w:type="paragraph" w:styleId="DecisionBold"><w:basedOn w:val="Decision"/></w:style>
      <w:style w:type="paragraph" w:styleId="SubDecision"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
    </w:styles>`;
    const list = abstract('1', [
      { format: 'decimal', text: '%1.' },
      { format: 'lowerLetter', text: '(%2)', style: 'SubDecision' },
    ]);
    const paragraphs = [
      { text: 'first', style: 'Decision' },
      { text: 'part', style: 'SubDecision' },
      { text: 'second', style: 'DecisionBold' },
      { text: 'plain', style: 'Decision', numId: '0' },
    ];
    expect(numbered(paragraphs, numbering(list, num('1', '1')), styles)).toEqual([
      '1. first',
      '(a) part',
      '2. second',
      'plain',
    ]);
  });

  it('a text box stored twice (for new and old readers) is counted once', () => {
    const xml = numberParagraphs(
      document(
        `${paragraph({ text: 'one', numId: '1', ilvl: 0 })}<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps">${paragraph({ text: 'two', numId: '1', ilvl: 0 })}</mc:Choice><mc:Fallback>${paragraph({ text: 'two', numId: '1', ilvl: 0 })}</mc:Fallback></mc:AlternateContent></w:r></w:p>${paragraph({ text: 'three', numId: '1', ilvl: 0 })}`,
      ),
      numbering(abstract('1', [{ format: 'decimal', text: '%1.' }]), num('1', '1')),
      null,
    );
    expect(xml).toMatch(/<mc:Fallback><w:p><w:pPr>.*?<\/w:pPr><w:r><w:t xml:space="preserve">2\. <\/w:t><\/w:r>/);
    expect(xml).toContain('3. </w:t>');
  });

  it('leaves a document with no numbering, or numbering it cannot find, as it was', () => {
    const plain = document(paragraph({ text: 'x', numId: '9', ilvl: 0 }));
    expect(numberParagraphs(plain, numbering(), null)).toBe(plain);
    expect(numberParagraphs(plain, numbering(CLAUSES, num('1', '1')), null)).toBe(plain);
  });
});
