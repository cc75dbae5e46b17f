/**
 * Normalisation and tokens: HTML tags, case, ё, dashes, line breaks and odd spaces are folded, then
 * the text is cut into numbers, dates («27.03.2022», «15.04», «05.2022»), words, dashes, separators
 * and other marks. «2-й», «5-го», «2й» become one ordinal number.
 */
import { isDigit, isSpace } from '../../core/letters';
import { isPlausibleYear } from '../period';
import { MAX_TEXT, type Span, type Tok } from './model';
import { daySpan } from './spans';
import { wordInfo, type WordInfo } from './vocabulary';

const LATIN_TO_CYRILLIC: Record<string, string> = {
  a: 'а',
  b: 'в',
  c: 'с',
  e: 'е',
  h: 'н',
  k: 'к',
  m: 'м',
  o: 'о',
  p: 'р',
  t: 'т',
  x: 'х',
  y: 'у',
};

/** Cut, tags and entities out, lower case: the first half of the normalisation. */
function prepared(text: string): string {
  let s = text.slice(0, MAX_TEXT);
  // Tags and entities need «<» or «&»: most cells have neither.
  if (s.includes('<')) s = s.replace(/<\s*\/?\s*(p|br|li|div|ul|ol|tr|td|th|h\d)\b[^>]{0,200}>/gi, '\n').replace(/<[^<>]{0,200}>/g, ' ');
  if (s.includes('&')) {
    s = s
      .replace(/&nbsp;/gi, ' ')
      .replace(/&[mn]dash;/gi, '-')
      .replace(/&(laquo|raquo|quot);/gi, '"')
      .replace(/&amp;/gi, '&');
  }
  return s.toLowerCase();
}

/** The second half: ё, і, dashes, Word's line break, «\r», odd spaces. */
function folded(s: string): string {
  s = s
    .replace(/ё/g, 'е')
    .replace(/[іӏ]/g, 'i')
    .replace(/[\u2010-\u2015\u2212\u2043\ufe58\ufe63\uff0d]/g, '-');
  if (s.includes('\u000b')) s = s.split('\u000b').join('\n'); // Word's manual line break
  // Tabs, no-break and odd spaces become " " (every \s but "\n" and " ", and the zero-width space).
  return s.replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n').replace(/[\t\v\f\r\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff]/g, ' ');
}

export function normalise(text: string): string {
  return folded(prepared(text));
}

/**
 * What `folded` does to one character on its own (ё → е, і → i, dashes → «-», odd spaces → « »,
 * «\u2028» → «\n»); every other character stays. «\r» and «\u000b» are read in context: a text
 * holding them goes through `folded` first (see tokensOf).
 */
function foldCode(c: number): number {
  if ((c >= 32 && c < 127) || (c >= 0x430 && c <= 0x44f)) return c;
  if (c === 0x451) return 0x435; // ё → е
  if (c === 0x456 || c === 0x4cf) return 105; // і, ӏ → i
  if ((c >= 0x2010 && c <= 0x2015) || c === 0x2212 || c === 0x2043 || c === 0xfe58 || c === 0xfe63 || c === 0xff0d) return 45;
  if (c === 0x2028 || c === 0x2029 || c === 0x85) return 10;
  if (c === 9 || c === 12 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff)
    return 32;
  return c;
}

/**
 * lower case and foldCode at once, for the characters whose lower case is plain (ASCII, Cyrillic,
 * Latin-1 signs, punctuation, odd spaces); -1 for any other, which needs toLowerCase itself, and
 * for «<», «&» (tags, entities), «\r» and «\u000b» (read in context), which need the full way.
 */
