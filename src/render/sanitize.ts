// Text from people and imported files is shown as text, never obeyed: a terminal must not
// run its escape sequences, a spreadsheet must not run its formulas.

// CSI/OSC and other ESC sequences, then any remaining C0/C1 control or bidi override.
// eslint-disable-next-line no-control-regex
const ESCAPE_SEQUENCE = /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[@-Z\\-_])/g;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

// Any character the two above could touch (ESC, tab and newline are C0 controls): most text
// has none, and is returned as it is without running the replacements over it.
// eslint-disable-next-line no-control-regex
const ANY_CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** For the terminal and for plain text: escape sequences and control characters removed, tabs and newlines kept as spaces. */
export function terminalSafe(text: string): string {
  if (!ANY_CONTROL.test(text)) return text;
  return text
    .replace(ESCAPE_SEQUENCE, '')
    .replace(/[\t\n]/g, ' ')
    .replace(CONTROL, '');
}

/** Like terminalSafe, but keeps line breaks (for multi-line notes). */
export function terminalSafeLines(text: string): string {
  if (!ANY_CONTROL.test(text)) return text;
  return text.replace(ESCAPE_SEQUENCE, '').replace(/\t/g, ' ').replace(CONTROL, '');
}

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

const HTML_SPECIAL = /[&<>"']/;

export function escapeHtml(text: string): string {
  // A report escapes every cell of thousands of rows, and most have nothing to escape.
  const safe = terminalSafeLines(text);
  return HTML_SPECIAL.test(safe) ? safe.replace(/[&<>"']/g, (char) => HTML_ENTITIES[char]) : safe;
}

/** A cell a spreadsheet would evaluate (=, +, -, @, tab, CR first) is prefixed with a quote. */
export function csvSafe(text: string): string {
  const clean = text.replace(ESCAPE_SEQUENCE, '');
  return /^[=+\-@\t\r]/.test(clean) ? `'${clean}` : clean;
}
