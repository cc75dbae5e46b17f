/** A1 notation: column letters, "A1:B2" for a block, and parsing A1 references (open ranges, sheet names). */
import { GasException } from './errors';

export function columnToLetters(col: number): string {
  let s = '';
  let n = col;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function lettersToColumn(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function a1Of(row: number, col: number, numRows = 1, numCols = 1): string {
  const start = columnToLetters(col) + row;
  if (numRows === 1 && numCols === 1) return start;
  return `${start}:${columnToLetters(col + numCols - 1)}${row + numRows - 1}`;
}

interface ParsedA1 {
  sheet?: string;
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

/** Parses "A1", "A1:B2", "A:B", "2:3", "Sheet!A1:B2", "'My sheet'!A1". maxRows/maxCols resolve open ranges. */
export function parseA1(a1: string, dims: (sheet: string | undefined) => { maxRows: number; maxCols: number }): ParsedA1 {
  const m = /^(?:(?:'((?:[^']|'')+)'|([^!']+))!)?\$?([A-Za-z]*)\$?(\d*)(?::\$?([A-Za-z]*)\$?(\d*))?$/.exec(a1.trim());
  if (!m) throw new GasException('Range not found');
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
  const [c1s, r1s, c2s, r2s] = [m[3], m[4], m[5], m[6]];
  const hasSecond = c2s !== undefined || r2s !== undefined;
  if (!c1s && !r1s) throw new GasException('Range not found');
  const { maxRows, maxCols } = dims(sheet);
  let c1 = c1s ? lettersToColumn(c1s) : 1;
  let r1 = r1s ? Number(r1s) : 1;
  let c2 = c1;
  let r2 = r1;
  if (hasSecond) {
    c2 = c2s ? lettersToColumn(c2s) : c1s ? c1 : maxCols;
    r2 = r2s ? Number(r2s) : r1s ? r1 : maxRows;
    if (!c1s) {
      c1 = 1;
      c2 = c2s ? c2 : maxCols;
    }
    if (!r1s) {
      r1 = 1;
      r2 = r2s ? r2 : maxRows;
    }
  } else if (!c1s || !r1s) {
    throw new GasException('Range not found');
  }
  if (r1 < 1 || c1 < 1) throw new GasException('Range not found');
  const [rowA, rowB] = r1 <= r2 ? [r1, r2] : [r2, r1];
  const [colA, colB] = c1 <= c2 ? [c1, c2] : [c2, c1];
  return { sheet, row: rowA, col: colA, numRows: rowB - rowA + 1, numCols: colB - colA + 1 };
}
