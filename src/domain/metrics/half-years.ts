/**
 * The two half-years a plan is audited on («в 1 полугодии – не менее 40% мер; во 2 полугодии – не
 * менее 90% мер», cumulative shares of the plan's measures).
 *
 * Decisions:
 * - Calendar-year plan («2022»): H1 = 01.01–30.06, H2 = 01.07–31.12.
 * - Academic-year plan («2021/2022», September–August): H1 = 01.09–31.12, H2 = 01.01–30.06. The
 *   second half-year ends on 30 June, not on 31 August: half-year reports are due on 21 January and
 *   13 July, i.e. after the calendar half-years ending 31.12 and 30.06, and the school year's work
 *   ends in June. Measures due in July–August still count in the plan's base (the 90 % target leaves
 *   room for them).
 * - Span of years («2021-2024»): the half-years of the calendar year containing today (the first
 *   year before the span starts, the last one after it ends). The audit base is then the measures
 *   whose (last) due date falls in that year: a four-year programme cannot be 40 % done by its first
 *   June.
 */
import type { IsoDate, Period } from '../core/types';
import { isIsoDate, isoOf, maxIso, minIso, parts } from './dates';

export interface HalfYearWindow {
  half: 1 | 2;
  start: IsoDate;
  end: IsoDate;
}

export interface AuditCycle {
  h1: HalfYearWindow;
  h2: HalfYearWindow;
  /** For a span: the calendar year audited (its measures form the audit base); null otherwise. */
  year: number | null;
}

export function auditCycle(period: Period, today: IsoDate): AuditCycle {
  const start = isIsoDate(period.start) ? period.start : isoOf(parts(today).y, 1, 1);
  const end = isIsoDate(period.end) && period.end >= start ? period.end : isoOf(parts(start).y, 12, 31);
  const y0 = parts(start).y;
  if (period.kind === 'academic') {
    const h1End = isoOf(y0, 12, 31);
    const h2End = minIso(isoOf(y0 + 1, 6, 30), maxIso(end, isoOf(y0 + 1, 1, 1)));
    return {
      h1: { half: 1, start, end: h1End },
      h2: { half: 2, start: isoOf(y0 + 1, 1, 1), end: h2End },
      year: null,
    };
  }
  if (period.kind === 'span') {
    const y1 = parts(end).y;
    const y = Math.min(Math.max(parts(today).y, y0), y1);
    return {
      h1: { half: 1, start: maxIso(isoOf(y, 1, 1), start), end: isoOf(y, 6, 30) },
      h2: { half: 2, start: isoOf(y, 7, 1), end: minIso(isoOf(y, 12, 31), end) },
      year: y,
    };
  }
  return {
    h1: { half: 1, start, end: isoOf(y0, 6, 30) },
    h2: { half: 2, start: isoOf(y0, 7, 1), end: maxIso(end, isoOf(y0, 7, 1)) },
    year: null,
  };
}

/** In the audit base: every measure, or for a span the measures whose (last) due date falls in the audited year. */
export function inAuditBase(finalDue: IsoDate | null, cycle: AuditCycle): boolean {
  if (cycle.year === null) return true;
  if (finalDue === null) return false;
  const y = Number(finalDue.slice(0, 4));
  return y === cycle.year;
}
