/** The «Настройки» and «Справочник организаций» sheets: round trips and tolerant reading. */
import { KNOWN_BODIES } from '../../../../src/domain/parse/responsible';
import { defaultSettings, type Settings } from '../../../../src/domain/core/settings';
import type { Cell, Diagnostic } from '../../../../src/domain/core/types';
import { ALL_CODES, kindByName } from '../../../../src/domain/workbook/kinds';
import { DIRECTORY_SHEET, directoryToGrid, directoryTypeCode, parseDirectoryGrid } from '../../../../src/domain/workbook/kinds/directory';
import { REGISTRY_SHEET } from '../../../../src/domain/workbook/kinds/registry';
import {
  sheetPeriods,
  SETTINGS_HEADERS,
  SETTINGS_LABELS,
  SETTINGS_SHEET,
  matchSettingLabel,
  parseSettingsGrid,
  settingsToGrid,
  sheetPeriodLabel,
} from '../../../../src/domain/workbook/kinds/settings';

const referenceSheetKind = (name: string) => kindByName(name)?.id ?? null;

const withoutDirectory = (s: Settings) => ({ ...s, directory: [] });

/** A settings sheet with the header and the given rows. */
const sheet = (...rows: Cell[][]): Cell[][] => [[...SETTINGS_HEADERS], ...rows];

function expectKnownCodes(diagnostics: Diagnostic[]): void {
  for (const d of diagnostics) {
    expect(Object.keys(ALL_CODES)).toContain(d.code);
    expect(ALL_CODES[d.code as keyof typeof ALL_CODES].severity).toBe(d.severity);
  }
}

describe('settings sheet round trip', () => {
  test('the defaults', () => {
    const grid = settingsToGrid(defaultSettings());
    expect(grid[0]).toEqual(['Параметр', 'Значение', 'Пояснение']);
    expect(grid.slice(1).map((r) => r[0])).toEqual([
      'Период по умолчанию',
      'Цель аудита: 1-е полугодие, %',
      'Цель аудита: 2-е полугодие, %',
      'Сроки полугодовых отчётов (ДД.ММ через «;»)',
      'Красная зона: доля просроченных, %',
      'Дней до напоминания куратору',
      'Итоги школы устаревают через, дней',
      'Реестр школ (ссылка на таблицу координатора)',
    ]);
    for (const r of grid.slice(1)) expect(String(r[2])).toMatch(/[а-я]/);
    const back = parseSettingsGrid(grid);
    expect(back.diagnostics).toEqual([]);
    expect(back.settings).toEqual(defaultSettings());
  });

  test('every setting changed, periods of sheets with quotes in their names', () => {
    const s: Settings = {
      ...defaultSettings(),
      periods: { 'План «500+» 2022': '2022', ШНРО: '2021/2022', Сеть: '2021-2024' },
      defaultPeriod: '2021/2022',
      auditTargets: { h1: 35.5, h2: 85 },
      reportDates: ['20.01', '10.07', '29.02'],
      zones: { redOverduePercent: 25, unconfirmedDays: 7 },
      directory: [{ abbr: 'УО', full: 'управление образования' }],
    };
    const grid = settingsToGrid(s);
    expect(grid).toContainEqual([sheetPeriodLabel('План «500+» 2022'), '2022', expect.any(String)]);
    const back = parseSettingsGrid(grid);
    expect(back.diagnostics).toEqual([]);
    expect(back.settings).toEqual(withoutDirectory(s));
  });

  test('extra roadmap sheets get a row with an empty period, read back as "infer"', () => {
    const grid = settingsToGrid({ ...defaultSettings(), periods: { A: '2022' } }, { sheets: ['A', 'B'] });
    expect(grid.slice(-2)).toEqual([
      ['Период листа «A»', '2022', expect.any(String)],
      ['Период листа «B»', null, expect.any(String)],
    ]);
    expect(parseSettingsGrid(grid).settings.periods).toEqual({ A: '2022' });
  });
});

describe('labels as users retype them', () => {
  test.each([
    ['период по умолчанию', 'defaultPeriod'],
    ['Период  (по умолчанию)', 'defaultPeriod'],
    ['ЦЕЛЬ АУДИТА 1-Е ПОЛУГОДИЕ', 'auditH1'],
    ['Цель аудита: первое полугодие (%)', 'auditH1'],
    ['Цель аудита, 2 полугодие', 'auditH2'],
    ['Сроки полугодовых отчетов', 'reportDates'],
    ['Срок отчёта', 'reportDates'],
    ['Красная зона, доля просроченных', 'redOverduePercent'],
    ['Доля просроченных для красной зоны %', 'redOverduePercent'],
    ['дней до напоминания куратору', 'unconfirmedDays'],
  ])('«%s» → %s', (label, key) => {
    expect(matchSettingLabel(label)).toEqual({ key });
  });

  test('periods of sheets: quotes and case of the name kept, outer quotes dropped', () => {
    expect(matchSettingLabel('Период листа «План-график 2022»')).toEqual({ sheet: 'План-график 2022' });
    expect(matchSettingLabel('период листа "План «500+»"')).toEqual({ sheet: 'План «500+»' });
    expect(matchSettingLabel('Период для листа: Ёлка')).toEqual({ sheet: 'Ёлка' });
    expect(matchSettingLabel('Период листа')).toBeNull();
    expect(matchSettingLabel('Любимый цвет')).toBeNull();
  });

  test('the labels of the sheet itself match', () => {
    for (const [key, label] of Object.entries(SETTINGS_LABELS)) expect(matchSettingLabel(label)).toEqual({ key });
  });
});

