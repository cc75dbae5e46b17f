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

describe('broken books and odd encodings', () => {
  const table = [HEADER.join(';'), '1;Семинар для учителей;март 2022;Директор школы', ''].join('\r\n');

  test('a 0-byte .xlsx and a book with a missing sheet part are unreadable (exit 2, Russian), not empty', async () => {
    const empty = path.join(dir, 'пустая.xlsx');
    fs.writeFileSync(empty, '');
    const good = await xlsxWithStrays('целая.xlsx', []);
    const broken = path.join(dir, 'без листа.xlsx');
    fs.copyFileSync(good, broken);
    expect(spawnSync('zip', ['-qd', broken, 'xl/worksheets/sheet1.xml']).status).toBe(0);
    const r = cli('check', empty, broken, '--json', '--today', TODAY);
    expect(r.code).toBe(2);
    const files = JSON.parse(r.stdout).files;
    expect(files[0].error).toBe(`Не удалось прочитать файл «${empty}»: файл пустой (0 байт) — это не книга Excel; сохраните книгу заново`);
    expect(files[1].error).toBe(`Не удалось прочитать файл «${broken}»: книга повреждена: нет данных листа «План»`);
    const s = cli('summary', empty, broken, good, '--json', '--today', TODAY);
    expect(s.code).toBe(2);
    expect(JSON.parse(s.stdout).totals.schools).toBe(1);
  });

  test.each([
    ['UTF-16 LE without a BOM', Buffer.from(table, 'utf16le')],
    ['UTF-16 BE without a BOM', Buffer.from(table, 'utf16le').swap16()],
    ['KOI8-R', Buffer.from(new TextEncoder().encode(''))],
    ['Windows-1251', Buffer.from([])],
  ])('a .csv in %s is decoded', async (name, given) => {
    let bytes: Uint8Array = given;
    // Node has no KOI8-R / Windows-1251 encoder: build the bytes from the decoders' own tables.
    // KOI8-R has no «№»: the single-byte tables say «N».
    const text = bytes.length === 0 ? table.replace('№', 'N') : table;
    if (name === 'KOI8-R' || name === 'Windows-1251') bytes = encodeSingleByte(text, name === 'KOI8-R' ? 'koi8-r' : 'windows-1251');
    const file = path.join(dir, `${name}.csv`);
    fs.writeFileSync(file, bytes);
    const wb = await readWorkbook(file);
    expect(wb.sheets[0].grid).toEqual([text.split('\r\n')[0].split(';'), ['1', 'Семинар для учителей', 'март 2022', 'Директор школы']]);
  });

  test('bytes that are no known text encoding: «кодировка не распознана», exit 2', () => {
    const file = path.join(dir, 'мусор.csv');
    fs.writeFileSync(file, Buffer.from([0x81, 0x00, 0x98, 0x00, 0x83, 0x83, 0x00, 0x81, 0x00, 0x9f, 0x00, 0x00, 0x00]));
    const r = cli('check', file, '--json');
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout).files[0].error).toContain('кодировка не распознана');
  });
});

/** Text → bytes in a single-byte encoding, by inverting TextDecoder's table. */
function encodeSingleByte(text: string, encoding: string): Buffer {
  const decoder = new TextDecoder(encoding);
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(decoder.decode(Uint8Array.of(b)), b);
  return Buffer.from([...text].map((ch) => table.get(ch) ?? 0x3f));
}

/** A control character that would reach the terminal raw (\n and \t are fine). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

describe('arguments and terminal safety', () => {
  test('unknown options, missing values and impossible dates: Russian messages, exit 2', () => {
    const bogus = cli('check', 'x.csv', '--bogus');
    expect(bogus.code).toBe(2);
    expect(bogus.stderr).toMatch(/^Неизвестный параметр «--bogus»\./);
    expect(bogus.stderr).not.toContain('Unknown option');
    expect(cli('check', 'x.csv', '--today').stderr).toMatch(/^Параметру «--today» нужно значение\./);
    const feb30 = cli('check', 'x.csv', '--today', '2022-02-30');
    expect(feb30.code).toBe(2);
    expect(feb30.stderr).toContain('--today: ожидается дата ГГГГ-ММ-ДД, получено «2022-02-30»');
    expect(cli('check', path.join(dir, 'нет.csv'), '--today', '2024-02-29').code).toBe(2);
  });

  test('control characters from cells are shown escaped in the text report, and as \\u escapes in JSON', () => {
    const file = path.join(dir, 'escape.csv');
    const title = 'Совещание\u001b[2J\u001b[31mвзлом\u0007';
    fs.writeFileSync(file, `${HEADER.join(';')}\n1;${title};март 2022;Директор\u009b31m\n2;${title};март 2022;Директор\n`);
    const text = cli('check', file, '--today', TODAY);
    expect(text.stdout).not.toMatch(RAW_CONTROL);
    // The duplicate-measure finding quotes the title: visible escapes instead of a cleared, retitled terminal.
    expect(text.stdout).toContain('«Совещание\\x1b[2J\\x1b[31mвзлом\\x07»');
    const summary = cli('summary', file, '--today', TODAY);
    expect(summary.stdout).not.toMatch(RAW_CONTROL);
    const json = cli('check', file, '--today', TODAY, '--json');
    expect(json.stdout).not.toMatch(RAW_CONTROL);
    expect(JSON.parse(json.stdout).files[0].sheets[0].measures[0].responsible.join(' ')).toContain('\u009b31m');
  });
});

test('cells longer than Excel allows (32 767) are cut with a visible «…» in every .xlsx written', async () => {
  const long = 'д'.repeat(40_000);
  const file = path.join(dir, 'длинная.xlsx');
  const { writeWorkbook } = await import('../../src/cli/workbook-io');
  await writeWorkbook(file, [{ name: 'Лист', rows: [[long, 'коротко']] }]);
  const cell = (await readWorkbook(file)).sheets[0].grid[0][0] as string;
  expect(cell).toHaveLength(32_767);
  expect(cell.endsWith('…')).toBe(true);
  // The summary's own writer: a school named by a 40 000-character title line.
  const csv = path.join(dir, 'длинная.csv');
  fs.writeFileSync(csv, `Дорожная карта МБОУ «СШ № 1» ${'о'.repeat(40_000)}\n${HEADER.join(';')}\n1;${'м'.repeat(40_000)};март 2022;Директор;\n`);
  const out = path.join(dir, 'сводка-длинная.xlsx');
  expect(cli('summary', csv, '--today', TODAY, '-o', out).code).toBe(0);
  for (const s of (await readWorkbook(out)).sheets)
    for (const row of s.grid) for (const v of row) if (typeof v === 'string') expect(v.length).toBeLessThanOrEqual(32_767);
  const sheets = (await readWorkbook(out)).sheets;
  expect(sheets.some((s) => s.grid.some((row) => row.some((v) => typeof v === 'string' && v.length === 32_767 && v.endsWith('…'))))).toBe(true);
});
