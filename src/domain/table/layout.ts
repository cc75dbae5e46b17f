/**
 * What a sheet's layout says about its values, applied the same way whichever reader handed them
 * over (Sheets, an .xlsx, a .docx):
 *  - a number shown with a percent format is the percent the user sees («1» formatted «0%» is
 *    «100%»), so an actual value or a target reads as typed;
 *  - a vertical merge's value belongs to every row it spans (one deadline or one responsible body
 *    for several measures), so each of those measures has it — for reading only: the sheet keeps
 *    its merge and nothing is written from the copies.
 */
import type { Cell, CellRange, Grid } from '../core/types';

/** «0%» → 0 decimals, «0.00%» → 2; null when the format shows no percent. */
function percentDecimals(format: string): number | null {
  // A percent sign inside quotes or escaped is literal text, not a percent format.
  const plain = format.replace(/"[^"]*"|\\./g, '');
  if (!plain.includes('%')) return null;
  const m = /[0#]([.,]([0#]+))?\s*%/.exec(plain);
  return m?.[2] ? m[2].length : 0;
}

/** A number as a percent format shows it in Russian-locale Sheets: 0.755 with «0.0%» → «75,5%». */
export function percentText(value: number, format: string): string | null {
  const decimals = percentDecimals(format);
  if (decimals === null || !Number.isFinite(value)) return null;
  const scaled = value * 100;
  const fixed = (Math.round(scaled * 10 ** decimals) / 10 ** decimals).toFixed(decimals);
  return `${fixed.replace('.', ',')}%`;
}

/**
 * The grid with percent-formatted numbers made the text they show. Rows are copied only where a
 * cell changes; the grid given is not modified.
 */
export function withPercents(grid: Grid, formats: readonly (readonly string[])[] | undefined): Grid {
  if (!formats || formats.length === 0) return grid;
  let out: Grid | null = null;
  const n = Math.min(grid.length, formats.length);
  for (let r = 0; r < n; r++) {
    const row = grid[r];
    const fmts = formats[r];
    if (!Array.isArray(row) || !fmts) continue;
    let copy: Cell[] | null = null;
    for (let c = 0; c < row.length && c < fmts.length; c++) {
      const v = row[c];
      const f = fmts[c];
      if (typeof v !== 'number' || !f || !f.includes('%')) continue;
      const text = percentText(v, f);
      if (text === null) continue;
      copy ??= row.slice();
      copy[c] = text;
    }
    if (copy) {
      out ??= grid.slice();
      out[r] = copy;
    }
  }
  return out ?? grid;
}

/** Merges that span more than one row, shifted by `-offset` rows and kept when they start in [0, rows). */
export function verticalMergesIn(merges: readonly CellRange[] | undefined, offset: number, rows: number): CellRange[] {
  if (!merges) return [];
  const out: CellRange[] = [];
  for (const m of merges) {
    if (m.rows < 2) continue;
    const row = m.row - offset;
    if (row >= 0 && row < rows) out.push({ ...m, row });
  }
  return out;
}

/**
 * Copies each vertical merge's value (its top-left cell) down into the empty cells of the rows it
 * spans, in place, for rows from `firstRow` on; columns in `except` are left alone (a merged
 * number or title cell is one measure over several rows, not several measures).
 * `rows[i]` is grid row `firstRow + i`; a row shorter than the merge's column is lengthened.
 */
export function fillMergesDown(rows: Cell[][], firstRow: number, merges: readonly CellRange[], except: ReadonlySet<number>): number {
  let filled = 0;
  for (const m of merges) {
    if (!(m.rows >= 2) || !(m.row >= firstRow) || !Number.isInteger(m.col) || m.col < 0 || except.has(m.col)) continue;
    const top = rows[m.row - firstRow];
    const value = Array.isArray(top) ? top[m.col] : undefined;
    if (value === null || value === undefined) continue;
    for (let r = m.row + 1; r < m.row + m.rows; r++) {
      const row = rows[r - firstRow];
      if (!row) break;
      if (row[m.col] !== null && row[m.col] !== undefined) continue;
      while (row.length < m.col) row.push(null);
      row[m.col] = value;
      filled++;
    }
  }
  return filled;
}
