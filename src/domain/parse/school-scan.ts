/**
 * Hand-written scanners for the tokens of school names (school.ts), each the exact equivalent of the
 * regex named in its comment: the same match, the same captures, on every text. They replace regex
 * runs that cost most of the time of a distinct text (a result array per exec, a /u regex tried at
 * every position); where a case is rare or subtle (a surrogate pair), they fall back to the regex.
 */

import { isDigit, isLetterCodePoint, isLetterOrNumberCodePoint, isSpace, skipSpaces } from '../core/letters';
import { memoise } from '../core/memo';
import { isUnifiedDash } from '../core/text';

/**
 * What findAll's clean-ups (stripHtml, normaliseDashes, normaliseSpaces, the split at tabs) would do to
 * a text: 'plain', nothing (no «<» or «&», no dash to unify, no space but single plain ones inside, no
 * tab); 'dashes', only normaliseDashes changes it; 'untidy', anything else.
 */
export type Tidiness = 'plain' | 'dashes' | 'untidy';

// What makes a text 'untidy': a space at an end or two in a row, a tab or line break, «<» or «&», a
// space normaliseSpaces collapses (isCollapsedSpace). Two native scans cost less than one loop in JS.
const UNTIDY = /^ | $| {2}|[\t-\r<&\u00a0\u1680\u180e\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]/;
// isUnifiedDash (core/text.ts)
const UNIFIED_DASH = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/;

// Either of them, global: a text with neither (most) is told in one scan, not two. A match of the dash
// alternative is the leftmost character any alternative matches at: UNTIDY can only match after it.
const UNTIDY_OR_DASH = new RegExp(`${UNTIDY.source}|${UNIFIED_DASH.source}`, 'g');

// Where the last dash of the text tidinessOf last told 'dashes' stands (-1 after another answer).
let lastDash = -1;

/**
 * UNTIDY.test(s) ? 'untidy' : UNIFIED_DASH.test(s) ? 'dashes' : 'plain', in one scan: up to the first
 * untidiness, or to the end past each dash. For 'dashes', lastDashTold() is then the last dash's position.
 */
export function tidinessOf(s: string): Tidiness {
  lastDash = -1;
  UNTIDY_OR_DASH.lastIndex = 0;
  let dash = -1;
  // An UNTIDY match ends in a space or a character of its class, never in a dash. After a dash the
  // search goes on from the next character: UNTIDY cannot match before it (the dash was leftmost).
  while (UNTIDY_OR_DASH.test(s)) {
    const end = UNTIDY_OR_DASH.lastIndex;
    if (!isUnifiedDash(s.charCodeAt(end - 1))) return 'untidy';
    dash = end - 1;
  }
  if (dash < 0) return 'plain';
  lastDash = dash;
  return 'dashes';
}

/** The position of the last dash of the text the last tidinessOf call told 'dashes', else -1. */
export function lastDashTold(): number {
  return lastDash;
}

/** The code point of `s` that starts at `i` (a pair of surrogates read as one, as a /u regex does). */
function codePointAt(s: string, i: number): number {
  return s.codePointAt(i) ?? -1;
}

/** The code point that ends just before `i`. */
function codePointBefore(s: string, i: number): number {
  if (i <= 0) return -1;
  const lo = s.charCodeAt(i - 1);
  if ((lo & 0xfc00) === 0xdc00 && i >= 2 && (s.charCodeAt(i - 2) & 0xfc00) === 0xd800) return codePointAt(s, i - 2);
  return lo;
}

/** Code units of the letter (\p{L}) that starts at `i`: 0 when none does. */
function letterLength(s: string, i: number): number {
  if (i >= s.length) return 0;
  const cp = codePointAt(s, i);
  return isLetterCodePoint(cp) ? (cp > 0xffff ? 2 : 1) : 0;
}

/** A regex matched where it stands (sticky), not anchored on a new slice of the text. */
export function stickyAt(re: RegExp, s: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(s);
}

/**
 * Every match of a global regex `re`, found by trying `sticky` (its sticky copy) only where `starts`
 * (global, the same flags) finds a beginning every match must have: the same matches as an exec
 * loop over `re` (or matchAll, which also copies the regex each call), without trying the whole
 * pattern at every position.
 */
export function execAllFrom(starts: RegExp, sticky: RegExp, s: string, each: (m: RegExpExecArray) => void): void {
  starts.lastIndex = 0;
  let c: RegExpExecArray | null;
  while ((c = starts.exec(s)) !== null) {
    const m = stickyAt(sticky, s, c.index);
    if (m !== null) each(m);
    // After a match the search goes on from its end; after a miss, from the next character (starts may overlap).
    starts.lastIndex = m !== null ? m.index + m[0].length : c.index + 1;
  }
}

