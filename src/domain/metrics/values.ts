/**
 * Indicator targets against the actual values users type («факт»): «78 %», «6», «проведено 6
 * совещаний», «18 из 24», «12,5».
 *
 * Decisions:
 * - The actual value is the first number of the cell that is not part of a date; «N из M» is N/M as
 *   a percent when the target is a percent (N itself for a count). No number → no value yet.
 * - «= N» targets («100% участие», «Проведено 5 совещаний») are met by N or more: holding six
 *   meetings where five were planned meets the plan.
 * - A change target («с 66% до 78%») is met by reaching its end value: at least `to` when it grows,
 *   at most `to` when it falls.
 * - A half-year target («в 1 полугодии – 40% мер; во 2 – 90%») compares with the plan's own done
 *   share (see metrics.ts): at the latest finished half-year of the audit cycle against that
 *   half-year's value; before the first one ends it is met once the done share reaches the first
 *   value, else it has no value yet.
 * - Indicators without a comparable target («Своевременное размещение документов», upper bounds
 *   such as «не более 10%») are not measurable.
 */
import type { IndicatorTarget } from '../core/types';
import { normaliseDashes, normaliseSpaces } from '../core/text';
import { NBSP, formatPercentRu } from './format';
import { formatNumberRu } from '../core/text-ru';

export type IndicatorState = 'met' | 'not-met' | 'no-value' | 'not-measurable';

const OUT_OF = /(?<![\d.,])(\d+(?:[.,]\d+)?)\s*(?:из|от)\s*(\d+(?:[.,]\d+)?)(?![.,]?\d)/u;
const NUMBER = /(?<![\d.,/])(\d+(?:[.,]\d+)?)(?![.,]?\d|\s*[./]\s*\d)/gu;

const num = (raw: string): number => Number(raw.replace(',', '.'));

/** The number an «actual value» cell holds, read for a target of the given kind; null when none. */
export function parseActualValue(text: string | null | undefined, kind: 'percent' | 'count' = 'count'): number | null {
  if (text === null || text === undefined) return null;
  const t = normaliseSpaces(normaliseDashes(String(text))).replace(/\u00A0|\u202F/g, ' ');
  if (t === '') return null;
  const outOf = OUT_OF.exec(t);
  if (outOf) {
    const part = num(outOf[1]);
    const whole = num(outOf[2]);
    if (kind === 'percent') return whole > 0 ? (part / whole) * 100 : null;
    return part;
  }
  for (const m of t.matchAll(NUMBER)) {
    const value = num(m[1]);
    if (Number.isFinite(value)) return value;
  }
  return null;
}

/** State of a percent, count or change target given the actual value. */
export function compareWithTarget(target: IndicatorTarget, actual: number | null): IndicatorState {
  if (target.kind === 'half-year') return actual === null ? 'no-value' : actual >= target.h2 ? 'met' : 'not-met';
  if (actual === null) return 'no-value';
  if (target.kind === 'change') {
    const met = target.to >= target.from ? actual >= target.to : actual <= target.to;
    return met ? 'met' : 'not-met';
  }
  return actual >= target.value ? 'met' : 'not-met';
}

/** The target in Russian: «не менее 75 %», «5», «с 66 % до 78 %», «1-е полугодие — 40 %, 2-е — 90 %». */
export function targetTextRu(target: IndicatorTarget | null): string {
  if (!target) return '';
  switch (target.kind) {
    case 'percent':
      return `${target.op === '>=' ? 'не менее ' : ''}${formatPercentRu(target.value)}${target.of ? ` ${target.of}` : ''}`;
    case 'count':
      return `${target.op === '>=' ? 'не менее ' : ''}${formatNumberRu(target.value, decimals(target.value))}${target.of ? ` ${target.of}` : ''}`;
    case 'half-year':
      return `1-е полугодие — не менее ${formatPercentRu(target.h1)}, 2-е — не менее ${formatPercentRu(target.h2)}`;
    case 'change': {
      const unit = target.unit === '%' ? `${NBSP}%` : target.unit ? ` ${target.unit}` : '';
      const f = (x: number) => formatNumberRu(x, decimals(x));
      return `с ${f(target.from)}${target.unit === '%' ? `${NBSP}%` : ''} до ${f(target.to)}${unit}`;
    }
  }
}

function decimals(x: number): number {
  return Number.isInteger(x) ? 0 : 1;
}
