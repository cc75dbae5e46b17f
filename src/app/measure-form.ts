/**
 * The forms over measures («Отметить выполнение…», «Проверка куратора…»), written once over the
 * ports: read the measures of the selected rows as a form shows them, and write back only the
 * fields the form owns — to each measure found again by the fingerprint of its own cells, since
 * rows may have been inserted or deleted above it meanwhile. If its cells changed since the form
 * was opened, nothing is written and the fresh values are returned; this is the same rule as
 * «Подготовить лист»'s: apply exactly what was shown, or refuse.
 */
import type { Settings } from '../domain/core/settings';
import { sheetFingerprint } from '../domain/core/fingerprint';
import { TRACKING_FIELDS, type Cell, type CellBlock, type Grid, type IsoDate, type TrackingField } from '../domain/core/types';
import type { SheetAnalysis } from '../domain/roadmap/analyse';
import type { Measure } from '../domain/roadmap/measure';
import type { Lock, SheetSnapshot, WorkbookEditor, WorkbookReader } from '../ports';
import { analyseSnapshot } from './analyse';
import { UserError } from './errors';

export interface FormContext {
  today: IsoDate;
  settings: Settings | null;
}

/** A measure as a form shows it, with the fingerprint its write must find again. */
export interface MeasureRecord {
  sheetId: number;
  sheet: string;
  /** 1-based first row of the measure, and every row it spans. */
  row: number;
  rows: number[];
  fingerprint: string;
  measure: Measure;
  /** The tracking fields the table has a column for (a form writes only those), and their 0-based columns. */
  columns: TrackingField[];
  at: Partial<Record<TrackingField, number>>;
}

/** What a form asks to write: a measure as it was shown, and the fields to set. */
export interface MeasureWrite {
  row: number;
  fingerprint: string;
  values: Partial<Record<TrackingField, Cell>>;
}

export type WriteOutcome = { ok: true; written: { row: number; number: string; cells: number }[] } | { ok: false; message: string; fresh: MeasureRecord[] };

/** The measure's own cells (its rows, every column of the sheet), fingerprinted without their row numbers. */
function measureFingerprint(s: SheetSnapshot, rows: readonly number[]): string {
  const grid: Grid = rows.map((r) => s.grid[r - 1] ?? []);
  const formulas = rows.map((r) => s.formulas[r - 1] ?? []);
  return sheetFingerprint(grid, formulas, [s.name]);
}

function tablesOf(s: SheetSnapshot, ctx: FormContext): SheetAnalysis[] {
  return analyseSnapshot(s, ctx).filter((t) => t.table.headerRow !== null);
}

/** The measures of a sheet's tables as the forms show them, each with its fingerprint. */
export function recordsOfSnapshot(s: SheetSnapshot, tables: readonly SheetAnalysis[]): MeasureRecord[] {
  const out: MeasureRecord[] = [];
  for (const t of tables) {
    const at: Partial<Record<TrackingField, number>> = {};
    for (const [f, ref] of Object.entries(t.table.columns)) if (TRACKING.has(f) && ref) at[f as TrackingField] = ref.index;
    const columns = Object.keys(at) as TrackingField[];
    for (const m of t.measures) {
      out.push({ sheetId: s.id, sheet: s.name, row: m.row, rows: m.sourceRows, fingerprint: measureFingerprint(s, m.sourceRows), measure: m, columns, at });
    }
  }
  return out;
}

const TRACKING = new Set<string>(TRACKING_FIELDS);

/** The measures on the given rows of a sheet (a row inside a measure selects it), in sheet order, each once. */
export function measuresAt(wb: WorkbookReader, sheetId: number, rows: readonly number[], ctx: FormContext): { sheet: string; records: MeasureRecord[] } {
  const s = wb.read(sheetId);
  const all = recordsOfSnapshot(s, tablesOf(s, ctx));
  const wanted = new Set(rows);
  return { sheet: s.name, records: all.filter((r) => r.rows.some((x) => wanted.has(x))) };
}

/** Every measure of a sheet (for walks such as the curator's «Следующее неподтверждённое»). */
export function allMeasures(wb: WorkbookReader, sheetId: number, ctx: FormContext): MeasureRecord[] {
  const s = wb.read(sheetId);
  return recordsOfSnapshot(s, tablesOf(s, ctx));
}

/** The measure with this fingerprint nearest the row it was shown at, or null. */
export function findAgain(records: readonly MeasureRecord[], w: MeasureWrite): MeasureRecord | null {
  let best: MeasureRecord | null = null;
  for (const r of records) {
    if (r.fingerprint !== w.fingerprint) continue;
    if (!best || Math.abs(r.row - w.row) < Math.abs(best.row - w.row)) best = r;
  }
  return best;
}

/** The measure now at the row a write was shown at, if it is the same measure (same number and title). */
export function sameMeasureAt(records: readonly MeasureRecord[], w: MeasureWrite, shown: Pick<Measure, 'number' | 'title'> | undefined): MeasureRecord | null {
  const at = records.find((r) => r.rows.includes(w.row)) ?? null;
  if (!at || !shown) return at;
  return at.measure.number === shown.number && at.measure.title === shown.title
    ? at
    : (records.find((r) => r.measure.number === shown.number && r.measure.title === shown.title) ?? null);
}

/**
 * Writes the forms' fields under the lock: every measure is found again first, and if any one
 * changed or is gone nothing at all is written. Only cells of fields the table has a column for are
 * written, in the measure's first row; text as text, dates as dates (the editor's rules).
 */
export function writeMeasures(
  wb: WorkbookEditor,
  lock: Lock,
  target: { sheetId: number; shown?: readonly Pick<Measure, 'number' | 'title'>[] },
  writes: readonly MeasureWrite[],
  ctx: FormContext,
): WriteOutcome {
  return lock.withLock(() => {
    const sheet = wb.sheets().find((x) => x.id === target.sheetId);
    if (!sheet) throw new UserError('Лист, открытый в форме, удалён или переименован в другой таблице. Откройте форму заново.');
    const s = wb.read(sheet.id);
    const records = recordsOfSnapshot(s, tablesOf(s, ctx));
    const found: MeasureRecord[] = [];
    const fresh: MeasureRecord[] = [];
    writes.forEach((w, i) => {
      const r = findAgain(records, w);
      if (r) found.push(r);
      else {
        const now = sameMeasureAt(records, w, target.shown?.[i]);
        if (now) fresh.push(now);
        else
          throw new UserError(
            `Мероприятие из строки ${w.row} не найдено на листе «${s.name}»: его удалили или изменили до неузнаваемости. Выберите строку заново.`,
          );
      }
    });
    if (fresh.length > 0) {
      const rows = fresh.map((r) => r.row).join(', ');
      return {
        ok: false,
        message: `Пока форма была открыта, мероприятие в ${fresh.length === 1 ? 'строке' : 'строках'} ${rows} изменили. Ничего не записано: посмотрите новые значения и сохраните ещё раз.`,
        fresh,
      };
    }
    const blocks: CellBlock[] = [];
    const written = found.map((r, i) => {
      let cells = 0;
      for (const [field, value] of Object.entries(writes[i].values) as [TrackingField, Cell][]) {
        const col = r.at[field];
        if (col === undefined) continue;
        blocks.push({ row: r.row, col: col + 1, values: [[value]] });
        cells++;
      }
      return { row: r.row, number: r.measure.number, cells };
    });
    wb.writeBlocks(sheet.id, blocks);
    return { ok: true, written };
  });
}
