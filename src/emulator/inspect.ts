/**
 * The fake's snapshots for arranging and asserting: values, display text, formats, formulas,
 * validations, metadata, protections, charts, triggers… read straight from the model, outside the
 * call counter and the auth checks.
 */
import { a1Of, parseA1 } from './a1';
import { validationRecord } from './builders';
import { type Cell, copyValue, SheetModel } from './model';
import { DEFAULT_NUMBER_FORMAT, type FakeGas } from './types';
import type { World } from './world';

/** The FakeGas members that read the world without going through the services. */
export type Inspection = Pick<
  FakeGas,
  | 'sheetNames'
  | 'activeSheetName'
  | 'activeRange'
  | 'merges'
  | 'styles'
  | 'sheetValues'
  | 'displayValues'
  | 'numberFormats'
  | 'formulas'
  | 'validations'
  | 'cell'
  | 'frozenRows'
  | 'columnWidths'
  | 'properties'
  | 'metadata'
  | 'charts'
  | 'conditionalRules'
  | 'protections'
  | 'triggers'
  | 'logs'
  | 'sleptMs'
>;

type Extent = { rows: number; cols: number };

function sheetRange(w: World, name: string, a1: string | undefined, dflt: Extent) {
  const s = w.sheetOrThrow(name);
  if (a1 !== undefined) {
    const p = parseA1(a1, () => ({ maxRows: s.maxRows, maxCols: s.maxCols }));
    return { s, row: p.row, col: p.col, nr: p.numRows, nc: p.numCols };
  }
  return { s, row: 1, col: 1, nr: dflt.rows, nc: dflt.cols };
}

/** One grid of `f(cell)` over `a1`, or over the sheet's `extentOf` when no A1 is given. */
function snapshot<T>(w: World, name: string, a1: string | undefined, extentOf: (s: SheetModel) => Extent, f: (cell: Cell | undefined) => T): T[][] {
  const s0 = w.sheetOrThrow(name);
  const { s, row, col, nr, nc } = sheetRange(w, name, a1, extentOf(s0));
  const out: T[][] = [];
  for (let i = 0; i < nr; i++) {
    const r: T[] = [];
    for (let j = 0; j < nc; j++) r.push(f(s.get(row + i, col + j)));
    out.push(r);
  }
  return out;
}

const dataExtent = (s: SheetModel): Extent => ({ rows: s.lastRow(), cols: s.lastColumn() });
const unionExtent =
  (pred: (c: Cell) => boolean) =>
  (s: SheetModel): Extent => {
    const e = s.extent((c) => SheetModel.hasContent(c) || pred(c));
    return e;
  };

/** Grids of one sheet: values, display text, number formats, formulas, validations, and one cell's everything. */
function gridSnapshots(w: World): Pick<Inspection, 'sheetValues' | 'displayValues' | 'numberFormats' | 'formulas' | 'validations' | 'cell'> {
  return {
    sheetValues: (name, a1) => snapshot(w, name, a1, dataExtent, (c) => (c ? copyValue(c.v) : '')),
    displayValues: (name, a1) => snapshot(w, name, a1, dataExtent, (c) => w.display(c)),
    numberFormats: (name, a1) =>
      snapshot(
        w,
        name,
        a1,
        unionExtent((c) => c.fmt !== undefined),
        (c) => c?.fmt ?? DEFAULT_NUMBER_FORMAT,
      ),
    formulas: (name, a1) => snapshot(w, name, a1, dataExtent, (c) => c?.f ?? ''),
    validations: (name, a1) =>
      snapshot(
        w,
        name,
        a1,
        unionExtent((c) => c.dv !== undefined),
        (c) => validationRecord(c?.dv),
      ),
    cell: (name, a1) => {
      const s = w.sheetOrThrow(name);
      const p = parseA1(a1, () => ({ maxRows: s.maxRows, maxCols: s.maxCols }));
      const c = s.get(p.row, p.col);
      return {
        value: c ? copyValue(c.v) : '',
        formula: c?.f ?? null,
        format: c?.fmt ?? DEFAULT_NUMBER_FORMAT,
        validation: validationRecord(c?.dv),
        note: c?.note ?? '',
        styles: { ...(c?.style ?? {}) },
      };
    },
  };
}

/** Everything a test may read from the world, in FakeGas's order. */
export function inspection(w: World): Inspection {
  return {
    sheetNames: () => w.sheets.map((s) => s.name),
    activeSheetName: () => w.active.name,
    activeRange: () => ({ sheet: w.active.name, ...w.active.activeRange }),
    merges: (name) => w.sheetOrThrow(name).merges.map((m) => ({ ...m })),
    styles: (name) => snapshot(w, name, undefined, dataExtent, (c) => ({ ...(c?.style ?? {}) })),
    ...gridSnapshots(w),
    frozenRows: (name) => w.sheetOrThrow(name).frozenRows,
    columnWidths: (name) => Object.fromEntries(w.sheetOrThrow(name).colWidths),
    properties: (scope) => Object.fromEntries(w.props[scope]),
    metadata: () =>
      w.metadata.map((m) => ({ id: m.id, key: m.key, value: m.value, visibility: m.visibility, location: m.sheet ? m.sheet.name : 'SPREADSHEET' })),
    charts: (name: string) => (w.sheetByName(name)?.charts ?? []).map((c) => ({ ...c, ranges: [...c.ranges] })),
    conditionalRules: (name: string) => (w.sheetByName(name)?.conditionalRules ?? []).map((r) => ({ ...r, ranges: [...r.ranges] })),
    protections: () =>
      w.protections.map((p) => ({
        type: p.type,
        sheet: p.sheet.name,
        a1: p.range ? a1Of(p.range.row, p.range.col, p.range.numRows, p.range.numCols) : null,
        description: p.description,
        warningOnly: p.warningOnly,
        editors: [...p.editors],
        unprotected: p.unprotected.map((u) => `${u.sheet.name}!${a1Of(u.row, u.col, u.numRows, u.numCols)}`),
        domainEdit: p.domainEdit,
      })),
    triggers: () => w.triggers.map((t) => ({ ...t, details: { ...t.details } })),
    logs: w.logs,
    sleptMs: () => w.slept,
  };
}