function lowerFoldCode(c: number): number {
  if (c < 0xc0) {
    if (c === 60 || c === 38 || c === 13 || c === 11) return -1;
    return c >= 65 && c <= 90 ? c + 32 : foldCode(c);
  }
  if (c >= 0x400 && c <= 0x45f) {
    const l = c >= 0x430 ? c : c >= 0x410 ? c + 32 : c + 80; // А…Я → а…я, Ѐ…Џ → ѐ…џ
    return foldCode(l);
  }
  if (c === 0x4cf || (c >= 0x2000 && c <= 0x206f) || c === 0x2116 || c === 0x2212 || c === 0x1680 || c === 0x3000) return foldCode(c);
  if (c === 0xfe58 || c === 0xfe63 || c === 0xff0d || c === 0xfeff) return foldCode(c);
  return -1;
}

/**
 * The tokens of a cell: tokenize(normalise(text)). Most cells are read straight from the text,
 * the scanner lower-casing and folding each character as it reads (no copies of the text); it stops
 * at «<», «&», «\r», «\u000b» or a character outside lowerFoldCode, and the cell takes the full way.
 */
export function tokensOf(text: string): Tok[] {
  const toks = scan(text.slice(0, MAX_TEXT), true);
  if (toks !== null) return toks;
  const s = prepared(text);
  return tokenize(s.includes('\r') || s.includes('\u000b') ? folded(s) : s);
}

const ORD_SUFFIX = new Set(['й', 'ый', 'ой', 'ий', 'го', 'ого', 'его', 'е', 'я', 'ая', 'ое', 'ую', 'ю', 'м', 'ом', 'ем', 'х', 'ых']);

/**
 * Tokens of a normalised text. A hand-written scanner with first-character dispatch: it replaces
 * one big alternation regex (dates | numbers | words | line breaks | dashes | separators | marks),
 * whose match arrays and captures cost more than the rest of the parse. It reads exactly what that
 * regex read: «2022-03-27», «27.03.2022» / «1/9/22», «05.2022», «15.04», digits, runs of [a-zа-я],
 * then single characters; JS whitespace other than «\n» is skipped. Characters are read through
 * foldCode, so a lower-cased text need not be folded first (folding a folded text changes nothing).
 */
export function tokenize(norm: string): Tok[] {
  return scan(norm, false) as Tok[];
}

/** The scanner; `raw`: the text is not lower-cased yet (then null when lowerFoldCode cannot read a character). */
function scan(s: string, raw: boolean): Tok[] | null {
  const toks: Tok[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    const r = s.charCodeAt(i);
    // Spaces, digits and lower-case Cyrillic are most of a cell and fold to themselves.
    if (r === 32) {
      i++;
      continue;
    }
    const c = (r >= 48 && r <= 57) || (r >= 0x430 && r <= 0x44f) ? r : raw ? lowerFoldCode(r) : foldCode(r);
    if (c >= 48 && c <= 57) i = scanNumber(s, i, toks);
    else if (isWordChar(c)) i = scanWord(s, i, toks, raw);
    else {
      if (c < 0) return null;
      if (c === 10) toks.push(markTok('sep', 10));
      else if (c === 45) toks.push(DASH);
      else if (c === 44 || c === 59 || c === 47) toks.push(markTok('sep', c));
      else if (!isSpace(c)) toks.push(markTok('p', c));
      i++;
    }
  }
  return joinOrdinals(toks);
}

const isWordChar = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 0x430 && c <= 0x44f);

/** The value of the first nine digits of the last run digitRun read (nine digits are exact). */
let runValue = 0;

/** Length of the run of ASCII digits at i; its value goes to runValue. */
function digitRun(s: string, i: number): number {
  let j = i;
  let v = 0;
  while (j < s.length) {
    const c = s.charCodeAt(j);
    if (c < 48 || c > 57) break;
    if (j - i < 9) v = v * 10 + (c - 48);
    j++;
  }
  runValue = v;
  return j - i;
}

/**
 * A digit run at i (i starts a run: every token ending in a digit is followed by a non-digit) and
 * the date forms around it, in the old pattern's order: «yyyy-m-d», «d.m.yyyy» / «d.m.yy», «m.yyyy»,
 * «d.m», else a plain number. Returns where scanning goes on.
 */
