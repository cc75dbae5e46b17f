/** The summary as an .xlsx: the four generated sheets, streamed to the file. */
import ExcelJS from 'exceljs';
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { calendarGrid, responsibleGrid, summaryGrid, type RowKind, type SheetGrid } from '../domain/summary';
import type { Zone } from '../domain/indicators';
import { formatNumberRu } from '../domain/text-ru';
import type { SummaryRun } from './summary';
import { fitExcelCell } from './xlsx-writer';

/** The four generated sheets, in order. */
export function summaryGrids(run: Pick<SummaryRun, 'summary' | 'report'>): SheetGrid[] {
  return [summaryGrid(run.summary), responsibleGrid(run.summary), calendarGrid(run.summary), run.report.grid];
}

/** Light fills, as Excel's own conditional formats use them. */
export const ZONE_FILLS: Record<Zone, string> = { green: 'FFC6EFCE', yellow: 'FFFFEB9C', red: 'FFFFC7CE' };
const HEADER_FILL = 'FFD9E1F2';
const SECTION_FILL = 'FFF2F2F2';
const BOLD_KINDS = new Set<RowKind>(['title', 'header', 'section', 'subtotal', 'total']);
/** Rows whose text runs over the empty cells to its right: they do not widen their column. */
const OVERFLOW_KINDS = new Set<RowKind>(['title', 'text', 'legend', 'blank', 'section']);
const MIN_WIDTH = 6;
const MAX_WIDTH = 60;
const PERCENT_FORMAT = '0.0';

export interface SheetLayout {
  /** Column widths in Excel characters. */
  widths: number[];
  /** Columns of percents (a «%» in the header): numbers shown with one decimal. */
  percentCols: Set<number>;
  /** Rows frozen at the top: the header row when the sheet starts with one. */
  frozenRows: number;
}

/** Widths fitted to the cells (long texts capped), the percent columns and the frozen header. */
export function sheetLayout(grid: SheetGrid): SheetLayout {
  const widths = new Array<number>(grid.width).fill(MIN_WIDTH);
  const percentCols = new Set<number>();
  grid.rows.forEach((row, r) => {
    const kind = grid.kinds[r];
    if (kind === 'header') row.forEach((cell, c) => typeof cell === 'string' && cell.includes('%') && percentCols.add(c));
    if (OVERFLOW_KINDS.has(kind)) return;
    row.forEach((cell, c) => {
      if (cell === null) return;
      const len = typeof cell === 'number' ? formatNumberRu(cell, Number.isInteger(cell) ? 0 : 1).length : cell.length;
      // A long header wraps in the reader's mind; it widens its column less than data does.
      widths[c] = Math.max(widths[c], Math.min(MAX_WIDTH, (kind === 'header' ? Math.min(len, 18) : len) + 2));
    });
  });
  return { widths, percentCols, frozenRows: grid.kinds[0] === 'header' ? 1 : 0 };
}

/** The fill of a row: its zone's colour, else grey for the header and section rows; null for none. */
export function rowFill(grid: SheetGrid, r: number): string | null {
  const zone = grid.zones[r];
  const kind = grid.kinds[r];
  return zone ? ZONE_FILLS[zone] : kind === 'header' ? HEADER_FILL : kind === 'section' ? SECTION_FILL : null;
}

/**
 * Writes the four sheets. A national summary (3,000 schools) makes over half a million rows, which
 * writeWorkbook's in-memory workbook cannot hold (gigabytes), so the rows are streamed to the file.
 * The cells are the grids' own: strings (always text, never formulas), numbers and empty cells;
 * bold header, section and total rows; zone colours over the whole row.
 */
export async function writeSummaryWorkbook(file: string, run: Pick<SummaryRun, 'summary' | 'report'>): Promise<void> {
  await fsp.mkdir(path.dirname(path.resolve(file)), { recursive: true });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: false });
  for (const grid of summaryGrids(run)) streamGrid(wb, grid);
  await wb.commit();
}

function streamGrid(wb: ExcelJS.stream.xlsx.WorkbookWriter, grid: SheetGrid): void {
  const layout = sheetLayout(grid);
  const ws = wb.addWorksheet(grid.name, {
    views: layout.frozenRows > 0 ? [{ state: 'frozen', xSplit: 0, ySplit: layout.frozenRows }] : undefined,
  });
  ws.columns = layout.widths.map((width, c) => ({ width, style: layout.percentCols.has(c) ? { numFmt: PERCENT_FORMAT } : {} }));
  grid.rows.forEach((values, r) => {
    const row = ws.getRow(r + 1);
    const argb = rowFill(grid, r);
    const fill: ExcelJS.Fill | null = argb ? { type: 'pattern', pattern: 'solid', fgColor: { argb } } : null;
    const bold = BOLD_KINDS.has(grid.kinds[r]);
    for (let c = 0; c < grid.width; c++) {
      const v = values[c];
      const hasValue = typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v));
      if (!hasValue && !fill) continue;
      const cell = row.getCell(c + 1);
      // A plain string is always a string cell in exceljs (formulas need a { formula } object).
      if (hasValue) cell.value = typeof v === 'string' ? fitExcelCell(v) : v;
      if (typeof v === 'number' && layout.percentCols.has(c)) cell.numFmt = PERCENT_FORMAT;
      if (bold) cell.font = { bold: true };
      if (fill) cell.fill = fill;
    }
    row.commit();
  });
  ws.commit();
}
