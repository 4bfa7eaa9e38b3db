// Small shared pieces of turning a context into render options.
import type { Context, TextFormat } from '../context.js';
import type { RenderOptions } from '../render/items.js';
import type { TableOptions } from '../render/table.js';

export function tableOptions(context: Context): TableOptions {
  return { width: context.columns, colour: context.colour, borders: context.terminal, limit: context.limit };
}

/** How to render a list of items in `format`, a text format the command has settled on (reportOutput.ts's destination()). */
export function renderOptions(context: Context, format: TextFormat): RenderOptions {
  return { format, colour: context.colour, width: context.columns, borders: context.terminal, limit: context.limit };
}
