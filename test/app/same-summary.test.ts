/**
 * The summary is one use case: the same workbook through the command line (an .xlsx in, an .xlsx out)
 * and through the Apps Script adapter (the built bundle over the emulator) gives the same «Сводка» —
 * the same cells, the same bold rows, the same fills — and the same other three sheets' cells.
 */
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeSampleWorkbook } from '../../src/cli/sample';
import { runSummary } from '../../src/cli/summary';
import { readWorkbook } from '../../src/cli/workbook-io';
import type { Cell } from '../../src/domain/core/types';
import { a1Of, createFakeGas, zonedDate, type SeedValue } from '../fakes/gas';
import { callGlobal, loadBundle } from '../gas/bundle-context';

const ROOT = path.join(__dirname, '../..');
const TODAY = '2022-11-15';
const SHEETS = ['Сводка', 'Исполнители', 'Календарь', 'Отчёт за полугодие'];

interface StyledCell {
  value: string | number;
  bold: boolean;
  background: string | null;
}

let dir: string;
let workbook: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'same-summary-'));
  workbook = path.join(dir, 'Пример.xlsx');
  await writeSampleWorkbook(ROOT, workbook);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function viaCommandLine(): Promise<Record<string, StyledCell[][]>> {
  const out = path.join(dir, 'Сводка.xlsx');
  const code = await runSummary([workbook], { today: TODAY, registry: workbook, output: out }, () => undefined);
  expect(code).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const result: Record<string, StyledCell[][]> = {};
  for (const name of SHEETS) {
    const ws = wb.getWorksheet(name)!;
    const rows: StyledCell[][] = [];
    for (let r = 1; r <= ws.rowCount; r++) {
      const row: StyledCell[] = [];
      for (let c = 1; c <= ws.columnCount; c++) {
        const cell = ws.getCell(r, c);
        const fill = (cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
        const v = cell.value;
        row.push({
          value: typeof v === 'number' || typeof v === 'string' ? v : '',
          bold: cell.font?.bold === true,
          background: fill ? `#${fill.slice(2).toLowerCase()}` : null,
        });
      }
      rows.push(row);
    }
    result[name] = rows;
  }
  return result;
}

/** The workbook's sheets as Sheets holds them after an upload: dates at midnight in the spreadsheet's zone. */
async function asSpreadsheet(): Promise<Record<string, SeedValue[][]>> {
  const sheets: Record<string, SeedValue[][]> = {};
  for (const s of (await readWorkbook(workbook)).sheets) {
    sheets[s.name] = s.grid.map((row) =>
      row.map((v: Cell) => (v instanceof Date ? zonedDate('Europe/Moscow', v.getUTCFullYear(), v.getUTCMonth() + 1, v.getUTCDate()) : v)),
    );
  }
  return sheets;
}

async function viaAddOn(): Promise<Record<string, StyledCell[][]>> {
  const sheets = await asSpreadsheet();
  const fake = createFakeGas({ sheets, activeSheet: Object.keys(sheets)[0], spreadsheetName: 'Пример' });
  // «Сегодня» of the add-on is the spreadsheet's date: the same day as the command line's.
  jest.useFakeTimers({ now: new Date(`${TODAY}T09:00:00Z`), doNotFake: ['nextTick', 'setImmediate'] });
  try {
    callGlobal(loadBundle(fake), 'showSummary');
  } finally {
    jest.useRealTimers();
  }
  const result: Record<string, StyledCell[][]> = {};
  for (const name of SHEETS) {
    const values = fake.sheetValues(name);
    result[name] = values.map((row, r) =>
      row.map((v, c) => {
        const cell = fake.cell(name, a1Of(r + 1, c + 1));
        const bg = cell.styles.background as string | undefined;
        return { value: typeof v === 'number' || typeof v === 'string' ? v : '', bold: cell.styles.fontWeight === 'bold', background: bg ?? null };
      }),
    );
  }
  return result;
}

/** Trailing empty, unstyled cells and rows are not content: the two writers stop at different places. */
function trimmed(rows: StyledCell[][]): StyledCell[][] {
  const blank = (c: StyledCell) => c.value === '' && !c.background;
  const out = rows.map((row) => {
    let n = row.length;
    while (n > 0 && blank(row[n - 1])) n--;
    return row.slice(0, n).map((c) => (c.value === '' ? { ...c, bold: false } : c));
  });
  while (out.length > 0 && out[out.length - 1].length === 0) out.pop();
  return out;
}

test('the command line and the add-on write the same «Сводка», cell for cell and style for style', async () => {
  const cli = await viaCommandLine();
  const addOn = await viaAddOn();
  const summaryCli = trimmed(cli['Сводка']);
  expect(summaryCli.length).toBeGreaterThan(4);
  expect(summaryCli[0][0]).toEqual({ value: 'Школа', bold: true, background: '#d9e2f3' });
  expect(summaryCli.some((row) => row.some((c) => c.background === '#d9ead3' || c.background === '#fff2cc' || c.background === '#f4cccc'))).toBe(true);
  // The sample's registry links the school sheets of its own workbook: neither side opens another
  // spreadsheet, no registry school is left unmatched, and the two «Сводка» sheets are the same whole.
  const addOnSummary = trimmed(addOn['Сводка']);
  expect(addOnSummary.findIndex((row) => String(row[0]?.value).startsWith('Не прочитаны'))).toBe(-1);
  expect(addOnSummary).toEqual(summaryCli);
  const json = { value: '' };
  await runSummary([workbook], { today: TODAY, registry: workbook, json: true }, (text) => (json.value = text));
  const out = JSON.parse(json.value) as { registry: { unmatched: string[] }; schools: unknown[]; plans: unknown[] };
  expect(out.registry.unmatched).toEqual([]);
  expect(out.schools).toHaveLength(4);
  expect(out.plans).toHaveLength(2);
  for (const name of SHEETS.slice(1)) {
    const values = (rows: StyledCell[][]) => trimmed(rows).map((row) => row.map((c) => c.value));
    expect({ name, rows: values(addOn[name]) }).toEqual({ name, rows: values(cli[name]) });
  }
});
