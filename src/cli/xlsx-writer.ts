/** Writing .xlsx workbooks with exceljs (the command line's output side). */
import { columnLetter } from '../domain/workbook/templates';
import type ExcelJS from 'exceljs';
import { loadExcelJs } from './excel';
import type { Cell, CellRange } from '../domain/core/types';

export interface ColumnOut {
  /** When any column has a header, a header row is written as sheet row 1 and `rows` follow it. */
  header?: string;
  /** In Excel character widths. */
  width?: number;
  /** Number format of the whole column, e.g. "@" for text. */
  numFmt?: string;
}

export interface ValidationOut {
  /** 0-based column index. */
  col: number;
  /** 1-based sheet rows, inclusive. */
  fromRow: number;
  toRow: number;
  /** Allowed values; a drop-down list in Excel. */
  list: string[];
}

export interface SheetOut {
  name: string;
  rows: Cell[][];
  columns?: ColumnOut[];
  /** Rows frozen at the top (the header). */
  frozenRows?: number;
  validations?: ValidationOut[];
  /** 1-based sheet rows set in bold. */
  boldRows?: number[];
  /** Solid fills: row is a 1-based sheet row, col a 0-based column index, argb like "FFFFC7CE". */
  fills?: { row: number; col: number; argb: string }[];
  hidden?: boolean;
  /** Merged ranges, 0-based over `rows` (the master cell holds the value). */
  merges?: readonly CellRange[];
  /** Number formats of single cells over `rows` («@» text, «dd.mm.yyyy»); '' or absent = the column's. */
  formats?: readonly (readonly string[])[];
  /** Hyperlinks of cells, 0-based over `rows`: the cell keeps its text as the label (the first link of a cell wins). */
  links?: readonly { row: number; col: number; url: string }[];
  /**
   * Conditional format rules, first applies first: «text is exactly» or a custom formula (en_US).
   * Only rules a workbook already held are written back (the playground's «Сохранить»), never a
   * formula made from a cell's text.
   */
  conditional?: readonly ConditionalOut[];
}

export interface ConditionalOut {
  /** A1 ranges on the sheet. */
  ranges: readonly string[];
  text?: string;
  formula?: string;
  /** "#rrggbb" */
  background: string | null;
  bold: boolean;
}

const DATE_FORMAT = 'dd.mm.yyyy';
/** Excel's limit on the characters of one cell. */
export const EXCEL_CELL_MAX = 32767;