describe('tolerant values', () => {
  test('percent as 40, «40%», «40,5», 0.4 from a percent-formatted cell; days «14 дней»; dates in several forms', () => {
    const { settings, diagnostics } = parseSettingsGrid(
      sheet(
        ['Цель аудита: 1-е полугодие, %', '40,5 %'],
        ['Цель аудита: 2-е полугодие, %', 0.95],
        ['Красная зона: доля просроченных, %', ' 30% '],
        ['Дней до напоминания куратору', '10 дней'],
        ['Сроки полугодовых отчётов', '21 января, 13.7; 13.07'],
        ['Период по умолчанию', '2021/2022 учебный год'],
        [sheetPeriodLabel('План'), 2022],
      ),
    );
    expect(diagnostics).toEqual([]);
    expect(settings.auditTargets).toEqual({ h1: 40.5, h2: 95 });
    expect(settings.zones).toEqual({ redOverduePercent: 30, unconfirmedDays: 10 });
    expect(settings.reportDates).toEqual(['21.01', '13.07']);
    expect(settings.defaultPeriod).toBe('2021/2022');
    expect(settings.periods).toEqual({ План: '2022' });
  });

  test('a date cell for the report dates; empty values mean the defaults', () => {
    const { settings, diagnostics } = parseSettingsGrid(
      sheet(['Сроки полугодовых отчётов', new Date(Date.UTC(2024, 0, 20))], ['Цель аудита: 1-е полугодие, %', ''], ['Период по умолчанию', null]),
    );
    expect(diagnostics).toEqual([]);
    expect(settings.reportDates).toEqual(['20.01']);
    expect(settings.auditTargets.h1).toBe(40);
    expect(settings.defaultPeriod).toBeNull();
  });

  test('bad values: a Russian finding naming sheet, row and column; the default kept', () => {
    const { settings, diagnostics } = parseSettingsGrid(
      sheet(
        ['Цель аудита: 1-е полугодие, %', 'сорок'],
        ['Цель аудита: 2-е полугодие, %', 140],
        ['Сроки полугодовых отчётов', '21.01; 31.06'],
        ['Красная зона: доля просроченных, %', 'не менее 20%'],
        ['Дней до напоминания куратору', 3.5],
        ['Период по умолчанию', 'когда-нибудь'],
        [sheetPeriodLabel('План'), 'скоро'],
      ),
    );
    expect(settings).toEqual(defaultSettings());
    expect(diagnostics.map((d) => [d.code, d.row, d.field])).toEqual([
      ['settings-invalid-value', 2, 'value'],
      ['settings-invalid-value', 3, 'value'],
      ['settings-invalid-value', 4, 'value'],
      ['settings-invalid-value', 5, 'value'],
      ['settings-invalid-value', 6, 'value'],
      ['settings-invalid-value', 7, 'value'],
      ['settings-invalid-value', 8, 'value'],
    ]);
    expect(diagnostics[0].message).toBe(
      'Лист «Настройки», строка 2, столбец «Значение»: «сорок» — не число; ожидается число от 0 до 100, например 40 или 40%. Оставлено значение по умолчанию: 40.',
    );
    expect(diagnostics[2].message).toContain('«31.06» — не дата ДД.ММ');
    expect(diagnostics[2].message).toContain('Оставлено значение по умолчанию: 21.01; 13.07');
    expect(diagnostics[5].message).toContain('ожидается 2022, 2021/2022 или 2021-2024');
    expectKnownCodes(diagnostics);
  });

  test('unknown and repeated parameters, a value without a label, cumulative targets out of order', () => {
    const { settings, diagnostics } = parseSettingsGrid(
      [
        ['Настройки монитора'],
        [],
        ['Параметр', 'Значение', 'Пояснение'],
        ['Любимый цвет', 'синий'],
        ['Цель аудита: 1-е полугодие, %', 50],
        [null, 12],
        ['Цель аудита: 1-е полугодие, %', 95],
      ],
      'Настройки',
    );
    expect(settings.auditTargets.h1).toBe(95);
    expect(diagnostics.map((d) => [d.code, d.row])).toEqual([
      ['settings-unknown-parameter', 4],
      ['settings-unknown-parameter', 6],
      ['settings-duplicate-parameter', 7],
      ['settings-invalid-value', 7],
    ]);
    expect(diagnostics[0].message).toMatch(/^Лист «Настройки», строка 4, столбец «Параметр»: параметр «Любимый цвет» не распознан/);
    expect(diagnostics[2].message).toContain('уже указан в строке 5; действует значение из строки 7');
    expect(diagnostics[3].message).toContain('больше цели 2-го');
    expectKnownCodes(diagnostics);
  });

  test('without a header row: label and value in the first two columns', () => {
    const { settings, diagnostics } = parseSettingsGrid([
      ['Период по умолчанию', '2022'],
      ['Дней до напоминания куратору', 21],
    ]);
    expect(diagnostics).toEqual([]);
    expect(settings.defaultPeriod).toBe('2022');
    expect(settings.zones.unconfirmedDays).toBe(21);
  });

  test('columns moved: found by their headers', () => {
    const { settings } = parseSettingsGrid([
      ['Пояснение', 'Значение', 'Параметр'],
      ['что-то', '33', 'Цель аудита: 1-е полугодие, %'],
    ]);
    expect(settings.auditTargets.h1).toBe(33);
  });

  test('odd grids never throw', () => {
    for (const g of [[], [[]], [[null, null]], null as unknown as Cell[][], [[1, 2, 3], ['x']]]) {
      expect(() => parseSettingsGrid(g)).not.toThrow();
      expect(parseSettingsGrid(g).settings.auditTargets).toEqual({ h1: 40, h2: 90 });
    }
  });
});

