/**
 * A workbook held in memory, for the use cases that change sheets (src/app/prepare.ts) to run over
 * files: the sheets of a file in, the WorkbookEditor port applied exactly as src/ports.ts documents
 * it (and as the Apps Script adapter does it), the sheets out for writeWorkbook — values, text and
 * date formats, list validations, merged ranges, links, the bold header, the frozen rows.
 */
import type { Cell, CellBlock, CellRange } from '../domain/core/types';
import type { CellLink, ColumnSpec, SheetInfo, SheetSnapshot, WorkbookEditor } from '../ports';
import type { SheetGrid } from './workbook-io';
import type { SheetOut, ValidationOut } from './xlsx-writer';

export const TEXT_FORMAT = '@';
export const DATE_FORMAT = 'dd.mm.yyyy';

interface MemorySheet {
  info: SheetInfo;
  grid: Cell[][];
  /** Number formats of single cells ('' = automatic), as the grid. */
  formats: string[][];
  merges: CellRange[];
  links: CellLink[];
  /** 1-based sheet rows, inclusive (as ValidationOut). */
  validations: ValidationOut[];
  /** Columns added with their kind, 0-based. */
  kinds: { col: number; kind: ColumnSpec['kind'] }[];
  boldRows: number[];
  frozenRows?: number;
  /** The mark a copy made by copySheet carries. */
  mark?: string;
}

/** Rows of [from, from+n) that survive deleting [start, start+count) (0-based): the new first row and count. */
function shrink(from: number, n: number, start: number, count: number): { from: number; n: number } {
  const end = from + n;
  const delEnd = start + count;
  const before = Math.max(0, Math.min(from, delEnd) - start);
  const overlap = Math.max(0, Math.min(end, delEnd) - Math.max(from, start));
  return { from: from - before, n: n - overlap };
}

export class MemoryWorkbook implements WorkbookEditor {
  private readonly list: MemorySheet[] = [];
  private nextId = 1;

  constructor(
    readonly name: string,
    sheets: readonly SheetGrid[],
  ) {
    for (const s of sheets) {
      this.list.push({
        info: { id: this.nextId++, name: s.name, hidden: s.hidden === true, generated: false },
        grid: s.grid.map((row) => [...row]),
        formats: (s.formats ?? []).map((row) => [...row]),
        merges: (s.merges ?? []).map((m) => ({ ...m })),
        links: (s.hyperlinks ?? []).map((h) => ({ ...h })),
        validations: [],
        kinds: [],
        boldRows: [],
      });
    }
  }

  private sheet(id: number): MemorySheet {
    const s = this.list.find((x) => x.info.id === id);
    if (!s) throw new Error(`no sheet ${id}`);
    return s;
  }

  sheets(): SheetInfo[] {
    return this.list.map((s) => ({ ...s.info }));
  }

  read(sheetId: number): SheetSnapshot {
    const s = this.sheet(sheetId);
    return {
      ...s.info,
      grid: s.grid.map((row) => [...row]),
      formulas: [],
      links: s.links.map((l) => ({ ...l })),
      merges: s.merges.map((m) => ({ ...m })),
      formats: s.formats.map((row) => [...row]),
    };
  }

  freeName(name: string): string {
    const taken = new Set(this.list.map((s) => s.info.name));
    if (!taken.has(name)) return name;
    for (let i = 2; ; i++) {
      const candidate = `${name} (${i})`;
      if (!taken.has(candidate)) return candidate;
    }
  }

  addSheet(name: string): SheetInfo {
    const info: SheetInfo = { id: this.nextId++, name, hidden: false, generated: false };
    this.list.push({ info, grid: [], formats: [], merges: [], links: [], validations: [], kinds: [], boldRows: [] });
    return { ...info };
  }

  mergeCells(sheetId: number, ranges: readonly CellRange[]): void {
    const s = this.sheet(sheetId);
    for (const m of ranges) if (m.rows * m.cols > 1) s.merges.push({ ...m });
  }

  copySheet(sheetId: number, name: string, mark: string): SheetInfo {
    const s = this.sheet(sheetId);
    const copy: MemorySheet = {
      ...structuredClone({ ...s, info: { ...s.info } }),
      info: { id: this.nextId++, name, hidden: s.info.hidden, generated: true },
      mark,
    };
    this.list.push(copy);
    return { ...copy.info };
  }

  writeBlocks(sheetId: number, blocks: CellBlock[]): void {
    const s = this.sheet(sheetId);
    for (const b of blocks) {
      b.values.forEach((row, i) =>
        row.forEach((v, j) => {
          const r = b.row - 1 + i;
          const c = b.col - 1 + j;
          // Text stays text: the cell gets the text format, as the Sheets adapter sets «@» first.
          this.set(s, r, c, v, typeof v === 'string' ? TEXT_FORMAT : undefined);
        }),
      );
    }
  }

