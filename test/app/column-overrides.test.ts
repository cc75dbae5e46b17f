/**
 * The block «Столбцы» round trip: saved through «Настройки…», read by «Проверить лист» in the
 * spreadsheet and by `check` on the same workbook downloaded as .xlsx.
 */
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkFiles } from '../../src/cli/check';
import { getCheckReport } from '../../src/gas/check';
import { getSettingsDialogData, saveSettingsForm } from '../../src/gas/settings';
import { createFakeGas, type FakeGas, type SeedValue } from '../fakes/gas';

const PLAN: SeedValue[][] = [
  ['План мероприятий на 2022 год'],
  ['№', 'Мероприятие', 'Примечание', 'Исполнитель', 'Служебная отметка'],
  ['1', 'Совещание с директорами школ', 'январь 2022', 'Управление образования', 'ок'],
  ['2', 'Семинар для заместителей директоров', 'февраль 2022', 'Методический центр', 'ок'],
];

let restore: (() => void) | null = null;
afterEach(() => {
  restore?.();
  restore = null;
});

function spreadsheet(): FakeGas {
  const fake = createFakeGas({ sheets: { План: PLAN }, activeSheet: 'План' });
  restore = fake.installGlobals();
  return fake;
}

const codes = (r: { diagnostics: { code: string }[] }) => r.diagnostics.map((d) => d.code);

test('«Настройки…» saves the block; «Проверить лист» and `check` read «Примечание» as the deadline', async () => {
  const fake = spreadsheet();
  const before = getCheckReport();
  expect(codes(before)).toContain('missing-column');

  const data = getSettingsDialogData();
  expect(data.headers).toEqual(expect.arrayContaining(['Примечание', 'Служебная отметка']));
  const saved = saveSettingsForm({
    ...data.form,
    columns: [
      { sheet: 'План', header: 'Примечание', field: 'deadline' },
      { sheet: '', header: 'Служебная отметка', field: 'ignore' },
    ],
  });
  expect(saved).toEqual({ ok: true, errors: [] });
  const settingsGrid = fake.sheetValues('Настройки');
  expect(settingsGrid.slice(-3)).toEqual([
    ['Лист', 'Заголовок столбца', 'Поле'],
    ['План', 'Примечание', 'Срок'],
    ['все листы', 'Служебная отметка', 'не читать'],
  ]);

  SpreadsheetApp.getActiveSpreadsheet().setActiveSheet(SpreadsheetApp.getActiveSpreadsheet().getSheetByName('План')!);
  const after = getCheckReport();
  expect(codes(after)).not.toContain('missing-column');
  expect(codes(after)).not.toContain('unknown-columns');
  expect(after.tables[0].columns.find((c) => c.field === 'deadline')).toMatchObject({ column: 3, header: 'Примечание', by: 'settings' });
  // Reopening the dialog shows what was saved.
  expect(getSettingsDialogData().form.columns).toEqual([
    { sheet: 'План', header: 'Примечание', field: 'deadline' },
    { sheet: '', header: 'Служебная отметка', field: 'ignore' },
  ]);

  // The same workbook downloaded as .xlsx: the command line reads the block the same way.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'columns-'));
  try {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('План').addRows(fake.sheetValues('План'));
    wb.addWorksheet('Настройки').addRows(settingsGrid);
    const file = path.join(dir, 'plan.xlsx');
    await wb.xlsx.writeFile(file);
    const [result] = await checkFiles([file], { today: '2022-06-01' });
    const sheet = result.sheets.find((s) => s.name === 'План')!;
    expect(sheet.columns.deadline).toBe('Примечание');
    expect(sheet.table.mapping.find((m) => m.field === 'deadline')?.basis).toEqual({ by: 'settings' });
    expect(sheet.diagnostics.map((d) => `${d.code}@${d.row}`).sort()).toEqual(after.diagnostics.map((d) => `${d.code}@${d.row}`).sort());
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a row of the block with no header is refused by the server with its field', () => {
  spreadsheet();
  const data = getSettingsDialogData();
  const result = saveSettingsForm({ ...data.form, columns: [{ sheet: '', header: ' ', field: 'deadline' }] });
  expect(result.ok).toBe(false);
  expect(result.errors).toEqual([{ field: 'columns.0', message: 'Укажите заголовок столбца (как в таблице) или его букву.' }]);
});
