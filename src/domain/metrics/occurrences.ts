/**
 * When a measure falls due, and whether each due date has a record.
 *
 * A measure's deadline gives one or more occurrences, each with a due date and the day its window
 * opens (`from`):
 * - one-off: a single occurrence, due on the deadline's end («до 27 марта» → 27.03; «Март – декабрь
 *   2022» → 31.12.2022). A deadline with a start and no end runs to the end of the plan's period.
 * - recurring with explicit dates (`recurrence.dates`: lists, ordinal weekdays): one occurrence per
 *   date, due on that date; its window opens the day after the previous occurrence's due date (the
 *   first one's at the deadline's start).
 * - recurring by unit: consecutive windows of one unit from the deadline's start (the period's start
 *   when the deadline has none) to its end (the period's end when it has none): calendar months;
 *   quarters, half-years and years counted from the start month («С апреля ежеквартально» →
 *   апрель–июнь, июль–сентябрь, октябрь–декабрь); weeks of 7 days from the start day. Each occurrence
 *   is due on the last day of its window (the last window is cut at the deadline's end).
 * - no deadline, an unscheduled one («по мере необходимости») or one without dates: no occurrences;
 *   such a measure never falls due and is never overdue.
 *
 * RECORDS. A measure row has one status and one completion date, so a record of an occurrence is read
 * this way:
 * - status «Выполнено» (dated on or before today, or undated) records every occurrence — the measure
 *   is done as a whole;
 * - otherwise, for a recurring measure, the completion date is the date of the latest record: every
 *   occurrence whose window opened on or before it is recorded (the user moves the date forward each
 *   time the measure is held: «ежемесячно с марта», date 15.05 → March, April and May are recorded).
 *   An occurrence with no record once its due date has passed makes the measure overdue.
 * - a one-off measure is recorded only by being done.
 */
import type { Deadline, IsoDate, Period } from '../core/types';
import { addDays, addMonthsStart, isIsoDate, maxIso, minIso, monthStart } from './dates';

export interface Occurrence {
  /** The day the occurrence's window opens: a record dated on or after it counts for it. */
  from: IsoDate;
  /** The day it is due. */
  due: IsoDate;
}

/** More occurrences than this (a weekly measure over 20 years) are cut: nothing real needs them. */
export const MAX_OCCURRENCES = 1100;

const UNIT_MONTHS = { month: 1, quarter: 3, 'half-year': 6, year: 12 } as const;

/**
 * The occurrences of a deadline in date order; [] when it has no dates. The list is shared by the
 * measures with the same deadline object (repeated texts are parsed into one): read it, do not change it.
 */
export function occurrencesOf(deadline: Deadline | null | undefined, period: Period): Occurrence[] {
  if (!deadline || deadline.unscheduled) return [];
  const known = computed.get(deadline);
  if (known && known.period === period && known.start === deadline.start && known.end === deadline.end && known.recurrence === deadline.recurrence) {
    return known.occurrences;
  }
  const occurrences = computeOccurrences(deadline, period);
  computed.set(deadline, { period, start: deadline.start, end: deadline.end, recurrence: deadline.recurrence, occurrences });
  return occurrences;
}

/**
 * The due date of a deadline's last occurrence (occurrencesOf's last `due`), or null when it has none.
 * A one-off deadline's due date is worked out without the list (and without remembering it: the plan
 * check reads each distinct deadline once); a recurring one, or one already listed, from occurrencesOf.
 */
export function finalDueOf(deadline: Deadline | null | undefined, period: Period): IsoDate | null {
  if (!deadline || deadline.unscheduled) return null;
  const known = computed.get(deadline);
  if (deadline.recurrence || known) {
    const occurrences = occurrencesOf(deadline, period);
    return occurrences.length > 0 ? occurrences[occurrences.length - 1].due : null;
  }
  // computeOccurrences' one-off case.
  const start = isIsoDate(deadline.start) ? deadline.start : null;
  const end = isIsoDate(deadline.end) ? deadline.end : null;
  if (start === null && end === null) return null;
  return end ?? (isIsoDate(period.end) && period.end >= (start as IsoDate) ? period.end : (start as IsoDate));
}

/** The last occurrences computed per deadline object, with what they were computed from. */
const computed = new WeakMap<
  Deadline,
  { period: Period; start: Deadline['start']; end: Deadline['end']; recurrence: Deadline['recurrence']; occurrences: Occurrence[] }
