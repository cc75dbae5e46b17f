/** The honorific of a school name («им. Н.И. Рыленкова»): read token by token after the type and number (school.ts). */
import { skipSpaces } from '../core/letters';
import { memoise } from '../core/memo';
import { foldCompact } from '../core/text';
import { TITLE_WORDS } from './school-words';
import { honorificHeadEnd, initialText, isInitial, letterMayFollow, mayStartWith, scanCapitalisedWord, scanInitial, stickyAt } from './school-scan';

// The tokens of an honorific. Sticky (matched at lastIndex) rather than anchored on a slice of the text;
// initials and capitalised words are read by scanInitial and scanCapitalisedWord (school-scan.ts).
const HON_HEAD = /\s*,?\s*(?:им\.|имени(?!\p{L})|им(?=\s+[А-ЯЁ]))\s*/iuy;
const HON_TITLE = /\s*(\p{Ll}[\p{L}-]*)/uy;
const HON_AGAIN = /\s*(?:им\.|имени(?!\p{L}))\s*/iuy;
const HON_AND = /\s+и\s+(?=[А-ЯЁ][а-яё])/uy;

const RU_VOWELS = 'аеиоуыэюяАЕИОУЫЭЮЯ';

/** A capitalised word that may stand in an honorific. */
function fitsHonorific(w: string): boolean {
  // An organisation prefix or a school type starts the next name, not this honorific. (Both patterns
  // hold capitals only, at most 7: a longer word or one with a small second letter is neither.)
  const c1 = w.charCodeAt(1);
  const smallSecond = (c1 >= 0x430 && c1 <= 0x44f) || c1 === 0x451;
  if (w.length <= 7 && !smallSecond && PREFIX_OR_TYPE.test(w)) return false;
  // A name in an honorific is in the genitive and ends in a vowel («Рыленкова», «Городнянского»,
  // «Гастелло»); a word ending in a consonant («План», «Слободич») starts something else.
  if (RU_VOWELS.includes(w[w.length - 1])) return true;
  return !(CONSONANT_END.test(w) && !ALL_CAPITALS.test(w));
}

// Constants: a regex literal makes a new RegExp object each time it is evaluated.
const PREFIX_OR_TYPE = /^[А-ЯЁ]{0,5}(?:ОУ|ОО)$|^(?:СШ|СОШ|ООШ|НОШ|МБУ|МАУ|ГАУ|ГБУ)$/u;
const CONSONANT_END = /[бвгджзклмнпрстфхцчшщъ]$/iu;
const ALL_CAPITALS = /^[А-ЯЁ]{2,}$/u;
const YO = /ё/g;

/** An honorific read at a position: `end` counts from that position. */
export interface Honorific {
  end: number;
  text: string | null;
}

const NO_HONORIFIC: Honorific = { end: 0, text: null }; // shared, only read

/**
 * The honorific at `at`. It depends on the text from `at` on only (every token looks forward), and
 * no token holds a quote or looks past one: it is the honorific of the text from `at` to the first
 * quote. That part repeats from row to row («им. Н.И. Рыленкова» before «»» or «», МБОУ «СШ № 2…»):
 * a short one is read once and remembered (the result is shared).
 */
export function honorificAt(s: string, at: number): Honorific {
  if (!mayStartWith(s, at, HON_HEAD_FIRSTS)) return NO_HONORIFIC;
  // The last part again, followed by a quote or the end (the part holds none): its result, without a scan.
  if (lastPart !== null) {
    const stop = at + lastPart.length;
    if (stop <= s.length && (stop === s.length || isQuote(s.charCodeAt(stop))) && s.endsWith(lastPart, stop)) return lastHonorific;
  }
  const stop = quoteOrLimit(s, at, at + 65);
  if (stop - at > 64) return honorificTokens(s, at);
  lastPart = s.slice(at, stop);
  lastHonorific = honorificOfPart(lastPart);
  return lastHonorific;
}

const HON_HEAD_FIRSTS = [0x438, 0x418]; // и И: all that /и/iu matches
const honorificOfPart = memoise((part: string) => honorificTokens(part, 0), 1024);
let lastPart: string | null = null;
let lastHonorific = NO_HONORIFIC;

function isQuote(c: number): boolean {
  return c === 0xab || c === 0xbb || c === 0x22 || c === 0x201c || c === 0x201d || c === 0x201e;
}

/** The first of «»"„“” from `at` on, or `limit` (or the end of the text) when none comes before. */
function quoteOrLimit(s: string, at: number, limit: number): number {
  const last = Math.min(limit, s.length);
  for (let i = at; i < last; i++) if (isQuote(s.charCodeAt(i))) return i;
  return last;
}

function honorificTokens(s: string, at: number): Honorific {
  // «им.», «имени» then initials, capitalised words, title words, again «им.».
  let pos = honorificHeadEnd(s, at, HON_HEAD);
  if (pos < 0) return NO_HONORIFIC;
  const parts: string[] = [];
  let lastGood = pos;
  let lastGoodParts = 0;
  let firstWord = -1; // index in parts of the first capitalised word (a surname)
  for (let guard = 0; guard < 16; guard++) {
    // Every token below starts, after spaces, with a letter: at a quote, a comma or the end none can match.
    const q = skipSpaces(s, pos); // the initial and the word scanners start with \s* too: from q they end alike
    if (!letterMayFollow(s, q)) break;
    let m: RegExpExecArray | null;
    let word: [number, number] | null = null;
    const initialEnd = scanInitial(s, q);
    if (initialEnd >= 0) {
      parts.push(initialText(s.charCodeAt(q)));
      pos = initialEnd;
    } else if ((word = scanCapitalisedWord(s, q))) {
      const w = s.slice(word[0], word[1]);
      if (!fitsHonorific(w)) break;
      if (firstWord < 0) firstWord = parts.length;
      parts.push(w);
      pos = word[1];
    } else if ((m = stickyAt(HON_TITLE, s, pos)) && TITLE_WORDS.has(m[1].toLowerCase().replace(YO, 'е'))) {
      parts.push(m[1]);
      pos += m[0].length;
      continue; // a title word alone does not finish the honorific
    } else if ((m = stickyAt(HON_AGAIN, s, pos))) {
      parts.push('им.');
      pos += m[0].length;
      continue;
    } else if ((m = stickyAt(HON_AND, s, pos)) && parts.length > 0) {
      parts.push('и');
      pos += m[0].length;
      continue;
    } else break;
    lastGood = pos;
    lastGoodParts = parts.length;
  }
  if (lastGoodParts === 0) return NO_HONORIFIC;
  // Initials without a surname («им. Н.М.,» cut by a page break) name nobody. Of the parts only a
  // capitalised word has a letter after its first one: it is the /^[А-ЯЁ][\p{L}-]+$/ the old test looked for.
  if (firstWord < 0 || firstWord >= lastGoodParts) return { end: lastGood - at, text: null };
  // Initials are written together, then a space: «Н.И. Рыленкова».
  let text = 'им.';
  for (let i = 0; i < lastGoodParts; i++) {
    const p = parts[i];
    text += i > 0 && isInitial(parts[i - 1]) && isInitial(p) ? p : ` ${p}`;
  }
  // No part ends in a space, so nothing is left to trim.
  return { end: lastGood - at, text };
}

/** Honorific compared without spaces, dots, quotes and case, and without «им.»/«имени». */
export const honorificForm = memoise(
  // One honorific stands in many rows of a document («им. Н.И. Рыленкова»): remembered.
  (honorific: string): string => foldCompact(honorific.replace(/(?<!\p{L})(?:им\.|имени)(?!\p{L})/giu, ' ')),
  1024,
);
