/** The «Настройки» kind: plan periods, audit targets, report dates, zone thresholds. */
import { pluralRu } from '../../../core/text-ru';
import type { Settings } from '../../../core/settings';
import type { Grid } from '../../../core/types';
import type { ReferenceKind } from '../../kind';
import { cellString, foldLabel } from '../../sheet-cells';
import { SETTINGS_CODES } from './codes';
import { matchSettingLabel, SETTINGS_SHEET, settingsLayout } from './labels';
import { parseSettingsGrid } from './read';

export { SETTINGS_CODES } from './codes';
export * from './labels';
export * from './values';
export { parseSettingsGrid, sheetPeriods } from './read';
export { planSettingsWrite, settingsToGrid, type SettingsWritePlan } from './write';
export { COLUMNS_BLOCK_HEADERS, COLUMNS_BLOCK_TITLE, EVERY_SHEET_RU, sheetColumns, type ColumnEntry } from './columns-block';

/** A «Параметр | Значение» header with at least two settings the reader knows below it. */
function recognise(grid: Grid): boolean {
  const { header, labelCol, start } = settingsLayout(grid);
  if (!header) return false;
  let known = 0;
  for (let r = start; r < Math.min(grid.length, start + 40) && known < 2; r++) if (matchSettingLabel(cellString(grid[r]?.[labelCol]))) known++;
  return known >= 2;
}

export const settingsKind: ReferenceKind<Settings> = {
  id: 'settings',
  title: 'настройки',
  sheetName: SETTINGS_SHEET,
  matchesName: (name) => foldLabel(name) === foldLabel(SETTINGS_SHEET),
  recognise,
  read(grid, sheetName) {
    const parsed = parseSettingsGrid(grid, sheetName);
    const s = parsed.settings;
    const n = Object.keys(s.periods).length;
    const summary = [
      `период по умолчанию: ${s.defaultPeriod ?? 'определяется по листу'}`,
      `периоды заданы для ${pluralRu(n, 'листа', 'листов', 'листов')}`,
      `цели аудита ${s.auditTargets.h1}% / ${s.auditTargets.h2}%`,
      ...(s.columns.length > 0 ? [`столбцы заданы вручную: ${s.columns.length}`] : []),
      ...(s.registryLink ? ['реестр школ — в таблице координатора'] : []),
    ].join('; ');
    return { value: s, summary, diagnostics: parsed.diagnostics };
  },
  codes: SETTINGS_CODES,
};
