/**
 * Recurrence words: «ежемесячно», «еженедельно», «ежеквартально», «ежечетвертно», «ежегодно»,
 * «каждую неделю», «по итогам четверти», «по месяцам», «2 раза в год», «раз в 2 месяца»,
 * «дважды в год». The unit is the smallest one the text names; a school quarter («каждую
 * четверть») is a quarter whose dates are the school quarters' ends.
 */
import type { RecurrenceUnit } from '../../../core/types';
import type { Tok } from '../model';
import { COUNT_WORDS, everyUnitOfWord, unitFromNoun, type EveryUnit } from '../vocabulary';

type Found = EveryUnit;
/** A recurrence word matcher: the unit words[i] names (with the words around it), or null. */
type RecurrenceMatcher = (words: string[], i: number) => Found | null;

const UNIT_ORDER: RecurrenceUnit[] = ['week', 'month', 'quarter', 'half-year', 'year'];

/** /^(в|во)$/ (undefined past the last word) */
const isInto = (w: string | undefined): boolean => w === 'в' || w === 'во';

/** «ежемесячно», «поквартально» … */
const everyAdverb: RecurrenceMatcher = (words, i) => everyUnitOfWord(words[i]);

/** «каждую неделю», «каждого месяца», «каждой четверти» (the noun within two words). */
const each: RecurrenceMatcher = (words, i) => {
  if (!words[i].startsWith('кажд')) return null;
  for (let j = i + 1; j <= i + 2 && j < words.length; j++) {
    const u = unitFromNoun(words[j]);
    if (u) return u;
  }
  return null;
};

/** «по итогам четверти», «по окончании месяца» (no number): after every such unit. */
const afterEach: RecurrenceMatcher = (words, i) => {
  const w = words[i];
  if (!(w === 'итогам' || w === 'окончании' || w === 'завершении') || i + 1 >= words.length || /^(год|года|году)$/.test(words[i + 1])) return null;
  return unitFromNoun(words[i + 1]);
};

const BY_UNITS_RE = /^(неделям|месяцам|кварталам|четвертям|полугодиям|годам)$/;

/** «по неделям», «по месяцам», «по четвертям». */
const byUnits: RecurrenceMatcher = (words, i) => {
  if (words[i] !== 'по' || i + 1 >= words.length || !BY_UNITS_RE.test(words[i + 1])) return null;
  return unitFromNoun(words[i + 1]);
};

/** «2 раза в год», «раз в полгода», «раз в 2 месяца», «три раза в четверть». */
const timesPer: RecurrenceMatcher = (words, i) => {
  if (!(words[i] === 'раз' || words[i] === 'раза') || !isInto(words[i + 1])) return null;
  let perN = 1;
  let j = i + 2;
  const nw = words[j] ?? '';
  if (/^\d+$/.test(nw)) {
    perN = Number(nw);
    j++;
  } else if (COUNT_WORDS[nw] !== undefined) {
    perN = COUNT_WORDS[nw];
    j++;
  }
  const u = unitFromNoun(words[j] ?? '');
  if (!u) return null;
  const cw = i > 0 ? words[i - 1] : ''; // not words[-1]: see tokAt
  const count = /^\d+$/.test(cw) ? Number(cw) : (COUNT_WORDS[cw] ?? 1);
  return u === 'half-year' && /^полгода/.test(words[j] ?? '') ? 'half-year' : unitForCount(count, u, perN);
};

/** «дважды в год», «трижды в четверть». */
const twiceThrice: RecurrenceMatcher = (words, i) => {
  const w = words[i];
  if (!(w === 'дважды' || w === 'трижды') || !isInto(words[i + 1])) return null;
  const u = unitFromNoun(words[i + 2] ?? '');
  return u ? unitForCount(COUNT_WORDS[w], u, 1) : null;
};

/**
 * Each word is tried against these in order (they read different words, so at most one fits), each
 * with the letters its own word can start with (еже…, по…, кажд…, итогам / окончании / завершении,
 * раз, дважды / трижды): a word is tried only against the matchers of its first letter.
 */
