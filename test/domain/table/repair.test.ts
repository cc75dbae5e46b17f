/** Measure numbers Russian-locale Sheets turned into dates are read back as numbers, and the user is told. */
import { analyseSheet } from '../../../src/domain/roadmap/analyse';
import { normaliseTable } from '../../../src/domain/table';
import { numberFromDate } from '../../../src/domain/table/repair';

const date = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

test.each([
  [date(2022, 10, 1), '1.10'],
  [date(2022, 3, 2), '2.3'],
  [date(2021, 1, 1), '1.1'],
  [date(2001, 1, 1), '1.1.1'],
  [date(2010, 3, 2), '2.3.10'],
])('%s is «%s»', (d, number) => {
  expect(numberFromDate(d)).toBe(number);
});

test('a plan whose numbers became dates keeps its measures apart, numbered as typed', () => {
  const grid = [
    ['План мероприятий на 2022 год'],
    ['№', 'Мероприятие', 'Срок', 'Ответственный'],
    ['1.', 'Организационные меры'],
    [date(2022, 1, 1), 'Совещание с директорами', 'январь 2022', 'УО'],
    [date(2022, 2, 1), 'Семинар для учителей', 'февраль 2022', 'МОЦ'],
    [date(2022, 10, 1), 'Мониторинг результатов', 'октябрь 2022', 'ШНОР'],
    ['2.', 'Методические меры'],
    [date(2022, 1, 2), 'Методический день', 'март 2022', 'МОЦ'],
  ];
  const t = normaliseTable(grid);
  expect(t.rows.map((r) => r.values.number)).toEqual(['1.1', '1.2', '1.10', '2.1']);
  expect(t.rows.map((r) => r.section)).toEqual(['1. Организационные меры', '1. Организационные меры', '1. Организационные меры', '2. Методические меры']);
  const found = t.diagnostics.filter((d) => d.code === 'number-was-date');
  expect(found.map((d) => d.row)).toEqual([4, 5, 6, 8]);
  expect(found[2].message).toContain('дата 01.10.2022 (Таблицы превратили «1.10» в дату)');
  // The numbering check sees 1.1, 1.2, 1.10: a gap, reported as such, not a run of unnumbered rows.
  const a = analyseSheet(grid, { sheetName: 'План', today: '2022-11-15' })[0];
  expect(a.measures).toHaveLength(4);
  expect(a.diagnostics.filter((d) => d.code === 'number-missing')).toEqual([]);
});
