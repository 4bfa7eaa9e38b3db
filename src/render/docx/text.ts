// Paragraphs of people's text for Word: made XML-safe, each line of a note its own paragraph.
import { Paragraph, TextRun, type IParagraphOptions } from 'docx';
import { officeText } from '../officeText.js';
import { FONT } from './style.js';

export interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  size?: number;
}

export const run = (text: string, style: RunStyle = {}): TextRun =>
  new TextRun({ text: officeText(text), font: FONT, ...style });

/** One paragraph per line of the text (a blank text still gives one, so a cell is never empty). */
export function paragraphs(text: string, style: RunStyle = {}, options: IParagraphOptions = {}): Paragraph[] {
  const lines = officeText(text).split('\n');
  return lines.map(
    (line) => new Paragraph({ ...options, children: [new TextRun({ text: line, font: FONT, ...style })] }),
  );
}
