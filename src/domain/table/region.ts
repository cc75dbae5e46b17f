/**
 * The region of a sheet that holds its content. A lone cell far to the right of or below the rest
 * (a user's Ctrl+→, Ctrl+↓ and a keystroke lands in XFD1048576) is outside it: it is reported as
 * «ячейка вне таблицы» and never padded to, so the work and memory stay bounded by the data.
 *
 * Occupied columns are grouped into clusters separated by more than COLUMN_GAP empty columns; the
 * region's columns end with the cluster that holds the table (the most cells in rows with two or
 * more cells of that cluster: a table has rows, a stray column does not). Occupied rows are
 * grouped the same way with ROW_GAP, and the region's rows end with the cluster holding the most
 * cells. Cells left of or above the chosen cluster stay in the region (indices are the sheet's).
 */
import { columnLetter } from '../core/text';
import type { Cell, Diagnostic, Grid } from '../core/types';
import { pluralRu } from '../core/text-ru';
import { cellText } from './text';

/** More empty columns than this between a cell and the table put it outside. */
export const COLUMN_GAP = 20;
/** More empty rows than this between a cell and the table put it outside. */
export const ROW_GAP = 1000;
/** Cells outside the table reported one by one; the rest in one more finding. */
const MAX_REPORTED = 10;

/** A cell outside the region: 0-based sheet row and column. */
export interface OutsideCell {
  row: number;
  col: number;
  value: Cell;
}

/** Exclusive ends of the region: rows [0, rows), columns [0, cols). */
export interface Region {
  rows: number;
  cols: number;
}

/** A value, or text other than white space. */
export function isFilled(v: Cell | undefined): boolean {
  if (v === null || v === undefined) return false;
  if (typeof v !== 'string') return true;
  if (v.length === 0) return false;
  // A printable ASCII or Cyrillic first character is not white space: no trim needed.
  const c = v.charCodeAt(0);
  if ((c > 32 && c < 127) || (c >= 0x400 && c <= 0x4ff)) return true;
  return v.trim() !== '';
}

/** [first, last] of each run of sorted distinct indices with gaps of at most `gap` empty indices. */
function clusters(sorted: ArrayLike<number>, gap: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let k = 0; k < sorted.length; k++) {
    const i = sorted[k];
    const last = out[out.length - 1];
    if (last && i - last[1] - 1 <= gap) last[1] = i;
    else out.push([i, i]);
  }
  return out;
}

