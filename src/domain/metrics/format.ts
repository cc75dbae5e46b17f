/** Russian formatting of the figures the indicators report. */
import { formatNumberRu, pluralForm } from '../core/text-ru';

/** No-break space between a number and «%», as Russian typography wants it. */
export const NBSP = '\u00A0';

/** A share rounded to one decimal: 2 of 3 → 66.7. */
export function round1(x: number): number {
  return Math.round(x * 10 + (x >= 0 ? 1e-9 : -1e-9)) / 10;
}

/** part / whole as a percent with one decimal; 0 when whole is 0. */
export function percent(part: number, whole: number): number {
  return whole > 0 ? round1((part / whole) * 100) : 0;
}

/** 60 → «60 %», 42.857 → «42,9 %» (one decimal at most, decimal comma, no-break space). */
export function formatPercentRu(x: number): string {
  const r = round1(x);
  return `${formatNumberRu(r, Number.isInteger(r) ? 0 : 1)}${NBSP}%`;
}

/** A count with its noun: «1 мероприятие», «22 мероприятия», «5 мероприятий». */
export function countRu(n: number, one: string, few: string, many: string): string {
  return `${formatNumberRu(n)} ${pluralForm(n, one, few, many)}`;
}

/** «мероприятие» in the nominative after a count. */
export const MEASURE_NOUN = ['мероприятие', 'мероприятия', 'мероприятий'] as const;
/** «мероприятия» in the genitive after a count («из 21 мероприятия», «из 35 мероприятий»). */
export const MEASURE_NOUN_GEN = ['мероприятия', 'мероприятий', 'мероприятий'] as const;

export function measuresRu(n: number): string {
  return countRu(n, ...MEASURE_NOUN);
}

export function measuresGenRu(n: number): string {
  return countRu(n, ...MEASURE_NOUN_GEN);
}
