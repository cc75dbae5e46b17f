/**
 * The deadline's recurrence: `every` is the unit the text names; `dates` lists due dates when the
 * text implies them: weekdays (every matching day), ordinal weekdays (every matching day of each
 * month), days of the month, school quarters (each quarter's end), yearly windows («ежегодно
 * (сентябрь-октябрь)» in 2021-2024: each year's 31 October; start/end = first and last occurrence
 * inside the period) and explicit lists. Plain «ежемесячно», «ежеквартально», «еженедельно»,
 * «ежегодно» give no dates: start/end bound them. A list of single days or months is a recurrence
 * whose `every` comes from the smallest gap between its items.
 */
import { dayToIso, schoolQuartersWithin, shiftYears } from '../../period';
import type { Recurrence, RecurrenceUnit } from '../../../core/types';
import { MAX_DATES, type Part, type Span } from '../model';
import { dayOfMonthDates } from './days-of-month';
import { weekdayDates, type WeekdayRule } from './weekdays';
import { unitForGap, type RecInfo } from './words';

export interface RecurrenceInput {
  /** weekday rules that count (not a comment next to a date) */
  weekdays: WeekdayRule[];
  /** days of the month («до 5 числа») */
  daysOfMonth: number[];
  rec: RecInfo;
  parts: Part[];
  explicitYears: number[];
  /** the deadline's start … end so far */
  base: Span;
  plan: Span;
}

/** The recurrence, and the deadline's span (a yearly window stretches it to its last year). */
export function buildRecurrence(x: RecurrenceInput): { base: Span; recurrence: Recurrence | null } {
  const { weekdays, daysOfMonth, rec, parts, base } = x;
  const listDates = parts.length >= 2 && parts.every((p) => p.listable) ? [...new Set(parts.map((p) => p.span.e))].sort((a, b) => a - b) : [];
  if (weekdays.length > 0) {
    const monthly = weekdays.some((r) => r.ordinals.length > 0);
    return { base, recurrence: withDates(monthly ? 'month' : 'week', clampDates(weekdayDates(weekdays, base), base)) };
  }
  if (daysOfMonth.length > 0 && (rec.unit === null || rec.unit === 'month')) {
    return { base, recurrence: withDates('month', clampDates(dayOfMonthDates(daysOfMonth, base), base)) };
  }
  if (rec.unit !== null) {
    if (rec.schoolQuarter)
      return {
        base,
        recurrence: withDates(
          'quarter',
          clampDates(
            schoolQuartersWithin(base.s, base.e).map((q) => q.e),
            base,
          ),
        ),
      };
    if (isYearlyWindow(x)) return yearlyWindow(base, listDates, x.plan);
    return { base, recurrence: listDates.length >= 2 ? withDates(rec.unit, listDates) : { every: rec.unit } };
  }
  if (listDates.length >= 2) {
    let gap = Infinity;
    for (let i = 1; i < listDates.length; i++) gap = Math.min(gap, listDates[i] - listDates[i - 1]);
    return { base, recurrence: withDates(unitForGap(gap), listDates) };
  }
  return { base, recurrence: null };
}

/** The dates inside base, at most MAX_DATES. */
const clampDates = (ds: number[], base: Span): number[] => ds.filter((d) => d >= base.s && d <= base.e).slice(0, MAX_DATES);

/** «ежегодно (сентябрь-октябрь)»: a yearly text with dates of one year at most, no year written, no «с …». */
function isYearlyWindow({ rec, parts, explicitYears, base }: RecurrenceInput): boolean {
  return rec.unit === 'year' && parts.length > 0 && explicitYears.length === 0 && base.e - base.s < 366 && !parts.some((p) => p.open);
}

/** A yearly window: repeat it every year it fits in the period. */
function yearlyWindow(base: Span, listDates: number[], plan: Span): { base: Span; recurrence: Recurrence } {
  const points = listDates.length > 0 ? listDates : [base.e];
  const dates: number[] = [];
  let lastEnd = base.e;
  for (let y = 0; y < 200; y++) {
    const e = shiftYears(base.e, y);
    if (y > 0 && e > plan.e) break;
    lastEnd = e;
    for (const d of points) dates.push(shiftYears(d, y));
  }
  return { base: { s: base.s, e: lastEnd }, recurrence: withDates('year', dates.slice(0, MAX_DATES)) };
}

export function withDates(every: RecurrenceUnit, days: number[]): Recurrence {
  const sorted = [...new Set(days)].sort((a, b) => a - b);
  return sorted.length > 0 ? { every, dates: sorted.map(dayToIso) } : { every };
}
