/**
 * A fast way through the commonest deadline texts, read straight from the characters (no tokens,
 * atoms, prefixes or parts): one day, or a range of two days, written exactly as
 *
 *   [«с » | «С » | «до » | «До »] DAY                  («до 01.09.2022», «с 27 марта 2022 г.»)
 *   [«с » | «С »] DAY LINK DAY                       («с 01.01.2022 по 15.03.2022», «1 марта – 15 мая 2022 г.»)
 *
 * DAY is «dd.mm.yyyy» or «d[d] <month in the genitive, lower case>[ yyyy[ г.]]», LINK one of « по »,
 * « – », « - », «–», «-». Every day but a range's first has its year. Anything else, or a day the
 * full grammar would refuse (impossible day or month, implausible year), is left to it: null.
 *
 * What the full parse gives for these texts (test/domain/parse/deadline/quick.test.ts compares the
 * two): each day is an atom of its own, its year written (a fixed day) or, for a range's first, the
 * latest occurrence not after the range's end (resolveAroundWritten); «по» and a dash link the two
 * into one range first..last (ends put right when swapped); «до» and «с» before a single day are
 * its markers (ranges.ts singlePart); no recurrence, no whole-period phrase.
 */
import { digitAt } from '../../core/letters';
import type { Period } from '../../core/types';
import { dayNumber, isPlausibleYear, periodDays, yearOfDay } from '../period';
import { clampedDay, scheduled } from './spans';
import type { DeadlineParse } from './model';

const GENITIVE = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];

// readDay's answer (module scratch): the day, month, year (0: none written) and where it ends.
let dayD = 0;
let dayM = 0;
let dayY = 0;
let dayEnd = 0;

/** «dd.mm.yyyy» at i (the year plausible): true, with dayD, dayM, dayY, dayEnd set. */
function numericDay(s: string, i: number): boolean {
  if (s.charCodeAt(i + 2) !== 46 || s.charCodeAt(i + 5) !== 46) return false;
  const d1 = digitAt(s, i);
  const d2 = digitAt(s, i + 1);
  const m1 = digitAt(s, i + 3);
  const m2 = digitAt(s, i + 4);
  const y1 = digitAt(s, i + 6);
  const y2 = digitAt(s, i + 7);
  const y3 = digitAt(s, i + 8);
  const y4 = digitAt(s, i + 9);
  if ((d1 | d2 | m1 | m2 | y1 | y2 | y3 | y4) < 0) return false;
  dayD = d1 * 10 + d2;
  dayM = m1 * 10 + m2;
  dayY = y1 * 1000 + y2 * 100 + y3 * 10 + y4;
  dayEnd = i + 10;
  return dayD >= 1 && dayD <= 31 && dayM >= 1 && dayM <= 12 && isPlausibleYear(dayY);
}

/** «d[d] <month>[ yyyy[ г.]]» at i: true, with dayD, dayM, dayY (0 when no year), dayEnd set. */
function wordDay(s: string, i: number): boolean {
  const a = digitAt(s, i);
  if (a < 0) return false;
  let j = i + 1;
  const b = digitAt(s, j);
  if (b >= 0) j++;
  const d = b >= 0 ? a * 10 + b : a;
  if (d < 1 || d > 31 || s.charCodeAt(j) !== 32) return false;
  j++;
  let k = j;
  while (k < s.length && s.charCodeAt(k) >= 0x430 && s.charCodeAt(k) <= 0x44f) k++;
  let m = 0;
  for (let q = 0; q < 12 && m === 0; q++) if (GENITIVE[q].length === k - j && s.startsWith(GENITIVE[q], j)) m = q + 1;
  if (m === 0) return false;
  dayD = d;
  dayM = m;
  dayY = 0;
  dayEnd = k;
  // « yyyy», then « г.» or nothing: a plain four-digit year, no digit after it.
  if (s.charCodeAt(k) !== 32 || digitAt(s, k + 5) >= 0) return true;
  const a1 = digitAt(s, k + 1);
  const a2 = digitAt(s, k + 2);
  const a3 = digitAt(s, k + 3);
  const a4 = digitAt(s, k + 4);
  if ((a1 | a2 | a3 | a4) < 0) return true;
  const y = a1 * 1000 + a2 * 100 + a3 * 10 + a4;
  if (!isPlausibleYear(y)) return false;
  dayY = y;
  dayEnd = k + 5;
  if (s.charCodeAt(k + 5) === 32 && s.charCodeAt(k + 6) === 0x433 && s.charCodeAt(k + 7) === 46) dayEnd = k + 8;
  return true;
}

