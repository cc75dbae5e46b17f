/**
 * The shortcuts of the school reader (school.ts, school-honorific.ts, school-variants.ts) give what the
 * general code gives: the honorific read up to the next quote and remembered, the dash-only clean-up,
 * and a key met once kept without a Variant until it comes again.
 */
import { findSchoolMentions, findSchoolVariants } from '../../../src/domain/parse/school';

const mentions = (text: string) => findSchoolMentions(text).map((s) => [s.key, s.text, s.honorific]);

describe('honorific read up to the next quote', () => {
  test.each<[string, (string | null)[][]]>([
    [
      'МБОУ «СШ № 2 им. Н.И. Рыленкова», МБОУ «СШ № 3 им. А.М. Городнянского»',
      [
        ['СШ|2', 'МБОУ «СШ № 2 им. Н.И. Рыленкова»', 'им. Н.И. Рыленкова'],
        ['СШ|3', 'МБОУ «СШ № 3 им. А.М. Городнянского»', 'им. А.М. Городнянского'],
      ],
    ],
    // A quote inside stops the honorific: initials alone name nobody.
    ['МБОУ «СШ № 2 им. Н.И.»Рыленкова', [['СШ|2', 'МБОУ «СШ № 2 им. Н.И.»', null]]],
    ['МБОУ «СШ № 2 им. Н.И. Рыленкова"Лавочкина»', [['СШ|2', 'МБОУ «СШ № 2 им. Н.И. Рыленкова"', 'им. Н.И. Рыленкова']]],
    // Longer than the remembered parts (64 characters): read directly, the same way.
    [
      'СШ № 5 им. генерала дважды Героя Советского Союза маршала Н.И. Иванова-Петрова и А.А. Сидорова',
      [
        [
          'СШ|5',
          'СШ № 5 им. генерала дважды Героя Советского Союза маршала Н.И. Иванова-Петрова',
          'им. генерала дважды Героя Советского Союза маршала Н.И. Иванова-Петрова',
        ],
      ],
    ],
  ])('%s', (text, expected) => {
    // Twice: the second reading comes from what the first remembered.
    expect(mentions(text)).toEqual(expected);
    expect(mentions(text)).toEqual(expected);
  });

  test('the same honorific before a quote and at the end of the text', () => {
    const expected = [['СШ|9', 'МБОУ «СШ № 9 им. Н.И. Рыленкова»', 'им. Н.И. Рыленкова']];
    expect(mentions('МБОУ «СШ № 9 им. Н.И. Рыленкова»')).toEqual(expected);
    expect(mentions('СШ № 9 им. Н.И. Рыленкова')).toEqual([['СШ|9', 'СШ № 9 им. Н.И. Рыленкова', 'им. Н.И. Рыленкова']]);
    expect(mentions('СШ № 9 им. Н.И. Рыленковой')).toEqual([['СШ|9', 'СШ № 9 им. Н.И. Рыленковой', 'им. Н.И. Рыленковой']]);
  });
});

test('a text whose only untidiness is a dash is read as the general clean-up reads it', () => {
  expect(mentions('Отдел (далее – О1), МБОУ «СШ № 4 им. Н.И. Рыленкова» — базовая')).toEqual([
    ['СШ|4', 'МБОУ «СШ № 4 им. Н.И. Рыленкова»', 'им. Н.И. Рыленкова'],
  ]);
  expect(mentions('МБОУ «СШ № 4 им. Н.И. Рыленкова» —  базовая')).toEqual([['СШ|4', 'МБОУ «СШ № 4 им. Н.И. Рыленкова»', 'им. Н.И. Рыленкова']]);
});

test('findSchoolVariants: a key met once, then again with its form and with others, rows out of order', () => {
  const groups = findSchoolVariants([
    { text: 'МБОУ «СШ № 7 им. Н.И. Рыленкова»', row: 4 },
    { text: 'МБОУ «СШ № 8 им. Н.И. Рыленкова»', row: 1 },
    { text: 'МБОУ «СШ № 7 им. Н.И. Рыленкова»', row: 4 },
    { text: 'МБОУ «СШ № 7 им. Н.И. Рыленкова»', row: 2 },
    { text: 'СШ № 7 им. Н. Рыленкова', row: 3 },
    { text: 'СШ № 8 им. Н.И. Рыленкова', row: 5 },
    { text: 'СШ № 7 им. Н. Рыленкова', row: 0 },
    { text: 'СШ № 7 имени Рыленкова', row: 6 },
  ]);
  expect(groups).toEqual([
    {
      key: 'СШ|7',
      variants: [
        { text: 'МБОУ «СШ № 7 им. Н.И. Рыленкова»', rows: [2, 4] },
        { text: 'СШ № 7 им. Н. Рыленкова', rows: [0, 3] },
        { text: 'СШ № 7 имени Рыленкова', rows: [6] },
      ],
    },
  ]);
});

describe('dashes left as they are when nothing read holds one', () => {
  // normaliseDashes keeps positions: a dash cut off before the first abbreviated type is not unified;
  // one in a lead, a tail or a type is, as before.
  test.each<[string, (string | null)[][]]>([
    ['(далее – О1), О0, ШНОР, МБОУ «СШ № 2 им. Н.И. Рыленкова»', [['СШ|2', 'МБОУ «СШ № 2 им. Н.И. Рыленкова»', 'им. Н.И. Рыленкова']]],
    ['Ново–Иванская СОШ им. К.С. Петрова', [['СОШ|новоиванск', 'Ново-Иванская СОШ им. К.С. Петрова', 'им. К.С. Петрова']]],
    ['МБОУ «Ново–Иванская СОШ им. К.С. Петрова»', [['СОШ|новоиванск', 'МБОУ «Ново-Иванская СОШ им. К.С. Петрова»', 'им. К.С. Петрова']]],
    ['СШ № 5 им. Н.И. Рыленкова – филиал', [['СШ|5', 'СШ № 5 им. Н.И. Рыленкова', 'им. Н.И. Рыленкова']]],
    ['НШ–ДС № 3 им. А.А. Петрова', [['НШ-ДС|3', 'НШ-ДС № 3 им. А.А. Петрова', 'им. А.А. Петрова']]],
    ['сроки — МБОУ «СОШ №1»', [['СОШ|1', 'МБОУ «СОШ №1»', null]]],
  ])('%s', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });
});

describe('variant texts read again from their mentions', () => {
  test('the first text of each form, with a dash before it', () => {
    const found = findSchoolVariants([
      { text: '(далее – О1), МБОУ «СШ № 2 им. Н.И. Рыленкова»', row: 1 },
      { text: 'ШНОР, СШ №2 имени Н. И. Рыленкова', row: 2 },
      { text: 'МБОУ «СШ № 2 им. А.М. Городнянского», МБОУ «СШ № 3 им. П.П. Петрова»', row: 3 },
    ]);
    expect(found).toEqual([
      {
        key: 'СШ|2',
        variants: [
          { text: 'МБОУ «СШ № 2 им. Н.И. Рыленкова»', rows: [1, 2] },
          { text: 'МБОУ «СШ № 2 им. А.М. Городнянского»', rows: [3] },
        ],
      },
    ]);
  });
});
