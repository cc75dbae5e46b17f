/**
 * The registry the expertise sidebar offers schools from: this spreadsheet's «Реестр школ», else —
 * in a school's own spreadsheet, which has none — the coordinator's, through the «Настройки»
 * parameter «Реестр школ (ссылка на таблицу координатора)», opened by id (scope spreadsheets).
 *
 * Cost: the coordinator's spreadsheet is opened once and only its registry sheet is read (found by
 * name, else by kindOfSheet over its visible sheets): a constant number of calls whatever the
 * registry's size. Its sheet names are listed only when a school's link names a sheet.
 */
import type { SheetToCheck } from '../app/check';
import type { CoordinatorFile } from '../app/expertise-schools';
import { spreadsheetIdOf } from '../domain/parse/spreadsheet-link';
import { kindOfSheet } from '../domain/workbook/kinds';
import { parseRegistryGrid, REGISTRY_SHEET, type RegistryEntry } from '../domain/workbook/kinds/registry';
import { parseSettingsGrid, SETTINGS_LABELS, SETTINGS_SHEET } from '../domain/workbook/kinds/settings';
import { isGenerated } from './safe-writer';
import { readGrid } from './sheet-io';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The coordinator's spreadsheet, opened. */
export interface Coordinator extends CoordinatorFile {
  ss: Spreadsheet;
  timeZone: string;
}

export interface RegistryRead {
  entries: RegistryEntry[];
  /** Where the registry came from when it is not this spreadsheet's. */
  coordinator: Coordinator | null;
  /** Why the coordinator's registry could not be read (Russian), or null. */
  error: string | null;
}

const setting = (link: string) => `параметр «${SETTINGS_LABELS.registryLink}» на листе «${SETTINGS_SHEET}», ссылка «${link}»`;

/** The registry sheet of another spreadsheet: «Реестр школ» by name, else the first visible sheet that reads as one. */
function registrySheetOf(ss: Spreadsheet, timeZone: string): SheetToCheck | null {
  const named = ss.getSheetByName(REGISTRY_SHEET);
  if (named) {
    const grid = readGrid(named, timeZone);
    if (kindOfSheet(REGISTRY_SHEET, grid) === 'registry') return { name: named.getName(), grid };
  }
  for (const s of ss.getSheets()) {
    const name = s.getName();
    if (name === REGISTRY_SHEET || s.isSheetHidden() || isGenerated(s)) continue;
    const grid = readGrid(s, timeZone);
    if (kindOfSheet(name, grid) === 'registry') return { name, grid };
  }
  return null;
}

/** «Настройки» hidden from view (the visible sheets are read already): one more call when there is none. */
function hiddenSettings(ss: Spreadsheet): SheetToCheck | null {
  const sheet = ss.getSheetByName(SETTINGS_SHEET);
  return sheet && sheet.isSheetHidden() ? { name: sheet.getName(), grid: readGrid(sheet, ss.getSpreadsheetTimeZone()) } : null;
}

/** This spreadsheet's registry (among its sheets, read already), else the coordinator's one named in «Настройки». */
export function readRegistry(ss: Spreadsheet, own: readonly SheetToCheck[]): RegistryRead {
  const local = own.find((s) => kindOfSheet(s.name, s.grid) === 'registry');
  if (local) return { entries: parseRegistryGrid(local.grid, local.name).schools, coordinator: null, error: null };
  const settings = own.find((s) => kindOfSheet(s.name, s.grid) === 'settings') ?? hiddenSettings(ss);
  const link = settings ? parseSettingsGrid(settings.grid, settings.name).settings.registryLink : null;
  const id = spreadsheetIdOf(link);
  if (link === null || id === null) return { entries: [], coordinator: null, error: null };
  const none = (error: string): RegistryRead => ({ entries: [], coordinator: null, error });
  if (id === ss.getId())
    return none(`В этой таблице нет листа «${REGISTRY_SHEET}», а ${setting(link)} ведёт на эту же таблицу: укажите ссылку на таблицу координатора.`);
  let other: Spreadsheet;
  try {
    other = SpreadsheetApp.openById(id);
  } catch (e) {
    return none(
      `Не удалось открыть таблицу координатора с реестром школ (${setting(link)}): ${(e as Error).message}. Попросите координатора открыть вам доступ к таблице (достаточно просмотра) или проверьте ссылку.`,
    );
  }
  const timeZone = other.getSpreadsheetTimeZone();
  const sheet = registrySheetOf(other, timeZone);
  if (!sheet) return none(`В таблице координатора «${other.getName()}» нет листа «${REGISTRY_SHEET}» (${setting(link)}): проверьте ссылку.`);
  let names: string[] | null = null;
  const sheetNames = () => (names ??= other.getSheets().map((s) => s.getName()));
  return { entries: parseRegistryGrid(sheet.grid, sheet.name).schools, coordinator: { ss: other, id, timeZone, sheetNames }, error: null };
}
