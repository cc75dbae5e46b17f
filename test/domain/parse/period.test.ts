import fc from 'fast-check';
import { academicQuarters, findPeriodInText, inferPeriodFromYears, parsePeriod } from '../../../src/domain/parse/period';
import type { Period } from '../../../src/domain/core/types';

const academic = (y: number): Period => ({ kind: 'academic', label: `${y}/${y + 1}`, start: `${y}-09-01`, end: `${y + 1}-08-31` });
const calendar = (y: number): Period => ({ kind: 'calendar', label: String(y), start: `${y}-01-01`, end: `${y}-12-31` });
const span = (a: number, b: number): Period => ({ kind: 'span', label: `${a}-${b}`, start: `${a}-01-01`, end: `${b}-12-31` });

describe('parsePeriod', () => {
  test.each<[string, Period | null]>([
    ['2022', calendar(2022)],
    ['на 2022 год', calendar(2022)],
    ['2022 г.', calendar(2022)],
    ['в 2022 году', calendar(2022)],
    ['2021/2022', academic(2021)],
    ['2021/22', academic(2021)],
    ['2021/2022 учебный год', academic(2021)],
    ['2021-2022 уч. г.', academic(2021)],
    ['2021–2022 уч.г.', academic(2021)],
    ['2021 - 2022 учебного года', academic(2021)],
    ['на 2021/2022 учебный год', academic(2021)],
    ['учебный год 2022-2023', academic(2022)],
    ['2021-2024', span(2021, 2024)],
    ['на 2021-2024 годы', span(2021, 2024)],
    ['2018 - 2019 г.г.', span(2018, 2019)],
    ['2021—2024 гг.', span(2021, 2024)],
    // a bare dash pair without «уч» is two calendar years
    ['2021-2022', span(2021, 2022)],
    ['2021-2022 годы', span(2021, 2022)],
    ['2021/2024', span(2021, 2024)],
    ['', null],
    ['   ', null],
    ['нет', null],
    ['2024-2021', null],
    ['1800', null],
    ['от 30.12.2021 № 470', null],
    ['№ 2022', null],
  ])('%j', (text, expected) => {
    expect(parsePeriod(text)).toEqual(expected);
  });

  test('the label round-trips', () => {
    for (const p of [academic(2021), calendar(2022), span(2021, 2024)]) expect(parsePeriod(p.label)).toEqual(p);
  });

  test('never throws', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (s) => {
        const p = parsePeriod(s);
        expect(p === null || p.start <= p.end).toBe(true);
      }),
      { numRuns: 300 },
    );
    expect(parsePeriod(undefined as unknown as string)).toBeNull();
  });
});

