/**
 * The zone of a roadmap, as the federal coordinator ranks regions:
 * - red: the latest finished half-year missed its audit target (targets are cumulative, so a met
 *   second half-year supersedes a missed first one), or at least `zones.redOverduePercent` % of the
 *   measures due by today are overdue (and at least one is);
 * - yellow: anything is overdue or needs attention;
 * - green: otherwise.
 */
import type { Settings } from '../core/settings';
import { formatNumberRu, pluralForm } from '../core/text-ru';
import { formatPercentRu, measuresRu, percent } from './format';
import type { RoadmapMetrics } from './metrics';

export type Zone = 'green' | 'yellow' | 'red';

export const ZONE_NAMES_RU: Record<Zone, string> = { green: 'зелёная', yellow: 'жёлтая', red: 'красная' };

export interface ZoneAssessment {
  zone: Zone;
  /** Why, in Russian: «просрочено 25 % мероприятий, срок которых наступил (порог — 20 %)». */
  reason: string;
}

type ZoneInput = Pick<RoadmapMetrics, 'audit' | 'overdue' | 'dueByToday' | 'needAttention'>;

export function zoneOf(metrics: ZoneInput, settings: Settings): Zone {
  return assessZone(metrics, settings).zone;
}

export function assessZone(metrics: ZoneInput, settings: Settings): ZoneAssessment {
  const red: string[] = [];
  const latest = metrics.audit.latest;
  if (latest && !latest.met) {
    const which = latest === metrics.audit.h2 ? 'второго' : 'первого';
    red.push(`не достигнута цель ${which} полугодия: выполнено ${formatPercentRu(latest.actual)} при цели ${formatPercentRu(latest.target)}`);
  }
  const threshold = settings.zones.redOverduePercent;
  if (metrics.overdue > 0 && metrics.overdue * 100 >= threshold * metrics.dueByToday) {
    red.push(
      `просрочено ${formatPercentRu(percent(metrics.overdue, metrics.dueByToday))} мероприятий, срок которых наступил ` +
        `(${formatNumberRu(metrics.overdue)} из ${formatNumberRu(metrics.dueByToday)}; порог — ${formatPercentRu(threshold)})`,
    );
  }
  if (red.length > 0) return { zone: 'red', reason: capitalise(red.join('; ')) };
  const yellow: string[] = [];
  if (metrics.overdue > 0) yellow.push(`просрочено ${measuresRu(metrics.overdue)}`);
  if (metrics.needAttention > 0) {
    yellow.push(`${pluralForm(metrics.needAttention, 'требует', 'требуют', 'требуют')} внимания ${measuresRu(metrics.needAttention)}`);
  }
  if (yellow.length > 0) return { zone: 'yellow', reason: capitalise(yellow.join('; ')) };
  return { zone: 'green', reason: 'Просроченных и требующих внимания мероприятий нет' };
}

/** The rule in Russian, for the legend of the summary. */
export function zoneRuleRu(settings: Settings): string {
  const { h1, h2 } = settings.auditTargets;
  return (
    `Зона: красная — не достигнута цель последнего завершённого полугодия (не менее ${formatPercentRu(h1)} ` +
    `мероприятий к концу первого, ${formatPercentRu(h2)} к концу второго) или просрочено не менее ` +
    `${formatPercentRu(settings.zones.redOverduePercent)} мероприятий, срок которых наступил; жёлтая — есть ` +
    `просроченные мероприятия или требующие внимания (на доработке, без ссылки на подтверждение, не подтверждённые ` +
    `куратором более ${daysRu(settings.zones.unconfirmedDays)}); зелёная — остальные. Отменённые мероприятия не учитываются.`
  );
}

function daysRu(n: number): string {
  // «более 14 дней», «более 21 дня»: genitive after «более».
  return `${formatNumberRu(n)} ${pluralForm(n, 'дня', 'дней', 'дней')}`;
}

export function capitalise(s: string): string {
  return s === '' ? s : s[0].toUpperCase() + s.slice(1);
}
