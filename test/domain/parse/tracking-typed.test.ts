/** Progress as people type it: a status with a tail, completion dates without the year. */
import { splitStatus, type Status } from '../../../src/domain/parse/tracking';
import { parseDateCellIn } from '../../../src/domain/parse/tracking-dates';
import { parsePeriod } from '../../../src/domain/parse/period';
import { joinComment } from '../../../src/domain/roadmap/measure';

describe('splitStatus: the status stays, the tail goes to the comment', () => {
  test.each<[string, Status, string | null]>([
    ['не выполнено – перенос на май', 'Не выполнено', 'перенос на май'],
    ['не выполнено — перенос на май', 'Не выполнено', 'перенос на май'],
    ['не выполнено - перенос на май', 'Не выполнено', 'перенос на май'],
    ['Не выполнено –перенос на май', 'Не выполнено', 'перенос на май'],
    ['не выполнено–перенос на май', 'Не выполнено', 'перенос на май'],
    ['в работе, 70%', 'В работе', '70%'],
    ['В работе; 70 %', 'В работе', '70 %'],
    ['Выполнено (протокол № 3)', 'Выполнено', 'протокол № 3'],
    ['Выполнено. Протокол № 3', 'Выполнено', 'Протокол № 3'],
    ['Не выполнено: нет кадров', 'Не выполнено', 'нет кадров'],
    ['выполнено, 12.03.2022', 'Выполнено', '12.03.2022'],
    ['на доработке (нет подписи)', 'Требуется доработка', 'нет подписи'],
    // Done in part is not done: «выполнено (частично)» reads as «частично выполнено».
    ['выполнено (частично)', 'В работе', 'частично'],
    ['выполнено частично, протокол', 'В работе', 'протокол'],
    // Nothing after the separator: no tail.
    ['выполнено -', 'Выполнено', null],
    ['выполнено ()', 'Выполнено', null],
  ])('%s → %s + %p', (text, status, tail) => {
    expect(splitStatus(text)).toEqual({ status, exact: false, tail });
  });

  test.each<[string, Status, boolean]>([
    ['Выполнено', 'Выполнено', true],
    ['выполнено.', 'Выполнено', false],
    ['+', 'Выполнено', false],
    ['не-выполнено', 'Не выполнено', false],
    ['частично выполнено', 'В работе', false],
    ['Выполнено - частично', 'В работе', false],
    ['«Выполнено»', 'Выполнено', false],
  ])('%s keeps working, no tail', (text, status, exact) => {
    expect(splitStatus(text)).toEqual({ status, exact, tail: null });
  });

  test.each([['выполнить до марта'], ['Сделали частично'], ['перенос на май – не выполнено'], ['']])('%s is no status', (text) => {
    expect(splitStatus(text)).toEqual({ status: null, exact: false, tail: null });
  });
});

describe('joinComment: the tail first, the comment cell after it, neither lost', () => {
  test.each<[string | null, string | null, string | null]>([
    [null, null, null],
    [null, 'согласовано с УО', 'согласовано с УО'],
    ['перенос на май', null, 'перенос на май'],
    ['перенос на май', 'согласовано с УО', 'перенос на май; согласовано с УО'],
    ['перенос на май', 'Перенос на май по приказу', 'Перенос на май по приказу'],
  ])('%p + %p → %p', (tail, comment, joined) => {
    expect(joinComment(tail, comment)).toBe(joined);
  });
});

describe('parseDateCellIn: the year from the plan period', () => {
  const academic = parsePeriod('2021/2022')!;
  const calendar = parsePeriod('2022')!;
  const span = parsePeriod('2021-2024')!;

  test.each<[string, string | null, string | null]>([
    ['18.01', '2022-01-18', '2022-01-18'],
    ['18.10', '2021-10-18', '2022-10-18'],
    ['18.01.', '2022-01-18', '2022-01-18'],
    ['18/01', '2022-01-18', '2022-01-18'],
    ['18 янв', '2022-01-18', '2022-01-18'],
    ['18 янв.', '2022-01-18', '2022-01-18'],
    ['18 января', '2022-01-18', '2022-01-18'],
    ['1 сентября', '2021-09-01', '2022-09-01'],
    ['31 августа', '2022-08-31', '2022-08-31'],
    ['29.02', null, null],
    ['31.04', null, null],
    ['18 мартобря', null, null],
    ['до 18.01', null, null],
    // Full dates are read as before, whatever the period.
    ['18.01.22', '2022-01-18', '2022-01-18'],
    ['18.01.2021', '2021-01-18', '2021-01-18'],
    ['18 января 2023 г.', '2023-01-18', '2023-01-18'],
  ])('%s → %p (2021/2022), %p (2022)', (text, inAcademic, inCalendar) => {
    expect(parseDateCellIn(text, academic)).toBe(inAcademic);
    expect(parseDateCellIn(text, calendar)).toBe(inCalendar);
  });

  test('cells that are dates already are untouched', () => {
    expect(parseDateCellIn(new Date(Date.UTC(2021, 9, 18)), academic)).toBe('2021-10-18');
    expect(parseDateCellIn(44579, academic)).toBe('2022-01-18');
    expect(parseDateCellIn(null, academic)).toBeNull();
  });

  test('a leap day in the one leap year of the period', () => {
    expect(parseDateCellIn('29.02', parsePeriod('2023/2024')!)).toBe('2024-02-29');
  });

  test('a programme over several years: the year nearest to the deadline, else not read', () => {
    expect(parseDateCellIn('18.01', span)).toBeNull();
    expect(parseDateCellIn('18.01', span, '2023-03-31')).toBe('2023-01-18');
    expect(parseDateCellIn('18.12', span, '2023-03-31')).toBe('2022-12-18');
  });

  test('a period cut mid-month: the nearest year, within two months of the period', () => {
    expect(parseDateCellIn('25.12', { start: '2022-01-10', end: '2022-12-20' })).toBe('2022-12-25');
    expect(parseDateCellIn('05.01', { start: '2022-01-10', end: '2022-12-31' })).toBeNull(); // 05.01.2022 or 05.01.2023
  });
});