/**
 * Abbreviated types grouped by where their one «Ш» stands and by the character before it: byOffset[k]
 * maps that character to the literals with their «Ш» at k (1…3), in the table's order.
 */
export interface AbbreviationTable {
  literals: readonly string[];
  byOffset: Map<number, number[]>[];
}

export function abbreviationTable(literals: readonly string[]): AbbreviationTable {
  const byOffset: Map<number, number[]>[] = [new Map(), new Map(), new Map(), new Map()];
  literals.forEach((lit, i) => {
    const k = lit.indexOf('Ш');
    if (k < 1 || k > 3 || lit.indexOf('Ш', k + 1) >= 0) throw new Error(`abbreviation ${lit}: one «Ш», 1 to 3 characters in`);
    const before = lit.charCodeAt(k - 1);
    const list = byOffset[k].get(before);
    if (list)
      list.push(i); // in the table's order, as the regex tries its alternatives
    else byOffset[k].set(before, [i]);
  });
  return { literals, byOffset };
}

/**
 * Every match of `(?<![\p{L}\p{N}])(A1)(?![\p{L}])|(?<![\p{L}\p{N}])(A2)(?![\p{L}])|…` (flags gu) for
 * the abbreviated school types A1, A2…: leftmost first, then the first literal that fits, as the regex
 * does. A match holds no «Ш» before its own, so matches come in the order of their «Ш»: for each «Ш»
 * the starts 3, 2, 1 characters before it are tried, each with the literals whose «Ш» lands there
 * after the character that stands before it (no other literal can fit).
 */
export function eachAbbreviation(s: string, table: AbbreviationTable, each: (start: number, end: number, literal: number) => void): void {
  let from = 0; // matches do not overlap: the next one starts here or later
  let j = s.indexOf('Ш');
  while (j >= 0) {
    let found = false;
    const before = s.charCodeAt(j - 1);
    for (let k = Math.min(3, j - from); k >= 1 && !found; k--) {
      const candidates = table.byOffset[k].get(before);
      if (candidates === undefined) continue;
      const p = j - k;
      for (let c = 0; c < candidates.length; c++) {
        const i = candidates[c];
        const lit = table.literals[i];
        const end = p + lit.length;
        // The first character by code: most tries end there, without a call to startsWith.
        if (
          s.charCodeAt(p) !== lit.charCodeAt(0) ||
          !s.startsWith(lit, p) ||
          isLetterOrNumberCodePoint(codePointBefore(s, p)) ||
          isLetterCodePoint(codePointAt(s, end))
        )
          continue;
        each(p, end, i);
        from = end;
        found = true;
        break;
      }
    }
    // The next match has its «Ш» after the end of this one.
    j = s.indexOf('Ш', found ? from + 1 : j + 1);
  }
}

/** /^[А-ЯЁA-Z]\.$/u.test(p): an initial with its dot. */
export function isInitial(p: string): boolean {
  return p.length === 2 && p.charCodeAt(1) === 0x2e && isInitialLetter(p.charCodeAt(0));
}

/** [А-ЯЁA-Z] */
function isInitialLetter(c: number): boolean {
  return (c >= 0x410 && c <= 0x42f) || c === 0x401 || (c >= 0x41 && c <= 0x5a);
}

/** [А-ЯЁ] */
function isUpperRu(c: number): boolean {
  return (c >= 0x410 && c <= 0x42f) || c === 0x401;
}

const INITIAL_TEXT = new Map<number, string>();

/** The letter of an initial with its dot («Н.»), one string per letter. */
export function initialText(letter: number): string {
  let t = INITIAL_TEXT.get(letter);
  if (t === undefined) INITIAL_TEXT.set(letter, (t = `${String.fromCharCode(letter)}.`));
  return t;
}

/** `\s*([А-ЯЁA-Z])\s*\.\s*` at `pos`: the position after it, or -1 (the letter is s[skipSpaces(s, pos)]). */
export function scanInitial(s: string, pos: number): number {
  const q = skipSpaces(s, pos);
  if (q >= s.length || !isInitialLetter(s.charCodeAt(q))) return -1;
  const dot = skipSpaces(s, q + 1);
  return dot < s.length && s.charCodeAt(dot) === 0x2e ? skipSpaces(s, dot + 1) : -1;
}

/** `\s*([А-ЯЁ][\p{L}]+(?:-[\p{L}]+)*)(?![\p{L}])` at `pos`: [word start, end] or null. */
export function scanCapitalisedWord(s: string, pos: number): [number, number] | null {
  const q = skipSpaces(s, pos);
  if (q >= s.length || !isUpperRu(s.charCodeAt(q))) return null;
  let r = q + 1;
  let n = letterLength(s, r);
  if (n === 0) return null;
  // Greedy runs of letters, each further run after a hyphen; the run stops before a non-letter, so the
  // look-ahead holds and the regex never backtracks into them.
  for (;;) {
    while (n > 0) {
      r += n;
      n = letterLength(s, r);
    }
    if (s.charCodeAt(r) !== 0x2d || (n = letterLength(s, r + 1)) === 0) return [q, r];
    r += 1;
  }
}

