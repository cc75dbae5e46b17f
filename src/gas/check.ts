/** «Проверить лист»: the core on the active sheet, shown in a sidebar; a click selects the cell. */
import {
  CheckReportSchema,
  MAX_SENT_DIAGNOSTICS,
  SelectCellSchema,
  type CheckDiagnostic,
  type CheckReport,
} from '../contracts/schemas';
import { analyseWorkbook } from '../domain/roadmap/workbook';
import { sheetPeriods } from '../domain/workbook/kinds/settings';
import type { Field } from '../domain/types';
import { showPage } from './dialogs';
import { gasContext, loadDirectory, loadSettings } from './context';
import { readGrid, requireSheet } from './sheet-io';

const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const;

export function showCheckSidebar(): void {
  showPage('check');
}

/**
 * Reads the active sheet once and checks it. Changes no cell. The answer is parsed with the
 * contract's schema before it leaves, like the page parses it when it arrives.
 */
export function getCheckReport(): CheckReport {
  const ctx = gasContext();
  const sheet = ctx.ss.getActiveSheet();
  const name = sheet.getName();
  const grid = readGrid(sheet, ctx.timeZone);
  const settings = loadSettings(ctx);
  const tables = analyseWorkbook([{ name, grid }], {
    today: ctx.today,
    periods: sheetPeriods(settings, [name]),
    directory: loadDirectory(ctx),
  });
  const counts = { error: 0, warning: 0, info: 0 };
  const all: CheckDiagnostic[] = [];
  for (const t of tables) {
    for (const d of t.diagnostics) {
      counts[d.severity]++;
      const ref = d.field ? t.table.columns[d.field as Field] : undefined;
      all.push({
        code: d.code,
        severity: d.severity,
        row: d.row,
        field: d.field,
        message: d.message,
        text: d.text ?? d.message,
        columnHeader: d.place?.column ?? null,
        column: ref ? ref.index + 1 : null,
      });
    }
  }
  all.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || (a.row ?? 0) - (b.row ?? 0));
  return CheckReportSchema.parse({
    sheet: name,
    tables: tables.map((t) => ({
      headerRow: t.table.headerRow,
      periodLabel: t.period.label,
      periodStart: t.period.start,
      periodEnd: t.period.end,
      measures: t.measures.length,
    })),
    counts,
    diagnostics: all.slice(0, MAX_SENT_DIAGNOSTICS),
    total: all.length,
  });
}

/** Selects the cell a diagnostic points at (the whole row when it concerns no column). */
export function selectCell(args: unknown): void {
  const { sheet: name, row, column } = SelectCellSchema.parse(args);
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = requireSheet(ss, name);
  const range = column ? sheet.getRange(row, column) : sheet.getRange(row, 1, 1, Math.max(1, sheet.getLastColumn()));
  sheet.activate();
  range.activate();
}
