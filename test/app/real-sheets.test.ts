/**
 * Each class of real-sheet trouble (merged cells, group headers, converted numbers, links, numbered
 * sections) read the same way from the .xlsx Sheets downloads (the command line) and from the
 * spreadsheet itself (the add-on's «Проверить лист» over the emulator).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkFiles, type FileResult } from '../../src/cli/check';
import { getCheckReport } from '../../src/gas/check';
import { getPreparePlan, prepareSheet } from '../../src/gas/prepare';
import { readWorkbook } from '../../src/cli/workbook-io';
import type { CheckReport } from '../../src/contracts/schemas';
import { REAL_SHEETS, realFake, writeRealXlsx } from '../fixtures/real-sheets';

const TODAY = '2022-11-15';
let dir = '';
let file = '';
let cli: FileResult;
const gas = new Map<string, CheckReport>();

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'real-sheets-'));
  file = path.join(dir, 'roadmaps.xlsx');
  await writeRealXlsx(file);
  [cli] = await checkFiles([file], { today: TODAY });
  const fake = realFake();
  const restore = fake.installGlobals();
  try {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    for (const s of REAL_SHEETS) {
      ss.setActiveSheet(ss.getSheetByName(s.name)!);
      gas.set(s.name, getCheckReport());
    }
  } finally {
    restore();
  }
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const sheet = (name: string) => {
  const s = cli.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
};
const codes = (ds: readonly { code: string; row: number | null }[]) => ds.map((d) => `${d.code}@${d.row}`).sort();

test.each(REAL_SHEETS.map((s) => s.name))('«%s»: the add-on and the command line find the same measures and the same findings', (name) => {
  const report = gas.get(name)!;
  expect(report.tables.map((t) => t.measures)).toEqual([sheet(name).measures.length]);
  expect(codes(report.diagnostics)).toEqual(codes(sheet(name).diagnostics));
});

test('the .xlsx reader hands over merges and number formats as Sheets stores them', async () => {
  const wb = await readWorkbook(file);
  const merged = wb.sheets.find((s) => s.name === 'Объединённые')!;
  expect(merged.merges).toEqual(
    expect.arrayContaining([
      { row: 4, col: 2, rows: 2, cols: 1 },
      { row: 2, col: 0, rows: 1, cols: 5 },
    ]),
  );
  expect(merged.grid[5][2]).toBeNull();
  const converted = wb.sheets.find((s) => s.name === 'Преобразованные')!;
  expect(converted.formats?.[2]?.[6]).toBe('0%');
  expect(converted.grid[2][6]).toBe(1);
});

test('merged cells: a merged deadline and responsible body belong to every measure; a merged heading is a section', () => {
  const s = sheet('Объединённые');
  expect(s.measures.map((m) => m.number)).toEqual(['1.', '2.', '3.', '4.']);
  expect(s.measures[2].deadline?.end).toBe('2022-02-28');
  expect(s.measures[2].responsible).toEqual(['ШНОР']);
  expect(s.measures[0].section).toMatch(/^Организационные мероприятия/);
  expect(codes(s.diagnostics).filter((c) => /missing|rows-merged/.test(c))).toEqual([]);
});

test('group headers: the sub-header row is not a measure; start and end make one deadline', () => {
  const s = sheet('Группы');
  expect(s.measures.map((m) => m.number)).toEqual(['1', '2', '3']);
  expect(s.columns.deadline).toBe('Сроки: начало, окончание');
  expect(s.columns.responsible).toBe('Ответственные: ФИО, должность');
  expect(s.measures[0].deadline).toMatchObject({ start: '2022-02-01', end: '2022-05-31' });
  expect(s.measures[1].deadline).toMatchObject({ start: '2022-03-01', end: '2022-04-30' });
  expect(s.unknownColumns).toEqual([]);
});

test('converted numbers: dates in the number column are numbers, a percent cell is «100%», a date deadline is a date', () => {
  const s = sheet('Преобразованные');
  expect(s.measures.map((m) => m.number)).toEqual(['1.1', '1.2', '1.10', '2']);
  expect(s.measures.map((m) => m.actual)).toEqual(['100%', '60%', null, null]);
  expect(s.measures[1].deadline).toMatchObject({ start: '2022-03-15', end: '2022-03-15' });
  // Messages quote what the user sees: no serial number, no ISO date.
  for (const d of s.diagnostics) expect(d.message).not.toMatch(/\d{4}-\d\d-\d\d|\b4\d{4}\b/);
});

test('links: inserted, formula and partial links are evidence; the labels are kept', () => {
  const s = sheet('Ссылки');
  expect(s.measures.map((m) => m.evidence)).toEqual([
    'Протокол № 1 https://drive.google.com/file/d/1abc/view',
    'Программа семинара https://docs.google.com/document/d/2def/edit',
    'Протокол собрания (папка) https://drive.google.com/drive/folders/3ghi',
  ]);
  expect(codes(s.diagnostics).filter((c) => /evidence/.test(c))).toEqual([]);
});

test('numbered section rows are sections, not measures', () => {
  const s = sheet('Разделы');
  expect(s.measures.map((m) => m.number)).toEqual(['1.1.', '1.2.', '2.1.']);
  expect(s.measures.map((m) => m.section)).toEqual(['1. Организационные мероприятия', '1. Организационные мероприятия', '2. Работа с педагогами']);
});

test('«Подготовить лист» keeps a vertical merge: its rows are measures, not joined, and its cells are not written', () => {
  const fake = realFake();
  const restore = fake.installGlobals();
  try {
    const before = fake.sheetValues('Объединённые');
    const plan = getPreparePlan();
    expect(plan.mergeRows).toEqual([]);
    expect(plan.removeRows).toEqual([]);
    prepareSheet({ sheetId: plan.sheetId, token: plan.token });
    const after = fake.sheetValues('Объединённые');
    // The table's own cells are as they were; only the tracking columns were added to the right.
    expect(after.map((r) => r.slice(0, 5))).toEqual(before.map((r) => r.slice(0, 5)));
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    expect(ss.getSheetByName('Объединённые')!.getRange('C5:C6').isPartOfMerge()).toBe(true);
  } finally {
    restore();
  }
});
