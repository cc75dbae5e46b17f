/**
 * Runs of letters (`\p{L}`) found by hand for the usual Cyrillic and Latin text. V8 spends ~0.4 ms
 * compiling each `\p{L}` of a regex (the class is large), which a short check pays at start-up; a
 * character this does not know is left to the regex, so the result is always that of `\p{L}`.
 */

// Compiled only when a text holds a character the scan below does not know.
const LETTERS = /\p{L}*/uy;
const LETTERS_OR_HYPHENS = /[\p{L}-]*/uy;

/** A–Z, a–z and Cyrillic U+0400–U+045F (А–я, Ё, ё and the other letters of that block): all `\p{L}`. */
function isBasicLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0x400 && c <= 0x45f);
}

/** Other ASCII, no-break space, «», °, ·, dashes, quotes, bullets, line separators, «№»: none is `\p{L}`. */
function isBasicNonLetter(c: number): boolean {
  return c < 128 || c === 0xa0 || c === 0xab || c === 0xbb || c === 0xb0 || c === 0xb7 || (c >= 0x2010 && c <= 0x2029) || c === 0x2116;
}

/**
 * The end of the run of letters (and hyphens with `hyphens`) starting at `from`: where the sticky
 * LETTERS (LETTERS_OR_HYPHENS) match from there ends. `from` is at a character boundary.
 */
export function letterRunEnd(text: string, from: number, hyphens = false): number {
  let i = from;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (isBasicLetter(c) || (hyphens && c === 45)) {
      i++;
      continue;
    }
    if (isBasicNonLetter(c)) return i;
    const re = hyphens ? LETTERS_OR_HYPHENS : LETTERS;
    re.lastIndex = i;
    re.exec(text); // always matches, possibly the empty string
    return re.lastIndex;
  }
  return i;
}
