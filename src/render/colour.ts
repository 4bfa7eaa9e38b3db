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

/** chalk's styles (a file of its own in the build). */
export async function loadPalette(): Promise<Palette> {
  const { default: chalk } = await import('./chalk.js');
  return { bold: chalk.bold, red: chalk.red, yellow: chalk.yellow, green: chalk.green, dim: chalk.dim };
}

/** Bold when there is a palette, plain text otherwise. */
export const boldWith = (palette: Palette | null | undefined): Style => (palette ? palette.bold : (text) => text);