/**
 * The end of `\s*,?\s*(?:им\.|имени(?!\p{L})|им(?=\s+[А-ЯЁ]))\s*` (iu, given as `head`, sticky) at `pos`,
 * or -1. «им.», by far the most common, is read by hand (/и/iu is и or И, /м/iu м or М); the rest by the regex.
 */
export function honorificHeadEnd(s: string, pos: number, head: RegExp): number {
  let q = skipSpaces(s, pos);
  if (q < s.length && s.charCodeAt(q) === 0x2c) q = skipSpaces(s, q + 1);
  const c = s.charCodeAt(q);
  if (c !== 0x438 && c !== 0x418) return -1;
  const m = s.charCodeAt(q + 1);
  if ((m === 0x43c || m === 0x41c) && s.charCodeAt(q + 2) === 0x2e) return skipSpaces(s, q + 3);
  const r = stickyAt(head, s, pos);
  return r === null ? -1 : pos + r[0].length;
}

/** The start of `\s*,?\s*X` where X must begin with one of `firsts` (char codes): false when it surely cannot match. */
export function mayStartWith(s: string, pos: number, firsts: readonly number[]): boolean {
  let q = skipSpaces(s, pos);
  if (q < s.length && s.charCodeAt(q) === 0x2c) q = skipSpaces(s, q + 1);
  return q < s.length && firsts.includes(s.charCodeAt(q));
}

