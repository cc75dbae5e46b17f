/** «Проверить лист»: the core on the active sheet, shown in a sidebar; a click selects the cell. */
import { CheckReportSchema, MAX_SENT_DIAGNOSTICS, SelectCellSchema, type CheckDiagnostic, type CheckReport } from '../contracts/schemas';
import { checkWorkbook } from '../app/check';
import type { SheetAnalysis } from '../domain/roadmap/analyse';
import type { Diagnostic, Field } from '../domain/core/types';
import { kindByName, kindOfSheet } from '../domain/workbook/kinds';
import { FIELD_NAMES_RU, columnWhy } from '../domain/table/fields-ru';
import { showPage } from './dialogs';
import { gasContext } from './context';
import { readGrid, readSnapshot, requireSheet } from './sheet-io';
import type { SheetToCheck } from '../app/check';

const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const;

export function showCheckSidebar(): void {
  showPage('check');
}

function toCheckDiagnostic(d: Diagnostic, t: SheetAnalysis | null): CheckDiagnostic {
  const ref = d.field && t ? t.table.columns[d.field as Field] : undefined;
  return {
    code: d.code,
    severity: d.severity,
    row: d.row,
    field: d.field,
    message: d.message,
    text: d.text ?? d.message,
    columnHeader: d.place?.column ?? null,
    column: ref ? ref.index + 1 : null,
  };
}

/**
 * Reads the active sheet once and checks it as what it is (a roadmap, or «Настройки», a directory, a
 * registry), with the settings and abbreviations of the spreadsheet's reference sheets. Changes no
 * cell. The answer is parsed with the contract's schema before it leaves, like the page parses it.
 */
export function getCheckReport(): CheckReport {
  const ctx = gasContext();
  const sheet = ctx.ss.getActiveSheet();
  const { grid, links, merges, formats } = readSnapshot(sheet, ctx.timeZone);
  const active: SheetToCheck = { name: sheet.getName(), grid, links, merges, formats };
  // The reference sheets its check needs, found by name (a risk profile also by a name with «риск»);
  // a risk profile is checked against the programmes of every visible sheet, so then all are read.
  const sheets: SheetToCheck[] = [active];
  const profile = kindOfSheet(active.name, grid) === 'risk-profile';
  for (const other of ctx.ss.getSheets()) {
    const name = other.getName();
    if (name === active.name) continue;
    if (kindByName(name) || /риск/iu.test(name) || (profile && !other.isSheetHidden())) sheets.push({ name, grid: readGrid(other, ctx.timeZone) });
  }
  const result = checkWorkbook(sheets, { today: ctx.today, only: active.name });
  const all: CheckDiagnostic[] = [
    ...result.tables.flatMap((t) => t.diagnostics.map((d) => toCheckDiagnostic(d, t))),
    ...result.reference.flatMap((r) => r.diagnostics.map((d) => toCheckDiagnostic(d, null))),
  ];
  const counts = { error: 0, warning: 0, info: 0 };
  for (const d of all) counts[d.severity]++;
  all.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || (a.row ?? 0) - (b.row ?? 0));
  return CheckReportSchema.parse({
    sheet: active.name,
    tables: result.tables.map((t) => ({
      headerRow: t.table.headerRow,
      periodLabel: t.period.label,
      periodStart: t.period.start,
      periodEnd: t.period.end,
      measures: t.measures.length,
      columns: t.table.mapping.map((c) => ({
        field: c.field,
        name: FIELD_NAMES_RU[c.field],
        column: c.index + 1,
        header: c.header,
        by: c.basis.by,
        why: columnWhy(c),
      })),
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
