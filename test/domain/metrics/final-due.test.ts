import { isIsoDate } from '../../../src/domain/metrics/dates';
import { finalDueOf, occurrencesOf } from '../../../src/domain/metrics/occurrences';
import { calendarPeriod, spanPeriod } from '../../../src/domain/parse/period';
import type { Deadline } from '../../../src/domain/core/types';
import { deadline } from './measure-factory';

const lastDue = (d: Deadline | null, p = calendarPeriod(2022)) => {
  const list = occurrencesOf(d, p);
  return list.length > 0 ? list[list.length - 1].due : null;
};

describe('finalDueOf (the plan check: the last due date without the list)', () => {
  test('is the last occurrence’s due date, for one-off and recurring deadlines alike', () => {
    const y2022 = calendarPeriod(2022);
    const cases: (Deadline | null)[] = [
      null,
      deadline(null, null),
      deadline('2022-01-01', '2022-03-27'),
      deadline('2022-04-01', null),
      deadline('2023-04-01', null),
      deadline(null, '2022-05-05'),
      deadline('2022-02-30', '2022-13-01'),
      { ...deadline('2022-01-01', '2022-12-31'), unscheduled: true },
      { ...deadline('2022-03-01', null), recurrence: { every: 'quarter' } },
      { ...deadline(null, null), recurrence: { every: 'month', dates: ['2022-05-01', '2022-02-01'] } },
    ];
    for (const d of cases) {
      expect(finalDueOf(d && { ...d }, y2022)).toBe(lastDue(d && { ...d }));
      expect(finalDueOf(d && { ...d }, spanPeriod(2021, 2024))).toBe(lastDue(d && { ...d }, spanPeriod(2021, 2024)));
    }
  });
});

describe('isIsoDate (by char codes)', () => {
  test('real calendar dates in ASCII digits only', () => {
    expect(['2022-01-01', '2024-02-29', '2000-02-29', '0000-01-01', '9999-12-31'].every(isIsoDate)).toBe(true);
    const not = [
      '2022-02-29',
      '1900-02-29',
      '2022-13-01',
      '2022-00-10',
      '2022-01-00',
      '2022-04-31',
      '2022-1-011',
      ' 2022-01-1',
      '２０２２-01-01',
      '2022/01/01',
      '202a-01-01',
      '',
      null,
      20220101,
    ];
    expect(not.filter(isIsoDate)).toEqual([]);
  });
});
