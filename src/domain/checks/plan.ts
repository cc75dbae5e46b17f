/** Checks of the plan as a whole against the audit targets (see metrics/planned.ts). */
import type { IsoDate, Period } from '../core/types';
import type { Measure } from '../roadmap/measure';
import { formatPercentRu, halfYearLabelRu, measuresGenRu, plannedByHalfYears, ruDate } from '../metrics';
import { formatNumberRu } from '../core/text-ru';
import type { DiagnosticSink } from './context';

/**
 * Once per table and half-year: the plan schedules fewer measures by the end of the half-year than
 * its audit target asks («к 30.06.2022 по плану 3 из 12 мероприятий — 25 % при цели 40 %»).
 */
export function checkPlanAgainstAudit(
  measures: readonly Measure[],
  period: Period,
  today: IsoDate,
  targets: { h1: number; h2: number },
  sink: DiagnosticSink,
): void {
  const { cycle, halves } = plannedByHalfYears(measures, period, today, targets);
  for (const h of halves) {
    if (!h.short || h.base === 0) continue;
    sink.add(
      'plan-below-audit-target',
      null,
      'deadline',
      `к ${ruDate(h.end)} по плану ${formatNumberRu(h.scheduled)} из ${measuresGenRu(h.base)} — ${formatPercentRu(h.percent)} ` +
        `при цели ${formatPercentRu(h.target)} (${halfYearLabelRu(h, cycle)}). Чтобы достичь цели, часть мероприятий придётся ` +
        'выполнить раньше срока: проверьте сроки или цели аудита в «Настройках».',
    );
  }
}
