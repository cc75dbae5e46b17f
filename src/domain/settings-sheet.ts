/**
 * The «Настройки» and «Справочник организаций» sheets: reading them as users may have edited
 * them, and writing them back. Pure: the Sheets adapter and the command line hand over grids.
 *
 * «Настройки» is a key/value sheet: Параметр | Значение | Пояснение, one setting a row, plus one
 * row «Период листа «Имя листа»» per roadmap sheet. Decisions:
 * - Labels are matched loosely (case, ё, spaces, quotes, «%» and punctuation ignored; key words
 *   rather than the exact wording), so a re-typed label still works. An unknown label is reported
 *   and its row skipped.
 * - An empty value means "the default". A value that cannot be read is reported (sheet, row,
 *   column) and the default is kept; parsing never throws.
 * - Percentages are read from numbers (40, 40.5) and texts («40», «40%», «40,5 %»). A fractional
 *   number between 0 and 1 is a share typed as «40%» into a cell Sheets formatted as percent
 *   (0.4 → 40); the whole number 1 stays 1 %.
 * - Report dates: «21.01; 13.07» (also «,» or line breaks between, «21 января», date cells).
 * - When a parameter is given twice, the lower row wins (reported).
 * - The directory is a sheet of its own (Сокращение | Полное название | Тип); its types are shown
 *   in Russian and stored as the codes KNOWN_BODIES uses.
 */
import { floatingDateRu } from './text-ru';
import type { CodeInfo } from './checks/codes';
import { parsePeriod } from './period';
import { defaultSettings, SettingsSchema, type Settings } from './settings';
import { lowerYo, monthFromWord, normaliseSpaces, stripHtml } from './text';
import type { Cell, Diagnostic, Grid, Severity } from './types';

export const SETTINGS_SHEET = 'Настройки';
export const DIRECTORY_SHEET = 'Справочник организаций';
export const REGISTRY_SHEET = 'Реестр школ';

/** Codes of the findings about the settings, directory and registry sheets. */
export const SHEET_DIAGNOSTIC_CODES = {
  'settings-unknown-parameter': { severity: 'warning', meaning: 'В «Настройках» параметр, который не удалось распознать; строка пропущена' },
  'settings-invalid-value': { severity: 'warning', meaning: 'Значение в «Настройках» не читается или вне допустимых пределов; оставлено значение по умолчанию' },
  'settings-duplicate-parameter': { severity: 'warning', meaning: 'Параметр указан в «Настройках» несколько раз; действует нижняя строка' },
  'directory-incomplete-row': { severity: 'warning', meaning: 'В «Справочнике организаций» строка без сокращения или без полного названия; пропущена' },
  'directory-duplicate': { severity: 'warning', meaning: 'Сокращение повторяется в «Справочнике организаций»; действует первая строка' },
  'registry-no-header': { severity: 'warning', meaning: 'На листе реестра школ не найдена строка заголовка («Школа», «Школа-куратор»…)' },
  'registry-no-school': { severity: 'warning', meaning: 'Строка реестра без названия школы; пропущена' },
  'registry-duplicate-school': { severity: 'warning', meaning: 'Школа записана в реестре дважды; действует первая строка' },
} as const satisfies Record<string, CodeInfo>;

export type SheetDiagnosticCode = keyof typeof SHEET_DIAGNOSTIC_CODES;

// ---------------------------------------------------------------------------------------------
// Helpers shared with the registry.

