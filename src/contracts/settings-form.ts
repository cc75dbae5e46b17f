/**
 * The «Настройки…» dialog's form ↔ Settings. The same validation runs in the page (as the user
 * types) and on the server (before anything is written), with the same Russian messages.
 * Field names: defaultPeriod, periods.<i>, auditH1, auditH2, reportDates.<i>, redOverduePercent,
 * unconfirmedDays, blockMaxAgeDays, registryLink, columns.<i>.
 */
import type { SettingsForm } from './schemas';
import { parsePeriod } from '../domain/parse/period';
import { spreadsheetIdOf } from '../domain/parse/spreadsheet-link';
import type { Settings } from '../domain/core/settings';
import { ALL_FIELDS, type Field } from '../domain/core/types';
import { FIELD_NAMES_RU, IGNORE_COLUMN_RU } from '../domain/table/fields-ru';

/** The form's word for a column left unread. */
export const IGNORE_FIELD = 'ignore';

/** What a column may hold, as the forms offer it (value, Russian label): every field, then «не читать». */
export const FIELD_CHOICES: readonly (readonly [string, string])[] = [
  ...ALL_FIELDS.map((f) => [f, FIELD_NAMES_RU[f]] as const),
  [IGNORE_FIELD, IGNORE_COLUMN_RU],
];

/** A form's field value as the field it names (null: «не читать»), or undefined when it names none. */
export function fieldOfChoice(value: string): Field | null | undefined {
  if (value === IGNORE_FIELD) return null;
  return (ALL_FIELDS as readonly string[]).includes(value) ? (value as Field) : undefined;
}

export interface FieldError {
  field: string;
  message: string;
}

export function settingsToForm(settings: Settings, roadmapSheets: string[]): SettingsForm {
  const sheets = [...new Set([...roadmapSheets, ...Object.keys(settings.periods)])];
  return {
    defaultPeriod: settings.defaultPeriod ?? '',
    periods: sheets.map((sheet) => ({ sheet, period: settings.periods[sheet] ?? '' })),
    auditH1: settings.auditTargets.h1,
    auditH2: settings.auditTargets.h2,
    reportDates: [...settings.reportDates],
    redOverduePercent: settings.zones.redOverduePercent,
    unconfirmedDays: settings.zones.unconfirmedDays,
    blockMaxAgeDays: settings.collection.blockMaxAgeDays,
    registryLink: settings.registryLink ?? '',
    columns: settings.columns.map((c) => ({ sheet: c.sheet ?? '', header: c.header, field: c.field ?? IGNORE_FIELD })),
  };
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function validDayMonth(text: string): boolean {
  const m = /^(\d{2})\.(\d{2})$/.exec(text.trim());
  if (!m) return false;
  const d = Number(m[1]);
  const mo = Number(m[2]);
  return mo >= 1 && mo <= 12 && d >= 1 && d <= DAYS_IN_MONTH[mo - 1];
}

/** A number of days: a whole number from 0 to 365. */
function validDays(value: number): boolean {
  return Number.isInteger(value) && value >= 0 && value <= 365;
}

/** The coordinator's spreadsheet link: empty, a Google Sheets link or a bare id. */
function registryLinkError(text: string): string | null {
  const t = text.trim();
  return t === '' || spreadsheetIdOf(t) !== null
    ? null
    : 'Это не ссылка на Google Таблицу: скопируйте адрес таблицы координатора (https://docs.google.com/spreadsheets/d/…) или оставьте поле пустым.';
}

function percentError(value: number, what: string): string | null {
  if (!Number.isFinite(value)) return `${what}: введите число.`;
  if (value < 0 || value > 100) return `${what}: нужно число от 0 до 100.`;
  return null;
}

/** Validates the form; on success returns the settings it describes (directory kept from `base`). */
export function formToSettings(form: SettingsForm, base: Settings): { settings: Settings | null; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const err = (field: string, message: string | null) => {
    if (message) errors.push({ field, message });
  };
  const periodError = (text: string): string | null =>
    text.trim() === '' || parsePeriod(text.trim()) ? null : `Период «${text.trim()}» не распознан. Пример: 2022, 2021/2022 или 2021-2024.`;

  err('defaultPeriod', periodError(form.defaultPeriod));
  form.periods.forEach((p, i) => err(`periods.${i}`, periodError(p.period)));
  err('auditH1', percentError(form.auditH1, 'Цель 1-го полугодия'));
  err('auditH2', percentError(form.auditH2, 'Цель 2-го полугодия'));
  if (Number.isFinite(form.auditH1) && Number.isFinite(form.auditH2) && form.auditH1 > form.auditH2) {
    err('auditH2', 'Цель 2-го полугодия не может быть меньше цели 1-го: цели накопительные.');
  }
  if (form.reportDates.length === 0) err('reportDates', 'Укажите хотя бы одну дату отчёта.');
  form.reportDates.forEach((d, i) => err(`reportDates.${i}`, validDayMonth(d) ? null : `«${d}» — не дата ДД.ММ (например, 21.01).`));
  err('redOverduePercent', percentError(form.redOverduePercent, 'Порог красной зоны'));
  if (!validDays(form.unconfirmedDays)) err('unconfirmedDays', 'Число дней: целое от 0 до 365.');
  if (!validDays(form.blockMaxAgeDays)) err('blockMaxAgeDays', 'Число дней: целое от 0 до 365.');
  err('registryLink', registryLinkError(form.registryLink));
  form.columns.forEach((c, i) => {
    if (c.header.trim() === '') err(`columns.${i}`, 'Укажите заголовок столбца (как в таблице) или его букву.');
    else if (fieldOfChoice(c.field) === undefined) err(`columns.${i}`, 'Выберите, что содержит столбец.');
  });
  if (errors.length > 0) return { settings: null, errors };

  const periods: Record<string, string> = {};
  for (const p of form.periods) if (p.period.trim()) periods[p.sheet] = p.period.trim();
  return {
    settings: {
      ...base,
      periods,
      defaultPeriod: form.defaultPeriod.trim() || null,
      auditTargets: { h1: form.auditH1, h2: form.auditH2 },
      reportDates: form.reportDates.map((d) => d.trim()),
      zones: { redOverduePercent: form.redOverduePercent, unconfirmedDays: form.unconfirmedDays },
      collection: { blockMaxAgeDays: form.blockMaxAgeDays },
      registryLink: form.registryLink.trim() || null,
      columns: form.columns.map((c) => ({
        sheet: c.sheet.trim() === '' ? null : c.sheet.trim(),
        header: c.header.trim(),
        field: fieldOfChoice(c.field) ?? null,
      })),
    },
    errors,
  };
}
