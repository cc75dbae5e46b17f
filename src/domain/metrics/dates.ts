/**
 * Calendar arithmetic on ISO dates for the indicators: plain Date.UTC, no time zones.
 * A "day" is the number of days since 1970-01-01.
 */
import type { IsoDate } from '../core/types';

const PAD2 = Array.from({ length: 32 }, (_, i) => (i < 10 ? `0${i}` : String(i)));

function pad4(y: number): string {
  return y >= 1000 && y <= 9999 ? String(y) : String(y).padStart(4, '0');
}

/** True for a real calendar date written "YYYY-MM-DD". */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string' || value.length !== 10) return false;
  // By char codes rather than the regex /^(\d{4})-(\d{2})-(\d{2})$/ and Number(): the metrics call it for
  // every date of every measure. ASCII digits only, as \d without the u flag.
  if (value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  const y = digitsValue(value, 0, 4);
  const mo = digitsValue(value, 5, 7);
  const d = digitsValue(value, 8, 10);
  if (y < 0 || mo < 0 || d < 0) return false;
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

/** The number the ASCII digits from `from` to `to` write, or -1 when one is not a digit. */
function digitsValue(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

import { daysInMonth } from '../core/calendar';

export { daysInMonth };

// Days from civil and back (H. Hinnant's algorithms): integer arithmetic only, no Date objects,
// because the summary of thousands of plans converts dates millions of times.
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(n: number): { y: number; m: number; d: number } {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

/** The ISO date of y-m-d; months and days out of range roll over (month 13 → January next year). */
export function isoOf(y: number, m: number, d: number): IsoDate {
  const y2 = y + Math.floor((m - 1) / 12);
  const m2 = ((((m - 1) % 12) + 12) % 12) + 1;
  if (d >= 1 && d <= daysInMonth(y2, m2)) return `${pad4(y2)}-${PAD2[m2]}-${PAD2[d]}`;
  return fromDay(daysFromCivil(y2, m2, 1) + d - 1);
}

/** Sheets' serial day number of a floating date (its UTC fields are the wall clock; days since 1899-12-30, fractions the time). */
export function serialDay(floating: Date): number {
  return floating.getTime() / 86400000 + 25569;
}

export function parts(iso: IsoDate): { y: number; m: number; d: number } {
  return { y: Number(iso.slice(0, 4)), m: Number(iso.slice(5, 7)), d: Number(iso.slice(8, 10)) };
}

export function toDay(iso: IsoDate): number {
  return daysFromCivil(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
}

export function fromDay(n: number): IsoDate {
  const { y, m, d } = civilFromDays(n);
  return `${pad4(y)}-${PAD2[m]}-${PAD2[d]}`;
}

export function addDays(iso: IsoDate, k: number): IsoDate {
  return fromDay(toDay(iso) + k);
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return toDay(b) - toDay(a);
}

export function monthStart(iso: IsoDate): IsoDate {
  return iso.slice(0, 8) + '01';
}

export function monthEnd(iso: IsoDate): IsoDate {
  const { y, m } = parts(iso);
  return isoOf(y, m, daysInMonth(y, m));
}

/** First day of the month `k` months after the month of `iso`. */
export function addMonthsStart(iso: IsoDate, k: number): IsoDate {
  const { y, m } = parts(iso);
  return isoOf(y, m + k, 1);
}

export function minIso(a: IsoDate, b: IsoDate): IsoDate {
  return a < b ? a : b;
}

export function maxIso(a: IsoDate, b: IsoDate): IsoDate {
  return a > b ? a : b;
}

export { ruDate } from '../core/text-ru';
