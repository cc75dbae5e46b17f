/**
 * Every finding carries its place (sheet, row, column header) and its text apart from the message,
 * and the message is exactly the place followed by the text — so pages never take messages apart.
 */
import { analyseWorkbook } from '../../src/domain/roadmap/workbook';
import type { Diagnostic } from '../../src/domain/core/types';
import { directoryKind, registryKind, settingsKind } from '../../src/domain/workbook/kinds';
import { where } from '../../src/domain/workbook/sheet-cells';
import { loadFixture } from '../fixtures/load';

function expectPlaced(d: Diagnostic, sheet: string): void {
  expect(d.place).toBeDefined();
  expect(d.place!.sheet).toBe(sheet);
  expect(d.place!.row).toBe(d.row);
  expect(d.message).toBe(`${where(d.place!.sheet, d.place!.row, d.place!.column)}: ${d.text}`);
}

test.each(['seed000-order305-plan-2021-2022.tsv', 'seed000-order470-plan-2022.tsv', 'seed000-whole-document.tsv', 'synthetic-tracking-problems.tsv'])(
  'every finding on %s is placed',
  (fixture) => {
    const diagnostics = analyseWorkbook([{ name: 'План', grid: loadFixture(fixture) }], { today: '2022-11-15' }).flatMap((a) => a.diagnostics);
    expect(diagnostics.length).toBeGreaterThan(3);
    for (const d of diagnostics) expectPlaced(d, 'План');
    // A finding about a column names the column as the table heads it.
    const deadline = diagnostics.find((d) => d.field === 'deadline');
    if (deadline) expect(deadline.place!.column).toMatch(/^Срок/);
  },
);

test('findings of the reference kinds are placed too', () => {
  const sheets = [
    {
      kind: settingsKind,
      grid: [
        ['Параметр', 'Значение'],
        ['Цель аудита: 1-е полугодие, %', 'сорок'],
        ['Неизвестно что', 1],
      ],
    },
    {
      kind: directoryKind,
      grid: [
        ['Сокращение', 'Полное название'],
        ['УО', ''],
        ['МО', 'Методический отдел'],
        ['МО', 'Другой'],
      ],
    },
    {
      kind: registryKind,
      grid: [
        ['Школа', 'Школа-куратор'],
        ['', 'МБОУ «СШ № 40»'],
        ['МБОУ «СШ № 7»', ''],
        ['МБОУ «СШ № 7»', ''],
      ],
    },
  ];
  for (const { kind, grid } of sheets) {
    const { diagnostics } = kind.read(grid, 'Лист');
    expect(diagnostics.length).toBeGreaterThan(0);
    for (const d of diagnostics) expectPlaced(d, 'Лист');
  }
});