function scanNumber(s: string, i: number, toks: Tok[]): number {
  if (isFullDate(s, i)) {
    // «dd.mm.yyyy», the commonest date, read at once (what the general way below reads from it)
    const d = (s.charCodeAt(i) - 48) * 10 + s.charCodeAt(i + 1) - 48;
    const m = (s.charCodeAt(i + 3) - 48) * 10 + s.charCodeAt(i + 4) - 48;
    const y = (s.charCodeAt(i + 6) - 48) * 1000 + (s.charCodeAt(i + 7) - 48) * 100 + (s.charCodeAt(i + 8) - 48) * 10 + s.charCodeAt(i + 9) - 48;
    toks.push(dateTok(d, m, y));
    return i + 10;
  }
  const l1 = digitRun(s, i);
  const v1 = runValue;
  const c1 = foldCode(s.charCodeAt(i + l1));
  if (l1 === 4 && c1 === 45) {
    const j = i + 5;
    const l2 = digitRun(s, j);
    const v2 = runValue;
    if ((l2 === 1 || l2 === 2) && foldCode(s.charCodeAt(j + l2)) === 45) {
      const l3 = digitRun(s, j + l2 + 1);
      if (l3 === 1 || l3 === 2) {
        toks.push(dateTok(runValue, v2, v1));
        return j + l2 + 1 + l3;
      }
    }
  } else if (l1 <= 2 && (c1 === 46 || c1 === 47)) {
    const j = i + l1 + 1;
    const l2 = digitRun(s, j);
    const v2 = runValue;
    const c2 = s.charCodeAt(j + l2);
    if ((l2 === 1 || l2 === 2) && (c2 === 46 || c2 === 47)) {
      const l3 = digitRun(s, j + l2 + 1);
      if (l3 === 2 || l3 === 4) {
        toks.push(dateTok(v1, v2, l3 === 2 ? 2000 + runValue : runValue));
        return j + l2 + 1 + l3;
      }
    }
    if (l2 === 4) {
      toks.push(v1 >= 1 && v1 <= 12 && isPlausibleYear(v2) ? token('my', '', '', null, 0, 0, 0, v1, v2) : markTok('p', 63));
      return j + 4;
    }
    if (c1 === 46 && (l2 === 1 || l2 === 2)) {
      toks.push(dateTok(v1, v2, null));
      return j + l2;
    }
  }
  toks.push(numTok(v1, l1, false));
  return i + l1;
}

const isDigitAt = (s: string, i: number): boolean => isDigit(s.charCodeAt(i));

/** «dd.mm.yyyy» at i with no digit after it. */
function isFullDate(s: string, i: number): boolean {
  if (i + 10 > s.length || s.charCodeAt(i + 2) !== 46 || s.charCodeAt(i + 5) !== 46 || isDigitAt(s, i + 10)) return false;
  return (
    isDigitAt(s, i) &&
    isDigitAt(s, i + 1) &&
    isDigitAt(s, i + 3) &&
    isDigitAt(s, i + 4) &&
    isDigitAt(s, i + 6) &&
    isDigitAt(s, i + 7) &&
    isDigitAt(s, i + 8) &&
    isDigitAt(s, i + 9)
  );
}

/**
 * Every token is made with every field, in one order, so that all tokens share one hidden class:
 * the many reads of `t.k`, `t.w`, `t.c` stay monomorphic (seven token shapes made them megamorphic).
 * Fields a kind does not use hold '', 0 or null; the readers look at them only after `t.k`.
 */
function token(
  k: Tok['k'],
  c: string,
  w: string,
  info: WordInfo | null,
  v: number,
  len: number,
  d: number,
  m: number,
  y: number | null,
  ord = false,
  span: Span | null = null,
): Tok {
  return { k, c, w, info, v, len, ord, d, m, y, span } as unknown as Tok;
}
/**
 * Tokens are never changed once made, so they are shared between cells: one object per distinct
 * mark, date, short number or known word instead of one per occurrence.
 */
