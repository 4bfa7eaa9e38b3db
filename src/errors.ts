// One error type for everything a user can get wrong or the store can refuse. The top of
// the CLI turns it into a single line on stderr and an exit code.

export const EXIT_USAGE = 2;
export const EXIT_FAILURE = 1;

// Each bundle the build makes (scripts/build.mjs) carries its own copy of this class, and an
// error may be thrown by a module loaded from another bundle (the lock, the prompts). The
// brand makes `instanceof ActionlogError` true for an error made by any copy.
const BRAND: unique symbol = Symbol.for('actionlog.ActionlogError') as never;

export class ActionlogError extends Error {
  readonly [BRAND] = true;

  static [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === 'object' && value !== null && (value as { [BRAND]?: unknown })[BRAND] === true;
  }

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
