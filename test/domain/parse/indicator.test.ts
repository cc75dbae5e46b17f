import fc from 'fast-check';
import { parseIndicator } from '../../../src/domain/parse/indicator';
import type { IndicatorTarget } from '../../../src/domain/core/types';

/**
 * Every indicator of the 6-column plan «План – график («дорожная карта»)… «500+» в 2022 году» of
 * seed 000, cells merged where a page break split them.
 */
const SEED_000: [string, IndicatorTarget | null][] = [
  ['100% участие', { kind: 'percent', op: '=', value: 100 }],
  ['Отчет по самодиагностике', null],
  ['Проекты концептуальных документов', null],
  ['Своевременное размещение\nдокументов', null],
  ['Своевременная отметка о согласовании программ', null],
  ['Не менее 75% участие', { kind: 'percent', op: '>=', value: 75 }],
  ['100% ОУ разместили концептуальные документы', { kind: 'percent', op: '=', value: 100, of: 'ОУ' }],
  ['В 100% ОУ реализовано: в 1 полугодии – не менее 40% мер; во 2 полугодии – не менее 90% мер', { kind: 'half-year', h1: 40, h2: 90 }],
  [
    'Не менее 75% ОО, кураторов, муниципальных координаторов смотрят вебинары он - лайн или в записи',
    { kind: 'percent', op: '>=', value: 75, of: 'ОО, кураторов, муниципальных координаторов' },
  ],
  ['100% участников проекта приняли участие в опросах', { kind: 'percent', op: '=', value: 100, of: 'участников проекта' }],
  ['Размещение документов,\nподтверждающих выполнение антикризисных мероприятий', null],
  ['75% педагогов ОУ участвуют в мероприятиях', { kind: 'percent', op: '=', value: 75, of: 'педагогов ОУ' }],
  ['100 % школ приняли участие в муниципальных конкурсах', { kind: 'percent', op: '=', value: 100, of: 'школ' }],
  ['<p>Не менее 60% педагогов участвуют в мероприятиях</p>', { kind: 'percent', op: '>=', value: 60, of: 'педагогов' }],
  ['Не менее 60% учителей математики участвуют в мероприятиях', { kind: 'percent', op: '>=', value: 60, of: 'учителей математики' }],
  ['Не менее 60% учителей – предметников участвуют в мероприятиях', { kind: 'percent', op: '>=', value: 60, of: 'учителей-предметников' }],
  ['100% участие школ', { kind: 'percent', op: '=', value: 100, of: 'школ' }],
  ['100 % участие школ', { kind: 'percent', op: '=', value: 100, of: 'школ' }],
  ['100% выполнили самоанализ', { kind: 'percent', op: '=', value: 100 }],
  ['100% школ представили положительные практики', { kind: 'percent', op: '=', value: 100, of: 'школ' }],
  ['Проведено не менее 5\nсовещаний', { kind: 'count', op: '>=', value: 5, of: 'совещаний' }],
  ['Не менее 2 ОО приняли участие', { kind: 'count', op: '>=', value: 2, of: 'ОО' }],
];

describe('parseIndicator: every indicator of seed 000', () => {
  test.each(SEED_000)('%s', (text, target) => {
    const r = parseIndicator(text);
    expect(r.text).toBe(text);
    expect(r.target).toEqual(target);
    expect(r.measurable).toBe(target !== null);
  });
});