const SHARED_SLOTS = 4096;
/** No token's key (the keys: marks' codes, -1 - separators' codes, dates' and numbers' keys below). */
const NO_KEY = 0x7fffffff;
/** A direct-mapped table (a token pushes out the one in its slot): no hashing, no growth. */
const sharedKeys = new Int32Array(SHARED_SLOTS).fill(NO_KEY);
const sharedList: (Tok | undefined)[] = new Array<Tok | undefined>(SHARED_SLOTS).fill(undefined);
const sharedSlot = (key: number): number => Math.imul(key, 0x9e3779b1) >>> 20;

function sharedTok(key: number): Tok | undefined {
  const slot = sharedSlot(key);
  return sharedKeys[slot] === key ? sharedList[slot] : undefined;
}
function share(key: number, t: Tok): Tok {
  const slot = sharedSlot(key);
  sharedKeys[slot] = key;
  sharedList[slot] = t;
  return t;
}
const DASH = token('dash', '', '', null, 0, 0, 0, 0, null);

/** The separator or mark of character code c (a folded code unit: «,» «;» «/» «\n» or any mark). */
function markTok(k: 'sep' | 'p', c: number): Tok {
  const key = k === 'sep' ? -1 - c : c;
  return sharedTok(key) ?? share(key, token(k, String.fromCharCode(c), '', null, 0, 0, 0, 0, null));
}

/** Slot of a folded word character: a…z → 0…25, а…я → 26…57. */
const slotOf = (c: number): number => (c <= 122 ? c - 97 : c - 0x430 + 26);

/**
 * Word tokens of one or two letters («с», «г», «по», «до», «в») by their folded letters: the
 * commonest words of a cell, taken without a copy of the text or a hash look-up.
 */
const shortWords: (Tok | undefined)[] = new Array<Tok | undefined>(59 * 59).fill(undefined);
/**
 * Word tokens of three to eight letters by their folded letters, as two numbers in base 59 (digits
 * 1…58: letters 1–4 and 5–8, each below 2^31, the pair distinct for every word): month and year
 * words without a copy of the text. A direct-mapped table (a word pushes out the one in its
 * slot): small whole numbers, no hash of a string or of a double.
 */
const LONGER_SLOTS = 4096;
const longerHead = new Int32Array(LONGER_SLOTS);
const longerTail = new Int32Array(LONGER_SLOTS);
const longerToks: (Tok | undefined)[] = new Array<Tok | undefined>(LONGER_SLOTS).fill(undefined);
const longerSlot = (head: number, tail: number): number => ((head * 31) ^ tail) & (LONGER_SLOTS - 1);

/** A run of [a-zа-я] at i; Latin look-alikes inside a Cyrillic word become Cyrillic. */
function scanWord(s: string, i: number, toks: Tok[], raw: boolean): number {
  let j = i;
  let latin = false;
  let cyrillic = false;
  let changed = false;
  let key = 0;
  let head = 0;
  let tail = 0;
  for (; j < s.length; j++) {
    const r = s.charCodeAt(j);
    const c = r >= 0x430 && r <= 0x44f ? r : raw ? lowerFoldCode(r) : foldCode(r);
    if (c >= 97 && c <= 122) latin = true;
    else if (c >= 0x430 && c <= 0x44f) cyrillic = true;
    else break;
    if (c !== r) changed = true;
    if (j - i < 2) key = key * 58 + slotOf(c) + 1;
    if (j - i < 4) head = head * 59 + slotOf(c) + 1;
    else if (j - i < 8) tail = tail * 59 + slotOf(c) + 1;
  }
  const short = j - i <= 2;
  const longer = !short && j - i <= 8;
  const slot = longer ? longerSlot(head, tail) : 0;
  const known = short ? shortWords[key] : longer && longerHead[slot] === head && longerTail[slot] === tail ? longerToks[slot] : undefined;
  if (known !== undefined) {
    toks.push(known);
    return j;
  }
  let w = s.slice(i, j);
  if (changed) w = w.toLowerCase().replace(/ё/g, 'е').replace(/[іӏ]/g, 'i');
  if (latin && cyrillic) w = w.replace(/[a-z]/g, (c) => LATIN_TO_CYRILLIC[c] ?? c);
  const tok = token('word', '', w, wordInfo(w), 0, 0, 0, 0, null);
  if (short) shortWords[key] = tok;
  else if (longer) {
    longerHead[slot] = head;
    longerTail[slot] = tail;
    longerToks[slot] = tok;
  }
  toks.push(tok);
  return j;
}