function clusterIndex(list: Array<[number, number]>, i: number): number {
  let lo = 0;
  let hi = list.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (list[mid][0] <= i) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Index of the largest weight; the first on ties. */
function heaviest(weights: number[]): number {
  let best = 0;
  for (let k = 1; k < weights.length; k++) if (weights[k] > weights[best]) best = k;
  return best;
}

/**
 * The region of the non-empty cells given row by row: `rows[k]` is a sheet row (0-based, ascending)
 * and `cols[k]` the ascending columns of its non-empty cells. Linear in the number of cells (plus a
 * sort of the distinct columns).
 */
export function findRegion(rows: number[], cols: number[][]): Region {
  if (rows.length === 0) return { rows: 0, cols: 0 };
  const distinct = new Set<number>();
  for (const list of cols) for (const c of list) distinct.add(c);
  const colClusters = clusters(
    [...distinct].sort((a, b) => a - b),
    COLUMN_GAP,
  );
  let colEnd = colClusters[0][1] + 1;
  if (colClusters.length > 1) {
    const inRows = new Array<number>(colClusters.length).fill(0);
    const plain = new Array<number>(colClusters.length).fill(0);
    for (const list of cols) {
      const here = new Map<number, number>();
      for (const c of list) {
        const k = clusterIndex(colClusters, c);
        here.set(k, (here.get(k) ?? 0) + 1);
        plain[k]++;
      }
      for (const [k, n] of here) if (n >= 2) inRows[k] += n;
    }
    const k = heaviest(inRows.some((w) => w > 0) ? inRows : plain);
    colEnd = colClusters[k][1] + 1;
  }
  const rowIndices: number[] = [];
  const rowWeights: number[] = [];
  rows.forEach((r, k) => {
    const n = cols[k].filter((c) => c < colEnd).length;
    if (n === 0) return;
    rowIndices.push(r);
    rowWeights.push(n);
  });
  return rowRegion(rowIndices, rowWeights, colEnd);
}

/** The region's rows, from the rows holding cells left of `colEnd` and how many each holds. */
function rowRegion(rowIndices: ArrayLike<number>, rowWeights: ArrayLike<number>, colEnd: number): Region {
  const rowClusters = clusters(rowIndices, ROW_GAP);
  const weights = rowClusters.map(() => 0);
  for (let k = 0; k < rowIndices.length; k++) weights[clusterIndex(rowClusters, rowIndices[k])] += rowWeights[k];
  return { rows: rowClusters[heaviest(weights)][1] + 1, cols: colEnd };
}

/**
 * The region of a grid (rows may be ragged). The usual grid has one cluster of columns: then every
 * filled cell counts and the rows' counts are all findRegion needs, found without a list a row.
 */
export function gridRegion(grid: Grid): Region {
  return regionAndMasks(grid).region;
}

/**
 * The length of the grid's longest row. Rows are read by index: a for…of over the rows makes an
 * iterator result a row when the loop is not optimised (a grid is often sparse or mixed).
 */
export function gridWidth(grid: Grid): number {
  let width = 0;
  for (let r = 0; r < grid.length; r++) {
    const row = grid[r];
    if (Array.isArray(row) && row.length > width) width = row.length;
  }
  return width;
}

/** Grids at most this wide get a bit mask of filled cells a row (bit c: column c). */
const MASK_WIDTH = 31;

/** gridRegion, and the rows' filled-cell masks when no row is wider than MASK_WIDTH (null otherwise). */
function regionAndMasks(grid: Grid): { region: Region; masks: Int32Array | null } {
  const width = gridWidth(grid);
  const usedCol = new Uint8Array(width);
  const masks = width <= MASK_WIDTH ? new Int32Array(grid.length) : null;
  // Typed and sized once: a list pushed to a row grows its store again and again.
  const rowIndices = new Int32Array(grid.length);
  const rowWeights = new Int32Array(grid.length);
  let count = 0;
  for (let r = 0; r < grid.length; r++) {
    const row = grid[r];
    if (!Array.isArray(row)) continue;
    let n = 0;
    let mask = 0;
    for (let c = 0; c < row.length; c++) {
      if (!isFilled(row[c])) continue;
      usedCol[c] = 1;
      mask |= 1 << c;
      n++;
    }
    if (masks) masks[r] = mask;
    if (n > 0) {
      rowIndices[count] = r;
      rowWeights[count++] = n;
    }
  }
  if (count === 0) return { region: { rows: 0, cols: 0 }, masks };
  const used: number[] = [];
  for (let c = 0; c < width; c++) if (usedCol[c]) used.push(c);
  const colClusters = clusters(used, COLUMN_GAP);
  if (colClusters.length === 1) return { region: rowRegion(rowIndices.subarray(0, count), rowWeights.subarray(0, count), colClusters[0][1] + 1), masks };
  return { region: gridRegionByLists(grid), masks };
}

/**
 * Whether cutToRegion would give the grid itself with nothing outside, told from its rows' masks
 * (as regionAndMasks found them) without reading a cell: the filled columns form one cluster, no row
 * reaches past it, the filled rows form one cluster and no row below the last one has cells.
 */
export function isOwnRegion(grid: Grid, masks: Int32Array): boolean {
  let used = 0;
  let maxLength = 0;
  let lastFilled = -1;
  let lastWithCells = -1;
  for (let r = 0; r < grid.length; r++) {
    const row = grid[r];
    if (!Array.isArray(row)) continue;
    if (row.length > 0) lastWithCells = r;
    if (row.length > maxLength) maxLength = row.length;
    const m = masks[r];
    if (m === 0) continue;
    if (lastFilled >= 0 && r - lastFilled - 1 > ROW_GAP) return false;
    lastFilled = r;
    used |= m;
  }
  if (lastFilled < 0 || lastWithCells > lastFilled) return false;
  let prev = -1;
  for (let c = 0; c < MASK_WIDTH; c++) {
    if ((used & (1 << c)) === 0) continue;
    if (prev >= 0 && c - prev - 1 > COLUMN_GAP) return false;
    prev = c;
  }
  return maxLength <= prev + 1;
}

/** gridRegion the general way: each row's filled columns listed, for findRegion. */
function gridRegionByLists(grid: Grid): Region {
  const rows: number[] = [];
  const cols: number[][] = [];
  for (let r = 0; r < grid.length; r++) {
    const row = grid[r];
    if (!Array.isArray(row)) continue;
    const list: number[] = [];
    for (let c = 0; c < row.length; c++) if (isFilled(row[c])) list.push(c);
    if (list.length > 0) {
      rows.push(r);
      cols.push(list);
    }
  }
  return findRegion(rows, cols);
}

/**
 * The grid cut to its region, and the non-empty cells outside it. Returns the grid itself when
 * nothing is outside.
 */
export function cutToRegion(grid: Grid): { grid: Grid; outside: OutsideCell[] } {
  const { grid: out, outside } = cutWithMasks(grid);
  return { grid: out, outside };
}

/**
 * cutToRegion, and the filled-cell masks of the grid's rows when the grid is its own region (it is
 * returned as it is) and narrow enough; a caller hands them on (isOwnRegion, splitTables) so that
 * later passes over the same rows need not read the cells again.
 */
export function cutWithMasks(grid: Grid): { grid: Grid; outside: OutsideCell[]; masks: Int32Array | null } {
  const { region, masks } = regionAndMasks(grid);
  const outside: OutsideCell[] = [];
  let cut = false;
  for (let r = 0; r < grid.length; r++) {
    const row = grid[r];
    if (!Array.isArray(row)) continue;
    const from = r < region.rows ? region.cols : 0;
    if (row.length <= from) continue;
    for (let c = from; c < row.length; c++) if (isFilled(row[c])) outside.push({ row: r, col: c, value: row[c] });
    cut = true;
  }
  if (!cut) return { grid, outside, masks };
  const out: Grid = [];
  for (let r = 0; r < Math.min(grid.length, region.rows); r++) {
    const row = grid[r];
    out.push(!Array.isArray(row) ? [] : row.length > region.cols ? row.slice(0, region.cols) : row);
  }
  while (out.length > 0 && out[out.length - 1].every((v) => !isFilled(v))) out.pop();
  return { grid: out, outside, masks: null };
}

/** A, B, …, Z, AA, … XFD: the column's letters as Excel and Sheets show them. */
export const columnName = columnLetter;

function shortValue(v: Cell): string {
  const t = cellText(v).replace(/\s+/g, ' ').trim();
  return t.length > 40 ? `${t.slice(0, 39)}…` : t;
}

/**
 * «cell-outside-table» findings (rows 1-based; messages continue a «Лист …, строка N:» prefix),
 * the first MAX_REPORTED cells one by one and the rest counted in one more finding.
 */
export function outsideDiagnostics(cells: OutsideCell[]): Diagnostic[] {
  const out: Diagnostic[] = cells.slice(0, MAX_REPORTED).map((x) => {
    const name = `${columnName(x.col)}${x.row + 1}`;
    return {
      code: 'cell-outside-table',
      severity: 'warning',
      row: x.row + 1,
      field: null,
      message:
        `ячейка вне таблицы: столбец ${columnName(x.col)} (ячейка ${name}), «${shortValue(x.value)}». ` +
        'Она далеко от таблицы и не проверяется; если она попала сюда случайно, удалите её.',
    };
  });
  if (cells.length > MAX_REPORTED) {
    const rest = cells.slice(MAX_REPORTED);
    const first = rest[0];
    out.push({
      code: 'cell-outside-table',
      severity: 'warning',
      row: first.row + 1,
      field: null,
      message: `ещё ${pluralRu(rest.length, 'ячейка', 'ячейки', 'ячеек')} вне таблицы (первая — ${columnName(first.col)}${first.row + 1}); они не проверяются.`,
    });
  }
  return out;
}
