/**
 * The block «Столбцы» of «Настройки»: the user's word on which column holds which field, per sheet.
 *
 *   Столбцы
 *   Лист          | Заголовок столбца | Поле
 *   План 2022     | Содержание        | Мероприятие
 *                 | Примечание        | не читать        ← an empty sheet: every sheet
 *
 * The block starts at a row whose label is «Столбцы» (nothing in its value cell) and runs to the end
 * of the sheet, in the settings' own columns: the label column holds the sheet, the value column the
 * header (or the column's letter), the next column the field. The settings writer owns exactly these
 * cells of these rows.
 */
import type { Settings } from '../../../core/settings';
import type { Cell, ColumnOverride, Diagnostic, Grid } from '../../../core/types';
import { FIELD_NAMES_RU, IGNORE_COLUMN_RU, fieldFromText } from '../../../table/fields-ru';
import { cellString, diagnosticsOf, foldLabel, quoted } from '../../sheet-cells';
import { SETTINGS_CODES } from './codes';

export const COLUMNS_BLOCK_TITLE = 'Столбцы';
export const COLUMNS_BLOCK_HEADERS = ['Лист', 'Заголовок столбца', 'Поле'] as const;
/** What the sheet cell says for an override that holds on every sheet. */
export const EVERY_SHEET_RU = 'все листы';

export type ColumnEntry = Settings['columns'][number];

const diagnostic = diagnosticsOf(SETTINGS_CODES);
const EVERY_SHEET = new Set(['', 'все листы', 'все', 'любой лист', 'для всех листов', '*'].map(foldLabel));

/** The heading row of the block: «Столбцы» with an empty value cell. */
export function isColumnsHeading(label: Cell, value: Cell): boolean {
  return foldLabel(cellString(label)) === 'столбцы' && cellString(value) === '';
}

/** 0-based row of the block's heading at or after `start`, or -1. */
export function findColumnsHeading(rows: Grid, start: number, labelCol: number, valueCol: number): number {
  for (let r = start; r < rows.length; r++) {
    const row = Array.isArray(rows[r]) ? rows[r] : [];
    if (isColumnsHeading(row[labelCol] ?? null, row[valueCol] ?? null)) return r;
  }
  return -1;
}

function isBlockHeader(sheet: string, header: string): boolean {
  return foldLabel(sheet) === 'лист' && /^заголов/.test(foldLabel(header));
}

/** The entries of the block whose heading is at 0-based row `heading`; unreadable rows reported and skipped. */
export function readColumnsBlock(
  rows: Grid,
  heading: number,
  layout: { labelCol: number; valueCol: number; sheetName: string },
): { entries: ColumnEntry[]; diagnostics: Diagnostic[] } {
  const { labelCol, valueCol, sheetName } = layout;
  const fieldCol = Math.max(labelCol, valueCol) + 1;
  const entries: ColumnEntry[] = [];
  const diagnostics: Diagnostic[] = [];
  for (let r = heading + 1; r < rows.length; r++) {
    const row = Array.isArray(rows[r]) ? rows[r] : [];
    const sheet = cellString(row[labelCol]);
    const header = cellString(row[valueCol]);
    const fieldText = cellString(row[fieldCol]);
    if (sheet === '' && header === '' && fieldText === '') continue;
    if (isBlockHeader(sheet, header)) continue;
    const at = { sheet: sheetName, row: r + 1, column: COLUMNS_BLOCK_HEADERS[header === '' ? 1 : 2] };
    if (header === '') {
      diagnostics.push(diagnostic('settings-invalid-value', at, 'value', `в блоке «Столбцы» не указан заголовок столбца; строка пропущена.`));
      continue;
    }
    const field = fieldFromText(fieldText);
    if (field === undefined) {
      const known = `${Object.values(FIELD_NAMES_RU)
        .map((n) => `«${n}»`)
        .join(', ')} или «${IGNORE_COLUMN_RU}»`;
      diagnostics.push(
        diagnostic(
          'settings-invalid-value',
          at,
          'value',
          `поле ${quoted(fieldText || '(пусто)')} для столбца ${quoted(header)} не распознано; строка пропущена. Поля: ${known}.`,
        ),
      );
      continue;
    }
    entries.push({ sheet: EVERY_SHEET.has(foldLabel(sheet)) ? null : sheet, header, field });
  }
  return { entries, diagnostics };
}

/** The block's rows as the settings writer lays them out: heading, header, one row per entry (sheet, header, field). */
export function columnsBlockRows(entries: readonly ColumnEntry[]): Cell[][] {
  return [
    [COLUMNS_BLOCK_TITLE, null, null],
    [...COLUMNS_BLOCK_HEADERS],
    ...entries.map((e) => [e.sheet ?? EVERY_SHEET_RU, e.header, e.field === null ? IGNORE_COLUMN_RU : FIELD_NAMES_RU[e.field]]),
  ];
}

/** The overrides that hold on a sheet: its own entries (names matched loosely) and those for every sheet. */
export function sheetColumns(settings: Settings | null, sheetName: string): ColumnOverride[] {
  if (!settings || settings.columns.length === 0) return [];
  const name = foldLabel(sheetName);
  // Every sheet's entries first, so a sheet's own entry for the same column wins.
  const own = settings.columns.filter((e) => e.sheet !== null && foldLabel(e.sheet) === name);
  return [...settings.columns.filter((e) => e.sheet === null), ...own].map((e) => ({ header: e.header, field: e.field }));
}
