import { letterRunEnd } from '../../../src/domain/core/letters';

/** The definition letterRunEnd follows. */
function byRegex(text: string, from: number, hyphens: boolean): number {
  const re = hyphens ? /[\p{L}-]*/uy : /\p{L}*/uy;
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
        for (const hyphens of [false, true]) {
          // From a character boundary only.
          for (const from of [0, text.startsWith(ch) ? ch.length : 1]) {
            if (from <= text.length && letterRunEnd(text, from, hyphens) !== byRegex(text, from, hyphens)) differ.push(`${text} ${from} ${hyphens}`);
          }
        }
      }
    }
    expect(differ).toEqual([]);
  });
});
