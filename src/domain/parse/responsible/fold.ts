/**
 * Fast forms of core/text's text helpers for the short texts of responsible cells (entries,
 * abbreviations, full names): normaliseSpaces and initials, each one scan over character codes
 * instead of several regex passes, plus bounds and comparisons that need no folded copy at all
 * (foldForMatch and foldCompact themselves are core/text's, one scan each). A character a scan
 * does not know (outside ASCII, Ѐ-џ, the common quotes and dashes, №, the Unicode spaces) sends the
 * text to the core helper, so every result is the core helper's. The differential check compares
 * them on every fixture, seed and generated text.
 */
import { isBasicLetter, isCollapsedSpace } from '../../core/letters';
import { foldCompact, initials, normaliseSpaces } from '../../core/text';

/** Quote marks core/text's stripQuotes removes: « » " “ ” „ ‟ ' ‘ ’ ‚ ‛ `. */
function isQuote(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0x60 || c === 0xab || c === 0xbb || (c >= 0x2018 && c <= 0x201f);
}

/** Dashes core/text's normaliseDashes makes "-" (‐ ‑ ‒ – — ― −), the rare full-width ones excepted. */
function isDash(c: number): boolean {
  return (c >= 0x2010 && c <= 0x2015) || c === 0x2212;
}

/** Lower case of printable ASCII and Cyrillic Ѐ-џ: A-Z, А-Я, Ѐ-Џ (what toLowerCase does to them). */
export function lowerKnown(c: number): number {
  if (c >= 0x41 && c <= 0x5a) return c + 0x20;
  if (c >= 0x410 && c <= 0x42f) return c + 0x20;
  if (c >= 0x400 && c <= 0x40f) return c + 0x50;
  return c;
}

/** A letter or digit whose foldCompact form the scan knows, as that form's code; 0 for a character foldCompact drops; -1 otherwise. */
function compactCode(c: number): number {
  if ((c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0x430 && c <= 0x44f)) return c;
  if (c >= 0x410 && c <= 0x42f) return c + 0x20;
  if (c >= 0x41 && c <= 0x5a) return c + 0x20;
  if (c === 0x401 || c === 0x451) return 0x435; // ё → е
  if ((c >= 0x20 && c < 0x7f) || isQuote(c) || isDash(c) || c === 0x2116 || isCollapsedSpace(c)) return 0;
  return -1;
}

/**
 * The first and last characters of foldCompact(text) as one number; 0 when it is ''; -1 when a
 * character this does not know comes first (the text then needs its key).
 */
export function edgeSignature(text: string): number {
  let first = 0;
  let i = 0;
  for (; i < text.length && first === 0; i++) first = compactCode(text.charCodeAt(i));
  if (first <= 0) return first;
  let last = 0;
  for (let j = text.length - 1; j >= i - 1 && last === 0; j--) last = compactCode(text.charCodeAt(j));
  return last < 0 ? -1 : first * 0x10000 + last;
}

/** foldCompact(a) === foldCompact(b), read in place: the letters and digits of both in turn. */
export function sameCompact(a: string, b: string): boolean {
  let i = 0;
  let j = 0;
  for (;;) {
    let x = 0;
    while (i < a.length && (x = compactCode(a.charCodeAt(i))) === 0) i++;
    let y = 0;
    while (j < b.length && (y = compactCode(b.charCodeAt(j))) === 0) j++;
    if (x < 0 || y < 0) return foldCompact(a) === foldCompact(b);
    const endA = i >= a.length;
    const endB = j >= b.length;
    if (endA || endB) return endA && endB;
    if (x !== y) return false;
    i++;
    j++;
  }
}

/**
 * normaliseSpaces(text) for a text whose only spaces between its first and last other characters are
 * single " ": the text without the runs of " " at its ends. `tidy`: the caller knows it is such a text.
 */
export function tidySpaces(text: string, tidy = false): string {
  const s = String(text ?? '');
  const n = s.length;
  let a = 0;
  while (a < n && s.charCodeAt(a) === 0x20) a++;
  let b = n;
  while (b > a && s.charCodeAt(b - 1) === 0x20) b--;
  for (let i = a; i < b && !tidy; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x20 && c < 0xa0) continue;
    if (c === 0x20 ? s.charCodeAt(i + 1) === 0x20 : isCollapsedSpace(c)) return normaliseSpaces(s);
  }
  return a === 0 && b === n ? s : s.slice(a, b);
}

/** core/text's initials(text): the first letter of each run of letters, lower-cased, ё→е. */
export function initialsOf(text: string): string {
  const s = String(text ?? '');
  let out = '';
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const letter = isBasicLetter(c);
    if (!letter && !(c < 0x7f || isQuote(c) || isDash(c) || c === 0x2116 || isCollapsedSpace(c))) return initials(s);
    if (letter && !inWord) out += c === 0x401 || c === 0x451 ? 'е' : String.fromCharCode(lowerKnown(c));
    inWord = letter;
  }
  return out;
}

/**
 * Whether foldForMatch(s) is longer than `limit` for certain: s has more than `limit` characters
 * other than quotes and spaces (folding only drops those, and lower case never shortens a
 * character: checked over every code point). Stops reading once it knows.
 */
export function foldsLongerThan(s: string, limit: number): boolean {
  if (s.length <= limit) return false;
  let kept = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // А-я and the ASCII characters other than controls, spaces and quotes: kept, known at once.
    const plain = (c >= 0x410 && c <= 0x44f) || (c >= 0x28 && c <= 0x7e && c !== 0x60) || c === 0x21 || (c >= 0x23 && c <= 0x26);
    if ((plain || (!isQuote(c) && !isCollapsedSpace(c))) && ++kept > limit) return true;
  }
  return false;
}
