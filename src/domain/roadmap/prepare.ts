/**
 * «Подготовить лист для мониторинга»: what to change on a roadmap sheet so it can be tracked.
 * - Page-break debris goes: repeated header rows, separator rows («--	--»), column-number rows.
 * - A measure split across a page break becomes one row again: each column's pieces are joined
 *   (a line break between them; a word hyphenated at the break is joined back) into the measure's
 *   first row, and the continuation rows go.
 * - Missing tracking columns are added right of the table, in the first columns that are empty over
 *   the whole table.
 * The plan is a list of exact edits: rows to delete whole, cells of merged measures to rewrite, and
 * the tracking columns. Nothing else is touched, so every other row keeps its content exactly
 * (formulas, notes, links, formats) — the Sheets adapter deletes rows instead of rewriting the table.
 * A row is only removed or merged when nothing of it lies outside the table's columns.
 * Pure: the Apps Script side applies the plan.
 */
import { numberFromDate } from '../table/repair';
import { floatingDateRu } from '../core/text-ru';
import type { Cell, CellBlock, Field, Grid, TrackingField } from '../core/types';
import type { SheetAnalysis } from './analyse';
import { CURATOR_MARKS, STATUSES } from '../parse/tracking';

export interface TrackingColumn {
  field: TrackingField;
  header: string;
  kind: 'text' | 'date' | 'list';
  list?: readonly string[];
}

/** Tracking columns in the order they are added; headers the table normaliser maps back to their fields. */
export const TRACKING_COLUMNS: readonly TrackingColumn[] = [
  { field: 'status', header: 'Статус', kind: 'list', list: STATUSES },
  { field: 'doneDate', header: 'Дата выполнения', kind: 'date' },
  { field: 'actual', header: 'Факт', kind: 'text' },
  { field: 'evidence', header: 'Подтверждающий документ (ссылка)', kind: 'text' },
  { field: 'curatorMark', header: 'Отметка куратора', kind: 'list', list: CURATOR_MARKS },
  { field: 'curatorDate', header: 'Дата отметки', kind: 'date' },
  { field: 'curatorComment', header: 'Комментарий куратора', kind: 'text' },
  { field: 'comment', header: 'Комментарий', kind: 'text' },
];

export interface PrepareChanges {
  /** 1-based rows of the table region: from the header to the last row of the table. */
  regionStart: number;
  regionEnd: number;
  /** Page-break debris rows to delete. */
  removeRows: number[];
  /** Continuation rows joined into the first row of their measure (and then deleted). */
  mergeRows: { row: number; into: number }[];
  /** The cells of merged measures' first rows that change, in original row numbers. */
  mergedCells: CellBlock[];
  /** Every row deleted (debris and merged continuations) as contiguous runs, the lowest last. */
  deleteRuns: { start: number; count: number }[];
  addColumns: TrackingColumn[];
  /** 1-based column of the first tracking column added. */
  addAt: number;
  /** The table's last row once the rows are deleted. */
  lastRowAfter: number;
  /** Measure numbers Sheets turned into dates, written back as text (original row numbers). */
  repairNumbers: { row: number; col: number; number: string }[];
}

const DEBRIS_CODES = new Set(['header-repeated', 'column-numbers-row']);
const SEPARATOR = /^[-–—_=\s]+$/;

function isFilled(c: Cell | undefined): boolean {
  return c !== null && c !== undefined && !(typeof c === 'string' && c.trim() === '');
}

/** Pieces of one column joined: «взаимо-» + «действия» → «взаимодействия», else a line break. */
export function joinPieces(pieces: Cell[]): Cell {
  const filled = pieces.filter(isFilled);
  if (filled.length === 0) return pieces[0] ?? null;
  if (filled.length === 1) return filled[0];
  let text = '';
  for (const p of filled) {
    // A date piece is written as the user sees it (dd.mm.yyyy), never as an ISO string.
    const t = p instanceof Date ? floatingDateRu(p) : String(p).trim();
    if (!text) text = t;
    else if (/\p{Ll}-$/u.test(text) && /^\p{Ll}/u.test(t)) text = text.slice(0, -1) + t;
    else if (/^\p{Ll}/u.test(t)) text = `${text} ${t}`;
    else text = `${text}\n${t}`;
  }
  return text;
}

