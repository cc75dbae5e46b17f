/**
 * Random merges, number formats and links on a real roadmap in the emulator: «Проверить лист» and
 * the «Подготовить лист» plan never throw, and the check changes no cell.
 */
import fc from 'fast-check';
import { getCheckReport } from '../../src/gas/check';
import { getPreparePlan } from '../../src/gas/prepare';
import { createFakeGas, type SeedValue } from '../fakes/gas';
import { fixtureText, parseTsv } from '../fixtures/load';

const plan = parseTsv(fixtureText('seed000-order470-plan-2022.tsv')) as SeedValue[][];
const rows = plan.length;
const cols = Math.max(...plan.map((r) => r.length));

const area = fc.record({
  row: fc.integer({ min: 1, max: rows }),
  col: fc.integer({ min: 1, max: cols }),
  rows: fc.integer({ min: 1, max: 6 }),
  cols: fc.integer({ min: 1, max: 3 }),
});
const format = fc.constantFrom('0%', '0.00%', 'dd.mm', 'dd.mm.yyyy', '@', '0.0');

test('random merges, formats and links never break the check or the prepare plan', () => {
  fc.assert(
    fc.property(
      fc.array(area, { maxLength: 6 }),
      fc.array(fc.tuple(area, format), { maxLength: 4 }),
      fc.array(area, { maxLength: 4 }),
      (merges, formats, links) => {
        const fake = createFakeGas({ sheets: { План: plan }, activeSheet: 'План' });
        const restore = fake.installGlobals();
        try {
          const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('План')!;
          for (const [a, f] of formats) sheet.getRange(a.row, a.col, a.rows, a.cols).setNumberFormat(f);
          for (const a of links) {
            const text = SpreadsheetApp.newRichTextValue().setText('Протокол').setLinkUrl('https://example.org/p').build();
            sheet.getRange(a.row, a.col).setRichTextValue(text);
          }
          for (const a of merges) {
            try {
              sheet.getRange(a.row, a.col, a.rows, a.cols).merge();
            } catch {
              // Sheets refuses a merge over part of another one: so does the emulator.
            }
          }
          const before = fake.sheetValues('План');
          const report = getCheckReport();
          expect(report.tables.length).toBeGreaterThan(0);
          expect(report.diagnostics.map((d) => d.code)).not.toContain('table-unreadable');
          getPreparePlan();
          expect(fake.sheetValues('План')).toEqual(before);
        } finally {
          restore();
        }
      },
    ),
    { numRuns: 60, seed: 20261201 },
  );
});
