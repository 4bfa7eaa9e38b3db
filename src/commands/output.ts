// Small shared pieces of turning a context into render options.
import type { Context } from '../context.js';
import type { RenderOptions } from '../render/items.js';
import type { TableOptions } from '../render/table.js';

export function tableOptions(context: Context): TableOptions {
  return { width: context.columns, colour: context.colour, borders: context.terminal, limit: context.limit };
}

export function renderOptions(context: Context): RenderOptions {
  return { format: context.format, colour: context.colour, width: context.columns, borders: context.terminal, limit: context.limit };
}
