/**
 * Reading and writing sheets: a constant number of service calls per sheet, whatever its size.
 *
 * Dates. Apps Script hands date cells over as Date objects in the *spreadsheet's* time zone. The core
 * works with "floating" dates (UTC fields = the wall-clock date), so reads convert with the
 * spreadsheet's zone. Writes use Sheets serial day numbers with a date format, which carry no zone.
 */
import type { Cell, CellRange, Grid } from '../domain/core/types';
import { formulaLinks, type CellLinkRef } from '../domain/roadmap/links';
import { UserError } from './errors';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const TEXT_FORMAT = '@';
export const DATE_FORMAT = 'dd.mm.yyyy';

export function requireSheet(ss: Spreadsheet, name: string): Sheet {
  const sheet = ss.getSheetByName(name);
  if (!sheet) throw new UserError(`Лист «${name}» не найден. Возможно, его переименовали или удалили.`);
  return sheet;
}

/**
 * The used range of a sheet as a grid: 3 calls (getLastRow, getLastColumn, getValues) plus one
 * Utilities.formatDate per distinct date (cached) to read dates in the spreadsheet's zone.
 */
export function readGrid(sheet: Sheet, timeZone: string): Grid {
  const rows = sheet.getLastRow();
  const cols = sheet.getLastColumn();
  if (rows === 0 || cols === 0) return [];
  return floatingGrid(sheet.getRange(1, 1, rows, cols).getValues() as Cell[][], timeZone);
}

/** Date cells made floating, empty strings made null, in place. */
function floatingGrid(values: Cell[][], timeZone: string): Grid {
  const cache = new Map<number, Date>();
  for (const row of values) {
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (v instanceof Date) row[c] = floating(v, timeZone, cache);
      else if (v === '') row[c] = null;
    }
  }
  return values;
}

/**
 * The used range's values and formulas: 4 calls. Formulas matter wherever cells may be rewritten or
 * rows moved: a formula is content even where its value is empty.
 */
export function readValuesAndFormulas(sheet: Sheet, timeZone: string): { grid: Grid; formulas: string[][] } {
  const rows = sheet.getLastRow();
  const cols = sheet.getLastColumn();
  if (rows === 0 || cols === 0) return { grid: [], formulas: [] };
  const range = sheet.getRange(1, 1, rows, cols);
  return { grid: floatingGrid(range.getValues() as Cell[][], timeZone), formulas: range.getFormulas() };
}

/** A sheet as the use cases read it: values, formulas, links, merged ranges, number formats. */
export interface SheetRead {
  grid: Grid;
  formulas: string[][];
  links: CellLinkRef[];
  merges: CellRange[];
  formats: string[][];
}

/**
 * The used range read once, whole: 8 calls whatever the sheet's size (getLastRow, getLastColumn,
 * getRange, then getValues, getFormulas, getNumberFormats, getRichTextValues, getMergedRanges).
 * The rich-text values and the merged ranges come back in those calls: reading their runs and
 * coordinates asks Sheets nothing more.
 */
export function readSnapshot(sheet: Sheet, timeZone: string): SheetRead {
  const rows = sheet.getLastRow();
  const cols = sheet.getLastColumn();
  if (rows === 0 || cols === 0) return { grid: [], formulas: [], links: [], merges: [], formats: [] };
  const range = sheet.getRange(1, 1, rows, cols);
  const grid = floatingGrid(range.getValues() as Cell[][], timeZone);
  const formulas = range.getFormulas();
  const formats = range.getNumberFormats();
  const links = withRichTextLinks(formulaLinks(formulas), range.getRichTextValues());
  const merges = range.getMergedRanges().map((m) => ({ row: m.getRow() - 1, col: m.getColumn() - 1, rows: m.getNumRows(), cols: m.getNumColumns() }));
  return { grid, formulas, links, merges, formats };
}

type RichText = GoogleAppsScript.Spreadsheet.RichTextValue;

/** Links of rich-text cells (a link typed or pasted into part of a cell) added to the formulas' links, one per cell and URL. */
function withRichTextLinks(links: CellLinkRef[], rich: (RichText | null)[][]): CellLinkRef[] {
  const seen = new Set(links.map((l) => `${l.row}:${l.col}:${l.url}`));
  rich.forEach((row, r) =>
    row.forEach((value, c) => {
      if (!value || value.getText() === '') return;
      const whole = value.getLinkUrl();
      const urls = whole ? [whole] : value.getRuns().map((run) => run.getLinkUrl());
      for (const url of urls) {
        const key = `${r}:${c}:${url}`;
        if (!url || seen.has(key)) continue;
        seen.add(key);
        links.push({ row: r, col: c, url });
      }
    }),
  );
  return links;
}

function floating(date: Date, timeZone: string, cache: Map<number, Date>): Date {
  const key = date.getTime();
  let out = cache.get(key);
  if (!out) {
    const [y, m, d, hh, mm, ss] = Utilities.formatDate(date, timeZone, 'yyyy-MM-dd-HH-mm-ss').split('-').map(Number);
    out = new Date(Date.UTC(y, m - 1, d, hh, mm, ss));
    cache.set(key, out);
  }
  return out;
}
