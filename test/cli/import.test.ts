/** `import`: a .docx / .tsv / .xlsx table as an .xlsx roadmap prepared for monitoring, end to end through the bin. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { writeWorkbook } from '../../src/cli/workbook-io';
import { STATUSES, CURATOR_MARKS } from '../../src/domain/parse/tracking';
import { FIXTURES_DIR } from '../fixtures/load';
import { buildDocx } from './docx-builder';
import { ROADMAP } from './docx-roadmap';

const root = path.join(__dirname, '../..');
const TODAY = '2022-11-23';

function cli(...args: string[]): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [path.join(root, 'scripts/cli.mjs'), ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

async function open(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** The header row's cells, 1-based columns → text. */
function rowTexts(ws: ExcelJS.Worksheet, r: number): string[] {
  const out: string[] = [];
  ws.getRow(r).eachCell({ includeEmpty: true }, (cell, c) => (out[c - 1] = cell.text));
  return Array.from(out, (v) => v ?? '');
}

function validationOf(ws: ExcelJS.Worksheet, address: string): ExcelJS.DataValidation | undefined {
  return (ws as unknown as { dataValidations: { find(a: string): ExcelJS.DataValidation | undefined } }).dataValidations.find(address);
}

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'import-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('import of a seed table with page-break debris (.tsv)', () => {
  let r: ReturnType<typeof cli>;
  let ws: ExcelJS.Worksheet;
  let book: ExcelJS.Workbook;
  const input = () => path.join(dir, 'План 470.tsv');
  beforeAll(async () => {
    fs.copyFileSync(path.join(FIXTURES_DIR, 'seed000-order470-plan-2022.tsv'), input());
    r = cli('import', input(), '--today', TODAY);
    book = await open(path.join(dir, 'План 470.xlsx'));
    ws = book.getWorksheet('План 470') as ExcelJS.Worksheet;
  });

  test('exit 0; the report in Russian: measures, rows joined, columns added, where it was written', () => {
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Лист «План 470» подготовлен: 33 мероприятия.');
    expect(r.stdout).toContain('Объединено: 12 строк.');
    expect(r.stdout).toContain('Добавлены столбцы (8):');
    expect(r.stdout).toContain(`Записано: ${path.join(dir, 'План 470.xlsx')}`);
  });

  test('the split rows are joined: 12 rows fewer, measure 1 whole in one row', () => {
    const source = fs
      .readFileSync(input(), 'utf8')
      .replace(/\r?\n$/, '')
      .split(/\r?\n/);
    expect(ws.rowCount).toBe(source.length - 12);
    const header = rowTexts(ws, 14);
    expect(header.slice(0, 6)).toEqual(['№ п/п', 'Наименование мероприятия', 'Сроки исполнения', 'Показатель реализации', 'Исполнитель', 'Результат']);
    expect(ws.getCell('A16').text).toBe('1.');
    expect(ws.getCell('E16').text).toContain('муниципальный координатор');
    expect(ws.getCell('E16').text).toContain('МБОУ «СШ № 21 им. Н.И. Рыленкова»');
  });

  test('tracking columns: headers, dropdowns over the table, date and text formats, the header frozen', () => {
    const header = rowTexts(ws, 14);
    expect(header.slice(6)).toEqual([
      'Статус',
      'Дата выполнения',
      'Факт',
      'Подтверждающий документ (ссылка)',
      'Отметка куратора',
      'Дата отметки',
      'Комментарий куратора',
      'Комментарий',
    ]);
    // The last line of the seed («--	--	--») is below the table: no dropdown there.
    const last = ws.rowCount - 1;
    expect(ws.getCell(`A${ws.rowCount}`).text).toBe('--');
    expect(validationOf(ws, `G${ws.rowCount}`)).toBeUndefined();
    const status = validationOf(ws, `G${last}`);
    expect(status).toMatchObject({ type: 'list' });
    expect(status?.formulae[0]).toBe(`"${STATUSES.join(',')}"`);
    expect(validationOf(ws, 'K20')?.formulae[0]).toBe(`"${CURATOR_MARKS.join(',')}"`);
    expect(validationOf(ws, 'G14')).toBeUndefined();
    expect(ws.getCell('H20').numFmt).toBe('dd.mm.yyyy');
    expect(ws.getCell('L20').numFmt).toBe('dd.mm.yyyy');
    expect(ws.getCell('I20').numFmt).toBe('@');
    expect(ws.getRow(14).font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 14 });
  });

  test('the original kept as a hidden copy; check on the result finds the same 33 measures and no split rows', () => {
    const copy = book.worksheets.find((w) => w.name !== 'План 470');
    expect(copy?.state).toBe('hidden');
    expect(copy?.rowCount).toBe(
      fs
        .readFileSync(input(), 'utf8')
        .replace(/\r?\n$/, '')
        .split(/\r?\n/).length,
    );
    const c = cli('check', path.join(dir, 'План 470.xlsx'), '--json', '--today', TODAY);
    const out = JSON.parse(c.stdout) as { files: { sheets: { name: string; measures: unknown[]; diagnostics: { code: string }[] }[] }[] };
    expect(out.files[0].sheets.map((s) => s.name)).toEqual(['План 470']);
    expect(out.files[0].sheets[0].measures).toHaveLength(33);
    expect(out.files[0].sheets[0].diagnostics.map((d) => d.code)).not.toContain('rows-merged');
  });

  test('never over an existing file: a second import writes «(2)», -o onto a file is refused', () => {
    const again = cli('import', input(), '--today', TODAY);
    expect(again.code).toBe(0);
    expect(fs.existsSync(path.join(dir, 'План 470 (2).xlsx'))).toBe(true);
    const before = fs.readFileSync(path.join(dir, 'План 470.xlsx'));
    const refused = cli('import', input(), '-o', path.join(dir, 'План 470.xlsx'));
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/уже есть/);
    expect(fs.readFileSync(path.join(dir, 'План 470.xlsx')).equals(before)).toBe(true);
  });
});

