// Text that PostgreSQL's `text` cannot hold, kept exactly. A `text` value is valid UTF-8
// without U+0000, while a JavaScript string may hold NUL characters (imported documents carry
// them) and unpaired surrogates (which the driver would silently turn into U+FFFD). Such a
// string is stored with an escape character, ␀ (U+2400 SYMBOL FOR NULL):
//
//   U+0000 → ␀0      ␀ → ␀␀      an unpaired surrogate U+D83D → ␀ud83d
//
// Every other string, which is all ordinary text, is stored as it is, so the tables read
// plainly in psql. A stored value holds ␀ exactly when it was escaped, so reading back undoes
// precisely what writing did. (`json` columns need none of this: JSON escapes both.)

export const ESCAPE = '\u2400';
const NEEDS_ESCAPING = /[\0\u2400\uD800-\uDFFF]/;

export function toStoredText(text: string): string {
  if (!NEEDS_ESCAPING.test(text)) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0) out += `${ESCAPE}0`;
    else if (code === 0x2400) out += ESCAPE + ESCAPE;
    else if (code >= 0xd800 && code <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1))) out += text[i] + text[++i];
    else if (code >= 0xd800 && code <= 0xdfff) out += `${ESCAPE}u${code.toString(16)}`;
    else out += text[i];
  }
  return out;
}

export function fromStoredText(stored: string): string {
  if (!stored.includes(ESCAPE)) return stored;
  let out = '';
  for (let i = 0; i < stored.length; i++) {
    if (stored[i] !== ESCAPE) {
      out += stored[i];
      continue;
    }
    const next = stored[i + 1];
    if (next === ESCAPE) {
      out += ESCAPE;
      i++;
    } else if (next === '0') {
      out += '\0';
      i++;
    } else if (next === 'u' && /^[0-9a-f]{4}$/.test(stored.slice(i + 2, i + 6))) {
      out += String.fromCharCode(parseInt(stored.slice(i + 2, i + 6), 16));
      i += 5;
    } else {
      // A ␀ that this code did not write (typed in by hand, say): kept as it is.
      out += ESCAPE;
    }
  }
  return out;
}

const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

export const toStoredOrNull = (text: string | null): string | null => (text === null ? null : toStoredText(text));
export const fromStoredOrNull = (stored: string | null): string | null =>
  stored === null ? null : fromStoredText(stored);
