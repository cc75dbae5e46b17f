/**
 * «Подготовить лист для мониторинга»: what to change on a roadmap sheet so it can be tracked.
 * - Page-break debris goes: repeated header rows, separator rows («--	--»), column-number rows.
 * - A measure split across a page break becomes one row again: each column's pieces are joined
 *   (a line break between them; a word hyphenated at the break is joined back).
 * - Missing tracking columns are added to the right of everything on the sheet.
 * Every other row of the table is kept exactly as it is (values as read, not cleaned).
 * Pure: the Apps Script side applies the plan in a constant number of calls.
 */
import type { Cell, Field, Grid, TrackingField } from './types';
import type { SheetAnalysis } from './roadmap/analyse';
import { CURATOR_MARKS, STATUSES } from './tracking';

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
  /** The region after the change: each entry is a kept row (its source row) or a merged measure. */
  rows: { source: number; values: Cell[] | null }[];
  removeRows: number[];
  mergeRows: { row: number; into: number }[];
  addColumns: TrackingColumn[];
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
    const t = p instanceof Date ? p.toISOString().slice(0, 10) : String(p).trim();
    if (!text) text = t;
    else if (/\p{Ll}-$/u.test(text) && /^\p{Ll}/u.test(t)) text = text.slice(0, -1) + t;
    else if (/^\p{Ll}/u.test(t)) text = `${text} ${t}`;
    else text = `${text}\n${t}`;
  }
  return text;
}

export function planPrepare(grid: Grid, analysis: SheetAnalysis): PrepareChanges | null {
  const table = analysis.table;
  if (table.headerRow === null || table.rows.length === 0) return null;
  const regionStart = table.headerRow;
  let regionEnd = regionStart;
  for (const r of table.rows) for (const s of r.sourceRows) if (s > regionEnd) regionEnd = s;

  const debris = new Set<number>();
  for (const d of table.diagnostics) if (d.row !== null && DEBRIS_CODES.has(d.code)) debris.add(d.row);
  for (let r = regionStart + 1; r <= regionEnd; r++) {
    const cells = grid[r - 1] ?? [];
    const filled = cells.filter(isFilled);
    if (filled.length > 0 && filled.every((c) => typeof c === 'string' && SEPARATOR.test(c))) debris.add(r);
  }

  const mergedInto = new Map<number, number>();
  const mergedStarts = new Map<number, number[]>();
  for (const tr of table.rows) {
    if (tr.sourceRows.length < 2) continue;
    mergedStarts.set(tr.sourceRows[0], tr.sourceRows);
    for (const s of tr.sourceRows.slice(1)) mergedInto.set(s, tr.sourceRows[0]);
  }

  const rows: PrepareChanges['rows'] = [];
  for (let r = regionStart; r <= regionEnd; r++) {
    if (debris.has(r) || mergedInto.has(r)) continue;
    const sources = mergedStarts.get(r);
    if (!sources) {
      rows.push({ source: r, values: null });
      continue;
    }
    const width = Math.max(...sources.map((s) => (grid[s - 1] ?? []).length));
    const values: Cell[] = [];
    for (let c = 0; c < width; c++) values.push(joinPieces(sources.map((s) => (grid[s - 1] ?? [])[c] ?? null)));
    rows.push({ source: r, values });
  }

  const present = new Set(Object.keys(table.columns) as Field[]);
  return {
    regionStart,
    regionEnd,
    rows,
    removeRows: [...debris].sort((a, b) => a - b),
    mergeRows: [...mergedInto].map(([row, into]) => ({ row, into })).sort((a, b) => a.row - b.row),
    addColumns: TRACKING_COLUMNS.filter((c) => !present.has(c.field)),
  };
}
