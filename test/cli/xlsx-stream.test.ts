/** A big book read row by row gives the sheets the whole-book reader gives (src/cli/xlsx-stream.ts). */
import ExcelJS from 'exceljs';
import { promises as fsp } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { readXlsx } from '../../src/cli/workbook-io';

const root = path.join(__dirname, '../..');

let dir: string;

beforeAll(async () => {
  dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'xlsx-stream-'));
});

afterAll(async () => {
  await fsp.rm(dir, { recursive: true, force: true });
});

/** A book with what the snapshot needs: merges, links of every kind, dates, formats, a hidden sheet, long Cyrillic text. */
async function book(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const plan = wb.addWorksheet('План');
  plan.addRow(['План-график на 2022 год']);
  plan.mergeCells('A1:F1');
  plan.addRow(['№', 'Мероприятие', 'Срок', 'Ответственный', 'Доля', 'Ссылка']);
  for (let i = 0; i < 3000; i++) {
    plan.addRow([
      i + 1,
      `Мероприятие ${i + 1}: сопровождение учителей-предметников «ёжик» ${'щ'.repeat(i % 7)}`,
      new Date(Date.UTC(2022, i % 12, 1 + (i % 28))),
      'Отдел методической работы',
      (i % 100) / 100,
      null,
    ]);
    const row = plan.lastRow!;
    row.getCell(5).numFmt = '0%';
    if (i % 3 === 0) row.getCell(6).value = { text: `документ ${i}`, hyperlink: `https://school.example/doc/${i}` };
    if (i % 3 === 1) row.getCell(6).value = { text: 7, hyperlink: `https://school.example/n/${i}` } as unknown as ExcelJS.CellValue;
    if (i % 50 === 2) row.getCell(6).value = { formula: `HYPERLINK("https://school.example/f/${i}";"отчёт")`, result: 'отчёт' };
    if (i % 50 === 3) row.getCell(6).value = { richText: [{ text: 'жирный ' }, { font: { bold: true }, text: 'текст' }] };
    if (i % 97 === 4) row.getCell(7).value = { formula: 'C5+1', result: 44600 };
    row.getCell(7).numFmt = 'dd.mm.yyyy';
  }
  plan.mergeCells('B10:B12');
  plan.mergeCells('C20:D22');
  plan.mergeCells('A30:A30');
  const hidden = wb.addWorksheet('Служебный', { state: 'hidden' });
  hidden.addRow(['ключ', 'значение']);
  hidden.addRow(['год', 2022]);
  wb.addWorksheet('Пустой');
  return Buffer.from(await wb.xlsx.writeBuffer());
}

test('the streamed sheets equal the whole-book ones: values, merges, links, formats, names, hidden state', async () => {
  const file = path.join(dir, 'big.xlsx');
  await fsp.writeFile(file, await book());
  const run = `import('./scripts/run-ts.mjs').then((m) => m.importTs('test/cli/xlsx-stream-compare.ts', 'xlsx-stream-compare.mjs'))`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', run], { cwd: root, encoding: 'utf8', env: { ...process.env, XLSX_FILE: file } });
  expect(r.stderr).toBe('');
  const report = JSON.parse(r.stdout) as Record<string, unknown>;
  expect(report).toEqual({
    safe: true,
    same: true,
    names: ['План', 'Служебный', 'Пустой'],
    hidden: [false, true, false],
    merges: [
      { row: 0, col: 0, rows: 1, cols: 6 },
      { row: 9, col: 1, rows: 3, cols: 1 },
      { row: 19, col: 2, rows: 3, cols: 2 },
    ],
    links: 1980,
    formats: 3000,
    cell: 'Мероприятие 2: сопровождение учителей-предметников «ёжик» щ',
    replacement: false,
  });
});

test('a damaged big book is refused in Russian, as a small one', async () => {
  const file = path.join(dir, 'broken.xlsx');
  const bytes = Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(200, 1)]);
  await expect(readXlsx(file, bytes, 0)).rejects.toThrow(/повреждён/);
});
