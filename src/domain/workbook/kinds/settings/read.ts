/**
 * Settings from the «Настройки» sheet as users may have edited it. Decisions:
 * - An unknown label is reported and its row skipped.
 * - An empty value means "the default". A value that cannot be read is reported (sheet, row,
 *   column) and the default is kept; parsing never throws.
 * - When a parameter is given twice, the lower row wins (reported).
 * The directory is a sheet of its own (see ../directory).
 */
import { defaultSettings, SettingsSchema, type Settings } from '../../../core/settings';
import type { Cell, Diagnostic, Grid } from '../../../core/types';
import { cellString, diagnosticsOf, foldLabel, quoted } from '../../sheet-cells';
import { SETTINGS_CODES } from './codes';
import { findColumnsHeading, readColumnsBlock } from './columns-block';
import {
  isHeaderLike,
  matchSettingLabel,
  SETTING_ORDER,
  settingId,
  SETTINGS_HEADERS,
  SETTINGS_LABELS,
  SETTINGS_SHEET,
  settingsLayout,
  type LabelMatch,
  type SettingKey,
} from './labels';
import { isEmptyCell, readDays, readPercent, readPeriod, readReportDates, readSpreadsheetLink, type ValueResult } from './values';

const diagnostic = diagnosticsOf(SETTINGS_CODES);

function describeDefault(key: SettingKey, s: Settings): string {
  switch (key) {
    case 'defaultPeriod':
      return s.defaultPeriod ?? 'определять по листу';
    case 'auditH1':
      return `${s.auditTargets.h1}`;
    case 'auditH2':
      return `${s.auditTargets.h2}`;
    case 'reportDates':
      return s.reportDates.join('; ');
    case 'redOverduePercent':
      return `${s.zones.redOverduePercent}`;
    case 'unconfirmedDays':
      return `${s.zones.unconfirmedDays}`;
    case 'blockMaxAgeDays':
      return `${s.collection.blockMaxAgeDays}`;
    case 'registryLink':
      return s.registryLink ?? 'не указан, реестр ищется в этой таблице';
  }
}

/** What reading the rows gathers: the settings so far, the periods, the row each setting came from. */
interface Reading {
  sheetName: string;
  labelHeader: string;
  valueHeader: string;
  settings: Settings;
  periods: Record<string, string>;
  seen: Map<string, number>;
  diagnostics: Diagnostic[];
}

/** The label of a row: the setting it names, or null (reported when it is not empty) to skip the row. */
function rowSetting(rd: Reading, label: string, value: Cell, rowNumber: number, hasHeader: boolean): NonNullable<LabelMatch> | null {
  const at = { sheet: rd.sheetName, row: rowNumber, column: rd.labelHeader };
  if (label === '') {
    if (!isEmptyCell(value)) {
      rd.diagnostics.push(
        diagnostic('settings-unknown-parameter', at, 'label', `значение ${quoted(cellString(value))} без названия параметра; строка пропущена.`),
      );
    }
    return null;
  }
  if (!hasHeader && isHeaderLike(foldLabel(label))) return null;
  const match = matchSettingLabel(label);
  if (!match) {
    const known = `${SETTING_ORDER.map((k) => `«${SETTINGS_LABELS[k]}»`).join(', ')}, «Период листа «Имя листа»»`;
    rd.diagnostics.push(
      diagnostic('settings-unknown-parameter', at, 'label', `параметр ${quoted(label)} не распознан; строка пропущена. Параметры: ${known}.`),
    );
    return null;
  }
  const id = settingId(match);
  const previous = rd.seen.get(id);
  if (previous !== undefined) {
    rd.diagnostics.push(
      diagnostic(
        'settings-duplicate-parameter',
        at,
        'label',
        `параметр ${quoted(label)} уже указан в строке ${previous}; действует значение из строки ${rowNumber}.`,
      ),
    );
  }
  rd.seen.set(id, rowNumber);
  return match;
}

/** The value of a setting's row into the settings; an unreadable one is reported and the default kept. */
function readRowValue(rd: Reading, match: NonNullable<LabelMatch>, value: Cell, rowNumber: number): void {
  const invalid = (problem: string, fallback: string, code: 'settings-invalid-value' | 'settings-registry-link' = 'settings-invalid-value') =>
    rd.diagnostics.push(
      diagnostic(code, { sheet: rd.sheetName, row: rowNumber, column: rd.valueHeader }, 'value', `${problem}. Оставлено значение по умолчанию: ${fallback}.`),
    );
  if ('sheet' in match) {
    delete rd.periods[match.sheet];
    if (isEmptyCell(value)) return;
    const p = readPeriod(value);
    if (p.ok) rd.periods[match.sheet] = p.value;
    else invalid(p.problem, 'определять по листу');
    return;
  }
  const defaults = defaultSettings();
  const access = SETTING_ACCESS[match.key];
  if (isEmptyCell(value)) {
    access.set(rd.settings, access.get(defaults));
    return;
  }
  const p = access.read(value);
  if (p.ok) access.set(rd.settings, p.value);
  else {
    access.set(rd.settings, access.get(defaults));
    invalid(p.problem, describeDefault(match.key, defaults), access.code);
  }
}