describe('import of a Word document', () => {
  test('the merges, the link and the title lines travel to the .xlsx', async () => {
    const input = path.join(dir, 'Приказ.docx');
    fs.writeFileSync(input, await buildDocx(ROADMAP));
    const out = path.join(dir, 'вывод', 'Карта.xlsx');
    const r = cli('import', input, '-o', out, '--today', TODAY);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Лист «Таблица 1» подготовлен: 4 мероприятия.');
    const ws = (await open(out)).getWorksheet('Таблица 1') as ExcelJS.Worksheet;
    expect(ws.getCell('A3').text).toMatch(/на 2022 год$/);
    expect(ws.getCell('C6').text).toBe('Январь 2022 года');
    expect(ws.getCell('C7').isMerged && ws.getCell('C8').master.address).toBe('C6');
    expect(ws.getCell('A5').master.address).toBe('A5');
    expect(ws.getCell('E5').master.address).toBe('A5');
    expect(ws.getCell('E7').hyperlink).toBe('https://example.org/vpr');
    expect(ws.getCell('E7').text).toBe('Аналитическая справка');
    expect(rowTexts(ws, 4)[5]).toBe('Статус');
  });

  test('a document without a roadmap table: exit 1, nothing written; an unreadable one: exit 2 in Russian', async () => {
    const input = path.join(dir, 'Список.docx');
    fs.writeFileSync(input, await buildDocx([{ table: [{ cells: ['Школа', 'Адрес'] }, { cells: ['МБОУ СШ № 1', 'ул. Мира, 1'] }] }]));
    const r = cli('import', input, '--today', TODAY);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/не найдена таблица мероприятий/);
    expect(fs.existsSync(path.join(dir, 'Список.xlsx'))).toBe(false);
    fs.writeFileSync(path.join(dir, 'old.doc'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0]));
    const bad = cli('import', path.join(dir, 'old.doc'));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/старый формат \.doc не поддерживается/);
    expect(bad.stderr).not.toMatch(/\bat \S+:\d+/);
    expect(cli('import').code).toBe(2);
    expect(cli('import', input, '-o', path.join(dir, 'x.csv')).code).toBe(2);
  });
});

describe('import of an .xlsx whose measure numbers Sheets turned into dates', () => {
  test('the numbers are written back as text with the format «@»', async () => {
    const input = path.join(dir, 'Даты.xlsx');
    const d = (m: number, day: number) => new Date(Date.UTC(2022, m - 1, day));
    await writeWorkbook(input, [
      {
        name: 'План',
        rows: [
          ['План мероприятий на 2022 год'],
          ['№ п/п', 'Мероприятие', 'Срок', 'Ответственный', 'Результат'],
          ['1.', 'Организационные мероприятия'],
          [d(1, 1), 'Совещание', 'январь 2022 г.', 'Управление образования', 'Протокол'],
          [d(2, 1), 'Семинар', 'февраль 2022 г.', 'Методический отдел', 'Программа'],
          [d(10, 1), 'Консультации', 'октябрь 2022 г.', 'Методический отдел', 'Журнал'],
        ],
      },
    ]);
    const out = path.join(dir, 'Даты — мониторинг.xlsx');
    const r = cli('import', input, '-o', out, '--today', TODAY);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Номера, ставшие датами, записаны как текст: \d+ строк/);
    const ws = (await open(out)).getWorksheet('План') as ExcelJS.Worksheet;
    expect(ws.getCell('A4').value).toBe('1.1');
    expect(ws.getCell('A4').numFmt).toBe('@');
    expect(ws.getCell('A6').value).toBe('1.10');
  });
});
