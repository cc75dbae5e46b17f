/**
 * What a sheet's layout says about its values: vertical merges, group headers over sub-columns,
 * percent formats — as Sheets and exceljs hand them over (the master cell holds the value).
 */
import { analyseSheet } from '../../../src/domain/roadmap/analyse';
import type { CellRange, Grid } from '../../../src/domain/core/types';
import { percentText, withPercents } from '../../../src/domain/table/layout';

const today = '2022-11-15';
const codes = (ds: { code: string; row: number | null }[]) => ds.map((d) => `${d.code}@${d.row}`);

describe('vertical merges', () => {
  // Sheet rows 1–6; the deadline (C3:C5) and the responsible body (D3:D4) are merged over measures.
  const grid: Grid = [
    ['План мероприятий на 2022 год'],
    ['№', 'Мероприятие', 'Срок', 'Ответственный', 'Результат'],
    ['1', 'Совещание с директорами школ', 'январь 2022', 'Управление образования', 'Протокол'],
    ['2', 'Семинар для заместителей директоров', null, null, 'Программа'],
    ['3', 'Мониторинг результатов ВПР', null, 'Методический центр', 'Справка'],
    ['4', 'Итоговое совещание', 'декабрь 2022', 'Управление образования', 'Протокол'],
  ];
  const merges: CellRange[] = [
    { row: 2, col: 2, rows: 3, cols: 1 },
    { row: 2, col: 3, rows: 2, cols: 1 },
  ];

  test('a merged deadline and responsible body belong to every measure they span', () => {
    const [t] = analyseSheet(grid, { sheetName: 'План', today, merges });
    expect(t.measures.map((m) => m.number)).toEqual(['1', '2', '3', '4']);
    expect(t.table.rows.map((r) => r.values.deadline)).toEqual(['январь 2022', 'январь 2022', 'январь 2022', 'декабрь 2022']);
    expect(t.table.rows.map((r) => r.values.responsible)).toEqual([
      'Управление образования',
      'Управление образования',
      'Методический центр',
      'Управление образования',
    ]);
    expect(codes(t.diagnostics).filter((c) => /missing|rows-merged/.test(c))).toEqual([]);
  });

  test('without the merges the same cells read as blank (the finding the merge prevents)', () => {
    const [t] = analyseSheet(grid, { sheetName: 'План', today });
    expect(codes(t.diagnostics)).toEqual(expect.arrayContaining(['missing-deadline@4', 'missing-deadline@5']));
  });

  test('a merged title over rows is one measure with several deadlines, not copies of it', () => {
    const g: Grid = [
      ['№', 'Мероприятие', 'Срок', 'Ответственный'],
      ['1', 'Родительские собрания', 'сентябрь 2022', 'Школа'],
      [null, null, 'декабрь 2022', null],
      ['2', 'Итоговое совещание', 'декабрь 2022', 'Управление образования'],
    ];
    const [t] = analyseSheet(g, {
      sheetName: 'План',
      today,
      merges: [
        { row: 1, col: 0, rows: 2, cols: 1 },
        { row: 1, col: 1, rows: 2, cols: 1 },
        { row: 1, col: 3, rows: 2, cols: 1 },
      ],
    });
    expect(t.measures.map((m) => m.number)).toEqual(['1', '2']);
  });

  test('a merge in the header rows is not copied into the data', () => {
    const g: Grid = [
      ['№', 'Мероприятие', 'Сроки', null, 'Ответственный'],
      [null, null, 'начало', 'окончание', null],
      ['1', 'Курсы для учителей математики', '01.02.2022', '31.05.2022', 'Методический центр'],
    ];
    const merges: CellRange[] = [
      { row: 0, col: 0, rows: 2, cols: 1 },
      { row: 0, col: 1, rows: 2, cols: 1 },
      { row: 0, col: 2, rows: 1, cols: 2 },
      { row: 0, col: 4, rows: 2, cols: 1 },
    ];
    const [t] = analyseSheet(g, { sheetName: 'План', today, merges });
    expect(t.table.headerRow).toBe(1);
    expect(t.measures).toHaveLength(1);
    expect(t.table.rows[0].values.deadline).toBe('с 01.02.2022 по 31.05.2022');
  });
});

