/** Deadline grammar — properties: any text, and soups of the grammar's own pieces, never throw and give a consistent shape. */
import fc from 'fast-check';
import { parseDeadline } from '../../../../src/domain/parse/deadline';
import type { Period } from '../../../../src/domain/core/types';
import { A, C, S } from './cases';

describe('parseDeadline: properties', () => {
  const ISO = /^\d{4}-\d{2}-\d{2}$/;
  /** Every broken invariant, as text (one `expect` per run keeps the property tests fast). */
  const problems = (text: string, period: Period): string[] => {
    const out: string[] = [];
    const res = parseDeadline(text, period);
    const d = res.deadline;
    if (d.text !== text) out.push('text changed');
    if ((d.start === null) !== (d.end === null)) out.push('start/end: one null');
    if (d.start !== null && d.end !== null) {
      if (!ISO.test(d.start) || !ISO.test(d.end)) out.push('not ISO');
      if (d.start > d.end) out.push(`start ${d.start} > end ${d.end}`);
    }
    if (d.unscheduled && (d.start !== null || d.recurrence !== null || !res.readable)) out.push('unscheduled with dates');
    if (!res.readable && (d.start !== null || d.recurrence !== null || d.unscheduled)) out.push('unreadable with data');
    if (d.recurrence) {
      if (!['week', 'month', 'quarter', 'half-year', 'year'].includes(d.recurrence.every)) out.push('bad unit');
      if (d.start === null) out.push('recurrence without range');
      const ds = d.recurrence.dates;
      if (ds !== undefined) {
        if (ds.length === 0) out.push('empty dates');
        for (let i = 0; i < ds.length; i++) {
          if (!ISO.test(ds[i])) out.push(`date ${ds[i]} not ISO`);
          if (d.start !== null && d.end !== null && (ds[i] < d.start || ds[i] > d.end)) out.push(`date ${ds[i]} outside range`);
          if (i > 0 && ds[i - 1] >= ds[i]) out.push('dates not increasing');
        }
      }
    }
    if (!res.explicitYears.every((y) => Number.isInteger(y))) out.push('bad explicit year');
    return out;
  };
  const checkShape = (text: string, period: Period) => {
    expect(problems(text, period)).toEqual([]);
  };
  const periodArb = fc.constantFrom(A, C, S);

  test('any string: never throws, consistent shape', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), periodArb, (s, p) => {
        checkShape(s, p);
      }),
      { numRuns: 400 },
    );
  });

  // Strings built from the grammar's own pieces reach far more of the parser than random text.
  const PIECES = [
    'март',
    'Сентябрь',
    'мая',
    'декабря',
    'янв.',
    '2021',
    '2022',
    '2023',
    '22',
    '1',
    '15',
    '31',
    '2-й',
    '4-й',
    'I',
    'II',
    'IV',
    'полугодие',
    'четверть',
    'квартал',
    'кв.',
    'года',
    'г.',
    'гг.',
    'учебного',
    'уч.',
    'год',
    'в течение',
    'до',
    'с',
    'по',
    'не позднее',
    'после',
    'начиная с',
    'конец',
    'начало',
    'первая половина',
    'декада',
    'ежегодно',
    'ежемесячно',
    'еженедельно',
    'ежеквартально',
    'каждую',
    'каждый',
    'четверти',
    'понедельник',
    'среду',
    'по пятницам',
    'числа',
    'раз в',
    '2 раза в',
    'по мере необходимости',
    'по графику',
    'летом',
    'зима',
    'каникулы',
    'всего периода',
    '01.09.2022',
    '31.12.2021',
    '15.04',
    '1.9.22',
    '03.2022',
    '2021/2022',
    '2021-2024',
    '-',
    '–',
    ',',
    '/',
    '\n',
    '(',
    ')',
    ';',
    'и',
    '№',
    '%',
    '29.02.2024',
    '31.04.2022',
    '0',
    '99',
    '2100',
    '1989',
  ];
  test('grammar soup: never throws, consistent shape', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }), periodArb, (parts, p) => {
        checkShape(parts.join(' '), p);
      }),
      { numRuns: 1500 },
    );
  });
});
