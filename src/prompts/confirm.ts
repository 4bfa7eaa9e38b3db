// A yes/no question, for commands that must not act without the user's say-so on a terminal.
// Scripts answer it with the command's --yes flag instead.
import { confirm } from '@inquirer/prompts';

export { isCancel } from './cancel.js';

/** True for yes. Defaults to no, so that a stray Enter changes nothing. */
export async function askYesNo(question: string): Promise<boolean> {
  return confirm({ message: question, default: false });
}
