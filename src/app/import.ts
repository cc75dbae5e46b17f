/**
 * Importing a table (pasted from Word or a PDF into «Импорт таблицы из Word…», or read from a
 * .docx/.csv/.tsv by `import`), written once: a preview of what the check reads and what preparing
 * would change — nothing written — and the table as a sheet prepared for monitoring through the use
 * case of «Подготовить лист» (src/app/prepare.ts).
 */
import type { Settings } from '../domain/core/settings';
import { defaultSettings } from '../domain/core/settings';
import type { CellRange, ColumnChoice, Diagnostic, Grid, IsoDate, Period } from '../domain/core/types';
import type { SheetAnalysis } from '../domain/roadmap/analyse';
import { planPrepare, type PrepareChanges } from '../domain/roadmap/prepare';
import type { ColumnEntry } from '../domain/workbook/kinds/settings';
import type { PrepareResult } from '../contracts/schemas';
import type { Lock, WorkbookEditor } from '../ports';
import { analyseRoadmaps, mainRoadmap } from './analyse';
import { applyPlan, planSheet, type PrepareContext } from './prepare';

/** A table to import: its cells (as text) and merged ranges, and the user's word on its period and columns. */
export interface ImportTable {
  name: string;
  grid: Grid;
  merges?: readonly CellRange[];
  /** The plan period typed in the dialog; inferred when empty. */
  period?: string | null;
  /** Column (header or letter) → field, as chosen in the dialog. */
  columns?: readonly { header: string; field: ColumnEntry['field'] }[];
}

export interface ImportPreview {
  analysis: SheetAnalysis | null;
  period: Period | null;
  mapping: ColumnChoice[];
  changes: PrepareChanges | null;
  diagnostics: Diagnostic[];
}

/** The settings the import is read with: the workbook's, with the dialog's period and columns for this table's sheet. */
export function importSettings(settings: Settings | null, t: ImportTable): Settings {
  const base = settings ?? defaultSettings();
  const own = (t.columns ?? []).map((c) => ({ sheet: t.name, header: c.header, field: c.field }));
  const periods = t.period?.trim() ? { ...base.periods, [t.name]: t.period.trim() } : base.periods;
  return { ...base, periods, columns: [...base.columns.filter((c) => c.sheet !== t.name), ...own] };
}

/** What the check reads in the table and what preparing it would change; writes nothing. */
export function previewImport(t: ImportTable, ctx: { today: IsoDate; settings: Settings | null }): ImportPreview {
  const settings = importSettings(ctx.settings, t);
  const tables = analyseRoadmaps([{ name: t.name, grid: t.grid, merges: t.merges }], { today: ctx.today, settings });
  const analysis = mainRoadmap(tables);
  return {
    analysis,
    period: analysis?.period ?? null,
    mapping: analysis?.table.mapping ?? [],
    changes: analysis ? planPrepare(t.grid, analysis, []) : null,
    diagnostics: analysis?.diagnostics ?? tables[0]?.diagnostics ?? [],
  };
}

/** What happened to one sheet of an import. */
export type ImportOutcome =
  | { sheet: string; sheetId: number; kind: 'prepared'; result: PrepareResult; measures: number }
  | { sheet: string; sheetId: number; kind: 'ready' | 'other'; reason: string; measures: number };

function measureCount(wb: WorkbookEditor, sheetId: number, ctx: PrepareContext): number {
  const s = wb.read(sheetId);
  const tables = analyseRoadmaps([{ name: s.name, grid: s.grid, merges: s.merges }], { today: ctx.today, settings: ctx.settings });
  return Math.max(0, ...tables.filter((t) => t.table.headerRow !== null).map((t) => t.measures.length));
}

/** Sheets of a workbook through «Подготовить лист»: each one's plan, applied where there is one. */
export function prepareImported(wb: WorkbookEditor, lock: Lock, sheetIds: readonly number[], ctx: PrepareContext): ImportOutcome[] {
  const outcomes: ImportOutcome[] = [];
  for (const id of sheetIds) {
    const info = wb.sheets().find((s) => s.id === id);
    if (!info) continue;
    const plan = planSheet(wb, id, ctx);
    if (plan.reason !== null) {
      const kind = plan.changes ? 'ready' : 'other';
      outcomes.push({ sheet: info.name, sheetId: id, kind, reason: plan.reason, measures: kind === 'ready' ? measureCount(wb, id, ctx) : 0 });
      continue;
    }
    const result = applyPlan(wb, lock, { sheetId: id, token: plan.token }, ctx);
    outcomes.push({ sheet: info.name, sheetId: id, kind: 'prepared', result, measures: measureCount(wb, id, ctx) });
  }
  return outcomes;
}

/** A pasted table as a new sheet of the workbook, prepared for monitoring; its cells written as text. */
export function importAsSheet(wb: WorkbookEditor, lock: Lock, t: ImportTable, ctx: PrepareContext): ImportOutcome {
  const info = lock.withLock(() => {
    const sheet = wb.addSheet(wb.freeName(t.name));
    if (t.grid.length > 0) wb.writeBlocks(sheet.id, [{ row: 1, col: 1, values: t.grid }]);
    if (t.merges && t.merges.length > 0) wb.mergeCells(sheet.id, t.merges);
    return sheet;
  });
  const settings = importSettings(ctx.settings, { ...t, name: info.name });
  return prepareImported(wb, lock, [info.id], { ...ctx, settings })[0];
}
