// Ctrl-C (or Ctrl-D) at a question: @inquirer/prompts rejects with one of these errors.
import { ActionlogError, EXIT_CANCELLED } from '../errors.js';

/** A prompt the user cancelled (Ctrl-C, or closed input) rather than one that failed. */
export function isCancel(error: unknown): boolean {
  return error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError');
}

/** "cancelled; <unchanged>", with exit 130, as a shell reports an interrupted command. */
export const cancelled = (unchanged: string): ActionlogError =>
  new ActionlogError(`cancelled; ${unchanged}`, EXIT_CANCELLED);

/** Asks; a Ctrl-C becomes `cancelled(unchanged)`. */
export async function unlessCancelled<T>(ask: () => Promise<T>, unchanged: string): Promise<T> {
  try {
    return await ask();
  } catch (error) {
    if (isCancel(error)) throw cancelled(unchanged);
    throw error;
  }
}
