/** «Проверить лист» over the in-memory spreadsheet: results, no cell changed, constant service calls. */
import { getCheckReport, selectCell, showCheckSidebar } from '../../src/gas/check';
import { CheckReportSchema } from '../../src/contracts/schemas';
import type { Grid } from '../../src/domain/core/types';
import { createFakeGas, type FakeGas, type SeedValue } from '../fakes/gas';
import { fixtureText, parseTsv } from '../fixtures/load';
import { syntheticRoadmap } from '../../scripts/synthetic';
import { riskProfile, schoolRoadmap } from '../../sheets-templates';
import { templateGrid } from '../../src/domain/workbook/templates';

let restore: (() => void) | null = null;
afterEach(() => {
  restore?.();
  restore = null;
});

function withSheet(name: string, grid: Grid, extra: Record<string, SeedValue[][]> = {}): FakeGas {
  const fake = createFakeGas({ sheets: { [name]: grid as SeedValue[][], ...extra }, activeSheet: name });
  restore = fake.installGlobals();
  return fake;
}

const plan305 = () => parseTsv(fixtureText('seed000-order305-plan-2021-2022.tsv'));

test('the report of seed 000 order 305: 3.10 located at its deadline cell', () => {
  withSheet('План 2021-2022', plan305());
  const report = CheckReportSchema.parse(getCheckReport());
  expect(report.sheet).toBe('План 2021-2022');
  expect(report.tables).toEqual([
    { headerRow: expect.any(Number), periodLabel: '2021/2022', periodStart: '2021-09-01', periodEnd: '2022-08-31', measures: 35, columns: expect.any(Array) },
  ]);
  expect(report.counts.error).toBe(1);
  const d = report.diagnostics[0];
  expect(d).toMatchObject({ code: 'deadline-is-responsible', severity: 'error', field: 'deadline', column: 3 });
  expect(report.total).toBe(report.diagnostics.length);
});

test('a check changes no cell of the spreadsheet', () => {
  const fake = withSheet('План', plan305(), { Заметки: [['мои заметки', 1.5]] });
  const before = fake.sheetNames().map((n) => [n, fake.sheetValues(n), fake.numberFormats(n)]);
  getCheckReport();
  expect(fake.sheetNames().map((n) => [n, fake.sheetValues(n), fake.numberFormats(n)])).toEqual(before);
});

test('reading the sheet costs the same number of service calls for 100 and 5,000 rows', () => {
  const runs = [100, 5000].map((n) => {
    const fake = withSheet('План', syntheticRoadmap(n));
    // Two merged deadline cells: their coordinates come back with getMergedRanges.
    const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('План')!;
    sheet.getRange('C5:C7').merge();
    sheet.getRange('D10:D11').merge();
    fake.calls.reset();
    getCheckReport();
    const run = { total: fake.calls.total(), byMethod: fake.calls.byMethod() };
    restore?.();
    restore = null;
    return run;
  });
  expect(runs[0]).toEqual(runs[1]);
  // One read of each kind for the whole used range, whatever its size.
  for (const m of ['Range.getValues', 'Range.getFormulas', 'Range.getNumberFormats', 'Range.getRichTextValues', 'Range.getMergedRanges']) {
    expect([m, runs[0].byMethod[m]]).toEqual([m, 1]);
  }
  // The context (4), the sheet's name, size and range (4), the five reads, the tabs listed (1) and named (1 each),
  // and 4 coordinates per merged range (read from the ranges returned, not from the sheet).
  expect(runs[0].total).toBe(4 + 4 + 5 + 1 + 1 + 2 * 4);
});

test('an empty sheet and a sheet of prose are reported, not crashed on', () => {
  withSheet('Пустой', []);
  expect(getCheckReport().diagnostics.map((d) => d.code)).toContain('no-header');
  restore?.();
  withSheet('Текст', [['Приказ'], ['о чём-то']]);
  expect(getCheckReport().diagnostics.map((d) => d.code)).toContain('no-header');
});