describe('parseIndicator: percentages', () => {
  test.each<[string, IndicatorTarget]>([
    ['не меньше 80% педагогов', { kind: 'percent', op: '>=', value: 80, of: 'педагогов' }],
    ['не ниже 70 %', { kind: 'percent', op: '>=', value: 70 }],
    ['более 50% родителей', { kind: 'percent', op: '>=', value: 50, of: 'родителей' }],
    ['свыше 50 % родителей', { kind: 'percent', op: '>=', value: 50, of: 'родителей' }],
    ['≥ 80% педагогов', { kind: 'percent', op: '>=', value: 80, of: 'педагогов' }],
    ['>= 90% мер', { kind: 'percent', op: '>=', value: 90, of: 'мер' }],
    ['Доля педагогов – 12,5%', { kind: 'percent', op: '=', value: 12.5, of: 'педагогов' }],
    ['Доля педагогов, прошедших КПК, – не менее 80%', { kind: 'percent', op: '>=', value: 80, of: 'педагогов, прошедших КПК' }],
    ['Коэффициент охвата кураторами – 85%', { kind: 'percent', op: '=', value: 85 }],
    ['не менее 12.5 процентов учителей', { kind: 'percent', op: '>=', value: 12.5, of: 'учителей' }],
    ['Охват педагогов – до 70 %', { kind: 'percent', op: '>=', value: 70, of: 'педагогов' }],
    ['Количество учителей, участвующих в системе обмена опытом, увеличилось -до 69%.', { kind: 'percent', op: '>=', value: 69, of: 'учителей, участвующих' }],
    ['у 50 % обучающихся снижен уровень тревожности', { kind: 'percent', op: '=', value: 50, of: 'обучающихся' }],
    ['Формирование готовности к сдаче ОГЭ и ЕГЭ у 100% выпускников.', { kind: 'percent', op: '=', value: 100, of: 'выпускников' }],
    ['В системе дополнительного образования задействовано 75% обучающихся', { kind: 'percent', op: '=', value: 75, of: 'обучающихся' }],
    ['100 % педагогических работников осуществляют сопровождение', { kind: 'percent', op: '=', value: 100, of: 'педагогических работников' }],
    ['1. Не менее 60% педагогов', { kind: 'percent', op: '>=', value: 60, of: 'педагогов' }],
    ['доля ОО (не менее 50%, в том числе ШНОР и/или ШФНСУ -100%)', { kind: 'percent', op: '>=', value: 50, of: 'ОО' }],
    ['не менее чем в 80% школ', { kind: 'percent', op: '>=', value: 80, of: 'школ' }],
    ['участие всех ОО', { kind: 'percent', op: '=', value: 100, of: 'ОО' }],
  ])('%s', (text, target) => {
    expect(parseIndicator(text)).toEqual({ text, measurable: true, target });
  });
});

describe('parseIndicator: counts', () => {
  test.each<[string, IndicatorTarget]>([
    ['Проведено не менее 5 совещаний', { kind: 'count', op: '>=', value: 5, of: 'совещаний' }],
    ['более 3 мероприятий', { kind: 'count', op: '>=', value: 3, of: 'мероприятий' }],
    ['Обучение прошли 3 сотрудников МОЦ', { kind: 'count', op: '=', value: 3, of: 'сотрудников МОЦ' }],
    ['курсов внеурочной деятельности (не менее 5).', { kind: 'count', op: '>=', value: 5 }],
    ['Количество проведенных мероприятий – не менее 3', { kind: 'count', op: '>=', value: 3, of: 'проведенных мероприятий' }],
    ['Количество участников: 25 человек', { kind: 'count', op: '=', value: 25, of: 'человек' }],
    ['Средний балл ОГЭ по математике не ниже 3,5', { kind: 'count', op: '>=', value: 3.5 }],
    ['не реже 1 раза в месяц', { kind: 'count', op: '>=', value: 1, of: 'раза' }],
    ['не менее двух ОО', { kind: 'count', op: '>=', value: 2, of: 'ОО' }],
    ['Проведено не менее трех семинаров', { kind: 'count', op: '>=', value: 3, of: 'семинаров' }],
  ])('%s', (text, target) => {
    expect(parseIndicator(text)).toEqual({ text, measurable: true, target });
  });
});

describe('parseIndicator: half-year targets', () => {
  test.each<[string, number, number]>([
    ['I полугодие – 40%, II полугодие – 90%', 40, 90],
    ['40% в 1 полугодии, 90% во 2 полугодии', 40, 90],
    ['в первом полугодии не менее 40 % мер, во втором полугодии не менее 90 % мер', 40, 90],
    ['1-е полугодие: 40%; 2-е полугодие: 90%', 40, 90],
    ['за 1 полугодие - 40 %, по итогам года - 90 %', 40, 90],
    ['в 1 полугодии 2022 г. – 40%, во 2 полугодии 2022 г. – 90%', 40, 90],
  ])('%s', (text, h1, h2) => {
    expect(parseIndicator(text).target).toEqual({ kind: 'half-year', h1, h2 });
  });

  test('a single half-year is a plain percentage', () => {
    expect(parseIndicator('в 1 полугодии – не менее 40% мер').target).toEqual({ kind: 'percent', op: '>=', value: 40, of: 'мер' });
  });
});

