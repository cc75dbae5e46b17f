/**
 * «Сохранить»: the emulator's workbook back to an .xlsx with src/cli/xlsx-writer.ts — values (dates
 * as dates), number formats, drop-down lists, merges, links, column widths, frozen rows, bold and
 * filled cells, conditional format rules — always under a new name next to the opened file: an existing file is never replaced.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Cell } from '../domain/core/types';
import { formatDate, type FakeGas } from '../emulator';
import { writeWorkbook, type SheetOut, type ValidationOut } from '../cli/xlsx-writer';
import { TIME_ZONE } from './load';

const LISTS_SHEET = 'Списки';

/** An emulator Date (an instant) as the writer's floating date (its UTC fields are the wall clock). */
function floating(d: Date): Date {
  const [y, m, day, h, min, s] = formatDate(d, TIME_ZONE, 'yyyy-MM-dd-HH-mm-ss').split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, day, h, min, s));
}

/** Vertical runs of equal lists in a column make one validation each. */
function validationsOf(fake: FakeGas, name: string): ValidationOut[] {
  const out: ValidationOut[] = [];
  const grid = fake.validations(name);
  const width = Math.max(0, ...grid.map((r) => r.length));
  for (let c = 0; c < width; c++) {
    let run: ValidationOut | null = null;
    grid.forEach((row, r) => {
      const v = row[c];
      const list = v && v.criteria === 'VALUE_IN_LIST' && Array.isArray(v.values[0]) ? (v.values[0] as unknown[]).map(String) : null;
      if (list && run && run.toRow === r && run.list.join('\u0000') === list.join('\u0000')) run.toRow = r + 1;
      else if (list) out.push((run = { col: c, fromRow: r + 1, toRow: r + 1, list }));
      else run = null;
    });
  }
  return out;
}

function sheetOut(fake: FakeGas, sheet: GoogleAppsScript.Spreadsheet.Sheet): SheetOut {
  const name = sheet.getName();
  const values = fake.sheetValues(name);
  const rows: Cell[][] = values.map((row) => row.map((v) => (v instanceof Date ? floating(v) : v === '' ? null : v)));
  const formats = fake.numberFormats(name).map((row) => row.map((f) => (f === '0.###############' ? '' : f)));
  const widths = fake.columnWidths(name);
  const cols = Math.max(0, ...Object.keys(widths).map(Number));
  const fills: SheetOut['fills'] = [];
  const bold = new Map<number, number>();
  const styles = fake.styles(name);
  styles.forEach((row, r) =>
    row.forEach((s, c) => {
      if (typeof s.background === 'string' && /^#[0-9a-f]{6}$/i.test(s.background))
        fills.push({ row: r + 1, col: c, argb: `FF${s.background.slice(1).toUpperCase()}` });
      if (s.fontWeight === 'bold') bold.set(r + 1, (bold.get(r + 1) ?? 0) + 1);
    }),
  );
  const links: { row: number; col: number; url: string }[] = [];
  if (rows.length && rows[0].length) {
    sheet
      .getRange(1, 1, rows.length, Math.max(...rows.map((r) => r.length)))
      .getRichTextValues()
      .forEach((row, r) =>
        row.forEach((rich, c) => {
          const url = rich
            ?.getRuns()
            .find((x) => x.getLinkUrl())
            ?.getLinkUrl();
          if (url) links.push({ row: r, col: c, url });
        }),
      );
  }
  return {
    name,
    rows,
    columns: Array.from({ length: cols }, (_, i) => (widths[i + 1] ? { width: Math.max(1, Math.round((widths[i + 1] - 5) / 7)) } : {})),
    frozenRows: fake.frozenRows(name) || undefined,
    validations: validationsOf(fake, name),
    // A row is bold when most of its filled cells are (the writer bolds whole rows).
    boldRows: [...bold.entries()].filter(([r, n]) => n * 2 >= (styles[r - 1]?.length ?? 1)).map(([r]) => r),
    fills,
    hidden: sheet.isSheetHidden() || undefined,
    merges: fake.merges(name).map((m) => ({ row: m.row - 1, col: m.col - 1, rows: m.numRows, cols: m.numCols })),
    formats,
    links,
    conditional: fake
      .conditionalRules(name)
      .filter((r) => r.criteria !== '' && r.ranges.length > 0 && (!r.background || /^#[0-9a-f]{6}$/i.test(r.background)))
      .map((r) => ({
        ranges: r.ranges,
        ...(r.criteria === 'TEXT_EQUAL_TO' ? { text: r.value } : { formula: r.value }),
        background: r.background,
        bold: r.bold === true,
      })),
  };
}

/** A file name the user typed, made safe: a bare name ending in .xlsx. */
export function safeFileName(typed: string, fallback: string): string {
  const base =
    path
      .basename(String(typed).replace(/\\/g, '/'))
      .replace(/[<>:"|?*]/g, '')
      .replace(/\p{Cc}/gu, '')
      .trim() || fallback;
  return /\.xlsx$/i.test(base) ? base : `${base}.xlsx`;
}

/** A path in `dir` that does not exist yet: «name.xlsx», else «name (2).xlsx», «name (3).xlsx»… */
export function freshPath(dir: string, name: string): string {
  const stem = name.replace(/\.xlsx$/i, '');
  for (let i = 1; ; i++) {
    const p = path.join(dir, i === 1 ? `${stem}.xlsx` : `${stem} (${i}).xlsx`);
    if (!fs.existsSync(p)) return p;
  }
}

/** Writes the workbook to a new file in `dir`; returns its path. */
export async function saveWorkbook(fake: FakeGas, dir: string, name: string): Promise<string> {
  const file = freshPath(dir, name);
  const sheets = fake.spreadsheet
    .getSheets()
    .filter((s) => !(s.isSheetHidden() && s.getName() === LISTS_SHEET))
    .map((s) => sheetOut(fake, s));
  await writeWorkbook(file, sheets);
  return file;
}