describe('group headers over sub-columns', () => {
  const header: Grid = [
    ['План работы с ШНОР на 2022 год'],
    ['№', 'Мероприятие', 'Сроки', null, 'Ответственные', null, 'Результат'],
    [null, null, 'начало', 'окончание', 'ФИО', 'должность', null],
  ];

  test('start and end make one deadline; the sub-header row is not a measure; sub-columns keep their group', () => {
    const grid: Grid = [
      ...header,
      ['1', 'Курсы для учителей математики', new Date(Date.UTC(2022, 1, 1)), new Date(Date.UTC(2022, 4, 31)), 'Иванова И.И.', 'методист', 'Удостоверения'],
      ['2', 'Пробный экзамен', 'март 2022', 'апрель 2022', 'Петров П.П.', 'заместитель директора', 'Справка'],
      ['3', 'Итоговое совещание', 'декабрь 2022', null, 'Сидорова С.С.', 'начальник отдела', 'Протокол'],
    ];
    const [t] = analyseSheet(grid, { sheetName: 'План', today });
    expect(t.table.headerRow).toBe(2);
    expect(t.measures.map((m) => m.number)).toEqual(['1', '2', '3']);
    expect(t.columns.deadline).toBe('Сроки: начало, окончание');
    expect(t.columns.responsible).toBe('Ответственные: ФИО, должность');
    expect(t.unknownColumns).toEqual([]);
    expect(t.table.rows.map((r) => r.values.deadline)).toEqual(['с 01.02.2022 по 31.05.2022', 'март 2022 – апрель 2022', 'декабрь 2022']);
    expect(t.table.rows[0].values.responsible).toBe('Иванова И.И., методист');
    // Each deadline is read: the first spans February to May.
    expect(t.measures[0].deadline?.start).toBe('2022-02-01');
    expect(t.measures[0].deadline?.end).toBe('2022-05-31');
    expect(t.measures[1].deadline?.end).toBe('2022-04-30');
    expect(codes(t.diagnostics).filter((c) => /deadline|missing/.test(c))).toEqual([]);
  });

  test('a «план» | «факт» pair is not joined into one deadline', () => {
    const grid: Grid = [
      ['№', 'Мероприятие', 'Срок', null, 'Ответственный'],
      [null, null, 'план', 'факт', null],
      ['1', 'Курсы для учителей', 'май 2022', 'июнь 2022', 'МОЦ'],
    ];
    const [t] = analyseSheet(grid, { sheetName: 'План', today });
    expect(t.table.rows[0].values.deadline).toBe('май 2022');
    expect(t.columns.deadline).toBe('Срок: план');
  });
});

describe('percent cells', () => {
  test('a number with a percent format reads as the percent shown', () => {
    expect(percentText(1, '0%')).toBe('100%');
    expect(percentText(0.755, '0.0%')).toBe('75,5%');
    expect(percentText(0.75, '0.00%')).toBe('75,00%');
    expect(percentText(0.5, '"%"0')).toBeNull();
    expect(percentText(12, '0.00')).toBeNull();
  });

  test('percents become text, other cells stay, the grid given is not changed', () => {
    const grid: Grid = [
      ['Показатель', 'Цель'],
      ['доля учителей', 0.75],
      ['число школ', 12],
    ];
    const out = withPercents(grid, [[], ['', '0%'], ['', '0']]);
    expect(out[1][1]).toBe('75%');
    expect(out[2][1]).toBe(12);
    expect(grid[1][1]).toBe(0.75);
    expect(withPercents(grid, undefined)).toBe(grid);
  });

  test('an actual value formatted as a percent is compared as a percent', () => {
    const grid: Grid = [
      ['№', 'Мероприятие', 'Срок', 'Ответственный', 'Показатель', 'Статус', 'Факт'],
      ['1', 'Курсы для учителей', 'май 2022', 'МОЦ', 'не менее 75 % учителей прошли курсы', 'выполнено', 1],
    ];
    const formats = [[], ['', '', '', '', '', '', '0%']];
    const [t] = analyseSheet(grid, { sheetName: 'План', today, formats });
    expect(t.measures[0].actual).toBe('100%');
  });
});
