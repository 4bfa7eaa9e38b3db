// Wraps a command's run function as a commander action: builds the context from the
// global options, runs, and prints what the command returns.
import type { Command } from 'commander';
import { mark } from '../timing.js';
import { makeContext, type Context, type GlobalOptions } from '../context.js';
import { useColour } from '../render/colour.js';

export type Run<Options> = (args: string[], options: Options, context: Context) => Promise<string | void>;

export function action<Options>(run: Run<Options>) {
  return async (...received: unknown[]): Promise<void> => {
    const command = received.at(-1) as Command;
    const args = received.slice(0, -2).flat() as string[];
    const options = command.optsWithGlobals<Options & GlobalOptions>();
    const context = makeContext(options);
    if (context.color) await useColour();
    mark('command started');
    const output = await run(args, options, context);
    mark('command done');
    if (output !== undefined && output !== '') process.stdout.write(output.endsWith('\n') ? output : `${output}\n`);
    mark('written');
  };
}
