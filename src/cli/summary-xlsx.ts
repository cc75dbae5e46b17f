/** The summary as an .xlsx: the four generated sheets, streamed to the file. */
import type ExcelJS from 'exceljs';
import { loadExcelJs } from './excel';
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { summarySheets } from '../app/summary';
import { rowStyle, sheetLayout, type SheetGrid } from '../domain/summary';
import type { SummaryRun } from './summary';
import { fitExcelCell } from './xlsx-writer';

/** The four generated sheets, in order (the inputs not read listed under «Сводка»). */
export function summaryGrids(run: Pick<SummaryRun, 'summary' | 'report' | 'inputs'>): SheetGrid[] {
  return summarySheets(run);
}

const PERCENT_FORMAT = '0.0';

/** '#d9ead3' → 'FFD9EAD3': exceljs wants ARGB. */
const argbOf = (hex: string) => `FF${hex.slice(1).toUpperCase()}`;

/**
 * Writes the four sheets. A national summary (3,000 schools) makes over half a million rows, which
 * writeWorkbook's in-memory workbook cannot hold (gigabytes), so the rows are streamed to the file.
 * The cells are the grids' own: strings (always text, never formulas), numbers and empty cells;
 * bold header, section and total rows; zone colours over the whole row.
 */
export async function writeSummaryWorkbook(file: string, run: Pick<SummaryRun, 'summary' | 'report' | 'inputs'>): Promise<void> {
  await fsp.mkdir(path.dirname(path.resolve(file)), { recursive: true });
  const wb = new (await loadExcelJs()).stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: false });
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
    const style = rowStyle(grid, r);
    const fill: ExcelJS.Fill | null = style.background ? { type: 'pattern', pattern: 'solid', fgColor: { argb: argbOf(style.background) } } : null;
    const bold = style.bold;
    const wrap = grid.kinds[r] === 'header';
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
      if (wrap) cell.alignment = { wrapText: true, vertical: 'top' };
    }
    row.commit();
  });
  ws.commit();
}
