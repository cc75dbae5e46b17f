/**
 * The in-memory model behind the services: cells (value, formula, format, validation, note, styles),
 * a sheet's sparse grid and layout, developer metadata and protections.
 */
import type { MergeModel, RichModel } from './rich-merge';
import type { CellValue, ChartRecord, ConditionalRuleRecord, SeedValue } from './types';

export interface DataValidationModel {
  criteria: string;
  values: unknown[];
  allowInvalid: boolean;
  helpText: string;
}

export interface Cell {
  v: CellValue;
  f?: string;
  fmt?: string;
  dv?: DataValidationModel;
  note?: string;
  style?: Record<string, unknown>;
  /** Rich text (links inside the text); gone when a plain value is written. */
  rich?: RichModel;
}

export class SheetModel {
  rows: ((Cell | undefined)[] | undefined)[] = [];
  maxRows: number;
  maxCols: number;
  frozenRows = 0;
  frozenCols = 0;
  conditionalRules: ConditionalRuleRecord[] = [];
  charts: ChartRecord[] = [];
  merges: MergeModel[] = [];
  colWidths = new Map<number, number>();
  rowHeights = new Map<number, number>();
  hiddenCols = new Set<number>();
  hiddenRows = new Set<number>();
  hidden = false;
  tabColor: string | null = null;
  deleted = false;
  activeRange: { row: number; col: number; numRows: number; numCols: number } = { row: 1, col: 1, numRows: 1, numCols: 1 };

  constructor(
    public id: number,
    public name: string,
    maxRows = 1000,
    maxCols = 26,
  ) {
    this.maxRows = maxRows;
    this.maxCols = maxCols;
  }

  get(r: number, c: number): Cell | undefined {
    return this.rows[r - 1]?.[c - 1];
  }

  ensure(r: number, c: number): Cell {
    let row = this.rows[r - 1];
    if (!row) {
      row = [];
      this.rows[r - 1] = row;
    }
    let cell = row[c - 1];
    if (!cell) {
      cell = { v: '' };
      row[c - 1] = cell;
    }
    return cell;
  }

  grow(lastRow: number, lastCol: number): void {
    if (lastRow > this.maxRows) this.maxRows = lastRow;
    if (lastCol > this.maxCols) this.maxCols = lastCol;
  }

  static hasContent(cell: Cell | undefined): boolean {
    return cell !== undefined && (cell.f !== undefined || cell.v !== '');
  }

  lastRow(): number {
    for (let r = this.rows.length - 1; r >= 0; r--) {
      const row = this.rows[r];
      if (row && row.some((c) => SheetModel.hasContent(c))) return r + 1;
    }
    return 0;
  }

  lastColumn(): number {
    let last = 0;
    for (const row of this.rows) {
      if (!row) continue;
      for (let c = row.length - 1; c >= last; c--) {
        if (SheetModel.hasContent(row[c])) {
          last = c + 1;
          break;
        }
      }
    }
    return last;
  }

  /** Bounding box (1-based, inclusive) of cells satisfying pred. */
  extent(pred: (cell: Cell) => boolean): { rows: number; cols: number } {
    let rows = 0;
    let cols = 0;
    this.rows.forEach((row, r) => {
      if (!row) return;
      row.forEach((cell, c) => {
        if (cell && pred(cell)) {
          rows = Math.max(rows, r + 1);
          cols = Math.max(cols, c + 1);
        }
      });
    });
    return { rows, cols };
  }

  load(values: SeedValue[][]): void {
    this.rows = [];
    values.forEach((row, r) => {
      row.forEach((v, c) => {
        if (v === null || v === undefined || v === '') return;
        this.ensure(r + 1, c + 1).v = isDateLike(v) ? new Date(v.getTime()) : v;
      });
    });
    const width = values.reduce((m, row) => Math.max(m, row.length), 0);
    this.grow(values.length, width);
  }

  clone(id: number, name: string): SheetModel {
    const s = new SheetModel(id, name, this.maxRows, this.maxCols);
    s.rows = this.rows.map((row) => row && row.map((c) => c && cloneCell(c)));
    s.frozenRows = this.frozenRows;
    s.frozenCols = this.frozenCols;
    s.conditionalRules = this.conditionalRules.map((r) => ({ ...r, ranges: [...r.ranges] }));
    s.charts = this.charts.map((c) => ({ ...c, ranges: [...c.ranges], options: { ...c.options } }));
    s.colWidths = new Map(this.colWidths);
    s.rowHeights = new Map(this.rowHeights);
    s.tabColor = this.tabColor;
    s.merges = this.merges.map((m) => ({ ...m }));
    return s;
  }
}

function cloneCell(c: Cell): Cell {
  const out: Cell = { v: c.v instanceof Date ? new Date(c.v.getTime()) : c.v };
  if (c.rich !== undefined) out.rich = { text: c.rich.text, runs: c.rich.runs.map((r) => ({ ...r })) };
  if (c.f !== undefined) out.f = c.f;
  if (c.fmt !== undefined) out.fmt = c.fmt;
  if (c.dv !== undefined) out.dv = { ...c.dv, values: [...c.dv.values] };
  if (c.note !== undefined) out.note = c.note;
  if (c.style !== undefined) out.style = { ...c.style };
  return out;
}

/** Date check that also accepts Dates made in another realm (a vm context). */
export function isDateLike(v: unknown): v is Date {
  return v instanceof Date || Object.prototype.toString.call(v) === '[object Date]';
}

export function copyValue(v: CellValue): CellValue {
  return v instanceof Date ? new Date(v.getTime()) : v;
}

export interface MetadataModel {
  id: number;
  key: string;
  value: string | null;
  visibility: string;
  sheet: SheetModel | null;
  removed: boolean;
}

export interface ProtectionModel {
  type: 'SHEET' | 'RANGE';
  sheet: SheetModel;
  range: { row: number; col: number; numRows: number; numCols: number } | null;
  description: string;
  warningOnly: boolean;
  editors: string[];
  unprotected: { sheet: SheetModel; row: number; col: number; numRows: number; numCols: number }[];
  domainEdit: boolean;
  removed: boolean;
}