/** Label form for matching: lower case, ё→е, quotes, «%» and punctuation dropped, single spaces. */
export function foldLabel(text: string): string {
  return normaliseSpaces(
    lowerYo(stripHtml(String(text ?? '')))
      .replace(/[«»"“”„'‘’`]/g, '')
      .replace(/[%:;,.!?()[\]{}/\\|*_+=<>-]/g, ' '),
  );
}

/** A cell as one line of text ('' for empty); dates as ДД.ММ.ГГГГ, numbers as written by JS. */
export function cellString(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return floatingDateRu(cell);
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  if (typeof cell === 'boolean') return cell ? 'ИСТИНА' : 'ЛОЖЬ';
  return normaliseSpaces(stripHtml(String(cell)));
}

export function sheetDiagnostic(code: SheetDiagnosticCode, row: number | null, field: string | null, message: string): Diagnostic {
  const severity: Severity = SHEET_DIAGNOSTIC_CODES[code].severity;
  return { code, severity, row, field, message };
}

/** «Лист «Настройки», строка 4, столбец «Значение»» */
export function where(sheet: string, row: number | null, column: string | null): string {
  const parts = [`Лист «${sheet}»`];
  if (row !== null) parts.push(`строка ${row}`);
  if (column) parts.push(`столбец «${column}»`);
  return parts.join(', ');
}

function quoted(text: string, max = 60): string {
  const one = normaliseSpaces(text);
  return `«${one.length > max ? one.slice(0, max - 1) + '…' : one}»`;
}

export interface HeaderMatch<K extends string> {
  /** 0-based row of the header. */
  row: number;
  /** Key → 0-based column. */
  columns: Partial<Record<K, number>>;
  /** Key → header as written. */
  headers: Partial<Record<K, string>>;
}

/**
 * The first row among the first `scan` rows where `classify` names at least `min` different keys
 * (each key taken by the leftmost column naming it); null when there is none.
 */
export function findHeaderRow<K extends string>(
  grid: Grid,
  classify: (folded: string) => K | null,
  min: number,
  required: K[] = [],
  scan = 15,
): HeaderMatch<K> | null {
  const rows = Math.min(Array.isArray(grid) ? grid.length : 0, scan);
  for (let r = 0; r < rows; r++) {
    const row = Array.isArray(grid[r]) ? grid[r] : [];
    const columns: Partial<Record<K, number>> = {};
    const headers: Partial<Record<K, string>> = {};
    let count = 0;
    row.forEach((cell, c) => {
      if (typeof cell !== 'string') return;
      const text = cellString(cell);
      if (text === '' || text.length > 120) return;
      const key = classify(foldLabel(text));
      if (key === null || columns[key] !== undefined) return;
      columns[key] = c;
      headers[key] = text;
      count++;
    });
    if (count >= min && required.every((k) => columns[k] !== undefined)) return { row: r, columns, headers };
  }
  return null;
}

/** The kind of a sheet this module (or the registry) reads, by its name; null for other sheets. */
export function referenceSheetKind(name: string): 'settings' | 'directory' | 'registry' | null {
  const f = foldLabel(name);
  if (f === foldLabel(SETTINGS_SHEET)) return 'settings';
  if (f === foldLabel(DIRECTORY_SHEET) || f === 'справочник' || f === 'справочник сокращений') return 'directory';
  if (f === foldLabel(REGISTRY_SHEET) || f === 'реестр') return 'registry';
  return null;
}

// ---------------------------------------------------------------------------------------------
// «Настройки»

export const SETTINGS_HEADERS = ['Параметр', 'Значение', 'Пояснение'] as const;

export type SettingKey = 'defaultPeriod' | 'auditH1' | 'auditH2' | 'reportDates' | 'redOverduePercent' | 'unconfirmedDays';

/** Labels as the sheet shows them. */
export const SETTINGS_LABELS: Readonly<Record<SettingKey, string>> = {
  defaultPeriod: 'Период по умолчанию',
  auditH1: 'Цель аудита: 1-е полугодие, %',
  auditH2: 'Цель аудита: 2-е полугодие, %',
  reportDates: 'Сроки полугодовых отчётов (ДД.ММ через «;»)',
  redOverduePercent: 'Красная зона: доля просроченных, %',
  unconfirmedDays: 'Дней до напоминания куратору',
};

export const SETTINGS_HELP: Readonly<Record<SettingKey, string>> = {
  defaultPeriod:
    'Период плана для листов, которым он не задан ниже: 2022 (календарный год), 2021/2022 (учебный год, сентябрь – август) или 2021-2024 (несколько лет). Пусто — период определяется по заголовку листа или по годам в сроках.',
  auditH1: 'Какая доля мероприятий плана (нарастающим итогом) должна быть выполнена к концу 1-го полугодия, от 0 до 100.',
  auditH2: 'Какая доля мероприятий плана (нарастающим итогом) должна быть выполнена к концу 2-го полугодия, от 0 до 100.',
  reportDates: 'Когда сдаются полугодовые отчёты: даты ДД.ММ через точку с запятой, например 21.01; 13.07.',
  redOverduePercent: 'Школа попадает в красную зону, если просрочено не меньше этой доли мероприятий, срок которых уже наступил, от 0 до 100.',
  unconfirmedDays: 'Через сколько дней выполненное, но не подтверждённое куратором мероприятие требует внимания, от 0 до 365.',
};

export const SETTING_ORDER: SettingKey[] = ['defaultPeriod', 'auditH1', 'auditH2', 'reportDates', 'redOverduePercent', 'unconfirmedDays'];

/** «Период листа «План 2022»» */
export function sheetPeriodLabel(sheet: string): string {
  return `Период листа «${sheet}»`;
}

export function sheetPeriodHelp(sheet: string): string {
  return `Период плана на листе «${sheet}»: 2022, 2021/2022 или 2021-2024. Пусто — как «Период по умолчанию».`;
}

export type LabelMatch = { key: SettingKey } | { sheet: string } | null;

const SHEET_PERIOD_RE = /^период\s+(?:плана\s+)?(?:для\s+)?листа?(?:\s*[:–—-]\s*|\s+|(?=[«"“„']))(.+)$/iu;

/** The sheet name in «Период листа «Имя»»: the outer quotes go, inner ones stay. */
function sheetOfLabel(label: string): string | null {
  const m = SHEET_PERIOD_RE.exec(normaliseSpaces(label));
  if (!m) return null;
  let name = m[1].trim();
  const pairs: [string, string][] = [
    ['«', '»'],
    ['"', '"'],
    ['“', '”'],
    ['„', '“'],
    ["'", "'"],
  ];
  for (const [open, close] of pairs) {
    if (name.length >= 2 && name.startsWith(open) && name.endsWith(close)) {
      name = name.slice(open.length, name.length - close.length).trim();
      break;
    }
  }
  return name === '' ? null : name;
}

/** What a label names: a setting, the period of a sheet, or nothing. */
export function matchSettingLabel(label: string): LabelMatch {
  const raw = normaliseSpaces(String(label ?? ''));
  if (raw === '') return null;
  const f = foldLabel(raw);
  if (/^период(?: плана)?(?: для)? лист/.test(f)) {
    const sheet = sheetOfLabel(raw);
    return sheet ? { sheet } : null;
  }
  const has = (re: RegExp) => re.test(f);
  if (has(/период/) && has(/умолч|по умолчанию|общий|для всех|остальн/)) return { key: 'defaultPeriod' };
  if (f === 'период' || f === 'период плана') return { key: 'defaultPeriod' };
  if (has(/аудит|цел|норматив|план выполнен|доля выполнен/) && has(/полугод|полуг/)) {
    if (has(/(?:^| )(?:1|1 е|1е|i|перв\p{L}*)(?: |$)/u)) return { key: 'auditH1' };
    if (has(/(?:^| )(?:2|2 е|2е|ii|втор\p{L}*)(?: |$)/u)) return { key: 'auditH2' };
  }
  if (has(/отчет/) && has(/срок|дат|когда|полугод/)) return { key: 'reportDates' };
  if (has(/красн/) || (has(/просроч/) && has(/дол|процент|порог|зон/))) return { key: 'redOverduePercent' };
  if (has(/дн(?:ей|я|и)|сут/) && has(/напомин|куратор|подтвержд/)) return { key: 'unconfirmedDays' };
  if (has(/напомин/)) return { key: 'unconfirmedDays' };
  return null;
}

type ValueResult<T> = { ok: true; value: T } | { ok: false; problem: string };

const isEmptyCell = (cell: Cell | undefined) => cell === null || cell === undefined || (typeof cell === 'string' && normaliseSpaces(cell) === '');

function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

/** 0–100 from 40, 40.5, 0.4 (a percent-formatted cell), «40», «40%», «40,5 %». */
export function readPercent(cell: Cell): ValueResult<number> {
  let n: number | null = null;
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return { ok: false, problem: 'ожидается число от 0 до 100' };
    n = cell > 0 && cell < 1 && !Number.isInteger(cell) ? round(cell * 100) : cell;
  } else if (typeof cell === 'string') {
    const m = /^\s*(-?\d+(?:[.,]\d+)?)\s*%?\s*$/.exec(cell.replace(/\u00a0/g, ' '));
    if (m) n = Number(m[1].replace(',', '.'));
  }
  if (n === null || !Number.isFinite(n)) return { ok: false, problem: `${quoted(cellString(cell))} — не число; ожидается число от 0 до 100, например 40 или 40%` };
  if (n < 0 || n > 100) return { ok: false, problem: `${quoted(cellString(cell))} вне пределов 0–100` };
  return { ok: true, value: n };
}

/** Whole days 0–365 from 14, «14», «14 дней». */
export function readDays(cell: Cell): ValueResult<number> {
  let n: number | null = null;
  if (typeof cell === 'number' && Number.isFinite(cell)) n = cell;
  else if (typeof cell === 'string') {
    const m = /^\s*(\d+(?:[.,]\d+)?)\s*(?:дн\p{L}*\.?|д\.?|сут\p{L}*\.?)?\s*$/iu.exec(cell);
    if (m) n = Number(m[1].replace(',', '.'));
  }
  if (n === null) return { ok: false, problem: `${quoted(cellString(cell))} — не число дней; ожидается целое число от 0 до 365, например 14` };
  if (!Number.isInteger(n) || n < 0 || n > 365) return { ok: false, problem: `${quoted(cellString(cell))}: ожидается целое число дней от 0 до 365` };
  return { ok: true, value: n };
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function dayMonth(day: number, month: number): string | null {
  if (!Number.isInteger(day) || !Number.isInteger(month) || month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month - 1]) return null;
  return `${String(day).padStart(2, '0')}.${String(month).padStart(2, '0')}`;
}

/** ДД.ММ dates from «21.01; 13.07», «21.01, 13.07», «21 января», a date cell. */
export function readReportDates(cell: Cell): ValueResult<string[]> {
  if (cell instanceof Date) {
    const d = Number.isNaN(cell.getTime()) ? null : dayMonth(cell.getUTCDate(), cell.getUTCMonth() + 1);
    return d ? { ok: true, value: [d] } : { ok: false, problem: 'дата не читается' };
  }
  const text = typeof cell === 'number' ? String(cell) : String(cell ?? '');
  const parts = text
    .split(/[;\n]|,(?!\d)|\s+и\s+/u)
    .map((p) => normaliseSpaces(p))
    .filter((p) => p !== '');
  const out: string[] = [];
  const bad: string[] = [];
  for (const p of parts) {
    let d: string | null = null;
    let m = /^(\d{1,2})\s*[./]\s*(\d{1,2})(?:\s*[./]\s*\d{2,4})?\.?$/.exec(p);
    if (m) d = dayMonth(Number(m[1]), Number(m[2]));
    else if ((m = /^(\d{1,2})\s+(\p{L}+\.?)$/u.exec(p))) {
      const month = monthFromWord(m[2]);
      d = month === null ? null : dayMonth(Number(m[1]), month);
    }
    if (d) {
      if (!out.includes(d)) out.push(d);
    } else bad.push(p);
  }
  if (bad.length > 0) return { ok: false, problem: `${bad.map((b) => quoted(b, 30)).join(', ')} — не дата ДД.ММ; пример: 21.01; 13.07` };
  if (out.length === 0) return { ok: false, problem: 'не указано ни одной даты ДД.ММ; пример: 21.01; 13.07' };
  return { ok: true, value: out };
}

/** A plan period («2022», «2021/2022», «2021-2024», «на 2022 год») as its normal label. */
export function readPeriod(cell: Cell): ValueResult<string> {
  if (typeof cell === 'number' && Number.isInteger(cell)) {
    const p = parsePeriod(String(cell));
    if (p) return { ok: true, value: p.label };
  }
  if (typeof cell === 'string') {
    const p = parsePeriod(cell);
    if (p) return { ok: true, value: p.label };
  }
  return { ok: false, problem: `${quoted(cellString(cell))} — не период; ожидается 2022, 2021/2022 или 2021-2024` };
}

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
  }
}

function isHeaderLike(f: string): boolean {
  return /^(?:параметр|настройк\p{L}*|наименование|название|показатель)$/u.test(f);
}

/** Where the settings are on the sheet: the header (when there is one) and the label and value columns. */
export function settingsLayout(rows: Grid): { header: HeaderMatch<'label' | 'value'> | null; labelCol: number; valueCol: number; start: number } {
  const header = findHeaderRow<'label' | 'value'>(
    rows,
    (f) => (isHeaderLike(f) ? 'label' : /^значени\p{L}*$/u.test(f) ? 'value' : null),
    2,
    ['label', 'value'],
  );
  return { header, labelCol: header?.columns.label ?? 0, valueCol: header?.columns.value ?? 1, start: header ? header.row + 1 : 0 };
}

/** One identity per setting: its key, or «sheet:Имя» for a sheet's period. */
export function settingId(match: NonNullable<LabelMatch>): string {
  return 'key' in match ? match.key : `sheet:${match.sheet}`;
}

/**
 * Settings from the «Настройки» sheet as users may have edited it. Never throws: unreadable
 * values are reported and the defaults kept. The directory is not read here (see parseDirectoryGrid).
 */
export function parseSettingsGrid(grid: Grid, sheetName: string = SETTINGS_SHEET): { settings: Settings; diagnostics: Diagnostic[] } {
  const settings = defaultSettings();
  const diagnostics: Diagnostic[] = [];
  try {
    const rows: Cell[][] = Array.isArray(grid) ? grid : [];
    const { header, labelCol, valueCol, start } = settingsLayout(rows);
    const valueHeader = header?.headers.value ?? SETTINGS_HEADERS[1];
    const labelHeader = header?.headers.label ?? SETTINGS_HEADERS[0];
    const seen = new Map<string, number>();
    const periods: Record<string, string> = {};

    for (let r = start; r < rows.length; r++) {
      const row = Array.isArray(rows[r]) ? rows[r] : [];
      const rowNumber = r + 1;
      const label = cellString(row[labelCol]);
      const value = row[valueCol] ?? null;
      if (label === '') {
        if (!isEmptyCell(value)) {
          diagnostics.push(
            sheetDiagnostic('settings-unknown-parameter', rowNumber, 'label', `${where(sheetName, rowNumber, labelHeader)}: значение ${quoted(cellString(value))} без названия параметра; строка пропущена.`),
          );
        }
        continue;
      }
      if (!header && isHeaderLike(foldLabel(label))) continue;
      const match = matchSettingLabel(label);
      if (!match) {
        diagnostics.push(
          sheetDiagnostic(
            'settings-unknown-parameter',
            rowNumber,
            'label',
            `${where(sheetName, rowNumber, labelHeader)}: параметр ${quoted(label)} не распознан; строка пропущена. Параметры: ${SETTING_ORDER.map((k) => `«${SETTINGS_LABELS[k]}»`).join(', ')}, «Период листа «Имя листа»».`,
          ),
        );
        continue;
      }
      const id = settingId(match);
      const previous = seen.get(id);
      if (previous !== undefined) {
        diagnostics.push(
          sheetDiagnostic(
            'settings-duplicate-parameter',
            rowNumber,
            'label',
            `${where(sheetName, rowNumber, labelHeader)}: параметр ${quoted(label)} уже указан в строке ${previous}; действует значение из строки ${rowNumber}.`,
          ),
        );
      }
      seen.set(id, rowNumber);

      const invalid = (problem: string, fallback: string) =>
        diagnostics.push(
          sheetDiagnostic('settings-invalid-value', rowNumber, 'value', `${where(sheetName, rowNumber, valueHeader)}: ${problem}. Оставлено значение по умолчанию: ${fallback}.`),
        );

      if ('sheet' in match) {
        if (isEmptyCell(value)) {
          delete periods[match.sheet];
          continue;
        }
        const p = readPeriod(value);
        if (p.ok) periods[match.sheet] = p.value;
        else {
          delete periods[match.sheet];
          invalid(p.problem, 'определять по листу');
        }
        continue;
      }
      const key = match.key;
      const defaults = defaultSettings();
      const access = SETTING_ACCESS[key];
      if (isEmptyCell(value)) {
        access.set(settings, access.get(defaults));
        continue;
      }
      const p = access.read(value);
      if (p.ok) access.set(settings, p.value);
      else {
        access.set(settings, access.get(defaults));
        invalid(p.problem, describeDefault(key, defaults));
      }
    }
    settings.periods = periods;
    if (settings.auditTargets.h1 > settings.auditTargets.h2) {
      const row = seen.get('auditH1') ?? null;
      diagnostics.push(
        sheetDiagnostic(
          'settings-invalid-value',
          row,
          'value',
          `${where(sheetName, row, valueHeader)}: цель 1-го полугодия (${settings.auditTargets.h1}%) больше цели 2-го (${settings.auditTargets.h2}%), а цели считаются нарастающим итогом. Проверьте значения.`,
        ),
      );
    }
    // The schema is the contract: what we built must pass it (it always should).
    const checked = SettingsSchema.safeParse(settings);
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
}
const access = <T>(a: SettingAccess<T>): SettingAccess<unknown> => a as SettingAccess<unknown>;

const SETTING_ACCESS: Readonly<Record<SettingKey, SettingAccess<unknown>>> = {
  defaultPeriod: access<string>({ read: readPeriod, get: (s) => s.defaultPeriod, set: (s, v) => (s.defaultPeriod = v) }),
  auditH1: access<number>({ read: readPercent, get: (s) => s.auditTargets.h1, set: (s, v) => (s.auditTargets.h1 = v ?? 0) }),
  auditH2: access<number>({ read: readPercent, get: (s) => s.auditTargets.h2, set: (s, v) => (s.auditTargets.h2 = v ?? 0) }),
  reportDates: access<string[]>({ read: readReportDates, get: (s) => s.reportDates, set: (s, v) => (s.reportDates = v ?? []) }),
  redOverduePercent: access<number>({ read: readPercent, get: (s) => s.zones.redOverduePercent, set: (s, v) => (s.zones.redOverduePercent = v ?? 0) }),
  unconfirmedDays: access<number>({ read: readDays, get: (s) => s.zones.unconfirmedDays, set: (s, v) => (s.zones.unconfirmedDays = v ?? 0) }),
};

/**
 * The «Настройки» sheet for these settings: the header, one row per setting, one row per sheet
 * in `settings.periods` and per extra roadmap sheet in `opts.sheets` (with an empty period).
 * parseSettingsGrid(settingsToGrid(s)).settings equals s without its directory.
 */
export function settingsToGrid(settings: Settings, opts: { sheets?: string[] } = {}): Cell[][] {
  const s = SettingsSchema.parse(settings);
  const values: Record<SettingKey, Cell> = {
    defaultPeriod: s.defaultPeriod ?? null,
    auditH1: s.auditTargets.h1,
    auditH2: s.auditTargets.h2,
    reportDates: s.reportDates.length > 0 ? s.reportDates.join('; ') : null,
    redOverduePercent: s.zones.redOverduePercent,
    unconfirmedDays: s.zones.unconfirmedDays,
  };
  const rows: Cell[][] = [[...SETTINGS_HEADERS]];
  for (const key of SETTING_ORDER) rows.push([SETTINGS_LABELS[key], values[key], SETTINGS_HELP[key]]);
  const sheets = [...Object.keys(s.periods)];
  for (const name of opts.sheets ?? []) if (!sheets.includes(name)) sheets.push(name);
  for (const name of sheets) rows.push([sheetPeriodLabel(name), s.periods[name] ?? null, sheetPeriodHelp(name)]);
  return rows;
}

// ---------------------------------------------------------------------------------------------
// «Справочник организаций»

export const DIRECTORY_HEADERS = ['Сокращение', 'Полное название', 'Тип'] as const;

/** Type codes (as in KNOWN_BODIES) and how the sheet shows them. */
export const DIRECTORY_TYPES: Readonly<Record<string, string>> = {
  school: 'школа',
  authority: 'орган управления образованием',
  methodical: 'методическая служба',
  'municipal-centre': 'муниципальный центр',
  regional: 'региональная организация',
  federal: 'федеральная организация',
  association: 'объединение педагогов',
};

/** Russian type labels for the drop-down of the «Тип» column. */
export const DIRECTORY_TYPE_LABELS: readonly string[] = Object.values(DIRECTORY_TYPES);

/** «методическая служба» → "methodical"; a code stays a code; other text is kept as written. */
export function directoryTypeCode(text: string): string | undefined {
  const t = normaliseSpaces(String(text ?? ''));
  if (t === '') return undefined;
  const f = foldLabel(t);
  for (const [code, label] of Object.entries(DIRECTORY_TYPES)) {
    if (f === foldLabel(label) || f === foldLabel(code) || t === code) return code;
  }
  return t;
}

export interface DirectoryEntry {
  abbr: string;
  full: string;
  type?: string;
}

export type DirectoryKey = 'abbr' | 'full' | 'type';

export function classifyDirectoryHeader(f: string): DirectoryKey | null {
  if (/^(?:сокращени\p{L}*|аббревиатур\p{L}*|сокр|краткое(?: название| наименование)?)$/u.test(f)) return 'abbr';
  if (/^(?:полное (?:название|наименование)|расшифровк\p{L}*|наименование|название|полное)$/u.test(f)) return 'full';
  if (/^(?:тип|вид|категори\p{L}*|тип организации)$/u.test(f)) return 'type';
  return null;
}

/** Entries of the «Справочник организаций» sheet; incomplete and repeated rows are reported. */
export function parseDirectoryGrid(grid: Grid, sheetName: string = DIRECTORY_SHEET): { entries: DirectoryEntry[]; diagnostics: Diagnostic[] } {
  const entries: DirectoryEntry[] = [];
  const diagnostics: Diagnostic[] = [];
  try {
    const rows: Cell[][] = Array.isArray(grid) ? grid : [];
    const header = findHeaderRow<DirectoryKey>(rows, classifyDirectoryHeader, 2, ['abbr', 'full']);
    const col = { abbr: header?.columns.abbr ?? 0, full: header?.columns.full ?? 1, type: header?.columns.type ?? (header ? -1 : 2) };
    const names = {
      abbr: header?.headers.abbr ?? DIRECTORY_HEADERS[0],
      full: header?.headers.full ?? DIRECTORY_HEADERS[1],
    };
    const seen = new Map<string, number>();
    for (let r = header ? header.row + 1 : 0; r < rows.length; r++) {
      const row = Array.isArray(rows[r]) ? rows[r] : [];
      const rowNumber = r + 1;
      const abbr = cellString(row[col.abbr]);
      const full = cellString(row[col.full]);
      const typeText = col.type >= 0 ? cellString(row[col.type]) : '';
      if (abbr === '' && full === '') continue;
      if (!header && classifyDirectoryHeader(foldLabel(abbr)) === 'abbr') continue;
      if (abbr === '' || full === '') {
        const missing = abbr === '' ? names.abbr : names.full;
        diagnostics.push(
          sheetDiagnostic(
            'directory-incomplete-row',
            rowNumber,
            abbr === '' ? 'abbr' : 'full',
            `${where(sheetName, rowNumber, missing)}: не заполнено; строка ${quoted(abbr || full)} пропущена.`,
          ),
        );
        continue;
      }
      const key = foldLabel(abbr).replace(/\s+/g, '');
      const first = seen.get(key);
      if (first !== undefined) {
        diagnostics.push(
          sheetDiagnostic('directory-duplicate', rowNumber, 'abbr', `${where(sheetName, rowNumber, names.abbr)}: сокращение ${quoted(abbr)} уже есть в строке ${first}; действует строка ${first}.`),
        );
        continue;
      }
      seen.set(key, rowNumber);
      const type = directoryTypeCode(typeText);
      entries.push(type ? { abbr, full, type } : { abbr, full });
    }
  } catch {
    // A malformed grid: what was read so far.
  }
  return { entries, diagnostics };
}

/** The «Справочник организаций» sheet: header and one row per entry, types in Russian. */
export function directoryToGrid(entries: readonly DirectoryEntry[]): Cell[][] {
  return [[...DIRECTORY_HEADERS], ...entries.map((e) => [e.abbr, e.full, e.type ? (DIRECTORY_TYPES[e.type] ?? e.type) : null])];
}

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
