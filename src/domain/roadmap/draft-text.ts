/**
 * What «Мероприятие…» says as the user types, from the same parsers the check uses (the page
 * bundles them, so it answers without a server call): how a deadline is read, how an indicator is
 * read, and the number the next measure of a section would have.
 */
import type { Period, RecurrenceUnit } from '../core/types';
import { pluralRu, ruDate } from '../core/text-ru';
import { parseDeadline } from '../parse/deadline';
import { parseIndicator } from '../parse/indicator';
import { occurrencesOf } from '../metrics/occurrences';
import { targetText } from './form-text';

const EVERY_RU: Readonly<Record<RecurrenceUnit, string>> = {
  week: 'еженедельно',
  month: 'ежемесячно',
  quarter: 'ежеквартально',
  'half-year': 'раз в полугодие',
  year: 'ежегодно',
};

export interface Reading {
  ok: boolean;
  text: string;
}

/** «с 01.03.2022 по 31.12.2022, ежемесячно; 10 сроков», or what to write instead. */
export function describeDeadline(text: string, period: Period): Reading {
  if (text.trim() === '') return { ok: false, text: 'срок не указан: напишите, например, «март 2022» или «до 15.05.2022».' };
  const p = parseDeadline(text, period);
  const d = p.deadline;
  if (d.unscheduled) return { ok: true, text: 'без дат (по мере необходимости, по графику): в просроченные не попадёт.' };
  if (!p.readable || !d.end) {
    return {
      ok: false,
      text: 'не удалось прочитать: напишите месяц и год («март 2022»), дату («до 15.05.2022») или повтор («ежемесячно с марта по декабрь»).',
    };
  }
  const span = !d.start || d.start === d.end ? `до ${ruDate(d.end)}` : `с ${ruDate(d.start)} по ${ruDate(d.end)}`;
  const parts = [span];
  if (d.recurrence) parts.push(EVERY_RU[d.recurrence.every]);
  const n = occurrencesOf(d, period).length;
  let out = parts.join(', ');
  if (n > 1) out += `; ${pluralRu(n, 'срок', 'срока', 'сроков')}`;
  if (d.end < period.start || (d.start ?? d.end) > period.end) out += ` — вне периода плана ${period.label}`;
  return { ok: d.end >= period.start && (d.start ?? d.end) <= period.end, text: out };
}

const KIND_RU = { percent: 'доля', count: 'количество', 'half-year': 'доля по полугодиям', change: 'изменение' } as const;

/** «не менее 75 % учителей → доля, цель 75 %», or why it cannot be measured. */
export function describeIndicator(text: string): Reading {
  if (text.trim() === '') return { ok: true, text: '' };
  const i = parseIndicator(text);
  if (!i.measurable || !i.target) {
    return { ok: false, text: 'показатель нельзя измерить: добавьте число, долю или количество (например, «не менее 75 % учителей»).' };
  }
  return { ok: true, text: `${KIND_RU[i.target.kind]}, цель ${targetText(i.target)}` };
}

/** The number after the last of `numbers`: «2.3» → «2.4», «3.» → «4.», «7» → «8»; '' when none is a number. */
export function nextNumber(numbers: readonly string[]): string {
  for (let i = numbers.length - 1; i >= 0; i--) {
    const m = /^(.*?)(\d+)(\.?)$/.exec(numbers[i].trim());
    if (m) return `${m[1]}${Number(m[2]) + 1}${m[3]}`;
  }
  return '';
}

/** The first number of a new section after the last measure's: «2.4» → «3.1», «2.4.» → «3.1.», «12» → «13». */
export function firstNumberOfNextSection(last: string): string {
  const m = /^(\d+)\.\d+(?:\.\d+)*(\.?)$/.exec(last.trim());
  if (m) return `${Number(m[1]) + 1}.1${m[2]}`;
  return nextNumber([last]) || '1';
}