/** A text cut to Excel's limit with a visible «…» (never splitting a surrogate pair). */
export function fitExcelCell(s: string): string {
  if (s.length <= EXCEL_CELL_MAX) return s;
  let cut = s.slice(0, EXCEL_CELL_MAX - 1);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}…`;
}
/** Excel caps an inline list (the quoted "a,b,c" formula) at 255 characters. */
const INLINE_LIST_MAX = 255;
const LISTS_SHEET = 'Списки';

type ValidationsApi = { add(address: string, validation: ExcelJS.DataValidation): void };

/**
 * Writes an .xlsx with exceljs. Strings are always text — a string starting with "=" is stored
 * as a string, never as a formula. Dates become date cells shown as dd.mm.yyyy. Sheet names are
 * made valid for Excel (no []:*?/\, at most 31 characters, unique). A drop-down list that cannot
 * be written inline (an item holding a comma, or longer than Excel allows) is kept on a "very
 * hidden" sheet «Списки», which readWorkbook then reports with `hidden: true`. Non-finite numbers
 * are written as empty cells.
 */
export async function writeWorkbook(file: string, sheets: SheetOut[]): Promise<void> {
  const workbook = new (await loadExcelJs()).Workbook();
  const used = new Set<string>();
  const lists: string[][] = [];
  const out = sheets.length ? sheets : [{ name: 'Лист1', rows: [] }];
  const listSheetName = uniqueSheetName(LISTS_SHEET, new Set(out.map((s) => s.name.toLowerCase())));

  for (const sheet of out) {
    const ws = workbook.addWorksheet(uniqueSheetName(sheet.name, used), {
      state: sheet.hidden ? 'hidden' : 'visible',
      views: sheet.frozenRows ? [{ state: 'frozen', xSplit: 0, ySplit: sheet.frozenRows }] : undefined,
    });
    const columns = sheet.columns ?? [];
    columns.forEach((col, i) => {
      const column = ws.getColumn(i + 1);
      if (col.width !== undefined) column.width = col.width;
      if (col.numFmt) column.numFmt = col.numFmt;
    });
    let rowNumber = 1;
    if (columns.some((c) => c.header !== undefined)) {
      writeRow(
        ws,
        rowNumber++,
        columns.map((c) => c.header ?? null),
      );
    }
    const top = rowNumber - 1;
    for (const row of sheet.rows) writeRow(ws, rowNumber++, row);
    writeLayout(ws, sheet, top);
    writeConditional(ws, sheet.conditional ?? []);

    for (const r of sheet.boldRows ?? []) {
      // Sets the font of the row's existing cells and of cells added to it later.
      ws.getRow(r).font = { bold: true };
    }
    for (const f of sheet.fills ?? []) {
      ws.getCell(f.row, f.col + 1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: f.argb } };
    }
    const validations = (ws as unknown as { dataValidations: ValidationsApi }).dataValidations;
    for (const v of sheet.validations ?? []) {
      if (!v.list.length || v.toRow < v.fromRow) continue;
      const letter = columnLetter(v.col);
      validations.add(`${letter}${v.fromRow}:${letter}${v.toRow}`, {
        type: 'list',
        allowBlank: true,
        formulae: [listFormula(v.list, lists, listSheetName)],
      });
    }
  }

  if (lists.length) {
    const ws = workbook.addWorksheet(listSheetName, { state: 'veryHidden' });
    lists.forEach((list, c) => list.forEach((item, r) => (ws.getCell(r + 1, c + 1).value = fitExcelCell(item))));
  }
  await workbook.xlsx.writeFile(file);
}

function writeRow(ws: ExcelJS.Worksheet, rowNumber: number, values: Cell[]): void {
  const row = ws.getRow(rowNumber);
  values.forEach((v, i) => {
    if (v === null || v === undefined) return;
    if (typeof v === 'number' && !Number.isFinite(v)) return;
    if (v instanceof Date && Number.isNaN(v.getTime())) return;
    const cell = row.getCell(i + 1);
    // A plain JS string is always a string cell in exceljs (formulas need a { formula } object).
    cell.value = typeof v === 'string' ? fitExcelCell(v) : v;
    if (v instanceof Date) cell.numFmt = DATE_FORMAT;
  });
}

/** Per-cell formats and merged ranges; `top` = the sheet rows written above `rows` (a header row). */
function writeLayout(ws: ExcelJS.Worksheet, sheet: SheetOut, top: number): void {
  (sheet.formats ?? []).forEach((row, r) =>
    row.forEach((numFmt, c) => {
      if (numFmt) ws.getCell(top + r + 1, c + 1).numFmt = numFmt;
    }),
  );
  const linked = new Set<string>();
  for (const l of sheet.links ?? []) {
    const cell = ws.getCell(top + l.row + 1, l.col + 1);
    if (linked.has(cell.address) || !/^(https?|mailto|ftp):/i.test(l.url)) continue;
    linked.add(cell.address);
    const label = cell.value === null || cell.value === undefined ? l.url : String(cell.value);
    cell.value = { text: fitExcelCell(label), hyperlink: l.url };
  }
  for (const m of sheet.merges ?? []) {
    if (m.rows < 1 || m.cols < 1 || (m.rows === 1 && m.cols === 1)) continue;
    try {
      ws.mergeCells(top + m.row + 1, m.col + 1, top + m.row + m.rows, m.col + m.cols);
    } catch {
      // exceljs refuses a range overlapping one already merged: the first one stays.
    }
  }
}

function writeConditional(ws: ExcelJS.Worksheet, rules: readonly ConditionalOut[]): void {
  rules.forEach((r, i) => {
    const style: Partial<ExcelJS.Style> = {};
    if (r.background) style.fill = { type: 'pattern', pattern: 'solid', bgColor: { argb: `FF${r.background.slice(1).toUpperCase()}` } };
    if (r.bold) style.font = { bold: true };
    const rule: ExcelJS.ConditionalFormattingRule =
      r.text !== undefined
        ? { type: 'cellIs', operator: 'equal', formulae: [`"${r.text.replace(/"/g, '""')}"`], priority: i + 1, style }
        : { type: 'expression', formulae: [String(r.formula).replace(/^=/, '')], priority: i + 1, style };
    ws.addConditionalFormatting({ ref: r.ranges.join(' '), rules: [rule] });
  });
}

function listFormula(list: string[], lists: string[][], listSheetName: string): string {
  const inline = `"${list.map((s) => s.replace(/"/g, '""')).join(',')}"`;
  if (!list.some((s) => s.includes(',')) && inline.length - 2 <= INLINE_LIST_MAX) return inline;
  lists.push(list);
  const letter = columnLetter(lists.length - 1);
  return `'${listSheetName.replace(/'/g, "''")}'!$${letter}$1:$${letter}$${list.length}`;
}

export { columnLetter };

function uniqueSheetName(name: string, used: Set<string>): string {
  let base =
    name
      .replace(/[[\]:*?/\\]/g, '_')
      .replace(/^'+|'+$/g, '')
      .trim() || 'Лист';
  base = base.slice(0, 31);
  let candidate = base;
  for (let k = 2; used.has(candidate.toLowerCase()); k++) {
    const suffix = ` (${k})`;
    candidate = base.slice(0, 31 - suffix.length) + suffix;
  }
  used.add(candidate.toLowerCase());
  return candidate;
}
