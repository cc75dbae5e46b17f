/**
 * «Рисковый профиль»: the school's ten risk factors (the 2021 catalogue of seed 003) with the
 * parameters each is measured by — value, unit (балл on a 100-point scale, %, да/нет), «*» where the
 * risk is fixed — its significance (a drop-down: Высокая, Средняя, Низкая) and the curator's
 * comment. A factor's row holds its name, significance and first parameter; the rows below it,
 * with the factor cell empty, its other parameters.
 * Sample: the values of the 2021 profile shown in seed 003; the significance as the sample
 * «Дорожная карта школы» (МБОУ «СШ № 9») implies — a programme for each «Высокая» factor, the
 * curator's comment on each «Средняя» one.
 */
import type { Cell } from '../src/domain/core/types';
import type { SheetTemplate } from '../src/domain/workbook/templates';
import { RISK_CATALOGUE, SIGNIFICANCE_LEVELS, type Significance } from '../src/domain/workbook/kinds/risk-profile/catalogue';

export const RISK_PROFILE_HEADERS = {
  factor: 'Фактор риска',
  significance: 'Значимость',
  parameter: 'Параметры анализа',
  value: 'Результат',
  unit: 'Ед. изм.',
  fixed: 'Фиксация риска',
  comment: 'Комментарий куратора',
} as const;

type Sample = { significance: Significance; values: readonly (string | number)[]; fixed?: readonly number[]; comment?: string };

/** The seed's 2021 values, factor by factor in catalogue order; indices of parameters with «*». */
const SAMPLE: readonly Sample[] = [
  {
    significance: 'Средняя',
    values: [46, 45, 58, 'нет', 83],
    fixed: [0, 1, 2],
    comment: 'Оснащение пополняется по программе «Цифровая образовательная среда»; наблюдаем',
  },
  { significance: 'Низкая', values: [0, 0, 0] },
  { significance: 'Высокая', values: [90, 49, 42, 0, 72] },
  { significance: 'Средняя', values: [32, 0], fixed: [0], comment: 'Работа с обучающимися с ОВЗ ведётся в программе «Успешный ученик – успешное будущее»' },
  { significance: 'Низкая', values: [0, 0, 'да'] },
  { significance: 'Высокая', values: [63, 71, 53] },
  { significance: 'Низкая', values: [0, 81, 0] },
  { significance: 'Средняя', values: [0, 63], comment: 'По итогам посещения уроков дисциплина удовлетворительная' },
  { significance: 'Высокая', values: [89, 50], fixed: [0, 1] },
  { significance: 'Низкая', values: [0, 65, 78] },
];

function sampleRows(): Cell[][] {
  const rows: Cell[][] = [];
  RISK_CATALOGUE.filter((f) => f.catalogues.includes('2021')).forEach((factor, i) => {
    const s = SAMPLE[i];
    factor.parameters.forEach((p, j) => {
      const head: Cell[] = j === 0 ? [`${i + 1}. ${factor.name}`, s.significance] : [null, null];
      const value = s.values[j] ?? null;
      rows.push([
        ...head,
        p.name,
        typeof value === 'number' ? String(value) : value,
        p.unit,
        s.fixed?.includes(j) ? '*' : null,
        j === 0 ? (s.comment ?? null) : null,
      ]);
    });
  });
  return rows;
}

export const riskProfile: SheetTemplate = {
  id: 'risk-profile',
  title: 'Рисковый профиль',
  description:
    'Рисковый профиль школы: 10 факторов риска с параметрами (значение, единица, «*» — риск зафиксирован), значимость (Высокая, Средняя, Низкая) и комментарий куратора.',
  kind: 'risk-profile',
  columns: [
    {
      header: RISK_PROFILE_HEADERS.factor,
      field: 'factor',
      width: 340,
      format: 'text',
      help: 'Фактор риска по перечню проекта «500+» (2021 или 2022 года); строки ниже с пустым фактором — его другие параметры.',
    },
    {
      header: RISK_PROFILE_HEADERS.significance,
      field: 'significance',
      width: 110,
      format: 'text',
      list: SIGNIFICANCE_LEVELS,
      help: 'Высокая — требуется принятие мер; Средняя — требуется дополнительная оценка ситуации куратором; Низкая — возможна дополнительная оценка ситуации куратором.',
    },
    { header: RISK_PROFILE_HEADERS.parameter, field: 'parameter', width: 380, format: 'text', help: 'Параметр анализа, как в рисковом профиле ИС МЭДК.' },
    {
      header: RISK_PROFILE_HEADERS.value,
      field: 'value',
      width: 90,
      format: 'text',
      help: 'Значение: баллы по 100-балльной шкале, доля в процентах (0–100) или «да»/«нет».',
    },
    { header: RISK_PROFILE_HEADERS.unit, field: 'unit', width: 80, format: 'text', list: ['балл', '%', 'да/нет'], help: 'Единица измерения: балл, %, да/нет.' },
    { header: RISK_PROFILE_HEADERS.fixed, field: 'fixed', width: 110, format: 'text', list: ['*'], help: '«*» — риск по параметру зафиксирован.' },
    {
      header: RISK_PROFILE_HEADERS.comment,
      field: 'comment',
      width: 320,
      format: 'text',
      help: 'Оценка куратора: для фактора средней значимости без антирисковой программы — обязательна.',
    },
  ],
  titleRows: [['Рисковый профиль МБОУ «СШ № 9» (проект «500+»)']],
  headerRows: 1,
  frozenRows: 2,
  frozenColumns: 1,
  protectHeader: true,
  sampleRows: sampleRows(),
};
