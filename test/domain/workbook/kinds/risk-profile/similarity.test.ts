import { RISK_FACTORS } from '../../../../../src/domain/workbook/kinds/risk-profile/catalogue';
import {
  foldWords,
  matchFactor,
  rankFactors,
  similarity,
  stripFactorNumber,
  wordsMatch,
} from '../../../../../src/domain/workbook/kinds/risk-profile/similarity';

describe('risk factor similarity', () => {
  it('folds words: no numbers, prepositions or polarity words', () => {
    expect(foldWords('1. Высокая доля обучающихся с ОВЗ')).toEqual(['доля', 'обучающихся', 'овз']);
    expect(foldWords('Риск: Низкая учебная мотивация обучающихся')).toEqual(['учебная', 'мотивация', 'обучающихся']);
  });

  it.each([
    ['школы', 'школьного', true],
    ['доля', 'доли', true],
    ['учебная', 'учебной', true],
    ['оснащения', 'оснащенности', true],
    ['обучающихся', 'обучения', false],
    ['дисциплины', 'дефицит', false],
    ['овз', 'овз', true],
  ])('%s ~ %s: %s', (a, b, expected) => {
    expect(wordsMatch(a, b)).toBe(expected);
  });

  it('is symmetric, 1 for the same words and 0 for none in common', () => {
    expect(similarity('Дефицит педагогических кадров', 'дефицит педагогических кадров')).toBe(1);
    expect(similarity('Низкий уровень дисциплины в классе', 'Высокая доля обучающихся с ОВЗ')).toBe(0);
    const a = 'Доля обучающихся с ОВЗ';
    const b = 'Высокая доля обучающихся с рисками учебной неуспешности';
    expect(similarity(a, b)).toBeCloseTo(similarity(b, a), 10);
  });

  it('every catalogue factor matches itself exactly, and its own words best', () => {
    for (const name of RISK_FACTORS) {
      expect(matchFactor(name)).toMatchObject({ exact: true, factor: { name } });
      expect(matchFactor(`3. ${name.toUpperCase()}`)?.factor.name).toBe(name);
    }
  });

  it.each([
    ['Риск: Низкая учебная мотивация обучающихся', 'Низкая учебная мотивация обучающихся'],
    ['Антирисковая программа «Повышение учебной мотивации обучающихся»', 'Низкая учебная мотивация обучающихся'],
    ['Повышение уровня оснащения школы', 'Низкий уровень оснащения школы'],
    ['Низкий уровень оснащенности школы', 'Низкий уровень оснащения школы'],
    ['Обучающиеся с ОВЗ', 'Высокая доля обучающихся с ОВЗ'],
    ['Снижение доли обучающихся с рисками учебной неуспешности', 'Высокая доля обучающихся с рисками учебной неуспешности'],
    ['Вовлечение родителей: повышение вовлеченности родителей', 'Низкий уровень вовлеченности родителей'],
    ['Преодоление дефицита педагогических кадров', 'Дефицит педагогических кадров'],
    ['Внутришкольная система повышения квалификации', 'Несформированность внутришкольной системы повышения квалификации'],
  ])('%s → %s', (heading, factor) => {
    expect(matchFactor(heading)?.factor.name).toBe(factor);
  });

  it.each(['Стартовая диагностика', 'Программа развития', '1. Организационно-управленческие меры', 'Направление: финансово-экономическое', 'Уровень'])(
    '%s names no factor',
    (heading) => {
      expect(matchFactor(heading)).toBeNull();
    },
  );

  it('ranks the nearest factor first for a text no catalogue has', () => {
    const [best] = rankFactors('Низкий уровень цифрового оснащения кабинетов');
    expect(best.factor.name).toBe('Низкий уровень оснащения школы');
    expect(best.exact).toBe(false);
  });

  it('strips a factor number written «1.», «1)» or «1»', () => {
    expect(stripFactorNumber('1. Дефицит')).toBe('Дефицит');
    expect(stripFactorNumber('10 Низкий')).toBe('Низкий');
    expect(stripFactorNumber('2) Дефицит')).toBe('Дефицит');
  });
});
