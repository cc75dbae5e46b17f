/** The risk profiles of seed 003, and profiles typed by hand in either layout. */
import type { Grid } from '../../../../../src/domain/core/types';
import { kindOfSheet } from '../../../../../src/domain/workbook/kinds';
import { parseRiskProfileGrid, riskProfileKind, RISK_FACTORS_2021, RISK_FACTORS_2022 } from '../../../../../src/domain/workbook/kinds/risk-profile';
import { loadFixture } from '../../../../fixtures/load';
import { riskProfile } from '../../../../../sheets-templates';
import { templateGrid, templateValidations } from '../../../../../src/domain/workbook/templates';

const codes = (grid: Grid) => parseRiskProfileGrid(grid, 'Профиль').diagnostics.map((d) => [d.code, d.row, d.place?.column ?? null]);

describe('seed 003: the 2021 profile (the short table, the legend and the long table with parameters)', () => {
  const grid = loadFixture('seed003-risk-profile-2021.tsv');
  const { profile, diagnostics } = parseRiskProfileGrid(grid, 'РП 2021');

  it('is a risk profile, whatever the sheet is called', () => {
    expect(kindOfSheet('Лист1', grid)).toBe('risk-profile');
    expect(riskProfileKind.recognise(grid)).toBe(true);
  });

  it('reads the ten factors of the 2021 catalogue, each once, with significance and action', () => {
    expect(profile.factors.map((f) => f.match?.name)).toEqual(RISK_FACTORS_2021);
    expect(profile.factors.every((f) => f.match?.exact && f.match.catalogues.includes('2021'))).toBe(true);
    expect(profile.factors.map((f) => f.significance)).toEqual([
      'Высокая',
      'Низкая',
      'Высокая',
      'Высокая',
      'Низкая',
      'Высокая',
      'Средняя',
      'Средняя',
      'Высокая',
      'Средняя',
    ]);
    expect(profile.factors[0].action).toBe('требуется принятие мер');
    expect(profile.factors[6].action).toBe('требуется дополнительная оценка ситуации куратором');
    expect(profile.factors[1].action).toBe('возможна дополнительная оценка ситуации куратором');
  });

  it('gives each factor its parameters from the long table: value, unit, «*»', () => {
    expect(profile.factors.map((f) => f.parameters.length)).toEqual([5, 3, 5, 2, 3, 3, 3, 2, 2, 3]);
    const equipment = profile.factors[0];
    expect(equipment.row).toBe(7);
    expect(equipment.parameters[0]).toMatchObject({ name: 'Учебные материалы', value: '46', number: 46, unit: 'балл', fixed: true });
    expect(equipment.parameters[3]).toMatchObject({ name: 'Дефициты оснащения, зданий и помещений', value: 'нет', number: null, unit: 'да/нет', fixed: false });
    expect(profile.factors[3].parameters[0]).toMatchObject({ value: '32', unit: '%', fixed: true });
    const fixed = profile.factors.flatMap((f) => f.parameters.filter((p) => p.fixed).map(() => f.significance));
    expect(fixed).toEqual(['Высокая', 'Высокая', 'Высокая', 'Высокая', 'Высокая', 'Высокая']);
  });

  it('finds nothing to report: names by the catalogue, values on their scales, no «*» under «Низкая»', () => {
    expect(diagnostics).toEqual([]);
    expect(riskProfileKind.read(grid, 'РП 2021').summary).toBe('10 факторов: высокая значимость — 5, средняя — 3, низкая — 2');
  });
});

describe('seed 003: the profile of school edu673200 (the other catalogue)', () => {
  const grid = loadFixture('seed003-risk-profile-edu673200.tsv');
  const { profile, diagnostics } = parseRiskProfileGrid(grid, 'edu673200');

  it('is a risk profile: the legend above the table is not read as factors', () => {
    expect(kindOfSheet('Лист2', grid)).toBe('risk-profile');
    expect(profile.factors.map((f) => f.match?.name)).toEqual(RISK_FACTORS_2022);
    expect(profile.factors.map((f) => f.significance?.[0]).join('')).toBe('СВСННННННС');
    expect(profile.factors.every((f) => f.parameters.length === 0)).toBe(true);
    expect(diagnostics).toEqual([]);
  });

  it('the five factors new in 2022 are of the 2022 catalogue only', () => {
    const only2022 = profile.factors.filter((f) => f.match?.catalogues.join() === '2022').map((f) => f.match?.name);
    expect(only2022).toHaveLength(3);
    expect(only2022).toContain('Риски низкой адаптивности учебного процесса');
  });
});

