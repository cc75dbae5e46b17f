/**
 * What every server function starts from: the active spreadsheet, its time zone, today's date
 * there, and the workbook's settings from the «Настройки» sheet (defaults when there is none).
 */
import { defaultSettings, type Settings } from '../domain/core/settings';
import { DIRECTORY_SHEET, parseDirectoryGrid, type DirectoryEntry } from '../domain/workbook/kinds/directory';
import { SETTINGS_SHEET, parseSettingsGrid } from '../domain/workbook/kinds/settings';
import { readGrid } from './sheet-io';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface GasContext {
  ss: Spreadsheet;
  timeZone: string;
  today: string;
}

export function gasContext(): GasContext {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const timeZone = ss.getSpreadsheetTimeZone();
  const today = Utilities.formatDate(new Date(), timeZone, 'yyyy-MM-dd');
  return { ss, timeZone, today };
}

/** Settings from the «Настройки» sheet: one read, or none when the sheet does not exist. */
export function loadSettings(ctx: GasContext): Settings {
  const sheet = ctx.ss.getSheetByName(SETTINGS_SHEET);
  if (!sheet) return defaultSettings();
  return parseSettingsGrid(readGrid(sheet, ctx.timeZone)).settings;
}

/** The «Справочник организаций» sheet's entries, to expand abbreviations; none when there is no such sheet. */
export function loadDirectory(ctx: GasContext): DirectoryEntry[] {
  const sheet = ctx.ss.getSheetByName(DIRECTORY_SHEET);
  return sheet ? parseDirectoryGrid(readGrid(sheet, ctx.timeZone)).entries : [];
}
