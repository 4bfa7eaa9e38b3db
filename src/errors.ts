// One error type for everything a user can get wrong or the store can refuse. The top of
// the CLI turns it into a single line on stderr and an exit code.

export const EXIT_USAGE = 2;
export const EXIT_FAILURE = 1;
/** Stopped at a question with Ctrl-C: 128 + SIGINT, as a shell reports it. */
export const EXIT_CANCELLED = 130;

// The build keeps this module in one file that every bundle imports (dist/shared.js), so that
// an error thrown by a module loaded from another bundle (the lock, the prompts) is still
// an ActionlogError where the top of the CLI catches it.
export class ActionlogError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT_USAGE,
  ) {
    super(message);
    this.name = 'ActionlogError';
  }
}

/** Bad usage or bad input: exit 2. */
export const usageError = (message: string): ActionlogError => new ActionlogError(message, EXIT_USAGE);

/** The store or the system failed us: exit 1. */
export const failure = (message: string): ActionlogError => new ActionlogError(message, EXIT_FAILURE);