describe('a profile typed by hand', () => {
  it('short table: a factor without significance, an unknown significance, a name in neither catalogue', () => {
    const grid: Grid = [
      ['Рисковый профиль МБОУ «СШ № 9»'],
      ['Фактор риска', 'Значимость', 'Комментарий куратора'],
      ['Дефицит педагогических кадров', 'Высокая', null],
      ['Низкий уровень оснащенности школы', '', null],
      ['Низкая учебная мотивация обучающихся', 'высокий', null],
      ['Плохая погода', 'Средняя', 'Проверено'],
    ];
    expect(kindOfSheet('Мой профиль', grid)).toBe('risk-profile');
    const { profile, diagnostics } = parseRiskProfileGrid(grid, 'Профиль');
    expect(profile.factors.map((f) => f.significance)).toEqual(['Высокая', null, 'Высокая', 'Средняя']);
    expect(profile.factors[1].match?.name).toBe('Низкий уровень оснащения школы');
    expect(profile.factors[3].match).toBeNull();
    expect(profile.factors[3].comment).toBe('Проверено');
    expect(diagnostics.map((d) => [d.code, d.row, d.place?.column])).toEqual([
      ['risk-factor-unknown', 4, 'Фактор риска'],
      ['risk-no-significance', 4, 'Значимость'],
      ['risk-factor-unknown', 6, 'Фактор риска'],
    ]);
    expect(diagnostics[0].message).toBe(
      'Лист «Профиль», строка 4, столбец «Фактор риска»: фактора «Низкий уровень оснащенности школы» нет в перечнях проекта «500+»; он прочитан как «Низкий уровень оснащения школы» — запишите название по перечню.',
    );
    expect(diagnostics[2].text).toMatch(/^фактора «Плохая погода» нет ни в одном перечне/);
  });

  it('«высокий» is read as «Высокая»; «очень» is not a significance', () => {
    const grid: Grid = [
      ['Факторы риска', 'Значимость фактора риска'],
      ['1. Дефицит педагогических кадров', 'очень'],
    ];
    expect(codes(grid)).toEqual([['risk-significance-unknown', 2, 'Значимость фактора риска']]);
  });

  it('long table: values off their scales, an unknown unit, a «*» under «Низкая», no significance column', () => {
    const grid: Grid = [
      ['Фактор риска', 'Значимость', 'Параметры анализа', 'Результат', 'Ед. изм.', 'Фиксация риска'],
      ['1. Низкий уровень оснащения школы', 'Низкая', 'Учебные материалы', 146, 'балл', '*'],
      [null, null, 'Цифровое оборудование', 'много', 'балл', null],
      [null, null, 'Дефициты оснащения, зданий и помещений', 'возможно', 'да/нет', null],
      ['2. Высокая доля обучающихся с ОВЗ', 'Высокая', 'Доля обучающихся с ОВЗ', '-3', '%', '*'],
      [null, null, 'Доля учителей, испытывающих неуверенность', '12', 'штук', null],
      [null, null, 'Доля учителей, испытывающих неуверенность при работе с обучающимися с ОВЗ', '120', null, null],
    ];
    expect(codes(grid)).toEqual([
      ['risk-value-out-of-range', 2, 'Результат'],
      ['risk-fixed-low', 2, 'Фиксация риска'],
      ['risk-value-out-of-range', 3, 'Результат'],
      ['risk-value-out-of-range', 4, 'Результат'],
      ['risk-value-out-of-range', 5, 'Результат'],
      ['risk-unit-unknown', 6, 'Ед. изм.'],
      ['risk-value-out-of-range', 7, 'Результат'],
    ]);
    const d = parseRiskProfileGrid(grid, 'Профиль').diagnostics;
    expect(d[0].text).toBe('значение «146» параметра «Учебные материалы»: баллы — по 100-балльной шкале, от 0 до 100.');
    expect(d[1].severity).toBe('info');
    expect(d[1].text).toMatch(/значимость «Низкая», но риск зафиксирован \(«\*»\) по параметру «Учебные материалы»/);
  });

  it('a long table without significance: every factor is reported', () => {
    const grid: Grid = [
      ['фактор риска', 'параметры анализа', 'результат', 'ед. изм.', 'фиксация риска'],
      ['1 Дефицит педагогических кадров', 'Нехватка педагогов', '0', 'балл', null],
      ['2 Низкий уровень дисциплины в классе', 'Частота нарушения дисциплины', '10', 'балл', null],
    ];
    const d = parseRiskProfileGrid(grid, 'Профиль').diagnostics;
    expect(d.map((x) => x.code)).toEqual(['risk-no-significance', 'risk-no-significance']);
    expect(d[0].text).toMatch(/в таблице нет столбца «Значимость»/);
  });

  it('a repeated factor is reported, the first row kept', () => {
    const grid: Grid = [
      ['Фактор риска', 'Значимость'],
      ['Дефицит педагогических кадров', 'Высокая'],
      ['Дефицит педагогических кадров', 'Низкая'],
    ];
    expect(codes(grid)).toEqual([['risk-factor-duplicate', 3, 'Фактор риска']]);
    expect(parseRiskProfileGrid(grid).profile.factors.map((f) => f.significance)).toEqual(['Высокая']);
  });

  it('a sheet named as a profile with no table says so; odd grids never throw', () => {
    expect(riskProfileKind.read([['Привет']], 'Рисковый профиль').diagnostics.map((d) => d.code)).toEqual(['risk-profile-no-header']);
    expect(() => parseRiskProfileGrid(null as unknown as Grid)).not.toThrow();
    expect(kindOfSheet('Рисковый профиль', [])).toBe('risk-profile');
  });
});

