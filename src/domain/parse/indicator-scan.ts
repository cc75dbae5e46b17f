/**
 * Tests the indicator parser makes at a position of its text, by hand. They replace small regexes
 * run on slices of the text (`/^\s*%/.test(t.slice(i))`, `/№\s*$/.test(before)`), which cost a copy
 * and a regex call for every number of every indicator, and `\p{L}` classes, which cost V8 ~0.4 ms
 * each to compile at start-up. Characters outside the usual Cyrillic and Latin text are left to the
 * regexes they stand for.
 */
import { basicLetterOrNumber, isBasicLetter, isDigit, isSpace, letterRunEnd, skipSpaces } from '../core/letters';
import { isMaskMark, lowerYo } from '../core/text';

/** A letter (`\p{L}`) starts at `i`, a character boundary. */
export const letterAt = (t: string, i: number): boolean => letterRunEnd(t, i) > i;

const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;
const JOINS_NUMBER = /[\p{L}\p{N}.,/№#+]/u;

/** The code unit at `i` matches `/[\p{L}\p{N}]/u` (with `marks`: `/[\p{L}\p{N}.,/№#+]/u`). */
export function letterOrNumberUnit(t: string, i: number, marks = false): boolean {
  const c = t.charCodeAt(i);
  if (marks && (c === 0x2e || c === 0x2c || c === 0x2f || c === 0x2116 || c === 0x23 || c === 0x2b)) return true;
  const known = basicLetterOrNumber(c);
  if (known !== undefined) return known;
  return (marks ? JOINS_NUMBER : LETTER_OR_NUMBER).test(t[i]);
}

/** The word of letters after `\s*` at `i` (what `/^\s*(\p{L}+)/u` captures there), or null. */
export function wordAfter(t: string, i: number): string | null {
  const start = skipSpaces(t, i);
  const end = letterRunEnd(t, start);
  return end > start ? t.slice(start, end) : null;
}

/**
 * `(?<!\p{L})` at `i` in a `u` regex (`iu` with `caseless`) run on `t.slice(lo)`: the code point
 * before `i`, from `lo` on, is not a letter.
 */
export function noLetterBefore(t: string, i: number, lo = 0, caseless = false): boolean {
  if (i <= lo) return true;
  const c = t.charCodeAt(i - 1);
  if (isDigit(c)) return true;
  const known = basicLetterOrNumber(c);
  if (known !== undefined) return !known;
  return !(caseless ? /\p{L}$/iu : /\p{L}$/u).test(t.slice(Math.max(lo, i - 2), i));
}

const ORDINAL_ENDINGS = ['х', 'го', 'й', 'м', 'ми', 'е', 'я', 'ый', 'ий', 'ой', 'ом', 'ая', 'ое', 'ые', 'ых', 'их', 'ти', 'му', 'ым', 'ю'];

const ENDING_STARTS = [...'хгймеяыиоатю'].map((ch) => ch.charCodeAt(0));

/**
 * An ordinal ending follows at `i` («5-го», «3х», «2 ой»): `/^-?\s?(?:х|го|…|ю)(?!\p{L})/u`. The dash
 * and the space are taken whenever they are there (no ending starts with either).
 */
export function ordinalAt(t: string, i: number): boolean {
  let p = i;
  if (t.charCodeAt(p) === 45) p++;
  if (p < t.length && isSpace(t.charCodeAt(p))) p++;
  if (!ENDING_STARTS.includes(t.charCodeAt(p))) return false;
  for (const e of ORDINAL_ENDINGS) if (t.startsWith(e, p) && !letterAt(t, p + e.length)) return true;
  return false;
}

/**
 * The text before `i`, from `lo` on, ends with a number sign: `(?<!\p{L})(?:N|No|Nº)\.?\s*$` or
 * `№\s*$` over `t.slice(lo, i)` (so the look-behind sees nothing before `lo`).
 */
export function numberSignBefore(t: string, lo: number, i: number): boolean {
  let p = i;
  while (p > lo && isSpace(t.charCodeAt(p - 1))) p--;
  if (p === lo) return false;
  if (t.charCodeAt(p - 1) === 0x2116) return true;
  if (t.charCodeAt(p - 1) === 0x2e) p--;
  if (p === lo) return false;
  const last = t.charCodeAt(p - 1);
  if (last === 0x6f || last === 0xba) {
    if (p - 1 === lo || t.charCodeAt(p - 2) !== 0x4e) return false;
    p -= 2;
  } else if (last === 0x4e) p--;
  else return false;
  return noLetterBefore(t, p, lo);
}

/** DE_O: the text may hold «до» (changeTarget needs it); O_DE: «од» (halfYear needs «полугод»). */
export const DE_O = 1;
export const O_DE = 2;

/** What one pass over an indicator's text tells. */
export interface Survey {
  /**
   * The text has none of what prepare changes: no «<», «&», «*», «_», dashes, «％», no space but the
   * plain one, no two spaces in a row, none at an end; stripHtml, normaliseDashes and normaliseSpaces
   * then return it as it is. Only ASCII, U+0400–U+045F, «», «№» count as plain.
   */
  plain: boolean;
  /**
   * DE_O and O_DE: which of «до» and «од» the text may hold as a case-insensitive regex reads them
   * (д, Д or a rarer letter folding to «д», the same for «о»). Only ASCII, U+0400–U+045F, «», «№»,
   * «–», «—» are known: any other character answers both.
   */
  found: number;
  /** The first of , ; « „ ‹ » › ” “ " ( ) — what core/text's topLevelMask looks at — or -1. */
  firstMark: number;
}

export function survey(t: string): Survey {
  let plain = !(t.length > 0 && (t.charCodeAt(0) === 32 || t.charCodeAt(t.length - 1) === 32));
  let found = 0;
  let firstMark = -1;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 0x430 && c <= 0x44f && c !== 0x434) continue; // most characters: а–я but «д»
    if (firstMark < 0 && isMaskMark(c)) firstMark = i;
    if (c < 128) {
      if (c === 60 || c === 38 || c === 42 || c === 95 || c < 32 || (c === 32 && t.charCodeAt(i + 1) === 32)) plain = false;
    } else if ((c >= 0x400 && c <= 0x45f) || c === 0xab || c === 0xbb || c === 0x2116) {
      if (c !== 0x434 && c !== 0x414) continue;
      const next = t.charCodeAt(i + 1);
      const prev = i > 0 ? t.charCodeAt(i - 1) : 0;
      if (next === 0x43e || next === 0x41e) found |= DE_O;
      if (prev === 0x43e || prev === 0x41e) found |= O_DE;
    } else {
      plain = false;
      if (c !== 0x2013 && c !== 0x2014) found = DE_O | O_DE;
    }
  }
  return { plain, found, firstMark };
}

