// Word's automatic numbering. A clerk's "(a) … (d)" or "1. … 4." under RESOLVED is often not
// text at all but a numbered list: Word draws the markers from numbering.xml, and a plain-text
// reading (mammoth's included) loses them, so the clauses run together unnumbered. This works
// the markers out as Word does (ECMA-376 part 1, 17.9) — list definitions, levels, restarts,
// numbering that comes from a paragraph's style — and writes each into its paragraph as text.
import type { Document, Element } from '@xmldom/xmldom';
import { attr, child, children, insideChoice, isOn, readXml, textRun, val, W, writeXml } from './wordXml.js';

interface Level {
  start: number;
  format: string;
  /** "(%1)", "%1.", "%1.%2": the marker, with %n the counter of level n. */
  text: string;
  /** lvlRestart: the (1-based) level after whose use this one starts again; 0 never; null after any higher level. */
  restartAfter: number | null;
  /** isLgl: every counter in the marker written as a decimal ("1.1" under "Article I"). */
  legal: boolean;
  /** The paragraph style that takes this level. */
  style: string | null;
}

interface AbstractList {
  levels: Map<number, Level>;
  /** numStyleLink: the list is defined by a numbering style, whose own list holds the levels. */
  numStyleLink: string | null;
}

interface ListInstance {
  abstractId: string;
  /** lvlOverride/startOverride: where this instance starts each level again. */
  startAt: Map<number, number>;
  /** lvlOverride/lvl: levels this instance defines itself. */
  levels: Map<number, Level>;
}

interface Style {
  basedOn: string | null;
  numId: string | null;
  ilvl: number | null;
}

interface Definitions {
  abstracts: Map<string, AbstractList>;
  lists: Map<string, ListInstance>;
  styles: Map<string, Style>;
  defaultStyle: string | null;
}

const int = (text: string | null): number | null =>
  text !== null && /^-?\d+$/.test(text.trim()) ? Number(text) : null;

function readLevel(element: Element): Level {
  return {
    start: int(val(element, 'start')) ?? 0,
    format: val(element, 'numFmt') ?? 'decimal',
    text: val(element, 'lvlText') ?? '',
    restartAfter: int(val(element, 'lvlRestart')),
    legal: isOn(child(element, 'isLgl')),
    style: val(element, 'pStyle'),
  };
}

function readLevels(parent: Element): Map<number, Level> {
  const levels = new Map<number, Level>();
  for (const level of children(parent, 'lvl')) levels.set(int(attr(level, 'ilvl')) ?? 0, readLevel(level));
  return levels;
}

function readDefinitions(numberingXml: string | null, stylesXml: string | null): Definitions {
  const definitions: Definitions = { abstracts: new Map(), lists: new Map(), styles: new Map(), defaultStyle: null };
  if (numberingXml) {
    const root = readXml(numberingXml).documentElement;
    for (const abstract of children(root, 'abstractNum')) {
      definitions.abstracts.set(attr(abstract, 'abstractNumId') ?? '', {
        levels: readLevels(abstract),
        numStyleLink: val(abstract, 'numStyleLink'),
      });
    }
    for (const num of children(root, 'num')) {
      const instance: ListInstance = {
        abstractId: val(num, 'abstractNumId') ?? '',
        startAt: new Map(),
        levels: new Map(),
      };
      for (const override of children(num, 'lvlOverride')) {
        const ilvl = int(attr(override, 'ilvl')) ?? 0;
        const start = int(val(override, 'startOverride'));
        if (start !== null) instance.startAt.set(ilvl, start);
        const level = child(override, 'lvl');
        if (level) instance.levels.set(ilvl, readLevel(level));
      }
      definitions.lists.set(attr(num, 'numId') ?? '', instance);
    }
  }
  if (stylesXml) {
    for (const style of children(readXml(stylesXml).documentElement, 'style')) {
      const id = attr(style, 'styleId');
      if (!id) continue;
      const numPr = child(child(style, 'pPr'), 'numPr');
      definitions.styles.set(id, {
        basedOn: val(style, 'basedOn'),
        numId: val(numPr, 'numId'),
        ilvl: int(val(numPr, 'ilvl')),
      });
      if (attr(style, 'type') === 'paragraph' && ['1', 'true', 'on'].includes(attr(style, 'default') ?? ''))
        definitions.defaultStyle = id;
    }
  }
  return definitions;
}

/** The list definition behind an instance, following numbering styles (guarded against loops). */
function abstractOf(
  definitions: Definitions,
  numId: string,
  seen = new Set<string>(),
): { id: string; list: AbstractList } | null {
  if (seen.has(numId)) return null;
  seen.add(numId);
  const instance = definitions.lists.get(numId);
  const list = instance && definitions.abstracts.get(instance.abstractId);
  if (!instance || !list) return null;
  if (list.numStyleLink) {
    const linked = definitions.styles.get(list.numStyleLink)?.numId;
    return linked ? abstractOf(definitions, linked, seen) : null;
  }
  return { id: instance.abstractId, list };
}