/**
 * A number token; numbers of up to four digits are shared like the tokens above (an ordinal is a
 * token of its own: tokens are never changed once made).
 */
function numTok(v: number, len: number, ord: boolean): Tok {
  if (len > 4) return token('num', '', '', null, v, len, 0, 0, null, ord);
  const key = -0x20000 - (v * 16 + len * 2 + (ord ? 1 : 0));
  return sharedTok(key) ?? share(key, token('num', '', '', null, v, len, 0, 0, null, ord));
}

/** «2-й», «5-го», «1-е», «2й» → one ordinal number token (in place). */
function joinOrdinals(toks: Tok[]): Tok[] {
  let out = 0;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.k === 'num' && t.len <= 2) {
      const a = tokAt(toks, i + 1);
      const b = tokAt(toks, i + 2);
      if (a && a.k === 'dash' && b && b.k === 'word' && b.w.length <= 3 && ORD_SUFFIX.has(b.w)) {
        toks[out++] = numTok(t.v, t.len, true);
        i += 2;
        continue;
      } else if (a && a.k === 'word' && a.w.length <= 3 && ORD_SUFFIX.has(a.w)) {
        toks[out++] = numTok(t.v, t.len, true);
        i += 1;
        continue;
      }
    }
    toks[out++] = t;
  }
  if (out < toks.length) toks.length = out;
  return toks;
}

/** A date token («?» for an impossible one), shared by every cell writing that date (keys are positive: marks' are not). */
function dateTok(d: number, m: number, y: number | null): Tok {
  if (d < 1 || d > 31 || m < 1 || m > 12 || (y !== null && !isPlausibleYear(y))) return markTok('p', 63);
  const key = 0x10000 + d + 32 * m + 512 * (y === null ? 0 : y);
  return sharedTok(key) ?? share(key, token('date', '', '', null, 0, 0, d, m, y, false, y === null ? null : daySpan(y, m, d)));
}

/** The words and numbers of the text, in order (what the recurrence and phrase passes read). */
export function wordsOf(toks: Tok[]): string[] {
  const words: string[] = [];
  for (const t of toks) if (t.k === 'word' || t.k === 'num') words.push(t.k === 'word' ? t.w : String(t.v));
  return words;
}

/**
 * toks[i], or undefined outside the tokens. The matchers look around a token; a read before the
 * first one (toks[-1]) is a named-property look-up in V8, some ten times slower than this test.
 */
export const tokAt = (toks: readonly Tok[], i: number): Tok | undefined => (i >= 0 && i < toks.length ? toks[i] : undefined);

export const isWord = (t: Tok | undefined, re: RegExp): boolean => !!t && t.k === 'word' && re.test(t.w);
/** A word token that `test` accepts (a plain function instead of a pattern on the hot paths). */
export const isWordWith = (t: Tok | undefined, test: (w: string) => boolean): boolean => !!t && t.k === 'word' && test(t.w);
/** /^уч/ */
export const startsUch = (w: string): boolean => w.startsWith('уч');
/** /^(и|или)$/ */
export const isAndOr = (w: string): boolean => w === 'и' || w === 'или';
export const wordOf = (t: Tok | undefined): string => (t && t.k === 'word' ? t.w : '');
/** A mark token («.», «№», «%») with character c. */
export const isMark = (t: Tok | undefined, c: string): boolean => !!t && t.k === 'p' && t.c === c;
