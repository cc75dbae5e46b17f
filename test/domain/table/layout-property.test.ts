/** Random merges, formats and links over random roadmaps: the reading never throws and stays inside the sheet. */
import fc from 'fast-check';
import { analyseSheet } from '../../../src/domain/roadmap/analyse';
import type { Cell, CellRange, Grid } from '../../../src/domain/core/types';

const texts = ['№', 'Мероприятие', 'Срок', 'Ответственный', 'Результат', 'Сроки', 'начало', 'окончание', '1.', '1.1', 'январь 2022', 'УО', 'Протокол', ''];
const cell: fc.Arbitrary<Cell> = fc.oneof(
  fc.constantFrom(...texts),
  fc.string({ maxLength: 12 }),
  fc.double({ noNaN: false }),
  fc.integer({ min: -5, max: 50000 }),
  fc.date({ min: new Date(Date.UTC(1899, 0, 1)), max: new Date(Date.UTC(2100, 0, 1)) }),
  fc.boolean(),
  fc.constant(null),
);
const grid: fc.Arbitrary<Grid> = fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 25 });
const merge: fc.Arbitrary<CellRange> = fc.record({
  row: fc.integer({ min: -2, max: 30 }),
  col: fc.integer({ min: -2, max: 10 }),
  rows: fc.integer({ min: -1, max: 40 }),
  cols: fc.integer({ min: -1, max: 12 }),
});
const format = fc.constantFrom('', '0%', '0.00%', '"%"0', '\\%0', 'dd.mm', '@', 'General', '0.###############', '#,##0.0 %');

test('random merges, formats and links never throw, and every measure stays on a row of the sheet', () => {
  fc.assert(
    fc.property(grid, fc.array(merge, { maxLength: 8 }), fc.array(fc.array(format, { maxLength: 8 }), { maxLength: 25 }), (g, merges, formats) => {
      const links = merges.map((m) => ({ row: m.row, col: m.col, url: 'https://example.org/x' }));
      const tables = analyseSheet(g, { sheetName: 'Лист', today: '2022-06-01', merges, formats, links });
      expect(tables.length).toBeGreaterThan(0);
      for (const t of tables) {
        for (const m of t.measures) {
          expect(m.row).toBeGreaterThanOrEqual(1);
          expect(m.row).toBeLessThanOrEqual(g.length);
        }
        for (const d of t.diagnostics) expect(d.code).not.toBe('table-unreadable');
      }
    }),
    { numRuns: 400, seed: 20261201 },
  );
});
