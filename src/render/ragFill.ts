// RAG shades for Word and Excel. Printed in black and white their greys are about 140, 190
// and 233 of 255 (done is unshaded): dark to light as the matter is urgent, with black text
// legible on each. The words always go with them; the shade only helps the eye.
import type { Rag } from '../domain/rag.js';

export const RAG_FILL: Record<Rag, string | null> = {
  red: 'E06666',
  amber: 'FFC000',
  green: 'E2F0D9',
  // A cool grey, unlike any of the three: the matter has no meeting to go to.
  waiting: 'D9E1F2',
  done: null,
};

/** Header rows: lighter than any RAG shade, so a header never reads as a status. */
export const HEADER_FILL = 'F2F2F2';
