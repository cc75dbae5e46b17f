/**
 * «Подготовить лист для мониторинга»: a dialog shows the plan; on consent the sheet is copied,
 * page-break debris removed, split rows merged back and the missing tracking columns added.
 * Only the table's rows and the new columns change; a copy of the original sheet is kept.
 */
import { PreparePlanSchema, PrepareResultSchema, type PreparePlan, type PrepareResult } from '../domain/contracts';
import { planPrepare, type PrepareChanges } from '../domain/prepare';
import type { SheetAnalysis } from '../domain/roadmap/analyse';
import { analyseWorkbook } from '../domain/roadmap/workbook';
import { sheetPeriods } from '../domain/settings-sheet';
import type { Cell, Grid } from '../domain/types';
import { gasContext, loadSettings, type GasContext } from './context';
import { UserError } from './errors';
import { freeName, prepareBlock, withDocumentLock } from './safe-writer';
import { DATE_FORMAT, TEXT_FORMAT, readGrid } from './sheet-io';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function showPrepareDialog(): void {
  const html = HtmlService.createHtmlOutputFromFile('prepare').setWidth(480).setHeight(440);
  SpreadsheetApp.getUi().showModalDialog(html, 'Подготовить лист для мониторинга');
}

interface Planned {
  sheet: Sheet;
  name: string;
  grid: Grid;
  analysis: SheetAnalysis | null;
  changes: PrepareChanges | null;
}

function plan(ctx: GasContext): Planned {
  const sheet = ctx.ss.getActiveSheet();
  const name = sheet.getName();
  const grid = readGrid(sheet, ctx.timeZone);
  const settings = loadSettings(ctx);
  const tables = analyseWorkbook([{ name, grid }], { today: ctx.today, periods: sheetPeriods(settings, [name]) });
  // The sheet's main roadmap: the table with the most measures.
  const analysis = tables.filter((t) => t.table.headerRow !== null).sort((a, b) => b.measures.length - a.measures.length)[0] ?? null;
  return { sheet, name, grid, analysis, changes: analysis ? planPrepare(grid, analysis) : null };
}

function copyNameFor(ctx: GasContext, name: string): string {
  const date = Utilities.formatDate(new Date(), ctx.timeZone, 'dd.MM.yyyy');
  return freeName(ctx.ss, `${name} — копия ${date}`);
}

export function getPreparePlan(): PreparePlan {
  const ctx = gasContext();
  const p = plan(ctx);
  const c = p.changes;
  const nothingToDo = c !== null && c.addColumns.length === 0 && c.removeRows.length === 0 && c.mergeRows.length === 0;
  const reason = !c
    ? `На листе «${p.name}» не найдена таблица мероприятий (строка заголовка с «№», «Мероприятие», «Срок», «Ответственный»). Подготовить нечего.`
    : nothingToDo
      ? `Лист «${p.name}» уже готов к мониторингу: все столбцы отслеживания есть, мусора от разрывов страниц нет.`
      : null;
  return PreparePlanSchema.parse({
    sheet: p.name,
    canPrepare: reason === null,
    reason,
    headerRow: c ? c.regionStart : null,
    addColumns: c ? c.addColumns.map((x) => x.header) : [],
    removeRows: c ? c.removeRows : [],
    mergeRows: c ? c.mergeRows : [],
    copyName: copyNameFor(ctx, p.name),
  });
}

export function prepareSheet(): PrepareResult {
  const ctx = gasContext();
  return withDocumentLock(() => {
    const p = plan(ctx);
    const c = p.changes;
    if (!c) throw new UserError(`На листе «${p.name}» не найдена таблица мероприятий: подготовить нечего.`);
    const copyName = copyNameFor(ctx, p.name);
    p.sheet.copyTo(ctx.ss).setName(copyName);
    const newRegionEnd = compactRegion(p.sheet, p.grid, c);
    addTrackingColumns(p.sheet, c, newRegionEnd);
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
 * Rewrites the table's rows without the debris, in one block, carrying each kept row's number
 * formats, font weights and backgrounds along; then deletes the rows left over at the bottom, so
 * whatever is below the table moves up with it. Returns the table's new last row.
 */
function compactRegion(sheet: Sheet, grid: Grid, c: PrepareChanges): number {
  const removed = c.regionEnd - c.regionStart + 1 - c.rows.length;
  if (removed === 0 && c.mergeRows.length === 0) return c.regionEnd;
  const width = Math.max(1, sheet.getLastColumn());
  const height = c.regionEnd - c.regionStart + 1;
  const region = sheet.getRange(c.regionStart, 1, height, width);
  const formats = region.getNumberFormats();
  const weights = region.getFontWeights();
  const backgrounds = region.getBackgrounds();
  const at = (source: number) => source - c.regionStart;
  const values: Cell[][] = c.rows.map((r) => {
    const row = r.values ?? grid[r.source - 1] ?? [];
    return Array.from({ length: width }, (_, i) => row[i] ?? null);
  });
  const prepared = prepareBlock(values);
  const outFormats = prepared.formats.map((row, i) =>
    row.map((f, col) => {
      const original = formats[at(c.rows[i].source)][col];
      if (f === TEXT_FORMAT) return values[i][col] === null ? original : TEXT_FORMAT;
      if (f === DATE_FORMAT) return /[dy]/i.test(original) ? original : DATE_FORMAT;
      return original;
    }),
  );
  const target = sheet.getRange(c.regionStart, 1, c.rows.length, width);
  target.setNumberFormats(outFormats);
  target.setValues(prepared.values);
  target.setFontWeights(c.rows.map((r) => weights[at(r.source)]));
  target.setBackgrounds(c.rows.map((r) => backgrounds[at(r.source)]));
  if (removed > 0) sheet.deleteRows(c.regionStart + c.rows.length, removed);
  return c.regionStart + c.rows.length - 1;
}

/** Headers, formats and dropdowns of the missing tracking columns, right of everything on the sheet. */
function addTrackingColumns(sheet: Sheet, c: PrepareChanges, lastRow: number): void {
  if (c.addColumns.length === 0) return;
  const first = sheet.getLastColumn() + 1;
  const n = c.addColumns.length;
  const header = sheet.getRange(c.regionStart, first, 1, n);
  header.setNumberFormats([c.addColumns.map(() => TEXT_FORMAT)]);
  header.setValues([c.addColumns.map((x) => x.header)]);
  header.setFontWeight('bold');
  const rows = lastRow - c.regionStart;
  if (rows <= 0) return;
  const body = sheet.getRange(c.regionStart + 1, first, rows, n);
  const rules = c.addColumns.map((col) => {
    if (col.kind === 'list' && col.list) {
      return SpreadsheetApp.newDataValidation().requireValueInList([...col.list], true).setAllowInvalid(true).build();
    }
    if (col.kind === 'date') {
      return SpreadsheetApp.newDataValidation()
        .requireDate()
        .setAllowInvalid(true)
        .setHelpText('Дата в виде ДД.ММ.ГГГГ')
        .build();
    }
    return null;
  });
  body.setNumberFormats(Array.from({ length: rows }, () => c.addColumns.map((col) => (col.kind === 'date' ? DATE_FORMAT : TEXT_FORMAT))));
  body.setDataValidations(Array.from({ length: rows }, () => rules));
}
