/**
 * «Сводка по школам»: the coordinator's summary from the roadmap tabs of the open spreadsheet and the
 * schools of the «Реестр школ» sheet whose links point to other spreadsheets. Writes the sheets the
 * add-on owns («Сводка», «Исполнители», «Календарь», «Отчёт за полугодие»); a user's sheet with one of
 * those names is never touched. Reading another school's spreadsheet needs the `spreadsheets` scope.
 */
import type { Measure } from '../domain/roadmap/measure';
import type { SheetAnalysis } from '../domain/roadmap/analyse';
import { analyseWorkbook } from '../domain/roadmap/workbook';
import { REGISTRY_SHEET, matchRegistry, parseRegistryGrid, type RegistryEntry } from '../domain/workbook/kinds/registry';
import { sheetPeriods } from '../domain/workbook/kinds/settings';
import type { Settings } from '../domain/settings';
import {
  SUMMARY_HEADER,
  buildHalfYearReport,
  buildSummary,
  calendarGrid,
  isSkippedSheet,
  responsibleGrid,
  rowStyle,
  schoolFromTitle,
  sheetLayout,
  summaryGrid,
  type SchoolInput,
  type SheetGrid,
} from '../domain/summary';
import { pluralRu } from '../domain/text-ru';
import type { Grid, Period } from '../domain/types';
import { gasContext, loadDirectory, loadSettings, type GasContext } from './context';
import { isGenerated, ownedSheet, withDocumentLock, writeBlock } from './safe-writer';
import { readGrid } from './sheet-io';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Stop opening other spreadsheets after this long: Apps Script ends an execution at 6 minutes. */
const EXTERNAL_BUDGET_MS = 4 * 60 * 1000;
const SPREADSHEET_URL = /\/spreadsheets\/d\/([a-zA-Z0-9_-]{20,})/;

export interface SummaryOutcome {
  schools: number;
  /** Registry entries whose spreadsheets could not be read, with the reason, in Russian. */
  notRead: string[];
  sheets: string[];
}

function period(a: SheetAnalysis): { measures: Measure[]; period: Period } {
  return { measures: a.measures, period: a.period };
}

function curatorOf(e: RegistryEntry | null): string | undefined {
  if (!e) return undefined;
  if (e.curatorSchool && e.curatorPerson) return `${e.curatorSchool} (${e.curatorPerson})`;
  return e.curatorSchool ?? e.curatorPerson ?? undefined;
}

function schoolInput(a: SheetAnalysis, entry: RegistryEntry | null, file: string, fallback: string): SchoolInput {
  return {
    name: entry?.school ?? schoolFromTitle(a.table.titleLines) ?? fallback,
    curator: curatorOf(entry),
    cluster: entry?.cluster ?? undefined,
    municipality: entry?.municipality ?? undefined,
    file,
    sheet: a.name,
    analysis: period(a),
  };
}

function roadmapsOf(sheets: { name: string; grid: Grid }[], ctx: GasContext, settings: Settings): SheetAnalysis[] {
  const analyses = analyseWorkbook(sheets, {
    today: ctx.today,
    directory: settings.directory,
    periods: sheetPeriods(settings, sheets.map((s) => s.name)),
  });
  return analyses.filter((a) => a.measures.length > 0);
}

