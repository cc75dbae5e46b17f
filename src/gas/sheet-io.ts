/**
 * Reading and writing sheets: a constant number of service calls per sheet, whatever its size.
 *
 * Dates. Apps Script hands date cells over as Date objects in the *spreadsheet's* time zone. The core
 * works with "floating" dates (UTC fields = the wall-clock date), so reads convert with the
 * spreadsheet's zone. Writes use Sheets serial day numbers with a date format, which carry no zone.
 */
import type { Cell, Grid } from '../domain/core/types';
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

/** Sheets' serial day number of a floating date (days since 1899-12-30): zone-free. */
export function serialDay(date: Date): number {
  return date.getTime() / 86400000 + 25569;
}
