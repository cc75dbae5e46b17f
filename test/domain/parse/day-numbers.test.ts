/**
 * The calendar arithmetic of period.ts (day numbers by the civil-date formulas, with Date kept for
 * the inputs it treats specially): the values the Date-based helpers gave.
 */
import { dayNumber, dayToIso, fromDayNumber, isoToDay, periodDays, shiftYears, yearOfDay } from '../../../src/domain/parse/period';

describe('day numbers', () => {
  test.each([
    [2022, 13, 1, 19358], // month overflow rolls into the next year
    [2022, 0, 0, 18961],
    [2022, -11, 40, 18667],
    [2024, 2, 30, 19783], // day overflow rolls into March
    [1900, 3, 1, -25508],
    [-5, 1, 1, -721354],
    [2022.5, 1, 1, 18993], // a fraction goes through Date
  ])('dayNumber(%d, %d, %d) = %d', (y, m, d, n) => {
    expect(dayNumber(y, m, d)).toBe(n);
  });

  test('out of Date range: NaN, as Date gives', () => {
    expect(dayNumber(1e6, 1, 1)).toBeNaN();
  });

  test.each([
    [0, { y: 1970, m: 1, d: 1, weekday: 4 }, '1970-01-01'],
    [-1, { y: 1969, m: 12, d: 31, weekday: 3 }, '1969-12-31'],
    [11016, { y: 2000, m: 2, d: 29, weekday: 2 }, '2000-02-29'],
    [47481, { y: 2099, m: 12, d: 31, weekday: 4 }, '2099-12-31'],
    [-719468, { y: 0, m: 3, d: 1, weekday: 3 }, '0000-03-01'],
    [30000000, { y: 84107, m: 3, d: 19, weekday: 6 }, '84107-03-19'],
    [1.5, { y: 1970, m: 1, d: 2, weekday: 5 }, '1970-01-02'],
    [-0.5, { y: 1969, m: 12, d: 31, weekday: 3 }, '1969-12-31'],
  ])('fromDayNumber(%d)', (n, civil, iso) => {
    expect(fromDayNumber(n)).toEqual(civil);
    expect(dayToIso(n)).toBe(iso);
    expect(yearOfDay(n)).toBe(civil.y);
  });

  test('yearOfDay on both sides of every 1 January, 1899-2203', () => {
    for (let y = 1899; y <= 2203; y++) {
      const jan1 = dayNumber(y, 1, 1);
      expect([yearOfDay(jan1 - 1), yearOfDay(jan1)]).toEqual([y - 1, y]);
    }
  });

  test.each([
    ['2022-02-29', null],
    ['2024-02-29', 19782],
    [' 2022-03-01 ', 19052],
    ['2022-3-01', null],
    ['0000-01-01', -719528],
  ])('isoToDay(%j) = %p', (iso, n) => {
    expect(isoToDay(iso)).toBe(n);
  });

  test('periodDays answers each period, asked in turn', () => {
    const a = { kind: 'calendar', label: '2022', start: '2022-01-01', end: '2022-12-31' } as const;
    const b = { kind: 'academic', label: '2021/2022', start: '2021-09-01', end: '2022-08-31' } as const;
    expect([periodDays(a), periodDays(b), periodDays(a)]).toEqual([
      { s: 18993, e: 19357 },
      { s: 18871, e: 19235 },
      { s: 18993, e: 19357 },
    ]);
    expect(periodDays({ ...a, start: '2023-01-01' })).toBeNull();
  });

  test('shiftYears: 29 February becomes 28 February', () => {
    expect(dayToIso(shiftYears(isoToDay('2024-02-29')!, 1))).toBe('2025-02-28');
  });
});