test('the plan period comes from «Настройки» when set there', () => {
  withSheet(
    'План',
    [
      ['№', 'Мероприятие', 'Срок', 'Ответственный'],
      ['1', 'Совещание', 'октябрь', 'УО'],
    ],
    {
      Настройки: [
        ['Параметр', 'Значение', 'Пояснение'],
        ['Период листа «План»', '2023/2024', ''],
      ],
    },
  );
  const report = getCheckReport();
  expect(report.tables[0]).toMatchObject({ periodLabel: '2023/2024', periodStart: '2023-09-01' });
});

test('selectCell activates the sheet and the cell (or the row)', () => {
  const fake = withSheet('План', plan305(), { Другой: [['x']] });
  fake.spreadsheet.setActiveSheet(fake.spreadsheet.getSheetByName('Другой')!);
  selectCell({ sheet: 'План', row: 12, column: 3 });
  expect(fake.activeSheetName()).toBe('План');
  expect(fake.spreadsheet.getActiveRange()!.getA1Notation()).toBe('C12');
  selectCell({ sheet: 'План', row: 7, column: null });
  expect(fake.spreadsheet.getActiveRange()!.getA1Notation()).toBe('A7:D7');
  expect(() => selectCell({ sheet: 'Нет такого', row: 1, column: 1 })).toThrow(/Лист «Нет такого» не найден/);
  expect(() => selectCell({ sheet: 'План', row: 0, column: 1 })).toThrow();
});

test('the sidebar opens from the built page', () => {
  const fake = withSheet('План', plan305());
  showCheckSidebar();
  expect(fake.ui.sidebars[0].title).toBe('Проверка листа');
});

test('«Проверить лист» on a reference sheet checks it by its own rules, not as a roadmap', () => {
  const fake = createFakeGas({
    sheets: {
      План: [
        ['№', 'Мероприятие', 'Срок', 'Ответственный'],
        ['1', 'Совещание', 'март 2022', 'УО'],
      ],
      Параметры: [
        ['Параметр', 'Значение'],
        ['Цель аудита: 1-е полугодие, %', 'сорок'],
        ['Цель аудита: 2-е полугодие, %', 90],
      ],
    },
    activeSheet: 'Параметры',
  });
  restore = fake.installGlobals();
  const report = getCheckReport();
  expect(report.tables).toEqual([]);
  expect(report.diagnostics.map((d) => d.code)).toEqual(['settings-invalid-value']);
  expect(report.diagnostics[0]).toMatchObject({ row: 2, columnHeader: 'Значение', text: expect.stringContaining('«сорок» — не число') });
  expect(report.diagnostics.map((d) => d.code)).not.toContain('no-header');
});

test('«Проверить лист» on a risk profile: checked against the programmes of the other sheets', () => {
  const profile = templateGrid(riskProfile).map((r) => [...r]);
  const row = profile.find((r) => typeof r[0] === 'string' && r[0].startsWith('2. '));
  if (row) row[1] = 'Высокая';
  withSheet('Профиль', profile, { 'Дорожная карта школы': templateGrid(schoolRoadmap) as SeedValue[][] });
  const report = CheckReportSchema.parse(getCheckReport());
  expect(report.diagnostics.map((d) => [d.code, d.row, d.columnHeader])).toEqual([['risk-high-no-programme', 8, 'Фактор риска']]);
});

test('«Проверить лист» on a school roadmap: its programmes against the profile sheet named «Рисковый профиль»', () => {
  const profile = templateGrid(riskProfile).map((r) => [...r]);
  const row = profile.find((r) => typeof r[0] === 'string' && r[0].startsWith('6. '));
  if (row) row[1] = 'Низкая';
  withSheet('ДК', templateGrid(schoolRoadmap), { 'Рисковый профиль': profile as SeedValue[][] });
  const report = CheckReportSchema.parse(getCheckReport());
  expect(report.diagnostics.map((d) => d.code)).toContain('programme-risk-low');
});
