// The Word papers: the carry-forward list for the agenda pack, the overdue report and the
// chair's report, from the same documents the other formats print. Loaded only by the code
// that writes .docx (see render/papers.ts): the docx library is not for every command.
import type { CarryForward } from '../../domain/carryForward.js';
import type { ChairReport } from '../../domain/chairReport.js';
import type { OverdueReport } from '../../domain/overdueReport.js';
import { carryForwardDoc } from '../carryForward.js';
import { chairReportDoc } from '../chairReport.js';
import { overdueDoc } from '../overdue.js';
import { renderDocDocx, type PaperOptions } from './paper.js';

export type { PaperOptions };

export const carryForwardDocx = (list: CarryForward, options: PaperOptions = {}): Promise<Buffer> =>
  renderDocDocx(carryForwardDoc(list), options);

export const overdueDocx = (report: OverdueReport, options: PaperOptions = {}): Promise<Buffer> =>
  renderDocDocx(overdueDoc(report), options);

export const chairReportDocx = (report: ChairReport, options: PaperOptions = {}): Promise<Buffer> =>
  renderDocDocx(chairReportDoc(report), options);