export const isPlain = (t: string): boolean => survey(t).plain;
export const deO = (t: string): number => survey(t).found;

/** Where CLAUSE_END (`/[.;:!?()[\]{}«»"„“”]|\s-\s|\s-(?=\d)/`) first matches from `from`, or the text's length. */
export function clauseEnd(t: string, from: number): number {
  for (let i = from; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (isClauseMark(c)) return i;
    if (isSpace(c) && t.charCodeAt(i + 1) === 45) {
      const after = t.charCodeAt(i + 2);
      if (isSpace(after) || isDigit(after)) return i;
    }
  }
  return t.length;
}

/** . ; : ! ? ( ) [ ] { } « » " „ “ ” */
function isClauseMark(c: number): boolean {
  switch (c) {
    case 0x2e:
    case 0x3b:
    case 0x3a:
    case 0x21:
    case 0x3f:
    case 0x28:
    case 0x29:
    case 0x5b:
    case 0x5d:
    case 0x7b:
    case 0x7d:
    case 0xab:
    case 0xbb:
    case 0x22:
    case 0x201e:
    case 0x201c:
    case 0x201d:
      return true;
    default:
      return false;
  }
}

/**
 * A sufficient test for GE_NOT_RE on lowerYo(t.slice(lo, end)): it ends with «не менее» (any case)
 * and spaces, after nothing or a character that is no letter. False sends the text to the regex.
 */