describe('«Справочник организаций»', () => {
  test('round trip of KNOWN_BODIES, types shown in Russian and stored as codes', () => {
    const entries = KNOWN_BODIES.map((e) => ({ ...e }));
    const grid = directoryToGrid(entries);
    expect(grid[0]).toEqual(['Сокращение', 'Полное название', 'Тип']);
    expect(grid[1]).toEqual(['ОО', 'общеобразовательная организация', 'школа']);
    const back = parseDirectoryGrid(grid);
    expect(back.diagnostics).toEqual([]);
    expect(back.entries).toEqual(entries);
  });

  test('incomplete and repeated rows are reported; other type texts kept', () => {
    const { entries, diagnostics } = parseDirectoryGrid(
      [
        ['Справочник'],
        ['Аббревиатура', 'Расшифровка', 'Вид'],
        ['УОиМП', 'Управление образования и молодежной политики', 'Орган управления образованием'],
        ['ЦДО', '', ''],
        ['', 'без сокращения', ''],
        ['уоимп', 'повтор', ''],
        ['МОЦ', 'муниципальный образовательный центр', 'свой тип'],
      ],
      DIRECTORY_SHEET,
    );
    expect(entries).toEqual([
      { abbr: 'УОиМП', full: 'Управление образования и молодежной политики', type: 'authority' },
      { abbr: 'МОЦ', full: 'муниципальный образовательный центр', type: 'свой тип' },
    ]);
    expect(diagnostics.map((d) => [d.code, d.row])).toEqual([
      ['directory-incomplete-row', 4],
      ['directory-incomplete-row', 5],
      ['directory-duplicate', 6],
    ]);
    expect(diagnostics[0].message).toMatch(/^Лист «Справочник организаций», строка 4, столбец «Расшифровка»: не заполнено/);
    expectKnownCodes(diagnostics);
  });

  test('type codes', () => {
    expect(directoryTypeCode('Школа')).toBe('school');
    expect(directoryTypeCode('regional')).toBe('regional');
    expect(directoryTypeCode('')).toBeUndefined();
  });
});

test('reference sheets are known by name, loosely', () => {
  expect(referenceSheetKind(SETTINGS_SHEET)).toBe('settings');
  expect(referenceSheetKind(' настройки ')).toBe('settings');
  expect(referenceSheetKind('Справочник организаций')).toBe('directory');
  expect(referenceSheetKind(REGISTRY_SHEET)).toBe('registry');
  expect(referenceSheetKind('РЕЕСТР ШКОЛ')).toBe('registry');
  expect(referenceSheetKind('План-график 2022')).toBeNull();
});

describe('sheetPeriods', () => {
  test("a sheet's own period (names matched loosely), else the default, else nothing", () => {
    const settings = { ...defaultSettings(), periods: { 'План  ШНРО': '2021/2022' }, defaultPeriod: '2022' };
    expect(sheetPeriods(settings, ['план шнро', 'Другой'])).toEqual({ 'план шнро': '2021/2022', Другой: '2022' });
    expect(sheetPeriods({ ...defaultSettings(), periods: {} }, ['Лист'])).toEqual({});
    expect(sheetPeriods(null, ['Лист'])).toEqual({});
  });
});
