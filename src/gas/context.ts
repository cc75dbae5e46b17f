/**
 * What every server function starts from: the active spreadsheet, its time zone, today's date
 * there, and the workbook's settings from the «Настройки» sheet (defaults when there is none).
 */
import { defaultSettings, type Settings } from '../domain/core/settings';
import { SETTINGS_SHEET, parseSettingsGrid } from '../domain/workbook/kinds/settings';
import type { Clock } from '../ports';
import { readGrid } from './sheet-io';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface GasContext {
  ss: Spreadsheet;
  timeZone: string;
  today: string;
}

/** The clock of a spreadsheet: «today» is the date on the wall where the spreadsheet lives (its time zone). */
export function spreadsheetClock(timeZone: string): Clock {
  return { today: () => Utilities.formatDate(new Date(), timeZone, 'yyyy-MM-dd') };
}

export function gasContext(): GasContext {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const timeZone = ss.getSpreadsheetTimeZone();
  return { ss, timeZone, today: spreadsheetClock(timeZone).today() };
}

/** Settings from the «Настройки» sheet: one read, or none when the sheet does not exist. */
export function loadSettings(ctx: GasContext): Settings {
  const sheet = ctx.ss.getSheetByName(SETTINGS_SHEET);
  if (!sheet) return defaultSettings();
  return parseSettingsGrid(readGrid(sheet, ctx.timeZone)).settings;
}