  private set(s: MemorySheet, r: number, c: number, v: Cell, format?: string): void {
    while (s.grid.length <= r) s.grid.push([]);
    const row = s.grid[r];
    while (row.length < c) row.push(null);
    row[c] = v;
    if (format === undefined) return;
    while (s.formats.length <= r) s.formats.push([]);
    const f = s.formats[r];
    while (f.length < c) f.push('');
    f[c] = format;
  }

  insertRowsAfter(sheetId: number, after: number, count: number): void {
    if (count <= 0) return;
    const s = this.sheet(sheetId);
    const like = [...(s.formats[after - 1] ?? [])];
    s.grid.splice(after, 0, ...Array.from({ length: count }, () => []));
    s.formats.splice(after, 0, ...Array.from({ length: count }, () => [...like]));
    s.links = s.links.map((l) => (l.row >= after ? { ...l, row: l.row + count } : l));
    s.merges = s.merges.map((m) => (m.row >= after ? { ...m, row: m.row + count } : m.row + m.rows > after ? { ...m, rows: m.rows + count } : m));
    // A dropdown over the row above goes on over the new rows.
    s.validations = s.validations.map((v) =>
      v.fromRow > after ? { ...v, fromRow: v.fromRow + count, toRow: v.toRow + count } : v.toRow >= after ? { ...v, toRow: v.toRow + count } : v,
    );
    s.boldRows = s.boldRows.map((r) => (r > after ? r + count : r));
  }

  deleteRows(sheetId: number, runs: readonly { start: number; count: number }[]): void {
    const s = this.sheet(sheetId);
    for (const run of runs) {
      const start = run.start - 1;
      s.grid.splice(start, run.count);
      s.formats.splice(start, run.count);
      s.links = s.links.filter((l) => l.row < start || l.row >= start + run.count).map((l) => (l.row >= start ? { ...l, row: l.row - run.count } : l));
      s.merges = s.merges
        .map((m) => {
          const k = shrink(m.row, m.rows, start, run.count);
          return { ...m, row: k.from, rows: k.n };
        })
        .filter((m) => m.rows > 0 && (m.rows > 1 || m.cols > 1));
      s.validations = s.validations
        .map((v) => {
          const k = shrink(v.fromRow - 1, v.toRow - v.fromRow + 1, start, run.count);
          return { ...v, fromRow: k.from + 1, toRow: k.from + k.n };
        })
        .filter((v) => v.toRow >= v.fromRow);
      s.boldRows = s.boldRows.filter((r) => r - 1 < start || r - 1 >= start + run.count).map((r) => (r - 1 >= start ? r - run.count : r));
    }
  }

  addColumns(sheetId: number, at: { col: number; headerRow: number; lastRow: number }, columns: readonly ColumnSpec[]): void {
    if (columns.length === 0) return;
    const s = this.sheet(sheetId);
    columns.forEach((spec, i) => {
      const c = at.col - 1 + i;
      this.set(s, at.headerRow - 1, c, spec.header, TEXT_FORMAT);
      for (let r = at.headerRow; r < at.lastRow; r++) {
        const keep = s.grid[r]?.[c] ?? null;
        this.set(s, r, c, keep, spec.kind === 'date' ? DATE_FORMAT : TEXT_FORMAT);
      }
      if (spec.kind === 'list' && spec.list && at.lastRow > at.headerRow) {
        s.validations.push({ col: c, fromRow: at.headerRow + 1, toRow: at.lastRow, list: [...spec.list] });
      }
      s.kinds.push({ col: c, kind: spec.kind });
    });
    if (!s.boldRows.includes(at.headerRow)) s.boldRows.push(at.headerRow);
    s.frozenRows = at.headerRow;
  }

  /** The kinds of the columns addColumns added to a sheet (0-based columns). */
  addedColumns(sheetId: number): readonly { col: number; kind: ColumnSpec['kind'] }[] {
    return this.sheet(sheetId).kinds;
  }

  /** The sheets for writeWorkbook; sheets made by copySheet are written hidden. */
  toSheetsOut(): SheetOut[] {
    return this.list.map((s) => {
      const grid = s.grid.map((row) => {
        let n = row.length;
        while (n > 0 && row[n - 1] === null) n--;
        return row.slice(0, n);
      });
      const out: SheetOut = { name: s.info.name, rows: grid };
      if (s.info.hidden || s.info.generated) out.hidden = true;
      if (s.formats.some((row) => row.some((f) => f !== ''))) out.formats = s.formats;
      if (s.merges.length > 0) out.merges = s.merges;
      if (s.links.length > 0) out.links = s.links;
      if (s.validations.length > 0) out.validations = s.validations;
      if (s.boldRows.length > 0) out.boldRows = s.boldRows;
      if (s.frozenRows) out.frozenRows = s.frozenRows;
      return out;
    });
  }
}
