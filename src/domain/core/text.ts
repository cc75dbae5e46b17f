/**
 * Small text helpers shared by the free-text parsers (indicators, responsible bodies, school names,
 * tracking cells). Pure ES2020: no Intl time zones, no Node or DOM.
 *
 * JavaScript's \b only knows ASCII letters, so Russian word boundaries are written with
 * look-arounds over \p{L} (see WORD_START / WORD_END).
 */
import { isLetterOrNumberCodePoint, isSpace } from './letters';

/** Use inside a `u` regex: the position is not preceded by a letter or digit. */
export const WORD_START = '(?<![\\p{L}\\p{N}])';
/** Use inside a `u` regex: the position is not followed by a letter or digit. */
export const WORD_END = '(?![\\p{L}\\p{N}])';

// Every kind of space a Word/PDF copy brings: NBSP, thin and figure spaces, zero-width ones, BOM.
const SPACE_RUN = /[\s\u00A0\u1680\u180E\u2000-\u200B\u2028\u2029\u202F\u205F\u3000\uFEFF]+/g;
const INLINE_SPACE_RUN = /[ \t\f\v\u00A0\u1680\u180E\u2000-\u200B\u202F\u205F\u3000\uFEFF]+/g;

// What normaliseSpaces changes: a space character other than " ", two spaces, a space at an end.
// Spaces at the ends are tested by hand (spaceAtAnEnd): the anchored alternatives slow the scan down.
const UNTIDY_SPACE = /[\t\n\v\f\r\u00A0\u1680\u180E\u2000-\u200B\u2028\u2029\u202F\u205F\u3000\uFEFF]| {2}/;

/** The text starts or ends with a plain space. */
export const spaceAtAnEnd = (s: string): boolean => s.length > 0 && (s.charCodeAt(0) === 32 || s.charCodeAt(s.length - 1) === 32);

/**
 * `s.trim()`, without the copy trim makes of a short string that has no space at either end (the
 * common case, on paths that run a row). isSpace is exactly the set trim removes.
 */
export function trimmed(s: string): string {
  return s.length > 0 && (isSpace(s.charCodeAt(0)) || isSpace(s.charCodeAt(s.length - 1))) ? s.trim() : s;
}

/** Collapses every run of whitespace (line breaks included) into one space and trims. */
export function normaliseSpaces(text: string): string {
  const s = String(text ?? '');
  // Most cells are tidy already: one scan, no copy.
  if (!spaceAtAnEnd(s) && !UNTIDY_SPACE.test(s)) return s;
  return s.replace(SPACE_RUN, ' ').trim();
}

