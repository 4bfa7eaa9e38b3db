/** A prompt the user cancelled (Ctrl-C, or closed input) rather than one that failed. */
export function isCancel(error: unknown): boolean {
  return error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError');
}
