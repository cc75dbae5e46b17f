/**
 * The plan against the audit targets, at planning time: how many measures the plan itself schedules
 * by the end of each half-year. A plan that schedules 3 of 12 measures by 30.06 cannot be 40 % done
 * by then, whatever the school does; the check says so in January, not in July.
 *
 * Decisions:
 * - A measure is scheduled by a date when its deadline's last occurrence is due on or before it
 *   (occurrences.ts: the end of a one-off deadline, the last date of a recurring one); a measure with
 *   no dates («по мере необходимости», no deadline) is never scheduled, but stays in the base.
 * - The base and the half-years are those of the audit (half-years.ts, metrics.ts): cancelled
 *   measures leave it; for a span of years, the measures due in the audited year.
 * - Short: scheduled × 100 < target × base (the same comparison as the audit's «met»).
 */
import type { Measure } from '../roadmap/measure';
import type { IsoDate, Period } from '../core/types';
import { percent } from './format';
import { auditCycle, inAuditBase, type AuditCycle } from './half-years';
import { finalDueOf } from './occurrences';

export interface PlannedHalfYear {
  half: 1 | 2;
  end: IsoDate;
  target: number;
  /** Measures in the audit base. */
  base: number;
  /** Of those, measures whose deadline ends on or before `end`. */
  scheduled: number;
  /** scheduled as % of the base, one decimal. */
  percent: number;
  /** The plan schedules fewer measures by `end` than the target asks. */
  short: boolean;
}

export function plannedByHalfYears(
  measures: readonly Measure[],
  period: Period,
  today: IsoDate,
  targets: { h1: number; h2: number },
): { cycle: AuditCycle; halves: PlannedHalfYear[] } {
  const cycle = auditCycle(period, today);
  const ends = [cycle.h1.end, cycle.h2.end];
  let base = 0;
  const scheduled = [0, 0];
  // An index loop: for…of left an iterator result a measure here.
  for (let k = 0; k < measures.length; k++) {
    const m = measures[k];
    if (m.status === 'Отменено') continue;
    const finalDue = finalDueOf(m.deadline, period);
    if (!inAuditBase(finalDue, cycle)) continue;
    base++;
    for (let i = 0; i < ends.length; i++) if (finalDue !== null && finalDue <= ends[i]) scheduled[i]++;
  }
  const halves = [cycle.h1, cycle.h2].map((w, i): PlannedHalfYear => {
    const target = i === 0 ? targets.h1 : targets.h2;
    return { half: w.half, end: w.end, target, base, scheduled: scheduled[i], percent: percent(scheduled[i], base), short: scheduled[i] * 100 < target * base };
  });
  return { cycle, halves };
}
