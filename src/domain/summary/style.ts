/**
 * How the generated sheets look, once for every adapter: the .xlsx the command line writes and the
 * sheets the add-on writes in Google Sheets get the same bold rows, the same fills, the same widths
 * and the same frozen header.
 */
import type { Zone } from '../metrics';
import { formatNumberRu } from '../core/text-ru';
import type { RowKind, SheetGrid } from './grid';

/** Google Sheets' light palette («светло-зелёный 3»…), the colours users know from their own sheets. */
export const ZONE_BACKGROUND: Readonly<Record<Zone, string>> = { green: '#d9ead3', yellow: '#fff2cc', red: '#f4cccc' };
export const HEADER_BACKGROUND = '#d9e2f3';
export const GREY_BACKGROUND = '#f2f2f2';

const BOLD_KINDS = new Set<RowKind>(['title', 'header', 'section', 'subtotal', 'total']);
/** Rows whose text runs over the empty cells to its right: they do not widen their column. */
const OVERFLOW_KINDS = new Set<RowKind>(['title', 'text', 'legend', 'blank', 'section']);
const MIN_WIDTH = 6;
const MAX_WIDTH = 60;

export interface RowStyle {
  bold: boolean;
  /** '#rrggbb', or null for none. */
  background: string | null;
}

/** A row's style: its zone's colour, else blue-grey for the header and grey for sections and totals. */
export function rowStyle(grid: SheetGrid, r: number): RowStyle {
  const kind = grid.kinds[r];
  const zone = grid.zones[r];
  const background = zone
    ? ZONE_BACKGROUND[zone]
    : kind === 'header'
      ? HEADER_BACKGROUND
      : kind === 'section' || kind === 'subtotal' || kind === 'total'
        ? GREY_BACKGROUND
        : null;
  return { bold: BOLD_KINDS.has(kind), background };
}

export interface SheetLayout {
  /** Column widths in characters. */
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
  const header = grid.kinds.indexOf('header');
  return { widths, percentCols, frozenRows: header >= 0 && header <= 2 ? header + 1 : 0 };
}