/** The list and level a paragraph is numbered with: its own, else its style's (and the styles it is based on). */
function numberingOf(paragraph: Element, definitions: Definitions): { numId: string; ilvl: number } | null {
  const properties = child(paragraph, 'pPr');
  const own = child(properties, 'numPr');
  const ownId = val(own, 'numId');
  const ownLevel = int(val(own, 'ilvl'));
  const styleId = val(properties, 'pStyle') ?? definitions.defaultStyle;
  let styled: { numId: string | null; ilvl: number | null } = { numId: null, ilvl: null };
  const visited = new Set<string>();
  for (let id = styleId; id && !visited.has(id); id = definitions.styles.get(id)?.basedOn ?? null) {
    visited.add(id);
    const style = definitions.styles.get(id);
    if (style?.numId) {
      styled = style;
      break;
    }
  }
  const numId = ownId ?? styled.numId;
  if (numId === null || numId === '0') return null;
  const list = abstractOf(definitions, numId)?.list;
  const byStyle = styleId && list ? [...list.levels].find(([, level]) => level.style === styleId)?.[0] : undefined;
  return { numId, ilvl: ownLevel ?? styled.ilvl ?? byStyle ?? 0 };
}

function letters(n: number, upper: boolean): string {
  if (n < 1) return String(n);
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  const text = letter.repeat(Math.floor((n - 1) / 26) + 1);
  return upper ? text.toUpperCase() : text;
}

function roman(n: number, upper: boolean): string {
  if (n < 1 || n > 3999) return String(n);
  const numerals: [number, string][] = [
    [1000, 'm'],
    [900, 'cm'],
    [500, 'd'],
    [400, 'cd'],
    [100, 'c'],
    [90, 'xc'],
    [50, 'l'],
    [40, 'xl'],
    [10, 'x'],
    [9, 'ix'],
    [5, 'v'],
    [4, 'iv'],
    [1, 'i'],
  ];
  let rest = n;
  let text = '';
  for (const [value, numeral] of numerals) {
    while (rest >= value) {
      text += numeral;
      rest -= value;
    }
  }
  return upper ? text.toUpperCase() : text;
}

function counterText(n: number, format: string): string {
  switch (format) {
    case 'lowerLetter':
      return letters(n, false);
    case 'upperLetter':
      return letters(n, true);
    case 'lowerRoman':
      return roman(n, false);
    case 'upperRoman':
      return roman(n, true);
    case 'decimalZero':
      return String(n).padStart(2, '0');
    case 'none':
      return '';
    default:
      // decimal, and the rarer forms (ordinal, words, enclosed) read as their number
      return String(n);
  }
}

/**
 * Counts the lists through the document, paragraph by paragraph, as Word does: instances of one
 * list definition share their counters, an instance that starts a level again (a restart) does
 * so where it is first used, and using a level starts the deeper ones again.
 */
class Counters {
  private readonly counts = new Map<string, Map<number, number>>();
  private readonly started = new Set<string>();

  constructor(private readonly definitions: Definitions) {}

  /** The marker for a numbered paragraph, or null where the level draws none. */
  next(numId: string, ilvl: number): string | null {
    const abstract = abstractOf(this.definitions, numId);
    if (!abstract) return null;
    const instance = this.definitions.lists.get(numId)!;
    const levelOf = (n: number): Level | undefined => instance.levels.get(n) ?? abstract.list.levels.get(n);
    // An instance's start for a level stands for every start of that level in it.
    const startOf = (n: number): number => instance.startAt.get(n) ?? levelOf(n)?.start ?? 0;
    const level = levelOf(ilvl);
    if (!level) return null;
    const counts = this.counts.get(abstract.id) ?? new Map<number, number>();
    this.counts.set(abstract.id, counts);
    const key = `${numId}\u0000${ilvl}`;
    if (instance.startAt.has(ilvl) && !this.started.has(key)) counts.set(ilvl, startOf(ilvl));
    else counts.set(ilvl, counts.has(ilvl) ? counts.get(ilvl)! + 1 : startOf(ilvl));
    this.started.add(key);
    for (const deeper of [...counts.keys()].filter((n) => n > ilvl)) {
      const after = levelOf(deeper)?.restartAfter ?? null;
      if (after === null || ilvl < after) counts.delete(deeper);
    }
    if (level.format === 'bullet') return '•';
    const marker = level.text.replace(/%([1-9])/g, (_, n: string) => {
      const at = Number(n) - 1;
      const of = levelOf(at);
      return counterText(
        counts.get(at) ?? startOf(at),
        level.legal && at !== ilvl ? 'decimal' : (of?.format ?? 'decimal'),
      );
    });
    return marker.trim() || null;
  }
}

/** Writes each numbered paragraph's marker in as its first words ("(b) That the Clerk …"); false when nothing is numbered. */
export function numberParagraphsIn(document: Document, numberingXml: string | null, stylesXml: string | null): boolean {
  const definitions = readDefinitions(numberingXml, stylesXml);
  if (definitions.lists.size === 0) return false;
  const counters = new Counters(definitions);
  let changed = false;
  // The same text box is stored twice (for new and old readers); count the copy that is read.
  const paragraphs = Array.from(document.getElementsByTagNameNS(W, 'p')).filter((p) => !insideChoice(p));
  for (const paragraph of paragraphs) {
    const numbering = numberingOf(paragraph, definitions);
    const marker = numbering && counters.next(numbering.numId, numbering.ilvl);
    if (!marker) continue;
    const properties = child(paragraph, 'pPr');
    paragraph.insertBefore(textRun(document, `${marker} `), properties ? properties.nextSibling : paragraph.firstChild);
    changed = true;
  }
  return changed;
}

/** The document's XML with the markers written in; as it was when nothing is numbered. */
export function numberParagraphs(documentXml: string, numberingXml: string | null, stylesXml: string | null): string {
  const document = readXml(documentXml);
  return numberParagraphsIn(document, numberingXml, stylesXml) ? writeXml(document) : documentXml;
}