/** Values and formulas of a sheet; a formula counts as content even where its value is empty. */
interface SheetCells {
  grid: Grid;
  formulas?: string[][];
}

function hasContent(cells: SheetCells, row: number, col: number): boolean {
  return isFilled(cells.grid[row - 1]?.[col]) || Boolean(cells.formulas?.[row - 1]?.[col]);
}

/** Whether row (1-based) holds anything at or right of column `from` (0-based). */
function hasContentFrom(cells: SheetCells, row: number, from: number): boolean {
  const width = Math.max(cells.grid[row - 1]?.length ?? 0, cells.formulas?.[row - 1]?.length ?? 0);
  for (let c = from; c < width; c++) if (hasContent(cells, row, c)) return true;
  return false;
}

/**
 * Number of columns the table spans: its last mapped column, or last unmapped column that has a
 * header (a cell far right of the header with nothing above it is not a column of the table).
 */
export function tableWidth(analysis: SheetAnalysis, grid: Grid): number {
  const t = analysis.table;
  const header = t.headerRow === null ? [] : (grid[t.headerRow - 1] ?? []);
  const indices = [...Object.values(t.columns).map((c) => c.index), ...t.unknownColumns.filter((c) => isFilled(header[c.index])).map((c) => c.index)];
  return indices.length === 0 ? 1 : Math.max(...indices) + 1;
}

function debrisRows(cells: SheetCells, analysis: SheetAnalysis, start: number, end: number, width: number): Set<number> {
  const debris = new Set<number>();
  for (const d of analysis.table.diagnostics) if (d.row !== null && DEBRIS_CODES.has(d.code)) debris.add(d.row);
  for (let r = start + 1; r <= end; r++) {
    const filled = (cells.grid[r - 1] ?? []).filter(isFilled);
    if (filled.length > 0 && filled.every((c) => typeof c === 'string' && SEPARATOR.test(c))) debris.add(r);
  }
  // A row holding anything beyond the table (a user's note in a far column) is left where it is.
  for (const r of [...debris]) if (r <= start || r > end || hasContentFrom(cells, r, width)) debris.delete(r);
  return debris;
}

/** Whether only debris and at most one blank row lie between rows `from` and `to`. */
function adjacent(cells: SheetCells, from: number, to: number, debris: Set<number>): boolean {
  let blank = 0;
  for (let r = from + 1; r < to; r++) {
    if (debris.has(r)) continue;
    if (hasContentFrom(cells, r, 0) || ++blank > 1) return false;
  }
  return true;
}

/** Cells of the measure's first row that change when its pieces are joined, as runs of adjacent columns. */
function mergedRuns(cells: SheetCells, sources: number[], width: number): CellBlock[] {
  const runs: CellBlock[] = [];
  let run: CellBlock | null = null;
  for (let c = 0; c < width; c++) {
    const pieces = sources.map((s) => cells.grid[s - 1]?.[c] ?? null);
    const changes = sources.slice(1).some((s) => hasContent(cells, s, c));
    if (!changes) {
      run = null;
      continue;
    }
    const value = joinPieces(pieces);
    if (run && run.col + run.values[0].length === c + 1) run.values[0].push(value);
    else {
      run = { row: sources[0], col: c + 1, values: [[value]] };
      runs.push(run);
    }
  }
  return runs;
}

/** Sorted rows as contiguous runs, the lowest run last (so deleting in order never shifts the next). */
function runsBottomUp(rows: number[]): { start: number; count: number }[] {
  const sorted = [...rows].sort((a, b) => a - b);
  const runs: { start: number; count: number }[] = [];
  for (const r of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.start + last.count === r) last.count++;
    else runs.push({ start: r, count: 1 });
  }
  return runs.reverse();
}

