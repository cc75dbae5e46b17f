/** Readers the atom matchers share: years after a month or a day, pairs of years, ordinals. */
import { isPlausibleYear } from '../period';
import type { Tok } from './model';
import { isWordWith, startsUch, tokAt } from './tokens';
import { isYearWord } from './vocabulary';

/** A plain 4-digit year token at j (not an ordinal, not followed by «%»). */
export function yearAt(toks: Tok[], j: number): number | null {
  const t = tokAt(toks, j);
  if (!t || t.k !== 'num' || t.len !== 4 || t.ord || !isPlausibleYear(t.v)) return null;
  const n = tokAt(toks, j + 1);
  if (n && n.k === 'p' && n.c === '%') return null;
  return t.v;
}

/** Skip «г.», «года», «гг.» after a year. */
export function skipYearWords(toks: Tok[], j: number): number {
  while (j < toks.length) {
    const t = toks[j];
    if (t.k === 'word' && isYearWord(t.w)) j++;
    else if (t.k === 'p' && t.c === '.' && j > 0 && toks[j - 1].k === 'word') j++;
    else break;
  }
  return j;
}

/** Where the year trailingYear last found ends (module scratch instead of a pair per call). */
let yearEnd = 0;
export const trailingYearEnd = (): number => yearEnd;

/** A year after a month or a day-month: «2022», «2022г.», «22 г.»; the next index is trailingYearEnd(). */
export function trailingYear(toks: Tok[], j: number): number | null {
  const y = yearAt(toks, j);
  if (y !== null) {
    yearEnd = skipYearWords(toks, j + 1);
    return y;
  }
  const t = tokAt(toks, j);
  if (t && t.k === 'num' && t.len === 2 && !t.ord && isWordWith(tokAt(toks, j + 1), isYearWord)) {
    const y2 = 2000 + t.v;
    if (isPlausibleYear(y2)) {
      yearEnd = skipYearWords(toks, j + 1);
      return y2;
    }
  }
  return null;
}

export interface YearPair {
  y1: number;
  y2: number;
  /** written «2021/2022» (an academic year) */
  slash: boolean;
  next: number;
}

/** A pair of years at j: «2021/2022», «2021-2024», «2021/22». */
export function yearPairAt(toks: Tok[], j: number): YearPair | null {
  const y1 = yearAt(toks, j);
  if (y1 === null) return null;
  const sep = tokAt(toks, j + 1);
  const slash = !!sep && sep.k === 'sep' && sep.c === '/';
  if (!sep || !(sep.k === 'dash' || slash)) return null;
  const t2 = tokAt(toks, j + 2);
  if (!t2 || t2.k !== 'num' || t2.ord) return null;
  let y2: number;
  if (t2.len === 4) y2 = t2.v;
  else if (t2.len === 2) {
    y2 = Math.floor(y1 / 100) * 100 + t2.v;
    if (y2 !== y1 + 1) return null;
  } else return null;
  if (!isPlausibleYear(y2) || y2 < y1 || y2 - y1 > 20) return null;
  // «2021-2022» directly followed by a month or a day is not a pair of years
  const after = tokAt(toks, j + 3);
  if (after && ((after.k === 'word' && after.info.month !== null) || after.k === 'dash')) return null;
  return { y1, y2, slash, next: j + 3 };
}

/** Skip «учебного года», «уч. г.» after a pair of years; `uch` = «уч…» was there. */
export function skipAcademicWords(toks: Tok[], k: number): { k: number; uch: boolean } {
  if (!isWordWith(tokAt(toks, k), startsUch)) return { k, uch: false };
  k++;
  if (tokAt(toks, k)?.k === 'p') k++;
  return { k: skipYearWords(toks, k), uch: true };
}

/** An ordinal 1…4 at t: «1», «II», «первый». */
export function ordinalAt(t: Tok | undefined): number | null {
  if (!t) return null;
  if (t.k === 'num' && t.len <= 2 && t.v >= 1 && t.v <= 4) return t.v;
  if (t.k === 'word') {
    if (t.info.roman !== undefined) return t.info.roman;
    const o = t.info.ordinal;
    if (o !== null && o > 0) return o;
  }
  return null;
}
