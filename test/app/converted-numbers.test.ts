/**
 * A roadmap typed into Russian-locale Sheets, its numbers turned into dates: read the same way from
 * the downloaded .xlsx (command line) and from the spreadsheet itself (the sidebar over the emulator).
 */
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkFiles } from '../../src/cli/check';
import { getCheckReport } from '../../src/gas/check';
import { createFakeGas, zonedDate } from '../fakes/gas';

const ROWS: [number, number, string, string][] = [
  [1, 1, 'Совещание с директорами', 'январь 2022'],
  [2, 1, 'Семинар для учителей', 'февраль 2022'],
  [10, 1, 'Мониторинг результатов', 'октябрь 2022'],
];

let restore: (() => void) | null = null;
afterEach(() => {
  restore?.();
  restore = null;
});

test('numbers that became dates: the same measures and findings from the .xlsx and from Sheets', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dates-'));
  try {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('План');
    ws.addRow(['План мероприятий на 2022 год']);
    ws.addRow(['№', 'Мероприятие', 'Срок', 'Ответственный']);
    // exceljs writes a Date as a date cell, as Sheets stores «1.10» typed in 2022 (01.10.2022).
    for (const [m, d, title, due] of ROWS) ws.addRow([new Date(Date.UTC(2022, m - 1, d)), title, due, 'УО']);
    const file = path.join(dir, 'plan.xlsx');
    await wb.xlsx.writeFile(file);
    const [result] = await checkFiles([file], { today: '2022-11-15' });
    const cli = result.sheets[0];
    expect(cli.measures.map((m) => m.number)).toEqual(['1.1', '1.2', '1.10']);

    const fake = createFakeGas({
      sheets: {
        План: [
          ['План мероприятий на 2022 год'],
          ['№', 'Мероприятие', 'Срок', 'Ответственный'],
          ...ROWS.map(([m, d, title, due]) => [zonedDate('Europe/Moscow', 2022, m, d), title, due, 'УО']),
        ],
      },
      activeSheet: 'План',
    });
    restore = fake.installGlobals();
    const report = getCheckReport();
    expect(report.tables[0].measures).toBe(3);
    const codes = (ds: { code: string; row: number | null }[]) => ds.map((d) => `${d.code}@${d.row}`).sort();
    expect(codes(report.diagnostics)).toEqual(codes(cli.diagnostics));
    expect(codes(cli.diagnostics)).toEqual(expect.arrayContaining(['number-was-date@3', 'number-was-date@4', 'number-was-date@5']));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