/** The first column right of the table where `n` columns are empty over the whole region (1-based). */
function freeColumnsAt(cells: SheetCells, start: number, end: number, width: number, n: number): number {
  let col = width;
  for (;;) {
    let blocked = -1;
    for (let r = start; r <= end && blocked < 0; r++) {
      for (let c = col; c < col + n; c++) {
        if (hasContent(cells, r, c)) {
          blocked = c;
          break;
        }
      }
    }
    if (blocked < 0) return col + 1;
    col = blocked + 1;
  }
}

export function planPrepare(grid: Grid, analysis: SheetAnalysis, formulas?: string[][]): PrepareChanges | null {
  const table = analysis.table;
  if (table.headerRow === null || table.rows.length === 0) return null;
  const cells: SheetCells = { grid, formulas };
  const width = tableWidth(analysis, grid);
  const regionStart = table.headerRow;
  let regionEnd = regionStart;
  for (const r of table.rows) for (const s of r.sourceRows) if (s > regionEnd) regionEnd = s;

  const debris = debrisRows(cells, analysis, regionStart, regionEnd, width);
  const mergeRows: { row: number; into: number }[] = [];
  const mergedCells: CellBlock[] = [];
  let lastRow = regionStart;
  for (const tr of table.rows) {
    // Only the rows that continue the measure straight below it (past page-break debris and at most
    // one blank row), with nothing beyond the table: a far cell is not the rest of a measure.
    const sources = [tr.sourceRows[0]];
    for (const s of tr.sourceRows.slice(1)) {
      if (debris.has(s) || hasContentFrom(cells, s, width) || !adjacent(cells, sources[sources.length - 1], s, debris)) break;
      sources.push(s);
    }
    lastRow = Math.max(lastRow, sources[sources.length - 1]);
    if (sources.length < 2) continue;
    for (const s of sources.slice(1)) mergeRows.push({ row: s, into: sources[0] });
    mergedCells.push(...mergedRuns(cells, sources, width));
  }
  // The table ends with its last measure as merged; debris below it is not the table's.
  regionEnd = lastRow;
  for (const r of [...debris]) if (r > regionEnd) debris.delete(r);

  const deleted = [...debris, ...mergeRows.map((m) => m.row)];
  const repairNumbers = numbersToRepair(grid, analysis, new Set(deleted));
  const present = new Set(Object.keys(table.columns) as Field[]);
  const addColumns = TRACKING_COLUMNS.filter((c) => !present.has(c.field));
  return {
    regionStart,
    regionEnd,
    removeRows: [...debris].sort((a, b) => a - b),
    mergeRows: mergeRows.sort((a, b) => a.row - b.row),
    mergedCells,
    deleteRuns: runsBottomUp(deleted),
    addColumns,
    addAt: freeColumnsAt(cells, regionStart, regionEnd, width, Math.max(1, addColumns.length)),
    lastRowAfter: regionEnd - deleted.length,
    repairNumbers,
  };
}

/** The number cells of kept rows that Sheets made dates: written back as the text they were typed as. */
function numbersToRepair(grid: Grid, analysis: SheetAnalysis, deleted: ReadonlySet<number>): PrepareChanges['repairNumbers'] {
  const col = analysis.table.columns.number?.index;
  if (col === undefined) return [];
  const out: PrepareChanges['repairNumbers'] = [];
  for (const d of analysis.table.diagnostics) {
    if (d.code !== 'number-was-date' || d.row === null || deleted.has(d.row)) continue;
    const cell = grid[d.row - 1]?.[col];
    if (cell instanceof Date) out.push({ row: d.row, col: col + 1, number: numberFromDate(cell) });
  }
  return out;
}

/** The repaired numbers as blocks of one cell each (text: the writer gives them the «@» format). */
export function repairBlocks(c: PrepareChanges): CellBlock[] {
  return c.repairNumbers.map((r) => ({ row: r.row, col: r.col, values: [[r.number]] }));
}

/** True when the plan changes nothing. */
export function isEmptyPlan(c: PrepareChanges): boolean {
  return c.addColumns.length === 0 && c.removeRows.length === 0 && c.mergeRows.length === 0 && c.repairNumbers.length === 0;
}
