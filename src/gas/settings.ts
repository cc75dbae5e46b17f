/** «Настройки…»: a dialog over the «Настройки» sheet, validated on both sides with the same rules. */
import { SaveSettingsResultSchema, SettingsDialogDataSchema, SettingsFormSchema, type SaveSettingsResult, type SettingsDialogData } from '../contracts/schemas';
import { kindByName, kindOfSheet } from '../domain/workbook/kinds';
import { SETTINGS_SHEET, planSettingsWrite } from '../domain/workbook/kinds/settings';
import { formToSettings, settingsToForm } from '../contracts/settings-form';
import { normaliseTable } from '../domain/table';
import type { Cell } from '../domain/core/types';
import type { Settings } from '../domain/core/settings';
import { showPage } from './dialogs';
import { gasContext, loadSettings, type GasContext } from './context';
import { isGenerated, withDocumentLock, writeBlock } from './safe-writer';
import { readValuesAndFormulas } from './sheet-io';

/** Rows of each sheet read to tell whether it holds a roadmap table (its header is near the top). */
const PROBE_ROWS = 40;

export function showSettingsDialog(): void {
  showPage('settings');
}

/** Sheets that look like roadmaps (a header row among their first rows), and their tables' column headers. */
function roadmapSheets(ctx: GasContext): { names: string[]; headers: string[] } {
  const out: string[] = [];
  const headers = new Set<string>();
  for (const sheet of ctx.ss.getSheets()) {
    const name = sheet.getName();
    if (kindByName(name)) continue;
    if (isGenerated(sheet)) continue;
    const rows = Math.min(PROBE_ROWS, sheet.getLastRow());
    const cols = sheet.getLastColumn();
    if (rows === 0 || cols === 0) continue;
    const probe = sheet.getRange(1, 1, rows, cols).getValues() as Cell[][];
    if (kindOfSheet(name, probe) !== 'roadmap') continue;
    const table = normaliseTable(probe);
    if (table.headerRow === null) continue;
    out.push(name);
    for (const c of [...table.mapping, ...table.unknownColumns]) headers.add(c.header);
  }
  return { names: out, headers: [...headers] };
}

export function getSettingsDialogData(): SettingsDialogData {
  const ctx = gasContext();
  const { names, headers } = roadmapSheets(ctx);
  return SettingsDialogDataSchema.parse({ form: settingsToForm(loadSettings(ctx), names), roadmapSheets: names, headers });
}

/** A new sheet, without taking the user away from the sheet they are on (insertSheet activates the new one). */
function insertKeepingActive(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, name: string): GoogleAppsScript.Spreadsheet.Sheet {
  const active = ss.getActiveSheet();
  const sheet = ss.insertSheet(name);
  active.activate();
  return sheet;
}

export function saveSettingsForm(input: unknown): SaveSettingsResult {
  const parsed = SettingsFormSchema.safeParse(input);
  if (!parsed.success) {
    return SaveSettingsResultSchema.parse({ ok: false, errors: [{ field: 'form', message: 'Форма заполнена неверно: обновите окно и повторите.' }] });
  }
  const ctx = gasContext();
  const { settings, errors } = formToSettings(parsed.data, loadSettings(ctx));
  if (!settings) return SaveSettingsResultSchema.parse({ ok: false, errors });
  withDocumentLock(() => writeSettings(ctx, settings));
  return SaveSettingsResultSchema.parse({ ok: true, errors: [] });
}

/**
 * Writes settings into «Настройки» (made when missing, without leaving the user's sheet): only the
 * cells the settings own; a user's notes below or beside them stay. Call under the document lock.
 */
export function writeSettings(ctx: GasContext, settings: Settings): void {
  const sheet = ctx.ss.getSheetByName(SETTINGS_SHEET) ?? insertKeepingActive(ctx.ss, SETTINGS_SHEET);
  const { grid, formulas } = readValuesAndFormulas(sheet, ctx.timeZone);
  const plan = planSettingsWrite(grid, settings, formulas);
  if (plan.insertAfter !== null) sheet.insertRowsAfter(plan.insertAfter, plan.insertCount);
  for (const block of plan.blocks) writeBlock(sheet, block);
}
