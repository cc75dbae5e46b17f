/**
 * Completion dates as people type them in a plan: without the year («18.01», «18 янв», «18 января»,
 * «18 янв.»). The year comes from the plan's period.
 *
 * Decisions:
 * - A full date («18.01.22», «18 января 2022», a date cell, a serial number) is read by
 *   parseDateCell and is never moved.
 * - Day and month without a year: the year that puts the date inside the period. For an academic
 *   year 2021/2022 «18.01» is 18.01.2022 and «18.10» is 18.10.2021; for a calendar year it is that year.
 * - Several years would do (a programme «2021-2024»): the one whose date is nearest to `hint` (the
 *   measure's deadline); with no hint the date is not read (the checks ask for the year).
 * - No year puts it inside (a period cut mid-month): the year nearest to the period, if that date is
 *   at most two months (62 days) outside it and no other year is as near; else not read.
 */
import type { Cell, IsoDate, Period } from '../core/types';
import { daysInMonth } from '../core/calendar';
import { digitAt } from '../core/letters';
import { monthFromWord, normaliseSpaces } from '../core/text';
import { dayNumber as civilDayNumber, dayToIso } from './period';
import { isoDate, parseDateCell } from './tracking';

const DAY_MONTH_NUMERIC = /^(\d{1,2})\s*[./]\s*(\d{1,2})\.?$/u;
const DAY_MONTH_WORD = /^(\d{1,2})\s+(\p{L}+\.?)$/u;

/** The day and month of a cell typed without a year, or null. */
function dayMonthOf(text: string): { day: number; month: number } | null {
  const s = normaliseSpaces(text);
  let m = DAY_MONTH_NUMERIC.exec(s);
  if (m) return { day: Number(m[1]), month: Number(m[2]) };
  m = DAY_MONTH_WORD.exec(s);
  if (m) {
    const month = monthFromWord(m[2]);
    return month === null ? null : { day: Number(m[1]), month };
  }
  return null;
}

/** How far outside the period a date typed without a year may fall. */
const MAX_OUTSIDE_DAYS = 62;

const dayNumber = (iso: IsoDate): number => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86400000;

/** Days from a date to the period: 0 inside it. */
function distanceTo(iso: IsoDate, period: Pick<Period, 'start' | 'end'>): number {
  if (iso < period.start) return dayNumber(period.start) - dayNumber(iso);
  if (iso > period.end) return dayNumber(iso) - dayNumber(period.end);
  return 0;
}

/**
 * parseDateCell of the commonest typed date, «d.mm.yyyy» or «dd.mm.yyyy» (digits and two dots, nothing
 * else), a valid day of 1900–2199: the same ISO text, taken from the calendar's cache, with no regex
 * match or new string. null: any other text or an invalid day (parseDateCell decides those).
 */
function plainNumericDate(s: string): IsoDate | null {
  const n = s.length;
  if (n < 8 || n > 10) return null;
  let i = 0;
  let day = digitAt(s, i++);
  if (day < 0) return null;
  if (s.charCodeAt(i) !== 46) {
    const d2 = digitAt(s, i++);
    if (d2 < 0) return null;
    day = day * 10 + d2;
  }
  if (s.charCodeAt(i++) !== 46) return null;
  let month = digitAt(s, i++);
  if (month < 0) return null;
  if (s.charCodeAt(i) !== 46) {
    const m2 = digitAt(s, i++);
    if (m2 < 0) return null;
    month = month * 10 + m2;
  }
  if (s.charCodeAt(i++) !== 46 || n - i !== 4) return null;
  const y1 = digitAt(s, i);
  const y2 = digitAt(s, i + 1);
  const y3 = digitAt(s, i + 2);
  const y4 = digitAt(s, i + 3);
  if ((y1 | y2 | y3 | y4) < 0) return null;
  const year = y1 * 1000 + y2 * 100 + y3 * 10 + y4;
  if (year < 1900 || year > 2199 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return dayToIso(civilDayNumber(year, month, day));
}

/**
 * The calendar date of a tracking cell in a plan: parseDateCell's, else a day and month with the
 * year taken from the period (see the module comment).
 */
export function parseDateCellIn(cell: Cell, period: Pick<Period, 'start' | 'end'>, hint?: IsoDate | null): IsoDate | null {
  if (typeof cell === 'string') {
    const plain = plainNumericDate(cell);
    if (plain !== null) return plain;
  }
  const full = parseDateCell(cell);
  if (full !== null || typeof cell !== 'string') return full;
  const dm = dayMonthOf(cell);
  if (dm === null || !/^\d{4}-\d{2}-\d{2}$/.test(period.start) || !/^\d{4}-\d{2}-\d{2}$/.test(period.end)) return null;
  const first = Number(period.start.slice(0, 4));
  const last = Number(period.end.slice(0, 4));
  if (last < first || last - first > 50) return null;
  let best: IsoDate[] = [];
  let bestDistance = Infinity;
  for (let y = first - 1; y <= last + 1; y++) {
    const iso = isoDate(y, dm.month, dm.day);
    if (iso === null) continue;
    const d = distanceTo(iso, period);
    if (d < bestDistance) [best, bestDistance] = [[iso], d];
    else if (d === bestDistance) best.push(iso);
  }
  if (bestDistance > MAX_OUTSIDE_DAYS) return null;
  if (best.length === 1) return best[0];
  if (bestDistance > 0 || !hint || !/^\d{4}-\d{2}-\d{2}$/.test(hint)) return null;
  const h = dayNumber(hint);
  return best.reduce((a, b) => (Math.abs(dayNumber(b) - h) < Math.abs(dayNumber(a) - h) ? b : a));
}