>();

function computeOccurrences(deadline: Deadline, period: Period): Occurrence[] {
  const start = isIsoDate(deadline.start) ? deadline.start : null;
  const end = isIsoDate(deadline.end) ? deadline.end : null;
  const rec = deadline.recurrence;
  if (!rec) {
    if (start === null && end === null) return [];
    const due = end ?? (isIsoDate(period.end) && period.end >= (start as IsoDate) ? period.end : (start as IsoDate));
    return [{ from: minIso(start ?? due, due), due }];
  }

  const dates = (rec.dates ?? []).filter(isIsoDate).slice().sort();
  if (dates.length > 0) {
    const out: Occurrence[] = [];
    let from = start !== null ? minIso(start, dates[0]) : dates[0];
    let previous: IsoDate | null = null;
    for (const due of dates) {
      if (due === previous) continue;
      out.push({ from, due });
      previous = due;
      from = addDays(due, 1);
      if (out.length >= MAX_OCCURRENCES) break;
    }
    return out;
  }

  const s = start ?? (isIsoDate(period.start) ? period.start : null);
  const e = end ?? (isIsoDate(period.end) ? period.end : null);
  if (s === null || e === null || s > e) {
    const only = end ?? start;
    return only ? [{ from: only, due: only }] : [];
  }
  const out: Occurrence[] = [];
  if (rec.every === 'week') {
    let from = s;
    while (from <= e && out.length < MAX_OCCURRENCES) {
      const due = minIso(addDays(from, 6), e);
      out.push({ from, due });
      from = addDays(due, 1);
    }
    return out;
  }
  const step = UNIT_MONTHS[rec.every] ?? 1;
  let windowStart = monthStart(s);
  while (out.length < MAX_OCCURRENCES) {
    const next = addMonthsStart(windowStart, step);
    const from = maxIso(windowStart, s);
    if (from > e) break;
    const due = minIso(addDays(next, -1), e);
    out.push({ from, due });
    windowStart = next;
  }
  return out;
}

/** What the tracking fields say about a measure on a given day. */
export interface ScheduleState {
  /** Done as a whole: status «Выполнено» dated on or before today (or undated). */
  done: boolean;
  recurring: boolean;
  /** Has at least one occurrence. */
  scheduled: boolean;
  firstDue: IsoDate | null;
  finalDue: IsoDate | null;
  /** The earliest occurrence without a record whose due date has passed, or null. */
  missedDue: IsoDate | null;
  /** The earliest occurrence without a record whose due date has not passed yet, or null. */
  nextDue: IsoDate | null;
  /** Every occurrence due on or before today has a record. */
  upToDate: boolean;
}

export interface RecordFields {
  doneDate: IsoDate | null;
}

/**
 * The schedule state of a measure. `done` is decided by the caller (from the status); `passed` is
 * the last day whose deadlines have passed (the day before today, or today itself at the end of it).
 */
export function scheduleState(
  occurrences: Occurrence[],
  recurring: boolean,
  done: boolean,
  record: RecordFields,
  today: IsoDate,
  passed: IsoDate,
): ScheduleState {
  const n = occurrences.length;
  const firstDue = n > 0 ? occurrences[0].due : null;
  const finalDue = n > 0 ? occurrences[n - 1].due : null;
  // Occurrences are recorded as a prefix: everything before the first unrecorded one.
  let firstOpen = n;
  if (!done) {
    firstOpen = 0;
    const lastRecord = recurring && record.doneDate !== null && record.doneDate <= today ? record.doneDate : null;
    if (lastRecord !== null) {
      while (firstOpen < n && occurrences[firstOpen].from <= lastRecord) firstOpen++;
    }
  }
  let missedDue: IsoDate | null = null;
  let nextDue: IsoDate | null = null;
  let upToDate = true;
  if (firstOpen < n) {
    const open = occurrences[firstOpen];
    if (open.due <= passed) missedDue = open.due;
    if (open.due <= today) upToDate = false;
    for (let i = firstOpen; i < n; i++) {
      if (occurrences[i].due > passed) {
        nextDue = occurrences[i].due;
        break;
      }
    }
  }
  return { done, recurring, scheduled: n > 0, firstDue, finalDue, missedDue, nextDue, upToDate };
}
