import {
  isCollapsedSpace,
  isLetterCodePoint,
  isLetterOrNumberCodePoint,
  isSpace,
  letterRunEnd,
  skipSpaces,
  type LetterKind,
} from '../../../src/domain/core/letters';
import { isUnifiedDash, normaliseDashes, normaliseSpaces } from '../../../src/domain/core/text';

/** The definition letterRunEnd follows. */
function byRegex(text: string, from: number, kind: LetterKind): number {
  const re = kind === 'hyphens' ? /[\p{L}-]*/uy : kind === 'caseless' ? /\p{L}*/iuy : /\p{L}*/uy;
  re.lastIndex = from;
  re.exec(text);
  return re.lastIndex;
}

describe('letterRunEnd', () => {
  it('ends where \\p{L}* ends, for every BMP character and a few astral ones', () => {
    const chars: string[] = [];
    for (let c = 0; c <= 0xffff; c++) chars.push(String.fromCharCode(c));
    chars.push('𝐀', '𝔞', '😀', '\u{20000}');
    const differ: string[] = [];
    for (const ch of chars) {
      for (const text of [`аб${ch}в`, `${ch}б`, `ab-${ch}`, ch]) {
        for (const kind of ['letters', 'caseless', 'hyphens'] as const) {
          // From a character boundary only.
          for (const from of [0, text.startsWith(ch) ? ch.length : 1]) {
            if (from <= text.length && letterRunEnd(text, from, kind) !== byRegex(text, from, kind)) differ.push(`${text} ${from} ${kind}`);
          }
        }
      }
    }
    expect(differ).toEqual([]);
  });
});

describe('character classes by hand', () => {
  const codePoints = [...Array.from({ length: 0x10000 }, (_, c) => c), 0x1d400, 0x1d51e, 0x1f600, 0x20000];
  it('isSpace is \\s, skipSpaces the end of a \\s* run', () => {
    const differ = codePoints.filter((c) => c < 0x10000 && isSpace(c) !== /\s/.test(String.fromCharCode(c)));
    expect(differ).toEqual([]);
    expect(skipSpaces('а \u00a0\u2009\tб', 1)).toBe(5);
    expect(skipSpaces('аб', 2)).toBe(2);
  });
  it('isLetterCodePoint is \\p{L}, isLetterOrNumberCodePoint [\\p{L}\\p{N}]; -1 is no character', () => {
    const differ = codePoints.filter((c) => {
      const ch = String.fromCodePoint(c);
      return isLetterCodePoint(c) !== /^\p{L}$/u.test(ch) || isLetterOrNumberCodePoint(c) !== /^[\p{L}\p{N}]$/u.test(ch);
    });
    expect(differ).toEqual([]);
    expect(isLetterCodePoint(-1) || isLetterOrNumberCodePoint(-1)).toBe(false);
  });
  it('isCollapsedSpace is what normaliseSpaces collapses, isUnifiedDash what normaliseDashes makes "-"', () => {
    const differ = codePoints.filter((c) => {
      if (c >= 0x10000) return false;
      const ch = String.fromCharCode(c);
      return isCollapsedSpace(c) !== (normaliseSpaces(`а${ch}б`) === 'а б') || isUnifiedDash(c) !== (ch !== '-' && normaliseDashes(ch) === '-');
    });
    expect(differ).toEqual([]);
  });
});
