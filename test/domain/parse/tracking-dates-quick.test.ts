/**
 * parseDateCellIn with its quick way for «d.mm.yyyy» against the function as it was before (kept
 * here as the reference): the same answers over every day, month and year form of digits and dots
 * and odd texts around them.
 */
import type { Cell, IsoDate, Period } from '../../../src/domain/core/types';
import { monthFromWord, normaliseSpaces } from '../../../src/domain/core/text';
import { isoDate, parseDateCell } from '../../../src/domain/parse/tracking';
import { parseDateCellIn } from '../../../src/domain/parse/tracking-dates';
import { parsePeriod } from '../../../src/domain/parse/period';

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
 * The calendar date of a tracking cell in a plan: parseDateCell's, else a day and month with the
 * year taken from the period (see the module comment).
 */
function referenceDateIn(cell: Cell, period: Pick<Period, 'start' | 'end'>, hint?: IsoDate | null): IsoDate | null {
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

const PERIODS = [parsePeriod('2022')!, parsePeriod('2021/2022')!, parsePeriod('2021-2024')!];
const HINTS: (IsoDate | null)[] = [null, '2022-03-01', '2023-12-31'];

function texts(): string[] {
  const out: string[] = [];
  const days = ['0', '00', '1', '01', '9', '09', '10', '28', '29', '30', '31', '32', '99'];
  const months = ['0', '00', '1', '01', '2', '02', '4', '04', '9', '09', '10', '12', '13', '1 '];
  const years = ['1899', '1900', '2000', '2022', '2024', '2100', '2199', '2200', '9999', '0000', '22', '022', '20222'];
  for (const d of days) for (const m of months) for (const y of years) out.push(`${d}.${m}.${y}`);
  out.push('', '1.1.2022', '1..2022', '.1.2022', '1.1.', '1.01.2022 ', ' 1.01.2022', '1.01.2022г.', '1/01/2022', '1-01-2022');
  out.push('29.02.2024', '29.02.2023', '29.02.2100', '29.02.2000', '31.04.2022', '1.01.2О22', '１.01.2022', '1.01.2022.');
  out.push('18.01', '18 янв', '18 января', '1.01.22', '2022-01-01', '1 января 2022', 'абвгдежзи', '12345678', '1.2.3.4');
  return out;
}

test('parseDateCellIn: the quick way for «d.mm.yyyy» answers as before', () => {
  let read = 0;
  for (const t of texts()) {
    for (const period of PERIODS) {
      for (const hint of HINTS) {
        const got = parseDateCellIn(t, period, hint);
        expect([t, got]).toEqual([t, referenceDateIn(t, period, hint)]);
        if (got !== null) read++;
      }
    }
  }
  expect(read).toBeGreaterThan(500);
  const cells: Cell[] = [null, 44600, new Date(Date.UTC(2022, 0, 5)), true, 0];
  for (const c of cells) expect(parseDateCellIn(c, PERIODS[0], null)).toBe(referenceDateIn(c, PERIODS[0], null));
});
