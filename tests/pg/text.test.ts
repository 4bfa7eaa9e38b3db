// Text that PostgreSQL's `text` cannot hold (NUL, unpaired surrogates) kept exactly by an
// escape that leaves ordinary text as it is.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromStoredText, toStoredText } from '../../src/store/postgres/text.js';

const storable = (text: string) =>
  !text.includes('\0') && !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);

describe('text as PostgreSQL stores it', () => {
  it('leaves ordinary text as it is, quotes, markup and emoji included', () => {
    for (const text of [
      "Robert'); DROP TABLE items;--",
      'Café “quoted” <b>&amp;</b>',
      'UHL 👩‍⚕️ and the ICB',
      '',
      'x'.repeat(100_000),
    ]) {
      expect(toStoredText(text)).toBe(text);
    }
  });

  it('escapes NUL, unpaired surrogates and the escape character itself', () => {
    expect(toStoredText('a\0b')).toBe('a\u24000b');
    expect(toStoredText('␀')).toBe('␀␀');
    expect(toStoredText('x\uD83Dy')).toBe('x␀ud83dy');
    expect(toStoredText('\uDC00')).toBe('␀udc00');
    expect(fromStoredText('a␀0b␀␀c␀ud83d')).toBe('a\0b␀c\uD83D');
  });

  it('leaves a ␀ it did not write as it is', () => {
    expect(fromStoredText('typed ␀ by hand')).toBe('typed ␀ by hand');
    expect(fromStoredText('ends in ␀')).toBe('ends in ␀');
  });

  it('gives back exactly what it was given, and stores only what text can hold', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary' }),
        fc.constantFrom('', '\0', '␀', '␀0', '\uD800', '\uDFFF', '␀u', '␀ud800'),
        (text, awkward) => {
          const original = text + awkward + text;
          const stored = toStoredText(original);
          expect(storable(stored)).toBe(true);
          expect(fromStoredText(stored)).toBe(original);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
