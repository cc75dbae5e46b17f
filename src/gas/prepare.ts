/**
 * «Подготовить лист для мониторинга» in the spreadsheet: the dialog shows the plan of the active
 * sheet; on consent the plan it showed is applied (src/app/prepare.ts) — or refused when the sheet
 * changed since. Rows are deleted whole, so every row not in the plan keeps its content exactly.
 */
import { PreparePlanSchema, PrepareRequestSchema, PrepareResultSchema, type PreparePlan, type PrepareResult } from '../contracts/schemas';
import { applyPlan, copyNameFor, planSheet } from '../app/prepare';
import { UserError } from '../app/errors';
import { showPage } from './dialogs';
import { gasContext, loadSettings } from './context';
import { GasWorkbook, documentLock } from './workbook';
import { refreshBlockOf } from './school-block';

export { SHEET_CHANGED } from '../app/prepare';

export function showPrepareDialog(): void {
  showPage('prepare');
}

export function getPreparePlan(): PreparePlan {
  const ctx = gasContext();
  const wb = new GasWorkbook(ctx.ss, ctx.timeZone);
  const active = wb.info(ctx.ss.getActiveSheet());
  const p = planSheet(wb, active.id, { today: ctx.today, settings: loadSettings(ctx) });
  const c = p.changes;
  return PreparePlanSchema.parse({
    sheet: p.sheet.name,
    canPrepare: p.reason === null,
    reason: p.reason,
    headerRow: c ? c.regionStart : null,
    addColumns: c ? c.addColumns.map((x) => x.header) : [],
    removeRows: c ? c.removeRows : [],
    mergeRows: c ? c.mergeRows : [],
    repairNumbers: c ? c.repairNumbers.map((r) => ({ row: r.row, number: r.number })) : [],
    copyName: copyNameFor(wb, p.sheet.name, ctx.today),
    sheetId: p.sheet.id,
    token: p.token,
  });
}

/** Applies the plan the dialog showed (`input`: its sheet id and fingerprint), or refuses. */
export function prepareSheet(input: unknown): PrepareResult {
  const request = PrepareRequestSchema.safeParse(input);
  if (!request.success) throw new UserError('Нет плана подготовки: откройте «Подготовить лист» заново.');
  const ctx = gasContext();
  const wb = new GasWorkbook(ctx.ss, ctx.timeZone);
  const ctxPrepare = { today: ctx.today, settings: loadSettings(ctx) };
  return PrepareResultSchema.parse(applyPlan(wb, documentLock, request.data, ctxPrepare, () => refreshBlockOf(ctx.ss, ctx.timeZone)));
}