export function endsWithNotLess(t: string, lo: number, end: number): boolean {
  let p = end;
  while (p > lo && isSpace(t.charCodeAt(p - 1))) p--;
  if (!endsWithWord(t, lo, p, 'менее')) return false;
  p -= 5;
  const spacesEnd = p;
  while (p > lo && isSpace(t.charCodeAt(p - 1))) p--;
  if (p === spacesEnd || !endsWithWord(t, lo, p, 'не')) return false;
  p -= 2;
  return p === lo || basicLetterOrNumber(t.charCodeAt(p - 1)) === false || isDigit(t.charCodeAt(p - 1));
}

/** t[lo, end) ends with `word` (lower-case а–я), each letter in either case. */
function endsWithWord(t: string, lo: number, end: number, word: string): boolean {
  if (end - lo < word.length) return false;
  for (let k = 0; k < word.length; k++) {
    const c = t.charCodeAt(end - word.length + k);
    const w = word.charCodeAt(k);
    if (c !== w && c !== w - 32) return false;
  }
  return true;
}

// The words the qualifier patterns of indicator.ts (GE_NOT_RE … BY_RE) can end with, before their
// trailing spaces: the last words of their keywords, «чем» and the prepositions of PREP_TAIL.
const QUALIFIER_ENDS = new Set([
  'менее',
  'меньше',
  'ниже',
  'реже',
  'более',
  'больше',
  'выше',
  'чаще',
  'свыше',
  'от',
  'минимум',
  'мере',
  'бы',
  'максимум',
  'чем',
  'в',
  'во',
  'на',
  'у',
  'для',
  'среди',
  'из',
  'с',
  'со',
  'до',
]);

/**
 * False when no qualifier pattern can match lowerYo(t.slice(lo, end)). Each ends (before spaces)
 * with a whole word from QUALIFIER_ENDS (or «превыша…»), or with one of ≥ > = ≤ <: a text ending
 * in another word of the usual letters, in a digit or in other punctuation has no qualifier. True
 * when it may have one, and when a rarer character leaves it open.
 */
export function mayEndWithQualifier(t: string, lo: number, end: number): boolean {
  let p = end;
  while (p > lo && isSpace(t.charCodeAt(p - 1))) p--;
  if (p === lo) return false; // spaces only: every pattern needs a word or a sign
  const c = t.charCodeAt(p - 1);
  if (c === 0x2265 || c === 0x3e || c === 0x3d || c === 0x2264 || c === 0x3c) return true;
  if (!isBasicLetter(c)) return basicLetterOrNumber(c) === undefined;
  let q = p - 1;
  while (q > lo && isBasicLetter(t.charCodeAt(q - 1))) q--;
  if (q > lo && basicLetterOrNumber(t.charCodeAt(q - 1)) === undefined) return true;
  const word = lowerYo(t.slice(q, p));
  return QUALIFIER_ENDS.has(word) || word.startsWith('превыша');
}

/** parseDecimal of the `\d+(?:[.,]\d+)?` token t[idx, end), without its regex. */
export function decimalValue(t: string, idx: number, end: number): number | null {
  if (end - idx <= 9) {
    // A whole number of up to nine digits is exact: summed by hand.
    let n = 0;
    for (let i = idx; i < end; i++) {
      const c = t.charCodeAt(i);
      if (!isDigit(c)) return Number(t.slice(idx, end).replace(',', '.'));
      n = n * 10 + (c - 48);
    }
    return n;
  }
  const n = Number(t.slice(idx, end).replace(',', '.'));
  return Number.isFinite(n) ? n : null;
}

/** `/^\s?-\s?\d/` at `i`. */
export function rangeAt(t: string, i: number): boolean {
  let p = i;
  if (isSpace(t.charCodeAt(p))) p++;
  if (t.charCodeAt(p) !== 45) return false;
  p++;
  if (isSpace(t.charCodeAt(p))) p++;
  return isDigit(t.charCodeAt(p));
}

/** `/(?:^|[;:]\s*)$/` over t.slice(lo, i): nothing before, or a «;» or «:» and spaces. */
export function listMarkBefore(t: string, lo: number, i: number): boolean {
  if (i === lo) return true;
  let p = i;
  while (p > lo && isSpace(t.charCodeAt(p - 1))) p--;
  const c = p > lo ? t.charCodeAt(p - 1) : -1;
  return c === 0x3b || c === 0x3a;
}
