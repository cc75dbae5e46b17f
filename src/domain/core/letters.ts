/**
 * Runs of letters (`\p{L}`) found by hand for the usual Cyrillic and Latin text. V8 spends ~0.4 ms
 * compiling each `\p{L}` of a regex (the class is large), which a short check pays at start-up; a
 * character this does not know is left to the regex, so the result is always that of `\p{L}`.
 */

/**
 * What counts: `\p{L}` of a `u` regex, `\p{L}` of an `iu` one (one more character, U+0345, which
 * folds to «ι»), or `[\p{L}-]` of a `u` one.
 */
export type LetterKind = 'letters' | 'caseless' | 'hyphens';

// Compiled only when a text holds a character the scan below does not know.
const RUN: Record<LetterKind, RegExp> = { letters: /\p{L}*/uy, caseless: /\p{L}*/iuy, hyphens: /[\p{L}-]*/uy };

/** A–Z, a–z and Cyrillic U+0400–U+045F (А–я, Ё, ё and the other letters of that block): all `\p{L}`. */
export function isBasicLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0x400 && c <= 0x45f);
}

/** Other ASCII, no-break space, «», °, ·, dashes, quotes, bullets, line separators, «№»: none is `\p{L}`. */
function isBasicNonLetter(c: number): boolean {
  return c < 128 || c === 0xa0 || c === 0xab || c === 0xbb || c === 0xb0 || c === 0xb7 || (c >= 0x2010 && c <= 0x2029) || c === 0x2116;
}

/**
 * Whether the code unit `c` is a letter or a number (`[\p{L}\p{N}]`), when it is a character of
 * the usual text; undefined for any other (the caller then asks a regex).
 */
export function basicLetterOrNumber(c: number): boolean | undefined {
  if (isBasicLetter(c) || (c >= 48 && c <= 57)) return true;
  return isBasicNonLetter(c) ? false : undefined;
}

/** A lower-case basic letter: a–z, а–я, ё and the rest of U+0430–U+045F (its upper case differs from it). */
export function isBasicLower(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 0x430 && c <= 0x45f);
}

/**
 * The end of the run of letters of the kind starting at `from`: where the sticky RUN[kind] match from
 * there ends. `from` is at a character boundary.
 */
export function letterRunEnd(text: string, from: number, kind: LetterKind = 'letters'): number {
  const hyphens = kind === 'hyphens';
  let i = from;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (isBasicLetter(c) || (hyphens && c === 45)) {
      i++;
      continue;
    }
    if (isBasicNonLetter(c)) return i;
    const re = RUN[kind];
    re.lastIndex = i;
    re.exec(text); // always matches, possibly the empty string
    return re.lastIndex;
  }
  return i;
}

/** JavaScript's `\s` (also under /u, and what trim() removes): WhiteSpace and LineTerminator. */
export function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** A space core/text's normaliseSpaces collapses into one " ": `\s`, U+180E and U+200B. */
export function isCollapsedSpace(c: number): boolean {
  return isSpace(c) || c === 0x180e || c === 0x200b;
}

export const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** The value of the digit 0-9 at s[i], -1 for any other character (or none). */
export const digitAt = (s: string, i: number): number => {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
};

/** The position after the `\s*` run from `i`. */
export function skipSpaces(t: string, i: number): number {
  while (i < t.length && isSpace(t.charCodeAt(i))) i++;
  return i;
}

const LETTER_UNIT = /^\p{L}$/u;
const LETTER_OR_NUMBER_UNIT = /^[\p{L}\p{N}]$/u;
// Per BMP code unit, learnt on first sight (a /u test each time is slow): bit 1 known, bit 2 `\p{L}`, bit 4 `[\p{L}\p{N}]`.
const UNIT_CLASS = new Uint8Array(0x10000);

function unitClass(c: number): number {
  let k = UNIT_CLASS[c];
  if (k === 0) {
    const ch = String.fromCharCode(c);
    k = 1 | (LETTER_UNIT.test(ch) ? 2 : 0) | (LETTER_OR_NUMBER_UNIT.test(ch) ? 4 : 0);
    UNIT_CLASS[c] = k;
  }
  return k;
}

/** `\p{L}` of a `u` regex for a code point (-1, "no character", is none). */
export function isLetterCodePoint(cp: number): boolean {
  if (cp < 0) return false;
  if (cp < 0x10000) return isBasicLetter(cp) || (unitClass(cp) & 2) !== 0;
  return LETTER_UNIT.test(String.fromCodePoint(cp));
}

/** `[\p{L}\p{N}]` of a `u` regex for a code point (-1 is none). */
export function isLetterOrNumberCodePoint(cp: number): boolean {
  if (cp < 0) return false;
  if (cp < 0x10000) return isBasicLetter(cp) || isDigit(cp) || (unitClass(cp) & 4) !== 0;
  return LETTER_OR_NUMBER_UNIT.test(String.fromCodePoint(cp));
}