const MATCHERS: readonly (readonly [RecurrenceMatcher, string])[] = [
  [everyAdverb, 'еп'],
  [each, 'к'],
  [afterEach, 'иоз'],
  [byUnits, 'п'],
  [timesPer, 'р'],
  [twiceThrice, 'дт'],
];
export const RECURRENCE_MATCHERS: readonly RecurrenceMatcher[] = MATCHERS.map(([m]) => m);

/** The matchers by first letter (а…я, by code), in order; a letter that starts none has none. */
const BY_LETTER: RecurrenceMatcher[][] = [];
for (let c = 0x430; c <= 0x44f; c++) BY_LETTER.push(MATCHERS.filter(([, letters]) => letters.includes(String.fromCharCode(c))).map(([m]) => m));

/** The matchers a word can start (none for a number or a Latin word: every letter above is Cyrillic). */
function matchersOf(w: string): readonly RecurrenceMatcher[] {
  const c = w.charCodeAt(0);
  return c >= 0x430 && c <= 0x44f ? BY_LETTER[c - 0x430] : NONE;
}
const NONE: readonly RecurrenceMatcher[] = [];

/** Unit of «N раз в <unit>» (or «раз в N месяцев»). */
function unitForCount(count: number, per: Found, perN: number): Found {
  const daysPer: Record<string, number> = { week: 7, month: 30, squarter: 60, quarter: 91, 'half-year': 182, year: 365 };
  if (count <= 1 && perN <= 1) return per;
  const gap = (daysPer[per] * perN) / Math.max(1, count);
  return unitForGap(gap);
}

/** The unit of dates `gap` days apart. */
export function unitForGap(gap: number): RecurrenceUnit {
  if (gap <= 16) return 'week';
  if (gap <= 45) return 'month';
  if (gap <= 135) return 'quarter';
  if (gap <= 250) return 'half-year';
  return 'year';
}

export interface RecInfo {
  unit: RecurrenceUnit | null;
  schoolQuarter: boolean;
}

/** What findRecurrence says of words naming no recurrence (read-only, shared). */
export const NO_RECURRENCE: Readonly<RecInfo> = { unit: null, schoolQuarter: false };

/**
 * Whether findRecurrence could find a unit in these tokens' words (its words are the word and
 * number tokens, in order): most cells name none, and then the words need not be made at all.
 * A word no matcher starts at (WordInfo.recurrenceHead) cannot give a unit; «по» starts one only
 * before «неделям» … «годам».
 */
export function mayNameRecurrence(toks: readonly Tok[]): boolean {
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.k !== 'word') continue;
    if (t.w === 'по') {
      let j = i + 1;
      while (j < toks.length && toks[j].k !== 'word' && toks[j].k !== 'num') j++;
      const n = j < toks.length ? toks[j] : undefined;
      if (n !== undefined && n.k === 'word' && BY_UNITS_RE.test(n.w)) return true;
    } else if (t.info.recurrenceHead) return true;
  }
  return false;
}

/** The smallest recurrence unit the words name. */
export function findRecurrence(words: string[]): RecInfo {
  const found: Found[] = [];
  for (let i = 0; i < words.length; i++) {
    for (const match of matchersOf(words[i])) {
      const u = match(words, i);
      if (u) {
        found.push(u);
        break;
      }
    }
  }
  if (found.length === 0) return { unit: null, schoolQuarter: false };
  let best: RecurrenceUnit | null = null;
  let sq = false;
  for (const f of found) {
    const u: RecurrenceUnit = f === 'squarter' ? 'quarter' : f;
    if (best === null || UNIT_ORDER.indexOf(u) < UNIT_ORDER.indexOf(best)) {
      best = u;
      sq = f === 'squarter';
    } else if (u === best && f === 'squarter') sq = true;
  }
  return { unit: best, schoolQuarter: sq };
}
