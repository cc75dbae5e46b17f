/**
 * «Подготовить лист для мониторинга»: a dialog shows the plan; on consent the sheet is copied,
 * page-break debris removed, split rows merged back and the missing tracking columns added.
 *
 * What is applied is exactly the plan shown: the dialog sends back the sheet's id and the
 * fingerprint of what the plan was made from, and the apply step refuses when the sheet has changed
 * since. Rows are deleted with deleteRows, so every row not in the plan keeps its content exactly —
 * formulas, notes, links, formats and validation move with it. The copy is marked as the add-on's,
 * so the summary never reads it as a second school.
 */
import {
  PreparePlanSchema,
  PrepareRequestSchema,
  PrepareResultSchema,
  type PreparePlan,
  type PrepareResult,
} from '../contracts/schemas';
import { sheetFingerprint } from '../domain/fingerprint';
import { isEmptyPlan, planPrepare, type PrepareChanges } from '../domain/prepare';
import { analyseWorkbook } from '../domain/roadmap/workbook';
import { sheetPeriods } from '../domain/workbook/kinds/settings';
import { showPage } from './dialogs';
import { gasContext, loadSettings, type GasContext } from './context';
import { UserError } from './errors';
import { GENERATED_KEY, freeName, withDocumentLock, writeBlock } from './safe-writer';
import { DATE_FORMAT, TEXT_FORMAT, readValuesAndFormulas } from './sheet-io';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const SHEET_CHANGED = 'Лист изменился после того, как был показан план: посмотрите план заново.';

export function showPrepareDialog(): void {
  showPage('prepare');
}

interface Planned {
  sheet: Sheet;
  name: string;
  changes: PrepareChanges | null;
  token: string;
}

function plan(ctx: GasContext, sheet: Sheet): Planned {
  const name = sheet.getName();
  const { grid, formulas } = readValuesAndFormulas(sheet, ctx.timeZone);
  const settings = loadSettings(ctx);
  const tables = analyseWorkbook([{ name, grid }], { today: ctx.today, periods: sheetPeriods(settings, [name]) });
  // The sheet's main roadmap: the table with the most measures.
  const analysis = tables.filter((t) => t.table.headerRow !== null).sort((a, b) => b.measures.length - a.measures.length)[0] ?? null;
  const changes = analysis ? planPrepare(grid, analysis, formulas) : null;
  // The plan is a function of the content; the fingerprint covers both, so the plan shown is the plan applied.
  const token = sheetFingerprint(grid, formulas, [name, JSON.stringify(changes)]);
  return { sheet, name, changes, token };
}

function copyNameFor(ctx: GasContext, name: string): string {
  const date = Utilities.formatDate(new Date(), ctx.timeZone, 'dd.MM.yyyy');
  return freeName(ctx.ss, `${name} — копия ${date}`);
}

function cannotReason(p: Planned): string | null {
  if (!p.changes) {
    return `На листе «${p.name}» не найдена таблица мероприятий (строка заголовка с «№», «Мероприятие», «Срок», «Ответственный»). Подготовить нечего.`;
  }
  if (isEmptyPlan(p.changes)) {
    return `Лист «${p.name}» уже готов к мониторингу: все столбцы отслеживания есть, мусора от разрывов страниц нет.`;
  }
  return null;
}

export function getPreparePlan(): PreparePlan {
  const ctx = gasContext();
  const sheet = ctx.ss.getActiveSheet();
  const p = plan(ctx, sheet);
  const c = p.changes;
  const reason = cannotReason(p);
  return PreparePlanSchema.parse({
    sheet: p.name,
    canPrepare: reason === null,
    reason,
    headerRow: c ? c.regionStart : null,
    addColumns: c ? c.addColumns.map((x) => x.header) : [],
    removeRows: c ? c.removeRows : [],
    mergeRows: c ? c.mergeRows : [],
    copyName: copyNameFor(ctx, p.name),
    sheetId: sheet.getSheetId(),
    token: p.token,
  });
}

function sheetById(ctx: GasContext, id: number): Sheet {
  const sheet = ctx.ss.getSheets().find((s) => s.getSheetId() === id);
  if (!sheet) throw new UserError('Лист, для которого был показан план, удалён. Откройте «Подготовить лист» заново.');
  return sheet;
}

/** Applies the plan the dialog showed (`input`: its sheet id and fingerprint), or refuses. */
export function prepareSheet(input: unknown): PrepareResult {
  const request = PrepareRequestSchema.safeParse(input);
  if (!request.success) throw new UserError('Нет плана подготовки: откройте «Подготовить лист» заново.');
  const ctx = gasContext();
  return withDocumentLock(() => {
    const p = plan(ctx, sheetById(ctx, request.data.sheetId));
    if (p.token !== request.data.token) throw new UserError(SHEET_CHANGED);
    const reason = cannotReason(p);
    if (reason || !p.changes) throw new UserError(reason ?? SHEET_CHANGED);
    const c = p.changes;
    const copyName = copyNameFor(ctx, p.name);
    const copy = p.sheet.copyTo(ctx.ss).setName(copyName);
    copy.addDeveloperMetadata(GENERATED_KEY, `copy:${p.sheet.getSheetId()}`);
    applyRowChanges(p.sheet, c);
    addTrackingColumns(p.sheet, c);
    return PrepareResultSchema.parse({
      sheet: p.name,
      copyName,
      addedColumns: c.addColumns.map((x) => x.header),
      removedRows: c.removeRows.length,
      mergedRows: c.mergeRows.length,
    });
  });
}

/**
 * Merged measures first, while the rows still have their original numbers: only the cells that
 * change. Then the debris and continuation rows are deleted whole, the lowest run first, so
 * whatever is below the table moves up with it and every other row stays as it was.
 */
function applyRowChanges(sheet: Sheet, c: PrepareChanges): void {
  for (const block of c.mergedCells) writeBlock(sheet, block);
  for (const run of c.deleteRuns) sheet.deleteRows(run.start, run.count);
}

/** Headers, formats and dropdowns of the missing tracking columns, in the free columns right of the table. */
function addTrackingColumns(sheet: Sheet, c: PrepareChanges): void {
  if (c.addColumns.length === 0) return;
  const first = c.addAt;
  const n = c.addColumns.length;
  const max = sheet.getMaxColumns();
  if (first + n - 1 > max) sheet.insertColumnsAfter(max, first + n - 1 - max);
  const header = sheet.getRange(c.regionStart, first, 1, n);
  header.setNumberFormats([c.addColumns.map(() => TEXT_FORMAT)]);
  header.setValues([c.addColumns.map((x) => x.header)]);
  header.setFontWeight('bold');
  const rows = c.lastRowAfter - c.regionStart;
  if (rows <= 0) return;
  const body = sheet.getRange(c.regionStart + 1, first, rows, n);
  const rules = c.addColumns.map((col) => {
    if (col.kind === 'list' && col.list) {
      return SpreadsheetApp.newDataValidation().requireValueInList([...col.list], true).setAllowInvalid(true).build();
    }
    if (col.kind === 'date') {
      return SpreadsheetApp.newDataValidation().requireDate().setAllowInvalid(true).setHelpText('Дата в виде ДД.ММ.ГГГГ').build();
    }
    return null;
  });
  body.setNumberFormats(Array.from({ length: rows }, () => c.addColumns.map((col) => (col.kind === 'date' ? DATE_FORMAT : TEXT_FORMAT))));
  body.setDataValidations(Array.from({ length: rows }, () => rules));
}