describe('parseIndicator: baseline → target', () => {
  test.each<[string, number, number, string]>([
    ['Количество работников с первой или высшей категорией увеличился с 66% до 78%', 66, 78, '%'],
    ['Количество работников с первой или высшей категорией увеличился с **66% до 78%**.', 66, 78, '%'],
    ['увеличение с 3 до 5 человек', 3, 5, 'человек'],
    ['увеличение с 3 человек до 5', 3, 5, 'человек'],
    ['снижение доли обучающихся с 20% до 10%', 20, 10, '%'],
    ['рост доли с 12,5% до 15,5%', 12.5, 15.5, '%'],
    ['Увеличение доли с 40 % (2021) до 60 % (2023)', 40, 60, '%'],
    ['рост с 45,3 до 45,9 %', 45.3, 45.9, '%'],
    ['Увеличение сети предметных кружков, объединений с 3 до 5 для поддержки талантливых детей.', 3, 5, ''],
    ['повышение среднего балла с 52 до 60 баллов', 52, 60, 'баллов'],
  ])('%s', (text, from, to, unit) => {
    expect(parseIndicator(text).target).toEqual({ kind: 'change', from, to, unit });
  });

  test.each([['с 2021 до 2023 года'], ['Концепция развития на период с 2021 до 2023 года'], ['с 01.09.2022 до 31.05.2023'], ['обучение с 9 до 11 класса']])(
    '%s is not a change',
    (text) => {
      expect(parseIndicator(text).target?.kind).not.toBe('change');
    },
  );
});

describe('parseIndicator: numbers that cannot be a target', () => {
  test.each([
    ['Своевременное размещение документов'],
    ['Концепция развития (на 2 г.)'],
    ['Публичный отчёт школ участниц проекта «500+»'],
    ['Приказ от 12.03.2018 № 117'],
    ['Результаты ГИА-9 и ГИА-11'],
    ['Открытие 10-го профильного класса'],
    ['Отчёт за 2022 год'],
    ['в течение 2 недель'],
    ['до 27 марта 2022 г.'],
    ['стр. 3-7'],
    [''],
    ['   '],
  ])('%s', (text) => {
    const r = parseIndicator(text);
    expect(r.target).toBeNull();
    expect(r.measurable).toBe(false);
  });

  test('upper bounds and relative changes are measurable without a target', () => {
    for (const text of [
      'Не более 10% обучающихся',
      'менее 5% родителей',
      'Снижение доли обучающихся с рисками учебной неуспешности на 15 %',
      'снижение доли до 10 %',
    ]) {
      expect(parseIndicator(text)).toEqual({ text, measurable: true, target: null });
    }
  });
});

describe('parseIndicator never throws', () => {
  const tokens = [
    'не менее',
    'не более',
    'более',
    'свыше',
    'до',
    'с',
    'на',
    'в',
    '1',
    '2',
    'I',
    'II',
    '5',
    '40',
    '12,5',
    '100',
    '2022',
    '%',
    ' % ',
    'полугодии',
    'полугодие',
    'года',
    'увеличение',
    'снижение',
    'учителей',
    'ОО',
    'все',
    'двух',
    '№',
    '«',
    '»',
    '"',
    '(',
    ')',
    ',',
    ';',
    ':',
    '.',
    '–',
    '-',
    '\n',
    '\t',
    ' ',
    '≥',
    '<p>',
    '</p>',
    '&nbsp;',
    'ё',
    'Ё',
  ];
  const domainText = fc.array(fc.constantFrom(...tokens), { maxLength: 40 }).map((xs) => xs.join(' '));

  test('on random text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        const r = parseIndicator(s);
        expect(r.text).toBe(s);
        expect(r.measurable || r.target === null).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  test('on indicator-like text, and targets are well-formed', () => {
    fc.assert(
      fc.property(domainText, (s) => {
        const r = parseIndicator(s);
        if (r.target) {
          expect(r.measurable).toBe(true);
          const t = r.target;
          if (t.kind === 'percent' || t.kind === 'count') expect(Number.isFinite(t.value)).toBe(true);
          if (t.kind === 'half-year') expect(Number.isFinite(t.h1) && Number.isFinite(t.h2)).toBe(true);
          if (t.kind === 'change') expect(Number.isFinite(t.from) && Number.isFinite(t.to)).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  test('non-string input', () => {
    expect(parseIndicator(null as unknown as string).target).toBeNull();
    expect(parseIndicator(undefined as unknown as string).measurable).toBe(false);
  });

  test('a long cell is fast', () => {
    const long = 'Не менее 60% учителей математики участвуют в мероприятиях, '.repeat(400);
    expect(parseIndicator(long).target).toEqual({ kind: 'percent', op: '>=', value: 60, of: 'учителей математики' });
  });
});