describe('findPeriodInText', () => {
  test('the order 305 plan: «2021/2022 учебный год» over order dates', () => {
    const lines = [
      '**УПРАВЛЕНИЕ ОБРАЗОВАНИЯ И МОЛОДЕЖНОЙ ПОЛИТИКИ',
      'ПЛАНЫ «ДОРОЖНЫЕ КАРТЫ»',
      '2021/2022 учебный год',
      'Приложение',
      'от 05.10.2021 № 305',
      '**План мероприятий адресной методической помощи',
      'школам с низкими результатами обучения и школам,',
      'функционирующим в неблагоприятных социальных условиях,',
      'в 2021/2022 учебном году в городе Смоленске**',
    ];
    expect(findPeriodInText(lines)).toEqual(academic(2021));
  });

  test('the order 470 plan-schedule: «в 2022 году», not the order date «30.12.2021»', () => {
    const lines = [
      'УТВЕРЖДЕН',
      'приказом управления',
      'от «30.12.2022» № 470',
      '(Приложение)',
      '**План – график',
      '(«дорожная карта») по методической поддержке общеобразовательных',
      'учреждений с низкими результатами обучения города Смоленска',
      'в рамках реализации проекта «500+» в 2022 году**',
    ];
    expect(findPeriodInText(lines)).toEqual(calendar(2022));
  });

  test('the order 476 programme: «на 2021-2024 годы»', () => {
    const lines = [
      'от 30.12.2021 № 476',
      'МУНИЦИПАЛЬНАЯ ПРОГРАММА',
      'сетевого взаимодействия образовательных организаций, в том числе',
      'на 2021-2024 годы',
      'г. Смоленск, 2021',
      'План мероприятий',
      'в рамках сетевого взаимодействия образовательных организаций и педагогов на 2021-2024 годы',
    ];
    expect(findPeriodInText(lines)).toEqual(span(2021, 2024));
  });

  test('seed 002: «(2018 - 2019 г.г.)» in a multi-line cell', () => {
    const lines = [
      '«Дорожная карта» муниципального проекта \n\n«Образовательный центр поддержки и развития \n\n муниципальной системы образования» (2018 - 2019 г.г.)',
    ];
    expect(findPeriodInText(lines)).toEqual(span(2018, 2019));
  });

  test('«ПЛАН-ГРАФИК ... в 2022 году» and academic phrasing', () => {
    expect(findPeriodInText(['ПЛАН-ГРАФИК мероприятий в 2022 году'])).toEqual(calendar(2022));
    expect(findPeriodInText(['Дорожная карта на 2021/2022 учебный год'])).toEqual(academic(2021));
    expect(findPeriodInText(['Программа', 'на 2021-2024 годы'])).toEqual(span(2021, 2024));
  });

  test('prefers the plan title near the table over an earlier academic year of another document', () => {
    const lines = [
      '2021/2022 учебный год',
      'Приказ от 30.12.2021 № 470 «Об утверждении плана-графика»',
      'текст',
      'текст',
      'текст',
      'текст',
      'текст',
      'текст',
      'текст',
      'текст',
      'План-график («дорожная карта») на 2022 год',
    ];
    expect(findPeriodInText(lines)).toEqual(calendar(2022));
  });

  test('nothing but order dates and numbers → null', () => {
    expect(findPeriodInText(['Приказ от 30.12.2021 № 470', 'от 25.08.2021 № 765-ОД'])).toBeNull();
    expect(findPeriodInText([])).toBeNull();
    expect(findPeriodInText(['', '   '])).toBeNull();
  });
});

describe('inferPeriodFromYears', () => {
  test('most frequent year → calendar period; ties go to the earlier year', () => {
    expect(inferPeriodFromYears([2022, 2021, 2022])).toEqual(calendar(2022));
    expect(inferPeriodFromYears([2022, 2021])).toEqual(calendar(2021));
    expect(inferPeriodFromYears([1800, 2022, 3000, 3000])).toEqual(calendar(2022));
    expect(inferPeriodFromYears([])).toBeNull();
    expect(inferPeriodFromYears([NaN, 12.5])).toBeNull();
  });
});

describe('academicQuarters', () => {
  test('school quarters of an academic year', () => {
    expect(academicQuarters(academic(2021))).toEqual([
      { start: '2021-09-01', end: '2021-10-31' },
      { start: '2021-11-01', end: '2021-12-29' },
      { start: '2022-01-09', end: '2022-03-23' },
      { start: '2022-04-01', end: '2022-05-31' },
    ]);
  });

  test('a calendar year: the school quarters lying inside it, in date order', () => {
    expect(academicQuarters(calendar(2022))).toEqual([
      { start: '2022-01-09', end: '2022-03-23' },
      { start: '2022-04-01', end: '2022-05-31' },
      { start: '2022-09-01', end: '2022-10-31' },
      { start: '2022-11-01', end: '2022-12-29' },
    ]);
  });

  test('a span: every school quarter inside it', () => {
    const qs = academicQuarters(span(2021, 2024));
    expect(qs).toHaveLength(16);
    expect(qs[0]).toEqual({ start: '2021-01-09', end: '2021-03-23' });
    expect(qs[15]).toEqual({ start: '2024-11-01', end: '2024-12-29' });
  });

  test('a broken period gives no quarters', () => {
    expect(academicQuarters({ kind: 'calendar', label: '?', start: 'x', end: '2022-12-31' })).toEqual([]);
  });
});
