/**
 * One sheet may hold several tables: a whole order pasted from Word has the order's text, a plan, a
 * list of school pairs, another plan… Each roadmap table is cut out with the text above it (its title
 * lines, which carry its period), so each is normalised and checked on its own.
 *
 * A table ends
 * - where a different table header starts (an acceptable header naming other fields than the
 *   current one; a repeated header of the same table is page-break debris, not a new table), or
 * - at a run of PROSE_RUN prose rows: one filled cell, in the first column, which is not the title
 *   column, and either a row with a single cell in a wider table (a paragraph pasted from Word has no
 *   tabs) or long text. Section headings are short and never come three in a row.
 * Linear: each row is looked at a constant number of times; header matching only runs on short rows
 * with no number cell.
 */
import type { Cell, Grid } from '../core/types';
import { findHeader, matchAt, type HeaderMatch } from './header';
import { cellText } from './text';
import { looksLikeNumber } from './sniff';
import { gridWidth, isFilled } from './region';

export interface Segment {
  /** 0-based first row (title lines included) and the row after the last. */
  start: number;
  end: number;
  /** Where the segment's header was found, or null for a segment without a table. */
  header: HeaderMatch | null;
  /** Why the table ended: a new table, prose text below it, or the end of the sheet. */
  endedBy: 'header' | 'prose' | 'end';
}

const PROSE_RUN = 3;
const LONG_PROSE = 120;
const MAX_HEADER_CELL = 150;

/** How many cells of the row are filled, counting no further than `limit`. */
function countFilled(row: Cell[] | undefined, limit: number): number {
  if (!Array.isArray(row)) return 0;
  let n = 0;
  for (let c = 0; c < row.length && n < limit; c++) if (isFilled(row[c])) n++;
  return n;
}

/** countFilled(row, 2) from the row's filled-cell mask. */
const filledUpToTwo = (mask: number): number => (mask === 0 ? 0 : (mask & (mask - 1)) === 0 ? 1 : 2);

function fieldsKey(m: HeaderMatch): string {
  const fields = new Set<string>();
  for (const c of m.columns) if (c.candidates[0]) fields.add(c.candidates[0].field);
  return [...fields].sort().join(',');
}

/** Could this row start a header? Cheap tests first: headers are short text with no numbers. */
function maybeHeader(row: Cell[] | undefined): boolean {
  if (!Array.isArray(row)) return false;
  let filled = 0;
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    if (!isFilled(v)) continue;
    filled++;
    if (typeof v !== 'string' || v.length > MAX_HEADER_CELL || looksLikeNumber(v)) return false;
  }
  return filled >= 2;
}

/** `masks`: the rows' filled-cell masks (cutWithMasks), read instead of the cells when given. */
export function splitTables(grid: Grid, masks?: Int32Array | null): Segment[] {
  const width = gridWidth(grid);
  const segments: Segment[] = [];
  let from = 0;
  while (from < grid.length) {
    const rest = grid.slice(from);
    const found = findHeader(rest, width);
    if (!found) {
      if (segments.length === 0) segments.push({ start: from, end: grid.length, header: null, endedBy: 'end' });
      break;
    }
    const header: HeaderMatch = { ...found, rows: found.rows.map((r) => r + from) };
    // Title lines: from the end of the previous table, or after the last multi-cell row above the header.
    let start = from;
    for (let r = header.rows[0] - 1; r >= from; r--) {
      if (countFilled(grid[r], 2) >= 2) {
        start = r + 1;
        break;
      }
    }
    const key = fieldsKey(header);
    const titleCol = header.columns.find((c) => c.candidates[0]?.field === 'title')?.index ?? -1;
    let end = grid.length;
    let endedBy: Segment['endedBy'] = 'end';
    let proseStart = -1;
    let proseCount = 0;
    for (let r = header.rows[header.rows.length - 1] + 1; r < grid.length; r++) {
      const row = grid[r];
      const filled = masks ? filledUpToTwo(masks[r]) : countFilled(row, 2);
      if (filled === 0) continue;
      if (filled === 1 && (masks ? (masks[r] & 1) === 1 : isFilled(row[0])) && titleCol !== 0) {
        const text = cellText(row[0] as Cell);
        if ((row.length === 1 && width >= 3) || text.length >= LONG_PROSE) {
          if (proseCount === 0) proseStart = r;
          if (++proseCount >= PROSE_RUN) {
            end = proseStart;
            endedBy = 'prose';
            break;
          }
          continue;
        }
      }
      proseCount = 0;
      if (maybeHeader(row)) {
        const m = matchAt(grid, r, width);
        if (m && fieldsKey(m) !== key) {
          end = r;
          endedBy = 'header';
          break;
        }
      }
    }
    segments.push({ start, end, header, endedBy });
    from = end;
  }
  // An empty sheet is still one (empty) segment, so its caller can say that no table was found.
  if (segments.length === 0) segments.push({ start: 0, end: grid.length, header: null, endedBy: 'end' });
  return segments;
}
