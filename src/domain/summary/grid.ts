/** The cell grids of the sheets the add-on generates: plain values plus per-row markers for colouring. */
import type { Zone } from '../metrics';

export type SheetCell = string | number | null;

/** What a row is, so the adapter can format it (bold header, grey section, wrapped text…). */
export type RowKind = 'title' | 'header' | 'data' | 'section' | 'subtotal' | 'total' | 'text' | 'legend' | 'blank';

export interface SheetGrid {
  /** The sheet's name («Сводка», «Исполнители», «Календарь», «Отчёт за полугодие»). */
  name: string;
  /** Number of columns; every row has exactly this many cells. */
  width: number;
  rows: SheetCell[][];
  kinds: RowKind[];
  /** The zone a row is coloured with, or null. */
  zones: (Zone | null)[];
}

export class GridBuilder {
  readonly rows: SheetCell[][] = [];
  readonly kinds: RowKind[] = [];
  readonly zones: (Zone | null)[] = [];

  constructor(
    readonly name: string,
    readonly width: number,
  ) {}

  push(cells: SheetCell[], kind: RowKind = 'data', zone: Zone | null = null): void {
    const row = cells.length >= this.width ? cells.slice(0, this.width) : cells.concat(new Array<SheetCell>(this.width - cells.length).fill(null));
    this.rows.push(row);
    this.kinds.push(kind);
    this.zones.push(zone);
  }

  build(): SheetGrid {
    return { name: this.name, width: this.width, rows: this.rows, kinds: this.kinds, zones: this.zones };
  }
}
