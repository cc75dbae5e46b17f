/**
 * «Настройки»: the workbook's settings as a key/value sheet (Параметр | Значение | Пояснение):
 * every setting of SettingsSchema except the organisation directory (a sheet of its own), and one
 * row «Период листа «Имя листа»» per roadmap sheet.
 */
import type { SheetTemplate } from '../src/domain/workbook/templates';
import { defaultSettings, type Settings } from '../src/domain/core/settings';
import { SETTINGS_HEADERS, settingsToGrid } from '../src/domain/workbook/kinds/settings';

/** The settings of the sample: defaults, with the periods of the two sample roadmap sheets. */
export function sampleSettings(periods: Record<string, string> = { 'План-график (дорожная карта)': '2022', 'Дорожная карта школы': '2021/2022' }): Settings {
  return { ...defaultSettings(), periods: { ...periods } };
}

export const settings: SheetTemplate = {
  id: 'settings',
  title: 'Настройки',
  description:
    'Настройки книги: период по умолчанию и периоды листов, цели аудита по полугодиям, сроки полугодовых отчётов, порог красной зоны, дни до напоминания куратору, ссылка на реестр школ координатора (для взаимоэкспертизы).',
  kind: 'settings',
  columns: [
    { header: SETTINGS_HEADERS[0], field: 'label', width: 340, format: 'text', help: 'Название параметра. Не меняйте его: по нему параметр и находится.' },
    {
      header: SETTINGS_HEADERS[1],
      field: 'value',
      width: 170,
      format: 'text',
      help: 'Значение параметра. Пустая ячейка — значение по умолчанию.',
    },
    { header: SETTINGS_HEADERS[2], field: 'help', width: 560, format: 'text' },
  ],
  headerRows: 1,
  frozenRows: 1,
  protectHeader: true,
  sampleRows: settingsToGrid(sampleSettings()).slice(1),
};
