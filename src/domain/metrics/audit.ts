/**
 * «Школы, достигшие цели аудита»: the one definition the summary's totals, its JSON, the command
 * line and the half-year report's paragraph share.
 *
 * Decisions:
 * - A school has met the audit target when the latest finished half-year of its plan met its target
 *   (targets from «Настройки», cumulative share of the plan's measures done by the end of each
 *   half-year; a met second half-year supersedes a missed first one). It has missed it when that
 *   half-year fell short. A school with no finished half-year (or an empty audit base) has not been
 *   assessed («ещё не оценивалась») and is counted apart: the share is of the schools assessed.
 * - Being on schedule now («идёт по графику»: done ≥ measures whose whole deadline has passed) is a
 *   separate figure; it does not enter the audit.
 */
import { countRu, formatPercentRu, percent } from './format';
import { formatNumberRu, pluralForm } from '../core/text-ru';
import type { RoadmapMetrics } from './metrics';

export type AuditStanding = 'met' | 'missed' | 'not-assessed';

/** Where a school stands in the audit (see the module comment). */
export function auditStanding(metrics: Pick<RoadmapMetrics, 'audit'>): AuditStanding {
  const latest = metrics.audit.latest;
  return latest === null ? 'not-assessed' : latest.met ? 'met' : 'missed';
}

export interface AuditTally {
  schools: number;
  /** Schools with a finished half-year. */
  assessed: number;
  /** Of those, schools whose latest finished half-year met its target. */
  met: number;
  notAssessed: number;
  /** % of the schools assessed that met the target, one decimal (0 when none was assessed). */
  metPercent: number;
  /** Schools on schedule now. */
  onTrack: number;
}

export function tallyAudit(list: readonly Pick<RoadmapMetrics, 'audit'>[]): AuditTally {
  let assessed = 0;
  let met = 0;
  let onTrack = 0;
  for (const m of list) {
    const standing = auditStanding(m);
    if (standing !== 'not-assessed') assessed++;
    if (standing === 'met') met++;
    if (m.audit.onTrack) onTrack++;
  }
  return { schools: list.length, assessed, met, notAssessed: list.length - assessed, metPercent: percent(met, assessed), onTrack };
}

/**
 * The tally in Russian, without a final full stop: «Цель аудита достигли 1 из 2 школ с завершённым
 * полугодием (50 %); ещё не оценивалась 1 школа». '' with no schools.
 */
export function auditTallyRu(t: Pick<AuditTally, 'schools' | 'assessed' | 'met' | 'notAssessed' | 'metPercent'>): string {
  if (t.schools === 0) return '';
  if (t.assessed === 0) {
    return t.schools === 1
      ? 'Цель аудита ещё не оценивалась: полугодие не завершено'
      : `Цель аудита ещё не оценивалась: ни у одной из ${countRu(t.schools, 'школы', 'школ', 'школ')} полугодие не завершено`;
  }
  let s =
    `Цель аудита ${pluralForm(t.met, 'достигла', 'достигли', 'достигли')} ${formatNumberRu(t.met)} из ` +
    `${countRu(t.assessed, 'школы', 'школ', 'школ')} с завершённым полугодием (${formatPercentRu(t.metPercent)})`;
  if (t.notAssessed > 0) {
    s += `; ещё ${pluralForm(t.notAssessed, 'не оценивалась', 'не оценивались', 'не оценивались')} ${countRu(t.notAssessed, 'школа', 'школы', 'школ')}`;
  }
  return s;
}
