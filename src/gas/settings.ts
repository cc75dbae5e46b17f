/** «Настройки…»: a dialog over the «Настройки» sheet, validated on both sides with the same rules. */
import { SaveSettingsResultSchema, SettingsDialogDataSchema, SettingsFormSchema, type SaveSettingsResult, type SettingsDialogData } from '../domain/contracts';
import { DIRECTORY_SHEET, REGISTRY_SHEET, SETTINGS_SHEET, settingsToGrid } from '../domain/settings-sheet';
import { formToSettings, settingsToForm } from '../domain/settings-form';
import { normaliseTable } from '../domain/table';
import type { Cell } from '../domain/types';
import { gasContext, loadSettings, type GasContext } from './context';
import { GENERATED_KEY, withDocumentLock, writeBlock } from './safe-writer';

/** Rows of each sheet read to tell whether it holds a roadmap table (its header is near the top). */
const PROBE_ROWS = 40;
const NOT_ROADMAPS = new Set([SETTINGS_SHEET, DIRECTORY_SHEET, REGISTRY_SHEET]);

export function showSettingsDialog(): void {
  const html = HtmlService.createHtmlOutputFromFile('settings').setWidth(500).setHeight(580);
  SpreadsheetApp.getUi().showModalDialog(html, 'Настройки');
}

/** Sheets that look like roadmaps: a header row among their first rows. */
function roadmapSheets(ctx: GasContext): string[] {
  const out: string[] = [];
  for (const sheet of ctx.ss.getSheets()) {
    const name = sheet.getName();
    if (NOT_ROADMAPS.has(name)) continue;
    if (sheet.getDeveloperMetadata().some((m) => m.getKey() === GENERATED_KEY)) continue;
    const rows = Math.min(PROBE_ROWS, sheet.getLastRow());
    const cols = sheet.getLastColumn();
    if (rows === 0 || cols === 0) continue;
    const probe = sheet.getRange(1, 1, rows, cols).getValues() as Cell[][];
    if (normaliseTable(probe).headerRow !== null) out.push(name);
  }
  return out;
}

export function getSettingsDialogData(): SettingsDialogData {
  const ctx = gasContext();
  const sheets = roadmapSheets(ctx);
  return SettingsDialogDataSchema.parse({ form: settingsToForm(loadSettings(ctx), sheets), roadmapSheets: sheets });
}

export function saveSettingsForm(input: unknown): SaveSettingsResult {
  const parsed = SettingsFormSchema.safeParse(input);
  if (!parsed.success) {
    return SaveSettingsResultSchema.parse({ ok: false, errors: [{ field: 'form', message: 'Форма заполнена неверно: обновите окно и повторите.' }] });
  }
  const ctx = gasContext();
  const { settings, errors } = formToSettings(parsed.data, loadSettings(ctx));
  if (!settings) return SaveSettingsResultSchema.parse({ ok: false, errors });
  withDocumentLock(() => {
    const sheet = ctx.ss.getSheetByName(SETTINGS_SHEET) ?? ctx.ss.insertSheet(SETTINGS_SHEET);
    const grid = settingsToGrid(settings);
    const width = Math.max(...grid.map((r) => r.length));
    // Only the settings block is rewritten; rows of it left over from a longer version are emptied.
    const leftover = Math.max(0, sheet.getLastRow() - grid.length);
    const blank: Cell[][] = Array.from({ length: leftover }, () => Array.from({ length: width }, () => null));
    writeBlock(sheet, { row: 1, col: 1, values: [...grid, ...blank] });
  });
  return SaveSettingsResultSchema.parse({ ok: true, errors: [] });
}
