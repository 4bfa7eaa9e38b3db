// Reading a returned reply table or an edited export into rows for domain/replies.ts. The
// bytes come in (the command reads the file); the Excel reader is loaded only for .xlsx.
import { ActionlogError, usageError } from '../errors.js';
import { REPLY_COLUMNS } from './headers.js';
import type { ReplySheet } from './types.js';

export type { ReplySheet };
export const ACCEPTED_SHEETS = '.xlsx or .csv';

export async function readReplySheet(bytes: Buffer, fileName: string): Promise<ReplySheet> {
  const extension = /\.[^.\\/]+$/.exec(fileName)?.[0].toLowerCase();
  let sheet: ReplySheet;
  try {
    if (extension === '.csv') sheet = (await import('./csv.js')).readReplyCsv(bytes);
    else if (extension === '.xlsx') sheet = await (await import('./xlsx.js')).readReplyXlsx(bytes);
    else throw usageError(`cannot read ${fileName}: a returned sheet is accepted as ${ACCEPTED_SHEETS}`);
  } catch (error) {
    if (error instanceof ActionlogError) throw error;
    throw usageError(
      `cannot read ${fileName} as ${extension?.slice(1)} (${(error as Error).message.split('\n')[0]}); accepted: ${ACCEPTED_SHEETS}`,
    );
  }
  if (sheet.columns.length === 0) {
    throw usageError(
      `${fileName} has no ID column in its first rows; the sheet needs the columns ${REPLY_COLUMNS.join(', ')} (headers in any case and spacing)`,
    );
  }
  return sheet;
}
