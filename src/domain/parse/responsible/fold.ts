/**
 * Fast forms of core/text's foldForMatch and foldCompact for the short texts of responsible cells
 * (entries, abbreviations). Each is one scan over the lower-cased text instead of five regex passes;
 * a character the scan does not know (a rare space, a dash or quote outside the common ones) sends
 * the text to the general helper, so the result is always the same.
 */
import { foldCompact, foldForMatch, initials, normaliseSpaces } from '../../core/text';

/** Quote marks core/text's stripQuotes removes: « » " “ ” „ ‟ ' ‘ ’ ‚ ‛ `. */
function isQuote(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0x60 || c === 0xab || c === 0xbb || (c >= 0x2018 && c <= 0x201f);
}

/** Dashes core/text's normaliseDashes makes "-" (‐ ‑ ‒ – — ― −), the rare full-width ones excepted. */
function isDash(c: number): boolean {
  return (c >= 0x2010 && c <= 0x2015) || c === 0x2212;
}

/** A character whose lower case, quote, dash and space handling the scan knows: printable ASCII, Cyrillic, quotes, dashes, №. */
function isKnown(c: number): boolean {
  return (c >= 0x20 && c < 0x7f) || (c >= 0x400 && c <= 0x45f) || isQuote(c) || isDash(c) || c === 0x2116;
}

/** A character that folds to itself: printable ASCII but quotes, lower-case Cyrillic but ё, №. */
function isPlain(c: number): boolean {
  return (c > 0x20 && c < 0x7f && c !== 0x22 && c !== 0x27 && c !== 0x60) || (c >= 0x430 && c <= 0x44f) || c === 0x2116;
}

/** foldForMatch(text): lower case, ё→е, quotes removed, dashes "-", spaces collapsed and trimmed. */
export function foldName(text: string): string {
  const s = String(text ?? '');
  const l = s.toLowerCase();
  // A character whose lower case is longer (İ) or a text with such marks: the general helper.
  if (l.length !== s.length) return foldForMatch(s);
  const n = l.length;
  let i = 0;
  // Most names fold to their lower case: plain characters and single spaces between them.
  for (; i < n; i++) {
    const c = l.charCodeAt(i);
    if (isPlain(c)) continue;
    if (c === 0x20 && i > 0 && i + 1 < n && l.charCodeAt(i + 1) !== 0x20) continue;
    break;
  }
  if (i === n) return l;
  // Copy runs of plain characters; spaces, quotes, dashes and ё break a run.
  let out = '';
  let from = 0; // start of the run of plain characters not copied yet
  let space = false; // a space is owed before the next character kept
  const flush = (to: number) => {
    if (to <= from) return;
    if (space) out += ' ';
    out += l.slice(from, to);
    space = false;
  };
  for (i = 0; i < n; i++) {
    const c = l.charCodeAt(i);
    if (isPlain(c)) continue;
    if (!isKnown(c)) return foldForMatch(s);
    flush(i);
    from = i + 1;
    if (c === 0x20) space = out !== '';
    else if (!isQuote(c)) {
      if (space) out += ' ';
      out += isDash(c) ? '-' : c === 0x451 ? 'е' : l[i];
      space = false;
    }
  }
  flush(n);
  return out;
}

/**
 * A key equal for two texts exactly when their foldCompact is: lower case with ё→е, then only
 * letters and digits. (Quotes, dashes and spaces, which foldForMatch changes, are neither.)
 */
export function compactName(text: string): string {
  const s = String(text ?? '');
  const l = s.toLowerCase();
  if (l.length !== s.length) return foldCompact(s);
  let out = '';
  let from = 0;
  for (let i = 0; i < l.length; i++) {
    const c = l.charCodeAt(i);
    // Letters and digits stay: a-z, 0-9, а-я.
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x430 && c <= 0x44f)) continue;
    // Not letters nor digits: ASCII punctuation and space, quotes, dashes, №.
    const drop = (c >= 0x20 && c < 0x7f) || isQuote(c) || isDash(c) || c === 0x2116;
    if (!drop && c !== 0x451) return foldCompact(s);
    out += l.slice(from, i);
    if (c === 0x451) out += 'е';
    from = i + 1;
  }
  return from === 0 ? l : out + l.slice(from);
}

/** Spaces core/text's normaliseSpaces turns into one " " (besides " "): \t \n \v \f \r and the Unicode ones. */
function isOtherSpace(c: number): boolean {
  if (c < 0xa0) return c >= 0x09 && c <= 0x0d;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    c === 0x180e ||
    (c >= 0x2000 && c <= 0x200b) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** normaliseSpaces(text) for a text whose only spaces are single " ": the text without those at its ends. */
export function tidySpaces(text: string): string {
  const s = String(text ?? '');
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x20 && c < 0xa0) continue;
    if (c === 0x20 ? i + 1 < n && s.charCodeAt(i + 1) === 0x20 : isOtherSpace(c)) return normaliseSpaces(s);
  }
  let start = 0;
  let end = n;
  if (start < end && s.charCodeAt(start) === 0x20) start++;
  if (end > start && s.charCodeAt(end - 1) === 0x20) end--;
  return start === 0 && end === n ? s : s.slice(start, end);
}

/** core/text's initials(text): the first letter of each run of letters, lower-cased, ё→е. */
export function initialsOf(text: string): string {
  const s = String(text ?? '');
  let out = '';
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const letter = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x400 && c <= 0x45f);
    if (!letter && !(c < 0x7f || isQuote(c) || isDash(c) || c === 0x2116 || isOtherSpace(c))) return initials(s);
    if (letter && !inWord) out += c === 0x401 || c === 0x451 ? 'е' : s[i].toLowerCase();
    inWord = letter;
  }
  return out;
}

/** How many characters of the text foldForMatch may drop: quotes and spaces (a run of spaces keeps at most one). */
export function droppedByFold(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x20 || isQuote(c) || isOtherSpace(c)) n++;
  }
  return n;
}