/** Gathers the schools: a read of each tab here, and of each linked spreadsheet while time allows. */
export function collectSchools(ctx: GasContext, settings: Settings): { schools: SchoolInput[]; notRead: string[] } {
  const started = Date.now();
  const own: { name: string; grid: Grid }[] = [];
  let registry: RegistryEntry[] = [];
  for (const sheet of ctx.ss.getSheets()) {
    const name = sheet.getName();
    if (name === REGISTRY_SHEET) registry = parseRegistryGrid(readGrid(sheet, ctx.timeZone)).schools;
    if (isSkippedSheet(name) || isGenerated(sheet)) continue;
    own.push({ name, grid: readGrid(sheet, ctx.timeZone) });
  }
  const file = ctx.ss.getName();
  const schools: SchoolInput[] = [];
  const used = new Set<RegistryEntry>();
  for (const a of roadmapsOf(own, ctx, settings)) {
    const entry = matchRegistry(registry, { sheet: a.name, title: a.table.titleLines.join(' ') });
    if (entry) used.add(entry);
    schools.push(schoolInput(a, entry, file, a.name));
  }

  const notRead: string[] = [];
  for (const entry of registry) {
    if (used.has(entry) || !entry.link) continue;
    const id = SPREADSHEET_URL.exec(entry.link)?.[1];
    if (!id || id === ctx.ss.getId()) continue;
    if (Date.now() - started > EXTERNAL_BUDGET_MS) {
      notRead.push(`${entry.school}: не хватило времени (ограничение Apps Script — 6 минут); запустите сводку ещё раз`);
      continue;
    }
    try {
      const other = SpreadsheetApp.openById(id);
      const tz = other.getSpreadsheetTimeZone();
      const sheets = other
        .getSheets()
        .filter((s) => !isSkippedSheet(s.getName()) && !isGenerated(s))
        .map((s) => ({ name: s.getName(), grid: readGrid(s, tz) }));
      const found = roadmapsOf(sheets, ctx, settings);
      if (found.length === 0) notRead.push(`${entry.school}: в таблице не найдена дорожная карта`);
      for (const a of found) schools.push(schoolInput(a, entry, other.getName(), entry.school));
    } catch (error) {
      notRead.push(`${entry.school}: таблица недоступна (${(error as Error).message})`);
    }
  }
  return { schools, notRead };
}

/** Pixels per character of column width (Arial 10 in Sheets). */
const PX_PER_CHAR = 7.5;

/** One generated sheet: values in one block, then the rows' style and the columns' widths (domain/summary/style). */
function writeGrid(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, grid: SheetGrid): Sheet {
  const sheet = ownedSheet(ss, grid.name, 'summary');
  for (const chart of sheet.getCharts()) sheet.removeChart(chart);
  writeBlock(sheet, { row: 1, col: 1, values: grid.rows });
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
function addDoneChart(sheet: Sheet, schools: number): void {
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
  const settings = loadSettings(ctx);
  settings.directory = [...loadDirectory(ctx), ...settings.directory];
  const { schools, notRead } = collectSchools(ctx, settings);
  const summary = buildSummary(schools, { today: ctx.today, settings });
  const grids = [summaryGrid(summary), responsibleGrid(summary), calendarGrid(summary), buildHalfYearReport(schools, { today: ctx.today, settings }).grid];
  if (notRead.length > 0) {
    grids[0].rows.push(Array(grids[0].width).fill(null));
    grids[0].kinds.push('blank');
    grids[0].zones.push(null);
    for (const line of [`Не прочитаны (${notRead.length}):`, ...notRead]) {
      grids[0].rows.push([line, ...Array(grids[0].width - 1).fill(null)]);
      grids[0].kinds.push('text');
      grids[0].zones.push(null);
    }
  }
  // The chart goes in under the same lock as the sheets: two runs never leave two charts.
  const written = withDocumentLock(() => {
    const sheets = grids.map((g) => writeGrid(ctx.ss, g));
    addDoneChart(sheets[0], summary.schools.length);
    return sheets;
  });
  written[0].activate();
  ctx.ss.toast(
    `${pluralRu(summary.schools.length, 'школа', 'школы', 'школ')}${notRead.length ? `; не прочитано: ${notRead.length}` : ''}.`,
    'Сводка готова',
    8,
  );
  return { schools: summary.schools.length, notRead, sheets: written.map((s) => s.getName()) };
}

/** Menu handler. */
export function showSummary(): void {
  buildSummarySheets();
}
