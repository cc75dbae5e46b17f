/** «Реестр школ (ссылка на таблицу координатора)» in «Настройки»: labels, values, findings, the writer, the form. */
import { defaultSettings } from '../../../../src/domain/core/settings';
import type { Cell } from '../../../../src/domain/core/types';
import {
  SETTINGS_CODES,
  SETTINGS_HEADERS,
  settingsKind,
  matchSettingLabel,
  parseSettingsGrid,
  planSettingsWrite,
  settingsToGrid,
} from '../../../../src/domain/workbook/kinds/settings';
import { spreadsheetIdOf } from '../../../../src/domain/parse/spreadsheet-link';
import { formToSettings, settingsToForm } from '../../../../src/contracts/settings-form';

const ID = '1CoordinatorSheetAbcdefghijklmnopqrstuv';
const URL = `https://docs.google.com/spreadsheets/d/${ID}/edit#gid=0`;
const sheet = (...rows: Cell[][]): Cell[][] => [[...SETTINGS_HEADERS], ...rows];

test('the label as users retype it', () => {
  for (const label of [
    'Реестр школ (ссылка на таблицу координатора)',
    'реестр школ',
    'Ссылка на реестр школ',
    'Ссылка на таблицу координатора',
    'РЕЕСТР ШКОЛ: ссылка',
  ])
    expect(matchSettingLabel(label)).toEqual({ key: 'registryLink' });
  expect(matchSettingLabel('Итоги школы устаревают через, дней')).toEqual({ key: 'blockMaxAgeDays' });
});

test('a link or a bare id is read and kept as typed; spreadsheetIdOf', () => {
  expect(spreadsheetIdOf(URL)).toBe(ID);
  expect(spreadsheetIdOf(`https://docs.google.com/spreadsheets/u/1/d/${ID}/`)).toBe(ID);
  expect(spreadsheetIdOf(` ${ID} `)).toBe(ID);
  expect(spreadsheetIdOf('Реестр.xlsx')).toBeNull();
  const a = parseSettingsGrid(sheet(['Реестр школ', ` ${URL} `]));
  expect(a.diagnostics).toEqual([]);
  expect(a.settings.registryLink).toBe(URL);
  expect(parseSettingsGrid(sheet(['Ссылка на таблицу координатора', ID])).settings.registryLink).toBe(ID);
  expect(parseSettingsGrid(sheet(['Реестр школ', ''])).settings.registryLink).toBeNull();
  expect(defaultSettings().registryLink).toBeNull();
});

test('not a spreadsheet link: a Russian finding with its own code, nothing kept', () => {
  const { settings, diagnostics } = parseSettingsGrid(sheet(['Реестр школ (ссылка на таблицу координатора)', 'реестр.xlsx']), 'Настройки');
  expect(settings.registryLink).toBeNull();
  expect(diagnostics.map((d) => [d.code, d.severity, d.row, d.field])).toEqual([['settings-registry-link', 'warning', 2, 'value']]);
  expect(diagnostics[0].message).toBe(
    'Лист «Настройки», строка 2, столбец «Значение»: «реестр.xlsx» — не ссылка на Google Таблицу; ожидается ссылка вида https://docs.google.com/spreadsheets/d/…/edit или идентификатор таблицы. Оставлено значение по умолчанию: не указан, реестр ищется в этой таблице.',
  );
  expect(SETTINGS_CODES['settings-registry-link'].severity).toBe('warning');
});

test('round trip through the writer: a new row added below the settings, then rewritten in place', () => {
  const s = { ...defaultSettings(), registryLink: URL };
  const grid = settingsToGrid(s);
  expect(grid.find((r) => r[0] === 'Реестр школ (ссылка на таблицу координатора)')?.[1]).toBe(URL);
  expect(parseSettingsGrid(grid).settings).toEqual(s);
  expect(settingsKind.read(grid, 'Настройки').summary).toMatch(/реестр школ — в таблице координатора$/);
  // A sheet written before the parameter existed: the writer adds its row.
  const old = settingsToGrid(defaultSettings()).filter((r) => r[0] !== 'Реестр школ (ссылка на таблицу координатора)');
  const plan = planSettingsWrite(old, s);
  expect(plan.insertAfter).toBeNull();
  expect(plan.blocks).toEqual([
    { row: old.length + 1, col: 1, values: [['Реестр школ (ссылка на таблицу координатора)', URL, expect.stringMatching(/взаимоэкспертиз/)]] },
  ]);
  const written = [...old, ...plan.blocks[0].values];
  expect(parseSettingsGrid(written).settings.registryLink).toBe(URL);
  const again = planSettingsWrite(written, { ...s, registryLink: null });
  expect(again.blocks).toEqual([{ row: old.length + 1, col: 2, values: [[null]] }]);
});

test('the «Настройки…» form: shown, validated in Russian, saved trimmed, emptied to none', () => {
  const base = { ...defaultSettings(), registryLink: URL };
  const form = settingsToForm(base, []);
  expect(form.registryLink).toBe(URL);
  expect(formToSettings({ ...form, registryLink: ` ${ID} ` }, base).settings?.registryLink).toBe(ID);
  expect(formToSettings({ ...form, registryLink: '  ' }, base).settings?.registryLink).toBeNull();
  expect(formToSettings({ ...form, registryLink: 'таблица координатора' }, base).errors).toEqual([
    {
      field: 'registryLink',
      message: 'Это не ссылка на Google Таблицу: скопируйте адрес таблицы координатора (https://docs.google.com/spreadsheets/d/…) или оставьте поле пустым.',
    },
  ]);
});