const readDay = (s: string, i: number): boolean => (s.charCodeAt(i + 2) === 46 ? numericDay(s, i) : wordDay(s, i));

/** The link at i: its length, or 0 when there is none (« по », « – », « - », «–», «-»). */
function linkAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c === 45 || c === 0x2013) return 1;
  if (c !== 32) return 0;
  const c1 = s.charCodeAt(i + 1);
  if ((c1 === 45 || c1 === 0x2013) && s.charCodeAt(i + 2) === 32) return 3;
  return c1 === 0x43f && s.charCodeAt(i + 2) === 0x43e && s.charCodeAt(i + 3) === 32 ? 4 : 0;
}

/** The deadline of one of the texts above, or null for any other. */
export function quickDeadline(raw: string, period: Period): DeadlineParse | null {
  const n = raw.length;
  if (n < 10 || n > 80) return null;
  const c0 = raw.charCodeAt(0);
  let i = 0;
  let marker = 0; // 1: «с», 2: «до»
  if ((c0 === 0x441 || c0 === 0x421) && raw.charCodeAt(1) === 32) {
    marker = 1;
    i = 2;
  } else if ((c0 === 0x434 || c0 === 0x414) && raw.charCodeAt(1) === 0x43e && raw.charCodeAt(2) === 32) {
    marker = 2;
    i = 3;
  }
  if (!readDay(raw, i)) return null;
  const d1 = dayD;
  const m1 = dayM;
  const y1 = dayY;
  if (dayEnd === n) return y1 === 0 ? null : single(raw, y1, clampedDay(y1, m1, d1), marker, period);
  if (marker === 2) return null;
  const link = linkAt(raw, dayEnd);
  if (link === 0 || !readDay(raw, dayEnd + link) || dayEnd !== n || dayY === 0) return null;
  const e2 = clampedDay(dayY, dayM, dayD);
  // A first day without its year: its latest occurrence not after the second (resolveAroundWritten).
  let s1 = 0;
  if (y1 !== 0) s1 = clampedDay(y1, m1, d1);
  else {
    const y0 = yearOfDay(e2);
    let y = y0 + 1;
    while (y >= y0 - 2 && clampedDay(y, m1, d1) > e2) y--;
    s1 = clampedDay(y < y0 - 2 ? y0 : y, m1, d1);
  }
  const years = y1 === 0 || y1 === dayY ? [dayY] : y1 < dayY ? [y1, dayY] : [dayY, y1];
  return scheduled(raw, Math.min(s1, e2), Math.max(s1, e2), null, years);
}

/** One fixed day x with its marker: as it is, «с x» up to the plan's end, «до x» from the plan's start. */
function single(raw: string, y: number, x: number, marker: number, period: Period): DeadlineParse {
  if (marker === 0) return scheduled(raw, x, x, null, [y]);
  // The plan: the period, or the year written when the period is broken (parse-deadline.ts).
  const pb = periodDays(period);
  const ps = pb ? pb.s : dayNumber(y, 1, 1);
  const pe = pb ? pb.e : dayNumber(y, 12, 31);
  if (marker === 1) return scheduled(raw, x, pe >= x ? pe : x, null, [y]);
  return scheduled(raw, ps <= x ? ps : x, x, null, [y]);
}
