// A command is its wiring (commander: words, options, help with examples, in register())
// and its run functions: options and a context in, exit code and output out. A run function
// touches no process state, so tests call it in-process (tests/commands); `action` wires one
// into commander, building the context from the global options and writing the output.
import type { Command } from 'commander';
import { makeContext, type Context, type GlobalOptions } from '../context.js';
import { usageError } from '../errors.js';
import { setExitCode } from '../program.js';
import { mark } from '../timing.js';
import { formatRefusal } from './prints.js';

/** What a command run gives back: its exit code, what goes to stdout, and any line for stderr. */
export interface Output {
  code: number;
  stdout: string;
  stderr: string;
}

export type Run<Options> = (options: Options, context: Context) => Promise<Output>;

/** Success, with this for stdout (and this line for stderr, beside it). */
export const ok = (stdout: string, stderr = ''): Output => ({ code: 0, stdout, stderr });

/**
 * The commander action for a run function. `options` turns commander's positional arguments
 * and the command's own flags into the run function's options (by default, the flags alone).
 */
export function action<Options>(
  run: Run<Options>,
  options: (args: string[], flags: Record<string, unknown>) => Options = (_args, flags) => flags as Options,
) {
  return async (...received: unknown[]): Promise<void> => {
    const command = received.at(-1) as Command;
    const args = received.slice(0, -2).flat() as string[];
    const context = await makeContext(command.optsWithGlobals<GlobalOptions>());
    // A format the command cannot honour is refused, not ignored (commands/prints.ts).
    const refusal = context.formatChosen ? formatRefusal(command, context.format) : null;
    if (refusal) throw usageError(refusal);
    mark('command started');
    let output: Output;
    try {
      output = await run(options(args, command.opts()), context);
    } finally {
      // A database connection ends with the command, whatever happened.
      await context.store.close();
    }
    mark('command done');
    write(process.stdout, output.stdout);
    write(process.stderr, output.stderr);
    setExitCode(command, output.code);
    mark('written');
  };
}

function write(stream: NodeJS.WriteStream, text: string): void {
  if (text === '') return;
  stream.write(text);
  // The line's end written after the text, not added to it: a report of megabytes would be
  // copied whole to add one character.
  if (!text.endsWith('\n')) stream.write('\n');
}
