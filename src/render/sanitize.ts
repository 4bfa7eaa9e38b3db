// Text from people and imported files is shown as text, never obeyed: a terminal must not
// run its escape sequences, a spreadsheet must not run its formulas.

// CSI/OSC and other ESC sequences, then any remaining C0/C1 control or bidi override.
// eslint-disable-next-line no-control-regex
const ESCAPE_SEQUENCE = /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[@-Z\\-_])/g;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** For the terminal and for plain text: escape sequences and control characters removed, tabs and newlines kept as spaces. */
export function terminalSafe(text: string): string {
  return text.replace(ESCAPE_SEQUENCE, '').replace(/[\t\n]/g, ' ').replace(CONTROL, '');
}

/** Like terminalSafe, but keeps line breaks (for multi-line notes). */
export function terminalSafeLines(text: string): string {
  return text.replace(ESCAPE_SEQUENCE, '').replace(/\t/g, ' ').replace(CONTROL, '');
}

export function escapeHtml(text: string): string {
  return terminalSafeLines(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** A cell a spreadsheet would evaluate (=, +, -, @, tab, CR first) is prefixed with a quote. */
export function csvSafe(text: string): string {
  const clean = text.replace(ESCAPE_SEQUENCE, '');
  return /^[=+\-@\t\r]/.test(clean) ? `'${clean}` : clean;
}