/** Targets count cumulatively: the first half-year's cannot exceed the second's. */
function checkTargets(rd: Reading): void {
  const { h1, h2 } = rd.settings.auditTargets;
  if (h1 <= h2) return;
  const row = rd.seen.get('auditH1') ?? null;
  rd.diagnostics.push(
    diagnostic(
      'settings-invalid-value',
      { sheet: rd.sheetName, row, column: rd.valueHeader },
      'value',
      `цель 1-го полугодия (${h1}%) больше цели 2-го (${h2}%), а цели считаются нарастающим итогом. Проверьте значения.`,
    ),
  );
}

/**
 * Settings from the «Настройки» sheet as users may have edited it. Never throws: unreadable
 * values are reported and the defaults kept. The directory is not read here (see ../directory).
 */
export function parseSettingsGrid(grid: Grid, sheetName: string = SETTINGS_SHEET): { settings: Settings; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  try {
    const rows: Cell[][] = Array.isArray(grid) ? grid : [];
    const { header, labelCol, valueCol, start } = settingsLayout(rows);
    const rd: Reading = {
      sheetName,
      labelHeader: header?.headers.label ?? SETTINGS_HEADERS[0],
      valueHeader: header?.headers.value ?? SETTINGS_HEADERS[1],
      settings: defaultSettings(),
      periods: {},
      seen: new Map(),
      diagnostics,
    };
    // The block «Столбцы» runs from its heading to the end of the sheet; the parameters are above it.
    const heading = findColumnsHeading(rows, start, labelCol, valueCol);
    for (let r = start; r < (heading >= 0 ? heading : rows.length); r++) {
      const row = Array.isArray(rows[r]) ? rows[r] : [];
      const value = row[valueCol] ?? null;
      const match = rowSetting(rd, cellString(row[labelCol]), value, r + 1, header !== null);
      if (match) readRowValue(rd, match, value, r + 1);
    }
    rd.settings.periods = rd.periods;
    if (heading >= 0) {
      const block = readColumnsBlock(rows, heading, { labelCol, valueCol, sheetName });
      rd.settings.columns = block.entries;
      diagnostics.push(...block.diagnostics);
    }
    checkTargets(rd);
    // The schema is the contract: what we built must pass it (it always should).
    const checked = SettingsSchema.safeParse(rd.settings);
    return { settings: checked.success ? checked.data : defaultSettings(), diagnostics };
  } catch {
    return { settings: defaultSettings(), diagnostics };
  }
}

/** How each setting is read from its cell and where it lives in Settings. */
interface SettingAccess<T> {
  read(cell: Cell): ValueResult<T>;
  get(s: Settings): T | null;
  set(s: Settings, value: T | null): void;
  /** The finding when the value is unreadable (settings-invalid-value unless told). */
  code?: 'settings-registry-link';
}
const access = <T>(a: SettingAccess<T>): SettingAccess<unknown> => a as SettingAccess<unknown>;

const SETTING_ACCESS: Readonly<Record<SettingKey, SettingAccess<unknown>>> = {
  defaultPeriod: access<string>({ read: readPeriod, get: (s) => s.defaultPeriod, set: (s, v) => (s.defaultPeriod = v) }),
  auditH1: access<number>({ read: readPercent, get: (s) => s.auditTargets.h1, set: (s, v) => (s.auditTargets.h1 = v ?? 0) }),
  auditH2: access<number>({ read: readPercent, get: (s) => s.auditTargets.h2, set: (s, v) => (s.auditTargets.h2 = v ?? 0) }),
  reportDates: access<string[]>({ read: readReportDates, get: (s) => s.reportDates, set: (s, v) => (s.reportDates = v ?? []) }),
  redOverduePercent: access<number>({ read: readPercent, get: (s) => s.zones.redOverduePercent, set: (s, v) => (s.zones.redOverduePercent = v ?? 0) }),
  unconfirmedDays: access<number>({ read: readDays, get: (s) => s.zones.unconfirmedDays, set: (s, v) => (s.zones.unconfirmedDays = v ?? 0) }),
  blockMaxAgeDays: access<number>({ read: readDays, get: (s) => s.collection.blockMaxAgeDays, set: (s, v) => (s.collection.blockMaxAgeDays = v ?? 0) }),
  registryLink: access<string>({
    read: readSpreadsheetLink,
    get: (s) => s.registryLink,
    set: (s, v) => (s.registryLink = v),
    code: 'settings-registry-link',
  }),
};

/** Plan periods of sheets from the settings: each sheet's own row («Период листа «…»», names matched loosely), else the default. */
export function sheetPeriods(settings: Settings | null, names: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  if (!settings) return out;
  const byFolded = new Map(Object.entries(settings.periods).map(([k, v]) => [foldLabel(k), v]));
  for (const name of names) {
    const p = settings.periods[name] ?? byFolded.get(foldLabel(name)) ?? settings.defaultPeriod;
    if (p) out[name] = p;
  }
  return out;
}
