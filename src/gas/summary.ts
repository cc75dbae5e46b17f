/**
 * «Сводка по школам» in the spreadsheet: the use case of src/app/summary.ts over the roadmap tabs of
 * the open spreadsheet and the spreadsheets its «Реестр школ» links to (opened while time allows:
 * Apps Script ends an execution at 6 minutes). Writes the sheets the add-on owns («Сводка»,
 * «Исполнители», «Календарь», «Отчёт за полугодие») and the chart under one lock; a user's sheet with
 * one of those names is never touched. Opening another spreadsheet needs the `spreadsheets` scope.
 */
import { notReadLine, readsForSummary, summarise, summarySheets, type NotRead, type SummarySources, type WorkbookInput } from '../app/summary';
import { SUMMARY_HEADER, rowStyle, sheetLayout, type SheetGrid } from '../domain/summary';
import { pluralRu } from '../domain/core/text-ru';
import { kindOfSheet } from '../domain/workbook/kinds';
import { parseRegistryGrid, type RegistryEntry } from '../domain/workbook/kinds/registry';
import { gasContext } from './context';
import { ownedSheet, withDocumentLock, writeBlock } from './safe-writer';
import { GasWorkbook } from './workbook';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Stop opening other spreadsheets after this long: Apps Script ends an execution at 6 minutes. */
const EXTERNAL_BUDGET_MS = 4 * 60 * 1000;
const SPREADSHEET_URL = /\/spreadsheets\/d\/([a-zA-Z0-9_-]{20,})/;
/** Rows written per call. */
const WRITE_CHUNK_ROWS = 20000;
/** Pixels per character of column width (Arial 10 in Sheets). */
const PX_PER_CHAR = 7.5;

export interface SummaryOutcome {
  schools: number;
  /** Workbooks and registry entries that could not be read, with the reason, in Russian. */
  notRead: string[];
  sheets: string[];
}

/** Every sheet of a spreadsheet but the ones the add-on made (its «Экспертиза» kept), read whole. */
function readWorkbook(ss: Spreadsheet, timeZone: string, label: string): WorkbookInput {
  const wb = new GasWorkbook(ss, timeZone);
  return {
    label,
    sheets: wb
      .sheets()
      .filter(readsForSummary)
      .map((s) => wb.read(s.id)),
  };
}

/** The registry-linked spreadsheets, opened while the budget lasts. */
function linkedOpener(ownId: string, started: number): (entry: RegistryEntry) => WorkbookInput | NotRead | null {
  return (entry) => {
    const id = entry.link ? SPREADSHEET_URL.exec(entry.link)?.[1] : undefined;
    if (!id || id === ownId) return null;
    if (Date.now() - started > EXTERNAL_BUDGET_MS) {
      return { label: entry.school, reason: 'не хватило времени (ограничение Apps Script — 6 минут); запустите сводку ещё раз' };
    }
    try {
      const other = SpreadsheetApp.openById(id);
      return readWorkbook(other, other.getSpreadsheetTimeZone(), other.getName());
    } catch (error) {
      return { label: entry.school, reason: `таблица недоступна (${(error as Error).message})` };
    }
  };
}

/** The open spreadsheet, its registry and the opener of the spreadsheets the registry links to. */
export { readWorkbook, SPREADSHEET_URL };

export function summarySources(ss: Spreadsheet, timeZone: string): SummarySources {
  const started = Date.now();
  const own = readWorkbook(ss, timeZone, ss.getName());
  const registrySheet = own.sheets.find((s) => kindOfSheet(s.name, s.grid) === 'registry');
  const registry = registrySheet ? { label: own.label, entries: parseRegistryGrid(registrySheet.grid, registrySheet.name).schools, workbook: own } : null;
  return { workbooks: [own], registry, openLinked: linkedOpener(ss.getId(), started) };
}

/** One generated sheet: values in one block, then the rows' style and the columns' widths (domain/summary/style). */
export function writeGrid(ss: Spreadsheet, grid: SheetGrid): Sheet {
  const sheet = ownedSheet(ss, grid.name, 'summary');
  for (const chart of sheet.getCharts()) sheet.removeChart(chart);
  // Large sheets (thousands of schools) go in chunks: one call each, within a call's payload.
  for (let r = 0; r < grid.rows.length; r += WRITE_CHUNK_ROWS) writeBlock(sheet, { row: r + 1, col: 1, values: grid.rows.slice(r, r + WRITE_CHUNK_ROWS) });
  if (grid.rows.length === 0) return sheet;
  const range = sheet.getRange(1, 1, grid.rows.length, grid.width);
  const styles = grid.rows.map((_, r) => rowStyle(grid, r));
  range.setFontWeights(styles.map((st) => Array(grid.width).fill(st.bold ? 'bold' : 'normal')));
  range.setBackgrounds(styles.map((st) => Array(grid.width).fill(st.background)));
  range.setWraps(grid.kinds.map((k) => Array(grid.width).fill(k === 'header')));
  const layout = sheetLayout(grid);
  if (layout.frozenRows > 0) sheet.setFrozenRows(layout.frozenRows);
  layout.widths.forEach((w, c) => sheet.setColumnWidth(c + 1, Math.round(w * PX_PER_CHAR)));
  return sheet;
}

/** A bar chart of % done by school, beside the «Сводка» table. */
export function addDoneChart(sheet: Sheet, schools: number): void {
  if (schools === 0) return;
  const nameCol = 1;
  const doneCol = SUMMARY_HEADER.indexOf('% выполнения') + 1;
  const chart = sheet
    .newChart()
    .setChartType(Charts.ChartType.BAR)
    .addRange(sheet.getRange(1, nameCol, schools + 1, 1))
    .addRange(sheet.getRange(1, doneCol, schools + 1, 1))
    .setPosition(schools + 5, 1, 0, 0)
    .setOption('title', '% выполнения по школам')
    .setOption('legend', { position: 'none' })
    .build();
  sheet.insertChart(chart);
}

export function buildSummarySheets(): SummaryOutcome {
  const ctx = gasContext();
  const run = summarise(summarySources(ctx.ss, ctx.timeZone), { today: ctx.today });
  const grids = summarySheets(run);
  // The chart goes in under the same lock as the sheets: two runs never leave two charts.
  const written = withDocumentLock(() => {
    const sheets = grids.map((g) => writeGrid(ctx.ss, g));
    addDoneChart(sheets[0], run.summary.schools.length);
    return sheets;
  });
  written[0].activate();
  const notRead = run.inputs.filter((i) => i.error !== undefined).map(notReadLine);
  ctx.ss.toast(
    `${pluralRu(run.summary.schools.length, 'школа', 'школы', 'школ')}${notRead.length ? `; не прочитано: ${notRead.length}` : ''}.`,
    'Сводка готова',
    8,
  );
  return { schools: run.summary.schools.length, notRead, sheets: written.map((s) => s.getName()) };
}

/** Menu handler. */
export function showSummary(): void {
  buildSummarySheets();
}