describe('the other seed tables are not risk profiles', () => {
  it.each([
    'seed000-order476-levels.tsv',
    'seed002-risks.csv',
    'seed003-concept-school9.tsv',
    'seed003-contents.tsv',
    'seed003-contingent.tsv',
    'seed003-curator-pairs.tsv',
    'seed003-expertise-arp-neuspeshnost.tsv',
    'seed003-expertise-arp-ovz.tsv',
    'seed003-expertise-concept.tsv',
    'seed003-expertise-medium-programme.tsv',
    'seed003-expertise-stages.tsv',
    'seed003-medk-regions.tsv',
    'seed003-medk-sections.tsv',
    'seed003-region-practices.tsv',
    'seed003-school-documents.tsv',
    'seed000-order305-plan-2021-2022.tsv',
    'seed000-order470-plan-2022.tsv',
  ])('%s', (name) => {
    expect(kindOfSheet('Лист1', loadFixture(name))).not.toBe('risk-profile');
  });
});

describe('the «Рисковый профиль» template', () => {
  const grid = templateGrid(riskProfile);

  it('is a risk profile under any name, and reads clean: ten factors with their parameters', () => {
    expect(kindOfSheet('Лист9', grid)).toBe('risk-profile');
    expect(kindOfSheet('Копия', [['Утверждено'], [], ...grid])).toBe('risk-profile');
    const { profile, diagnostics } = parseRiskProfileGrid(grid, riskProfile.title);
    expect(diagnostics).toEqual([]);
    expect(profile.factors.map((f) => f.match?.name)).toEqual(RISK_FACTORS_2021);
    expect(profile.factors.map((f) => f.parameters.length)).toEqual([5, 3, 5, 2, 3, 3, 3, 2, 2, 3]);
    expect(profile.factors.filter((f) => f.significance === 'Средняя').every((f) => f.comment)).toBe(true);
  });

  it('offers the significance as a drop-down', () => {
    expect(templateValidations(riskProfile).map((v) => v.list)).toContainEqual(['Высокая', 'Средняя', 'Низкая']);
  });
});
