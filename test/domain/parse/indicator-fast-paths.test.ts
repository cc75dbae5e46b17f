/**
 * Texts at the edges of the hand-written fast paths of the indicator parser and the sniffers: rare
 * characters a case-insensitive regex reads as letters (U+0345 folds to «ι», U+1C81 to «д»),
 * number signs, ordinals, numbers glued to words. The expected values are what the regex-only
 * code gave.
 */
import { parseIndicator } from '../../../src/domain/parse/indicator';
import { looksLikeDocumentName, looksLikeMeasureTitle } from '../../../src/domain/table/sniff';
import type { IndicatorTarget } from '../../../src/domain/core/types';

describe('parseIndicator: fast paths give what the regexes gave', () => {
  test.each<[string, IndicatorTarget | null]>([
    ['не менее двух\u0345 ОО', null],
    ['не менее дву\u0345х ОО', null],
    ['Увеличение числа участников с 5 \u1c81о 7', { kind: 'change', from: 5, to: 7, unit: '' }],
    ['Проведено не менее 5 совещаний', { kind: 'count', op: '>=', value: 5, of: 'совещаний' }],
    ['N 5 участников', null],
    ['No. 5 участников', null],
    ['Nº5 участников', null],
    ['не менее 5-го класса', null],
    ['Не менее 3ч', null],
    ['Не менее 2022года', null],
    // Thousands split by a space are read as their first group (kept as it was).
    ['не менее 100 000 рублей', { kind: 'count', op: '>=', value: 100 }],
    ['не менее 1000000000 участников', { kind: 'count', op: '>=', value: 1000000000, of: 'участников' }],
    ['не менее 5,5% педагогов', { kind: 'percent', op: '>=', value: 5.5, of: 'педагогов' }],
    ['«Проект 500+» не менее 3 школ', { kind: 'count', op: '>=', value: 3, of: 'школ' }],
    ['более двух пятых', { kind: 'count', op: '>=', value: 2, of: 'пятых' }],
    ['Всех ОО', { kind: 'percent', op: '=', value: 100, of: 'ОО' }],
  ])('%s', (text, target) => {
    expect(parseIndicator(text).target).toEqual(target);
  });
});

describe('sniff: document names and measure titles with rare letters', () => {
  test.each<[string, boolean, boolean]>([
    ['Приказ\u0345 о назначении', true, false],
    ['Аналитическая\u0345 справка', true, false],
    ['Списокк', false, false],
    ['Список,', true, false],
    ['Организация\u0345 работы', false, true],
    ['Мастер-классы для учителей', false, true],
  ])('%s', (text, document, measure) => {
    expect([looksLikeDocumentName(text), looksLikeMeasureTitle(text)]).toEqual([document, measure]);
  });
});

describe('parseIndicator: a number written as a word is looked for only after a qualifier', () => {
  test.each<[string, IndicatorTarget | null]>([
    ['Не менее 1234 участников', { kind: 'count', op: '>=', value: 1234, of: 'участников' }],
    ['не менее двух ОО, 5 совещаний', { kind: 'count', op: '>=', value: 2, of: 'ОО' }],
    ['свыше\u00a0трёх школ', { kind: 'count', op: '>=', value: 3, of: 'школ' }],
    ['минимум пяти школ и 7 ОО', { kind: 'count', op: '>=', value: 5, of: 'школ' }],
    // «ᲂ» folds to «о» in the word-number pattern but not in the qualifier's (kept as it was).
    ['бᲂлее двух ОО', { kind: 'count', op: '=', value: 2, of: 'ОО' }],
    // The word after the number, tested in place: a month, a grade, an ordinal ending.
    ['Не менее 5 марта', null],
    ['Не менее 5 классов', null],
    ['не менее 3х педагогов', null],
    ['Не менее 12 участников прошли', { kind: 'count', op: '>=', value: 12, of: 'участников' }],
  ])('%s', (text, target) => {
    expect(parseIndicator(text).target).toEqual(target);
  });
});
