/** Days of the month: «до 5 числа», «5 и 20 числа каждого месяца», «до 10-го числа». */
import { dayNumber, daysInMonth, fromDayNumber } from '../../period';
import type { Ctx, Span } from '../model';
import { isAndOr, isWordWith } from '../tokens';
import { monthSpan } from '../spans';
import { isNumberWord } from '../vocabulary';

/** No days of the month (read-only, shared). */
export const NO_DAYS: number[] = [];

/** The days written before «числа», sorted and unique. */
export function findDaysOfMonth(ctx: Ctx): number[] {
  const { toks, used } = ctx;
  const days: number[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (!isWordWith(toks[i], isNumberWord)) continue;
    for (let j = i - 1, guard = 0; j >= 0 && guard < 10; j--, guard++) {
      const c = toks[j];
      if (c.k === 'dash' || (c.k === 'sep' && c.c === ',') || (c.k === 'word' && isAndOr(c.w))) continue;
      if (c.k === 'num' && c.len <= 2 && c.v >= 1 && c.v <= 31 && !used[j]) {
        days.push(c.v);
        used[j] = true;
        continue;
      }
      break;
    }
  }
  return days.length === 0 ? NO_DAYS : [...new Set(days)].sort((a, b) => a - b);
}

/** Those days in every month of base (clamped to short months). */
export function dayOfMonthDates(days: number[], base: Span): number[] {
  const out: number[] = [];
  let cur = fromDayNumber(base.s);
  for (let guard = 0; guard < 150; guard++) {
    const ms = monthSpan(cur.y, cur.m);
    if (ms.s > base.e) break;
    for (const d of days) out.push(dayNumber(cur.y, cur.m, Math.min(d, daysInMonth(cur.y, cur.m))));
    cur = fromDayNumber(ms.e + 1);
  }
  return out;
}
