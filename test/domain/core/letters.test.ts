import { letterRunEnd, type LetterKind } from '../../../src/domain/core/letters';

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