/** Keeps line breaks but trims each line, collapses spaces inside lines and drops empty lines. */
export function normaliseLines(text: string): string {
  return String(text ?? '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u2028\u2029]/g, '\n')
    .split('\n')
    .map((line) => line.replace(INLINE_SPACE_RUN, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

/** Every dash and minus sign (‐ ‑ ‒ – — ― −) becomes "-". */
/** A dash normaliseDashes makes "-": ‐ ‑ ‒ – — ― − and the small and full-width hyphen-minus. */
export function isUnifiedDash(c: number): boolean {
  return (c >= 0x2010 && c <= 0x2015) || c === 0x2212 || c === 0xfe58 || c === 0xfe63 || c === 0xff0d;
}

export function normaliseDashes(text: string): string {
  return String(text ?? '').replace(/[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g, '-');
}

const QUOTES = /[«»"“”„‟'‘’‚‛`]/g;

/** Removes quote marks of every kind. */
export function stripQuotes(text: string): string {
  return String(text ?? '').replace(QUOTES, '');
}

/**
 * The form used to compare texts written by different people: lower case, ё→е, quotes removed,
 * dashes unified, whitespace and line breaks collapsed.
 */
export function foldForMatch(text: string): string {
  const s = String(text ?? '');
  return foldScan(s, false) ?? foldForMatchSlow(s);
}

/** foldForMatch without any spaces or punctuation: only letters and digits remain ("СШ №21" = "сш 21"). */
export function foldCompact(text: string): string {
  const s = String(text ?? '');
  return foldScan(s, true) ?? foldForMatchSlow(s).replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The definition of foldForMatch, five passes; foldScan gives the same in one, and falls back to it. */
function foldForMatchSlow(s: string): string {
  return normaliseSpaces(normaliseDashes(stripQuotes(s).toLowerCase().replace(/ё/g, 'е')));
}

// What foldScan does with a code unit (after toLowerCase): keep it, drop it (a quote), or replace it.
const KEEP = 0;
const QUOTE = 1;
const DASH = 2;
const SPACE = 3;
const YO = 4;
// A surrogate or a capital sigma: toLowerCase of the whole text is not the same as that of its pieces
// (a pair split by a quote, the final-sigma rule), so such a text takes the five-pass path.
const UNSAFE = 5;

function charKind(c: number): number {
  if (c < 0x80) {
    if (c === 0x20 || (c >= 9 && c <= 13)) return SPACE;
    return c === 0x22 || c === 0x27 || c === 0x60 ? QUOTE : KEEP;
  }
  if (c < 0x2000) {
    if (c === 0xab || c === 0xbb) return QUOTE;
    if (c === 0x451) return YO;
    if (c === 0x3c2 || c === 0x3c3) return UNSAFE; // ς σ: what a capital sigma becomes
    return c === 0xa0 || c === 0x1680 || c === 0x180e ? SPACE : KEEP;
  }
  if (c <= 0x200b) return SPACE;
  if (c >= 0x2010 && c <= 0x2015) return DASH;
  if (c >= 0x2018 && c <= 0x201f) return QUOTE;
  if (c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff) return SPACE;
  if (c === 0x2212 || c === 0xfe58 || c === 0xfe63 || c === 0xff0d) return DASH;
  return c >= 0xd800 && c <= 0xdfff ? UNSAFE : KEEP;
}

/** A letter or digit foldCompact keeps: ASCII and а-я by hand, the rest as `[\p{L}\p{N}]` (core/letters). */
function isLetterOrDigit(c: number): boolean {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
  if (c >= 0x430 && c <= 0x44f) return true;
  return isLetterOrNumberCodePoint(c);
}

/**
 * foldForMatch (and with `compact`, foldCompact) as the native toLowerCase and one scan: quotes dropped,
 * ё→е, dashes to "-", space runs to one space, no space at the ends; compact keeps letters and digits only.
 * Replaces five regex passes. Dropping quotes after lower-casing instead of before changes nothing
 * unless the text holds a capital sigma or a surrogate: then null, and the caller takes the old path.
 */
function foldScan(s: string, compact: boolean): string | null {
  const low = s.toLowerCase();
  let out = '';
  let from = 0; // low[from, i) is copied as it is
  let any = false; // something is written already (a space may follow it)
  let lastSpace = false; // what is written ends with a space
  for (let i = 0; i < low.length; i++) {
    const c = low.charCodeAt(i);
    const kind = charKind(c);
    if (kind === KEEP && (!compact || isLetterOrDigit(c))) {
      any = true;
      lastSpace = false;
      continue;
    }
    if (kind === UNSAFE) return null;
    // A plain space after a written character stays where it is.
    if (kind === SPACE && c === 0x20 && !compact && any && !lastSpace) {
      lastSpace = true;
      continue;
    }
    out += low.slice(from, i);
    from = i + 1;
    if (kind === SPACE && !compact && any && !lastSpace) {
      out += ' ';
      lastSpace = true;
    } else if (kind === YO || (kind === DASH && !compact)) {
      out += kind === YO ? 'е' : '-';
      any = true;
      lastSpace = false;
    }
  }
  const folded = from === 0 ? low : out + low.slice(from);
  return lastSpace ? folded.slice(0, -1) : folded;
}

const ENTITIES: Record<string, string> = {
  nbsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  laquo: '«',
  raquo: '»',
  ndash: '–',
  mdash: '—',
  hellip: '…',
};

/**
 * Removes HTML tags some tables carry (<p>, <ul><li>, <br>) and decodes the common entities.
 * Block tags become line breaks so list items stay apart.
 */
export function stripHtml(text: string): string {
  const s = String(text ?? '');
  if (!/[<&]/.test(s)) return s;
  return s
    .replace(/<\s*(?:br|\/p|\/li|\/div|\/tr|\/h\d)\s*\/?>/gi, '\n')
    .replace(/<\s*li\b[^>]*>/gi, '\n')
    .replace(/<\/?[a-zA-Z][^<>]*>/g, '')
    .replace(/&(#x[0-9a-fA-F]{1,6}|#\d{1,7}|[a-zA-Z]{2,8});/g, (whole, code: string) => {
      if (code[0] === '#') {
        const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
        return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : whole;
      }
      return ENTITIES[code.toLowerCase()] ?? whole;
    });
}

/** True for null, undefined, empty and whitespace-only text. */
export function isBlank(text: string | null | undefined): boolean {
  return text === null || text === undefined || normaliseSpaces(text) === '';
}

/** Parses "12", "12,5", "12.5" (decimal comma or point); null when the text is not such a number. */
export function parseDecimal(text: string): number | null {
  const m = /^\s*(\d+)(?:[.,](\d+))?\s*$/.exec(String(text ?? ''));
  if (!m) return null;
  const n = Number(m[2] === undefined ? m[1] : `${m[1]}.${m[2]}`);
  return Number.isFinite(n) ? n : null;
}

// Stems of the numerals 1–10 in every case and gender ("двух", "трём", "пятью"...).
const NUMBER_WORDS: [RegExp, number][] = [
  [/^(?:один|одна|одно|одного|одной|одному|одним|одном|одну)$/, 1],
  [/^(?:два|две|двух|двум|двумя)$/, 2],
  [/^(?:три|трех|трем|тремя)$/, 3],
  [/^(?:четыре|четырех|четырем|четырьмя)$/, 4],
  [/^(?:пять|пяти|пятью)$/, 5],
  [/^(?:шесть|шести|шестью)$/, 6],
  [/^(?:семь|семи|семью)$/, 7],
  [/^(?:восемь|восьми|восемью|восьмью)$/, 8],
  [/^(?:девять|девяти|девятью)$/, 9],
  [/^(?:десять|десяти|десятью)$/, 10],
];

/** A Russian cardinal 1–10 written as a word, in any case ("двух" → 2); null otherwise. */
export function wordNumber(word: string): number | null {
  const w = String(word ?? '')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .trim();
  for (const [re, n] of NUMBER_WORDS) if (re.test(w)) return n;
  return null;
}

// Every spelling of a month a table uses: full forms in any case ("март", "марта", "марте"), short forms.
const MONTH_FORMS: RegExp[] = [
  /^янв(?:ар[ьяюе])?$/,
  /^фев(?:р|рал[ьяюе])?$/,
  /^мар(?:т|та|те|ту)?$/,
  /^апр(?:ел[ьяюе])?$/,
  /^ма[йяюе]$/,
  /^июн[ьяюе]?$/,
  /^июл[ьяюе]?$/,
  /^авг(?:уст|уста|усте|усту)?$/,
  /^сен(?:т|тябр[ьяюе])?$/,
  /^окт(?:ябр[ьяюе])?$/,
  /^ноя(?:б|бр[ьяюе])?$/,
  /^дек(?:абр[ьяюе])?$/,
];

/** Month number (1–12) of a Russian month word in any case or its short form ("марта", "сент."). */
export function monthFromWord(word: string): number | null {
  const w = lowerYo(String(word ?? '').trim()).replace(/\.$/, '');
  for (let i = 0; i < MONTH_FORMS.length; i++) if (MONTH_FORMS[i].test(w)) return i + 1;
  return null;
}

/** , ; « „ ‹ » › ” “ " ( ) — the characters topLevelMask looks at (a scan that skips to the first of them uses it too). */
export function isMaskMark(c: number): boolean {
  switch (c) {
    case 0x2c:
    case 0x3b:
    case 0xab:
    case 0x201e:
    case 0x2039:
    case 0xbb:
    case 0x203a:
    case 0x201d:
    case 0x201c:
    case 0x22:
    case 0x28:
    case 0x29:
      return true;
    default:
      return false;
  }
}

const OPENERS = '«„‹';
const CLOSERS = '»›”';

/**
 * For each character, whether it stands outside every quoted span (and, with `parens`, outside
 * every parenthesis). Quote marks themselves count as inside. Handles «», „“, “”, and the
 * direction-less " by looking at its neighbours.
 *
 * Copies from Word often leave a quote unclosed: «МБОУ «Гимназия № 1 им. Н.М., МБОУ «СШ № 40»».
 * A comma or semicolon followed by an organisation prefix and an opening quote ("…, МБОУ «")
 * therefore ends every open quote: a new name starts there.
 */
export function topLevelMask(text: string, options: { parens?: boolean } = {}): boolean[] {
  const s = String(text ?? '');
  const mask: boolean[] = new Array(s.length);
  const stack: string[] = [];
  let parens = 0;
  for (let i = 0; i < s.length; i++) {
    // Most characters are none of the marks below: their place follows from the open quotes and parentheses.
    if (!isMaskMark(s.charCodeAt(i))) {
      mask[i] = stack.length === 0 && parens === 0;
      continue;
    }
    const ch = s[i];
    if ((ch === ',' || ch === ';') && stack.length > 0 && /^[,;]\s*(?:[А-ЯЁ]{2,}\s*){1,3}[«"„“]/u.test(s.slice(i, i + 40))) {
      stack.length = 0;
    }
    let inside = stack.length > 0 || parens > 0;
    if (OPENERS.includes(ch)) {
      stack.push(ch);
      inside = true;
    } else if (CLOSERS.includes(ch)) {
      if (stack.length > 0) {
        stack.pop();
        inside = true;
      }
    } else if (ch === '“') {
      // Russian „…“ closes with “; English “…” opens with it.
      if (stack.length > 0 && stack[stack.length - 1] === '„') stack.pop();
      else stack.push(ch);
      inside = true;
    } else if (ch === '"') {
      const prev = i > 0 ? s[i - 1] : ' ';
      const opensHere = /[\s([{«„“\-–—/:;,]/u.test(prev) || i === 0;
      if (!opensHere && stack.length > 0) stack.pop();
      else if (opensHere) stack.push(ch);
      inside = true;
    } else if (options.parens && stack.length === 0) {
      if (ch === '(') {
        parens++;
        inside = true;
      } else if (ch === ')' && parens > 0) {
        parens--;
        inside = true;
      }
    }
    mask[i] = !inside;
  }
  return mask;
}

/**
 * Initial letters of the words of a text, lower-cased with ё→е ("Управление образования и
 * молодежной политики" → "уоимп"). Words are runs of letters; digits are skipped.
 */
export function initials(text: string): string {
  const words = String(text ?? '').match(/\p{L}+/gu) ?? [];
  return words.map((w) => w[0].toLowerCase().replace('ё', 'е')).join('');
}

/** True when every character of `needle` appears in `hay` in order. */
export function isSubsequence(needle: string, hay: string): boolean {
  let j = 0;
  for (let i = 0; i < hay.length && j < needle.length; i++) if (hay[i] === needle[j]) j++;
  return j === needle.length;
}

/** Lower case with ё→е, nothing else changed. */
export function lowerYo(text: string): string {
  const low = String(text ?? '').toLowerCase();
  return low.includes('ё') ? low.replace(/ё/g, 'е') : low;
}

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetter(index: number): string {
  let n = Math.max(0, Math.floor(index)) + 1;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
