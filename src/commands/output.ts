// Small shared pieces of turning a context into render options.
import type { Context } from '../context.js';
import type { RenderOptions } from '../render/items.js';
import { colour } from '../render/colour.js';
import type { TableOptions } from '../render/table.js';

export function tableOptions(context: Context): TableOptions {
  return { width: context.columns, color: context.color, borders: context.terminal, bold: (text) => colour.bold(text), limit: context.limit };
}

export function renderOptions(context: Context): RenderOptions {
  const table = tableOptions(context);
  return { format: context.format, color: context.color, width: table.width, borders: table.borders, limit: table.limit };
}
