// Colour for headings, RAG and overdue marks, which only a terminal gets. A palette is a
// value the command's context carries (null when colour is off) and passes to the renderers.
// chalk, with its terminal detection (node:tty, and the streams under it), is loaded only
// once a command knows colour is on: loading it cost every piped or scripted command 10 ms.
export type Style = (text: string) => string;

export interface Palette {
  bold: Style;
  red: Style;
  yellow: Style;
  green: Style;
  dim: Style;
}

/** A level of colour: 1 the 16 basic colours, 2 256 colours, 3 millions. */
export type ColourLevel = 1 | 2 | 3;

export interface ColourSettings {
  /** --no-color was given. */
  noColorFlag: boolean;
  env: Readonly<Record<string, string | undefined>>;
  /** stdout is a terminal. */
  terminal: boolean;
}

/**
 * Whether there is colour, and at least how much (null for none): the one rule, decided
 * here rather than partly by chalk's own detection. In order: --no-color turns it off;
 * FORCE_COLOR set to anything but 0 or false turns it on (2 or 3 for more colours), even
 * into a pipe, and 0 or false off; NO_COLOR set to anything turns it off; otherwise it is
 * on for a terminal that is not "dumb". An empty FORCE_COLOR or NO_COLOR counts as not set
 * (no-color.org, force-color.org).
 */
export function colourChoice({ noColorFlag, env, terminal }: ColourSettings): ColourLevel | null {
  if (noColorFlag) return null;
  const force = (env.FORCE_COLOR ?? '').trim().toLowerCase();
  if (force !== '') {
    if (force === '0' || force === 'false') return null;
    return force === '3' ? 3 : force === '2' ? 2 : 1;
  }
  if ((env.NO_COLOR ?? '') !== '') return null;
  return terminal && env.TERM !== 'dumb' ? 1 : null;
}

/**
 * chalk's styles (a file of its own in the build), at the level chosen, or the terminal's
 * own if it has more (chalk's detection, from TERM and COLORTERM, is asked only that).
 */
export async function loadPalette(level: ColourLevel): Promise<Palette> {
  const { Chalk, supportsColor } = await import('./chalk.js');
  const detected = supportsColor ? supportsColor.level : 0;
  const chalk = new Chalk({ level: Math.max(level, detected) as ColourLevel });
  return { bold: chalk.bold, red: chalk.red, yellow: chalk.yellow, green: chalk.green, dim: chalk.dim };
}

/** Bold when there is a palette, plain text otherwise. */
export const boldWith = (palette: Palette | null | undefined): Style => (palette ? palette.bold : (text) => text);
