/** Hostile and careless input to the command line: stray cells, odd encodings, broken files, odd arguments. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { readWorkbook } from '../../src/cli/workbook-io';

const root = path.join(__dirname, '../..');
const TODAY = '2022-05-20';

function cli(...args: string[]): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [path.join(root, 'scripts/cli.mjs'), ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

const HEADER = ['№', 'Мероприятие', 'Срок', 'Ответственный'];
const ROWS = [
  ['1', 'Совещание', 'март 2022', 'Директор'],
  ['2', 'Семинар', 'апрель 2022', 'Завуч'],
];

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rm-hostile-'));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A real .xlsx: the table, plus stray values at the given 1-based (row, column) cells. */
async function xlsxWithStrays(file: string, strays: Array<[number, number, string]>): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('План');
  ws.addRow(['Дорожная карта на 2022 год']);
  ws.addRow(HEADER);
  for (const r of ROWS) ws.addRow(r);
  for (const [r, c, v] of strays) ws.getCell(r, c).value = v;
  const full = path.join(dir, file);
  fs.mkdirSync(path.dirname(full), { recursive: true });
  await wb.xlsx.writeFile(full);
  return full;
}

describe('a stray cell at the far corner of a sheet', () => {
  let far: string;
  beforeAll(async () => {
    far = await xlsxWithStrays('far/угол.xlsx', [
      [1048576, 16384, 'x'],
      [1000000, 16000, 'y'],
      [3, 16000, 'z'],
    ]);
  });

  test('the reader keeps the grid to the table and lists the far cells apart', async () => {
    const wb = await readWorkbook(far);
    const sheet = wb.sheets[0];
    expect(sheet.grid).toEqual([['Дорожная карта на 2022 год'], HEADER, ...ROWS]);
    expect(sheet.outside).toEqual([
      { row: 2, col: 15999, value: 'z' },
      { row: 999999, col: 15999, value: 'y' },
      { row: 1048575, col: 16383, value: 'x' },
    ]);
  });

  test('check reports «ячейка вне таблицы» with sheet, row and column, and reads the table (exit 0)', () => {
    const r = cli('check', far, '--today', TODAY, '--json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const sheet = JSON.parse(r.stdout).files[0].sheets[0];
    expect(sheet.measures).toHaveLength(2);
    const outside = sheet.diagnostics.filter((d: { code: string }) => d.code === 'cell-outside-table');
    expect(outside.map((d: { row: number }) => d.row)).toEqual([3, 1000000, 1048576]);
    expect(outside[2].message).toBe(
      'Лист «План», строка 1048576: ячейка вне таблицы: столбец XFD (ячейка XFD1048576), «x». Она далеко от таблицы и не проверяется; если она попала сюда случайно, удалите её.',
    );
  });

  test('a .csv with a value far to the right and far below is read the same way', () => {
    const csv = path.join(dir, 'far.csv');
    const lines = [HEADER.join(';'), ...ROWS.map((r) => r.join(';'))];
    fs.writeFileSync(csv, `${lines.join('\n')}\n${'\n'.repeat(999_000)}${';'.repeat(15999)}x\n`);
    const r = cli('check', csv, '--today', TODAY, '--json');
    expect(r.code).toBe(0);
    const sheet = JSON.parse(r.stdout).files[0].sheets[0];
    expect(sheet.measures).toHaveLength(2);
    expect(sheet.unknownColumns).toEqual([]);
    const outside = sheet.diagnostics.filter((d: { code: string }) => d.code === 'cell-outside-table');
    expect(outside).toHaveLength(1);
    expect(outside[0].message).toContain('столбец WQJ (ячейка WQJ999004)');
  });

  test('summary over a folder with such a file, a broken one and a good one summarises both schools', async () => {
    await xlsxWithStrays('far/школа 2.xlsx', []);
    fs.writeFileSync(path.join(dir, 'far', 'сломан.xlsx'), 'не книга');
    const r = cli('summary', path.join(dir, 'far'), '--today', TODAY, '--json');
    expect(r.code).toBe(2);
    const out = JSON.parse(r.stdout);
    expect(out.totals.schools).toBe(2);
    expect(out.files.map((f: { file: string; schools: number }) => [path.basename(f.file), f.schools])).toEqual([
      ['сломан.xlsx', 0],
      ['угол.xlsx', 1],
      ['школа 2.xlsx', 1],
    ]);
  });
});
