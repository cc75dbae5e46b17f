/** Calendar stretches as day-number spans: a day, a month, months, a year, an academic year. */
import type { IsoDate, Recurrence } from '../../core/types';
import { dayNumber, dayToIso, daysInMonth } from '../period';
import type { DeadlineParse, Span } from './model';

/** ISO date of a calendar date (month 1-based); an overflowing day rolls into the next month. */
export function isoDate(y: number, m: number, d: number): IsoDate {
  return dayToIso(dayNumber(y, m, d));
}

export function monthSpan(y: number, m: number): Span {
  return { s: dayNumber(y, m, 1), e: dayNumber(y, m, daysInMonth(y, m)) };
}
/** One day; an impossible day is clamped to the month (31.04 → 30.04). */
export function daySpan(y: number, m: number, d: number): Span {
  const n = clampedDay(y, m, d);
  return { s: n, e: n };
}

/** The day number of a calendar date, an impossible day clamped to the month (31.04 → 30.04). */
export function clampedDay(y: number, m: number, d: number): number {
  return dayNumber(y, m, Math.min(d, daysInMonth(y, m)));
}

/** The parse of a readable deadline: the days s…e (day numbers), its recurrence and the years written. */
export function scheduled(text: string, s: number, e: number, recurrence: Recurrence | null, explicitYears: number[]): DeadlineParse {
  return { deadline: { text, start: dayToIso(s), end: dayToIso(e), recurrence, unscheduled: false }, readable: true, explicitYears };
}
export function monthsSpan(y: number, m1: number, m2: number): Span {
  // m2 may exceed 12 (wraps into the next year)
  const e = dayNumber(y, m2 + 1, 1) - 1;
  return { s: dayNumber(y, m1, 1), e };
}
export function yearSpan(y: number): Span {
  return { s: dayNumber(y, 1, 1), e: dayNumber(y, 12, 31) };
}
export function academicSpan(y: number): Span {
  return { s: dayNumber(y, 9, 1), e: dayNumber(y + 1, 8, 31) };
}

/** Half-year n: academic I = September–December, II = January–May; calendar I = January–June, II = July–December. */
export function halfYearOcc(n: number, academic: boolean): (y: number) => Span {
  if (academic) return n === 1 ? (y) => monthsSpan(y, 9, 12) : (y) => monthsSpan(y + 1, 1, 5);
  return n === 1 ? (y) => monthsSpan(y, 1, 6) : (y) => monthsSpan(y, 7, 12);
}
