/**
 * An .xlsx worksheet's cells as the domain sees them, whichever reader met them (the whole-book
 * reader in ./workbook-io or the streaming one in ./xlsx-stream): exceljs cell values as Cells, and
 * a sparse sheet as a grid bounded by its region. The reading conventions are in ./workbook-io.
 */
import type ExcelJS from 'exceljs';
import type { Cell, CellLayout, CellRange, Grid } from '../domain/core/types';
import { findRegion, type OutsideCell } from '../domain/table/region';

export interface HyperlinkRef {
  /** 0-based grid indices: the link belongs to grid[row][col]. */
  row: number;
  col: number;
  url: string;
}

/** A sheet of a file; `merges` and `formats` (CellLayout) as the file stores them. */
export interface SheetGrid extends CellLayout {
  name: string;
  grid: Grid;
  /** Set for hidden and "very hidden" worksheets of an .xlsx. */
  hidden?: true;
  /** Hyperlinks found in the sheet (.xlsx only); absent when there are none. */
  hyperlinks?: HyperlinkRef[];
  /** Non-empty cells far outside the sheet's table (.xlsx only), left out of `grid`; absent when none. */
  outside?: OutsideCell[];
}

/** One worksheet's non-empty cells as exceljs hands them over: sparse, row by row. */
export interface SparseSheet {
  rows: number[];
  cols: number[][];
  values: Cell[][];
  hyperlinks: HyperlinkRef[];
  /** Number formats of number cells that have one, as {row, col, format}. */
  formats: { row: number; col: number; format: string }[];
  /** Merged ranges by their master cell's address, grown as their other cells are met. */
  merges: Map<string, CellRange>;
}

/**
 * A worksheet as a grid bounded by its region (see src/domain/table/region.ts): a stray cell far
 * from the table (XFD1048576) goes to `outside` instead of being padded to, so memory stays
 * bounded by the data.
 */
export function sheetFromSparse(name: string, state: string | undefined, sparse: SparseSheet): SheetGrid {
  // The region is found from the cells that show something (not "" nor spaces).
  const rows: number[] = [];
  const cols: number[][] = [];
  sparse.rows.forEach((r, k) => {
    const shown = sparse.cols[k].filter((_, i) => !isBlank(sparse.values[k][i]) && String(sparse.values[k][i]).trim() !== '');
    if (shown.length === 0) return;
    rows.push(r);
    cols.push(shown);
  });
  const region = findRegion(rows, cols);
  const grid: Cell[][] = [];
  const outside: OutsideCell[] = [];
  sparse.rows.forEach((r, k) => {
    const cells: Cell[] = [];
    sparse.cols[k].forEach((c, i) => {
      const v = sparse.values[k][i];
      if (r >= region.rows || c >= region.cols) {
        if (!isBlank(v)) outside.push({ row: r, col: c, value: v });
        return;
      }
      while (cells.length < c) cells.push(null);
      cells.push(v);
    });
    if (cells.length === 0) return;
    while (grid.length < r) grid.push([]);
    grid[r] = cells;
  });
  const out: SheetGrid = { name, grid: trimGrid(grid) };
  if (state === 'hidden' || state === 'veryHidden') out.hidden = true;
  const inRegion = (p: { row: number; col: number }): boolean => p.row < region.rows && p.col < region.cols;
  const hyperlinks = sparse.hyperlinks.filter(inRegion);
  if (hyperlinks.length) out.hyperlinks = hyperlinks;
  const merges = [...sparse.merges.values()].filter(inRegion);
  if (merges.length) out.merges = merges;
  const formats = sparse.formats.filter(inRegion);
  if (formats.length) out.formats = formatRows(formats);
  if (outside.length) out.outside = outside;
  return out;
}

/** Sparse formats as rows of formats ('' where a cell has none), as long as their last format. */
function formatRows(formats: readonly { row: number; col: number; format: string }[]): string[][] {
  const rows: string[][] = [];
  for (const f of formats) {
    while (rows.length <= f.row) rows.push([]);
    const row = rows[f.row];
    while (row.length < f.col) row.push('');
    row[f.col] = f.format;
  }
  return rows;
}

const HYPERLINK_FORMULA = /^\s*HYPERLINK\(\s*"((?:[^"]|"")*)"/i;

/** One exceljs cell value as a Cell; `link.url` is set when the cell carries a hyperlink. */
export function xlsxValue(v: ExcelJS.CellValue | undefined, link: { url?: string }): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v === '' ? null : v;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'boolean') return v;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v;
  if (typeof v !== 'object') return String(v);
  const o = v as unknown as Record<string, unknown>;
  if (Array.isArray(o.richText)) return richText(o.richText) || null;
  if (typeof o.hyperlink === 'string') {
    const url = o.hyperlink;
    link.url = url;
    const t = o.text;
    const text =
      typeof t === 'string'
        ? t
        : t && typeof t === 'object' && Array.isArray((t as { richText?: unknown }).richText)
          ? richText((t as { richText: unknown[] }).richText)
          : '';
    return text !== '' ? text : url || null;
  }
  if ('formula' in o || 'sharedFormula' in o) {
    const formula = typeof o.formula === 'string' ? o.formula : '';
    const m = HYPERLINK_FORMULA.exec(formula);
    if (m) link.url = m[1].replace(/""/g, '"');
    if (o.result === undefined || o.result === null) return '';
    const res = xlsxValue(o.result as ExcelJS.CellValue, {});
    return res === null ? '' : res;
  }
  if (typeof o.error === 'string') return o.error;
  if ('text' in o && typeof o.text === 'string') return o.text || null;
  return null;
}

export function richText(runs: unknown[]): string {
  let s = '';
  for (const run of runs) {
    const t = (run as { text?: unknown } | null)?.text;
    if (typeof t === 'string') s += t;
  }
  return s;
}

export function isBlank(v: Cell): boolean {
  return v === null || v === '';
}

/** Drops trailing empty cells of each row, then trailing empty rows. Mutates and returns `grid`. */
export function trimGrid(grid: Cell[][]): Cell[][] {
  for (let r = 0; r < grid.length; r++) {
    const row = grid[r] ?? [];
    let n = row.length;
    while (n > 0 && isBlank(row[n - 1])) n--;
    row.length = n;
    grid[r] = row;
  }
  let rows = grid.length;
  while (rows > 0 && grid[rows - 1].length === 0) rows--;
  grid.length = rows;
  return grid;
}

/** An XML attribute's or text's five entities decoded. */
export function xmlText(s: string): string {
  return s
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
