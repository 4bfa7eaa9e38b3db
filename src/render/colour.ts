// Colour for headings, RAG and overdue marks, which only a terminal gets. chalk, with its
// terminal detection (node:tty, and the streams under it), is loaded only once a command
// knows colour is on (run.ts calls useColour): loading it cost every piped or scripted
// command 10 ms at start. Until then, and when colour is off, every style is plain text.
type Style = (text: string) => string;

const plain: Style = (text) => text;

export const colour: Record<'bold' | 'red' | 'yellow' | 'green' | 'dim', Style> = {
  bold: plain,
  red: plain,
  yellow: plain,
  green: plain,
  dim: plain,
};

/** Loads chalk (a file of its own in the build) and makes the styles real. */
export async function useColour(): Promise<void> {
  const { default: chalk } = await import('./chalk.js');
  Object.assign(colour, { bold: chalk.bold, red: chalk.red, yellow: chalk.yellow, green: chalk.green, dim: chalk.dim });
}