/** False when the first character after the spaces at `pos` is surely not a letter (a quote, ASCII punctuation, the end). */
export function letterMayFollow(s: string, pos: number): boolean {
  const q = skipSpaces(s, pos);
  if (q >= s.length) return false;
  const c = s.charCodeAt(q);
  if (c < 0x80) return (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
  return c !== 0xab && c !== 0xbb && !(c >= 0x2018 && c <= 0x201f);
}

/** What `\s*(?:(№|N[oº]?\.?|#)\s*)?(\d{1,4})(?:(-?)([А-Яа-яA-Za-z])(?![\p{L}\p{N}.]))?` (u) finds at a position. */
export interface NumberToken {
  end: number;
  /** Group 1 matched: «№», «N», «No.», «#». */
  marked: boolean;
  /** Group 2, the digits: where they start and end (no string is cut for them). */
  digitsStart: number;
  digitsEnd: number;
  /** Groups 3 and 4: where the letter after the number stands (-1: none) and the length of the hyphen before it (0 or 1). */
  letterAt: number;
  hyphen: number;
}

/** Reads the number at `pos` into `token` (reused by the caller: no object per text); false when none stands there. */
export function scanNumber(s: string, pos: number, token: NumberToken): boolean {
  let q = skipSpaces(s, pos);
  let marked = false;
  const c = s.charCodeAt(q);
  if (c === 0x2116 || c === 0x23 || c === 0x4e) {
    // № # N, then for N an optional o/º and dot. Giving back any of it leaves a character that is not a digit.
    let m = q + 1;
    if (c === 0x4e) {
      if (s.charCodeAt(m) === 0x6f || s.charCodeAt(m) === 0xba) m++;
      if (s.charCodeAt(m) === 0x2e) m++;
    }
    m = skipSpaces(s, m);
    if (!isDigit(s.charCodeAt(m))) return false;
    marked = true;
    q = m;
  }
  let r = q;
  while (r < q + 4 && isDigit(s.charCodeAt(r))) r++;
  if (r === q) return false;
  token.marked = marked;
  token.digitsStart = q;
  token.digitsEnd = r;
  const hyphen = s.charCodeAt(r) === 0x2d ? 1 : 0;
  // With the hyphen, else without it (a hyphen is not a letter, so only one of them can hold).
  const at = r + hyphen;
  const l = s.charCodeAt(at);
  const isSuffix = (l >= 0x410 && l <= 0x44f) || ((l | 0x20) >= 0x61 && (l | 0x20) <= 0x7a);
  if (isSuffix) {
    const next = codePointAt(s, at + 1);
    if (next !== 0x2e && !isLetterOrNumberCodePoint(next)) {
      token.end = at + 1;
      token.letterAt = at;
      token.hyphen = hyphen;
      return true;
    }
  }
  token.end = r;
  token.letterAt = -1;
  token.hyphen = 0;
  return true;
}

/** The characters a LEAD_RE match can hold outside its proper-name word: А-Я, Ё, the opening quotes «"„“ and \s. */
function isFrameChar(c: number): boolean {
  if (c >= 0x410 && c <= 0x42f) return true;
  return c === 0x401 || c === 0xab || c === 0x22 || c === 0x201e || c === 0x201c || isSpace(c);
}

/** What the proper-name word adds: а-я, ё and the hyphen. */
function isWordChar(c: number): boolean {
  return (c >= 0x430 && c <= 0x44f) || c === 0x451 || c === 0x2d || isFrameChar(c);
}

/** A character leadOf's scan back stops at, whatever stands before it: not a word character (nor half a surrogate pair). */
export function stopsLead(c: number): boolean {
  return !isWordChar(c) && (c & 0xf800) !== 0xd800;
}

/** Before a school type: an organisation prefix, an opening quote, a proper-name adjective («Прииртышская»). */
const LEAD_RE = /(?:(?<![\p{L}])([А-ЯЁ]{0,5}ОУ(?:\s+ДО)?|[А-ЯЁ]{0,4}ОО|АНО\s+ОО|АНО|ЧУ\s+ОО|ЧУ)\s*)?([«"„“]\s*)?(?:([А-ЯЁ][а-яё]+(?:-[А-ЯЁ]?[а-яё]+)?)\s+)?$/u;

/**
 * LEAD_RE.exec(s.slice(from, to)), with index and groups as they would be, run only on the end of that
 * part that a match can cover: from the last character no match can hold (kept, for the look-behind).
 * The regex ends in `$`, so on the whole part (up to 80 characters) it is tried at every position. A
 * match is a prefix, a quote and a word (capitals, quotes, spaces), then one proper-name word and its
 * spaces at the very end: small letters and hyphens can only stand in the last word before the closing
 * spaces. The part is never cut out of the text unless its end is new (leadCached).
 */
export function leadOf(s: string, from: number, to: number): RegExpExecArray | null {
  let k = to - 1;
  const spaceAtEnd = k >= from && isSpace(s.charCodeAt(k));
  while (k >= from && isSpace(s.charCodeAt(k))) k--;
  if (spaceAtEnd) while (k >= from && isWordChar(s.charCodeAt(k)) && !isSpace(s.charCodeAt(k))) k--;
  while (k >= from && isFrameChar(s.charCodeAt(k))) k--;
  // A low surrogate: keep its pair whole, the look-behind reads code points.
  if (k > from && (s.charCodeAt(k) & 0xfc00) === 0xdc00) k--;
  return leadCached(s, Math.max(k, from), to);
}

// The end a lead can cover repeats from row to row («, МБОУ «»): its match is remembered (and only read).
const leadCached = regionCache((part: string) => LEAD_RE.exec(part), 1024);

/**
 * fn of the part of a text from `from` to `to`, remembered: the same part as the last call's is told in
 * place, without cutting and hashing it again; others go through a memo of `cap` parts.
 */
export function regionCache<V>(fn: (part: string) => V, cap: number): (s: string, from: number, to: number) => V {
  const memo = memoise(fn, cap);
  let lastPart: string | null = null;
  let last: V;
  return (s, from, to) => {
    // endsWith with an end position: a good deal cheaper than startsWith with a start one.
    if (lastPart !== null && to - from === lastPart.length && s.endsWith(lastPart, to)) return last;
    lastPart = from > 0 || to < s.length ? s.slice(from, to) : s;
    last = memo(lastPart);
    return last;
  };
}

/**
 * Whether the dashes of a text without word types can be left as they are (normaliseDashes keeps every
 * position). A «(далее – О1)» before the school is common: when every dash stands before the first
 * abbreviated type and a character no lead holds (stopsLead, below) stands between, nothing findAll reads
 * holds a dash. Types are found alike either way, tails read forward from a type, and a lead
 * (leadOf) reads back only up to such a character. `lastDashAt`: the position of the last dash of `s`
 * (-1 for none), when known.
 */
export function dashesOutOfReach(s: string, first: number, lastDashAt?: number): boolean {
  // Back to the character a lead stops at (a dash is one), then whether a dash stands from there on:
  // the last dash's position when known (lastDashTold), else one native scan (a loop in JS over the
  // rest of the text cost more than the whole findAll of most texts).
  let p = first - 1;
  while (p >= 0 && !stopsLead(s.charCodeAt(p))) p--;
  const from = p < 0 ? 0 : p;
  if (lastDashAt !== undefined) return lastDashAt < from;
  UNIFIED_DASH_FROM.lastIndex = from;
  return !UNIFIED_DASH_FROM.test(s);
}

// UNIFIED_DASH, global: searched from a lastIndex.
const UNIFIED_DASH_FROM = new RegExp(UNIFIED_DASH.source, 'g');
