import fc from 'fast-check';
import { findSchoolMentions, findSchoolVariants, parseSchoolName, type SchoolName } from '../../../src/domain/parse/school';

const pick = (s: SchoolName | null) => s && { type: s.type, number: s.number, honorific: s.honorific, key: s.key, text: s.text };

describe('parseSchoolName', () => {
  test.each<[string, string, string | null, string | null, string]>([
    ['МБОУ «СШ № 36 им. А.М. Городнянского»', 'СШ', '36', 'им. А.М. Городнянского', 'СШ|36'],
    ['МБОУ «СШ №21 им. Н.И. Рыленкова»', 'СШ', '21', 'им. Н.И. Рыленкова', 'СШ|21'],
    ['МБОУ "Средняя школа №21 имени Н.И.Рыленкова"', 'СШ', '21', 'им. Н.И. Рыленкова', 'СШ|21'],
    ['«Средняя школа № 21 имени Н.И. Рыленкова»', 'СШ', '21', 'им. Н.И. Рыленкова', 'СШ|21'],
    ['СШ № 36', 'СШ', '36', null, 'СШ|36'],
    ['«СШ№10»', 'СШ', '10', null, 'СШ|10'],
    ['Гимназия № 1 им. Н.М. Пржевальского', 'Гимназия', '1', 'им. Н.М. Пржевальского', 'Гимназия|1'],
    ['МБОУ «Лицей № 1 им. академика Б.Н. Петрова»', 'Лицей', '1', 'им. академика Б.Н. Петрова', 'Лицей|1'],
    ['МБОУ «СШ № 19 им. Героя России Панова»', 'СШ', '19', 'им. Героя России Панова', 'СШ|19'],
    ['МБОУ «СШ № 17 им. Героя Российской Федерации им. А.Б. Буханова»', 'СШ', '17', 'им. Героя Российской Федерации им. А.Б. Буханова', 'СШ|17'],
    ['«СРЕДНЯЯ ШКОЛА № 36 ИМЕНИ ГЕНЕРАЛА А.М. ГОРОДНЯНСКОГО»', 'СШ', '36', 'им. ГЕНЕРАЛА А.М. ГОРОДНЯНСКОГО', 'СШ|36'],
    ['МАОУ «Прииртышская СОШ»', 'СОШ', null, null, 'СОШ|прииртышск'],
    ['МАОУ «Прииртышская средняя общеобразовательная школа»', 'СОШ', null, null, 'СОШ|прииртышск'],
    ['МБОУ «СШ № 8 с углубленным изучением иностранных языков»', 'СШ', '8', null, 'СШ|8'],
    ['школа № 5', 'Школа', '5', null, 'Школа|5'],
    ['ГБОУ Школа № 1234', 'Школа', '1234', null, 'Школа|1234'],
    ['МБОУ СОШ №5-А', 'СОШ', '5а', null, 'СОШ|5а'],
    ['МКОУ ООШ № 3', 'ООШ', '3', null, 'ООШ|3'],
    ['МБОУ «Основная общеобразовательная школа № 2»', 'ООШ', '2', null, 'ООШ|2'],
    ['МБОУ «Начальная школа – детский сад № 4»', 'НШ-ДС', '4', null, 'НШ-ДС|4'],
    ['МБОУ НШ-ДС № 4', 'НШ-ДС', '4', null, 'НШ-ДС|4'],
    ['МБОУ СОШ 12', 'СОШ', '12', null, 'СОШ|12'],
    ['Лицей «Ступени»', 'Лицей', null, null, 'Лицей|ступени'],
    ['МБОУ «Школа-интернат № 2»', 'Школа-интернат', '2', null, 'Школа-интернат|2'],
  ])('%s', (text, type, number, honorific, key) => {
    const s = parseSchoolName(text);
    expect(s).not.toBeNull();
    expect(pick(s)).toMatchObject({ type, number, honorific, key });
  });

  test('the mention text is the name as written, spaces normalised', () => {
    expect(parseSchoolName('  МБОУ  «СШ № 36\nим. А.М. Городнянского» ')?.text).toBe('МБОУ «СШ № 36 им. А.М. Городнянского»');
    expect(parseSchoolName('БОУ "Тайчинская СОШ" Тевризского муниципального района')?.text).toBe('БОУ "Тайчинская СОШ"');
  });

  test('extra facts: prefix, name, specialisation', () => {
    expect(parseSchoolName('МАОУ «Прииртышская СОШ»')).toMatchObject({ prefix: 'МАОУ', name: 'Прииртышская' });
    expect(parseSchoolName('МБОУ «СШ № 8 с углубленным изучением иностранных языков»')?.specialisation).toBe('с углубленным изучением иностранных языков');
  });

  test('a bare type is a school only when the text is nothing else', () => {
    expect(parseSchoolName('Гимназия')?.type).toBe('Гимназия');
    expect(parseSchoolName('Школа эффективного учителя математики')).toBeNull();
  });

  test.each([['МБУ ДО «ЦДО № 1»'], ['школы-кураторы'], ['ШНОР-школа-куратор'], ['Управление образования'], [''], ['ОЦПРМСО'], ['в 9 классах школы 2022 года']])(
    '%s is not a school',
    (text) => {
      expect(parseSchoolName(text)).toBeNull();
    },
  );
});

describe('findSchoolMentions', () => {
  test('a measure title naming two schools', () => {
    const t =
      'Участие учителей математики МБОУ «СШ №21 им. Н.И. Рыленкова», МБОУ «СШ № 36 им. А.М. Городнянского» в постоянно действующих семинарах-практикумах';
    expect(findSchoolMentions(t).map((s) => [s.text, s.key])).toEqual([
      ['МБОУ «СШ №21 им. Н.И. Рыленкова»', 'СШ|21'],
      ['МБОУ «СШ № 36 им. А.М. Городнянского»', 'СШ|36'],
    ]);
  });

  test('a responsible cell of school pairs', () => {
    const t =
      'Муниципальный координатор, ОЦПРМСО, ШНОР-школа-куратор): МБОУ «СШ №21 им. Н.И. Рыленкова» - МБОУ «Гимназия № 1 им. Н.М. Пржевальского», МБОУ «СШ № 36 им. А.М. Городнянского» - МБОУ «СШ № 40»';
    expect(findSchoolMentions(t).map((s) => s.key)).toEqual(['СШ|21', 'Гимназия|1', 'СШ|36', 'СШ|40']);
  });

  test('names listed after one prefix («МБОУ: «СШ № 1», «СШ № 18»»)', () => {
    const t = 'вошли следующие МБОУ: «СШ № 1», «СШ № 18». «СШ № 15», «СШ № 19 им. Героя России Панова», «СШ № 22».';
    expect(findSchoolMentions(t).map((s) => s.key)).toEqual(['СШ|1', 'СШ|18', 'СШ|15', 'СШ|19', 'СШ|22']);
  });

  test('an unclosed quote and a name cut by a page break', () => {
    expect(findSchoolMentions('совместный план методической работы МБОУ «СШ № 10 и МБОУ «СШ № 27 им. Э.А. Хиля».').map((s) => [s.key, s.honorific])).toEqual([
      ['СШ|10', null],
      ['СШ|27', 'им. Э.А. Хиля'],
    ]);
    expect(findSchoolMentions('МБОУ «Гимназия № 1 им. Н.М., МБОУ «СШ № 40»').map((s) => [s.key, s.honorific])).toEqual([
      ['Гимназия|1', null],
      ['СШ|40', null],
    ]);
  });

  test('a tab ends a name (cells of a copied table)', () => {
    expect(findSchoolMentions('МБОУ «СШ №21 им.\tПлан проведения заседаний').map((s) => [s.key, s.honorific])).toEqual([['СШ|21', null]]);
    expect(findSchoolMentions('МБОУ «СШ № 21 им. Н.И. Рыленкова\tСлободич Анжела Николаевна')[0].honorific).toBe('им. Н.И. Рыленкова');
  });

  test('named schools without a number', () => {
    expect(
      findSchoolMentions('Взаимоэкспертиза МБОУ «СШ № 21 им. Н.И. Рыленкова» и МАОУ «Прииртышская средняя общеобразовательная школа»').map((s) => s.key),
    ).toEqual(['СШ|21', 'СОШ|прииртышск']);
    expect(findSchoolMentions('в Прииртышской СОШ').map((s) => s.key)).toEqual(['СОШ|прииртышск']);
  });

  test.each([
    ['Организация наставничества ШНОР в рамках работы «Школа эффективного учителя математики», Школы молодого учителя, Школы Лидеров образования'],
    ['федерального проекта «Современная школа» национального проекта «Образование»'],
    ['Закрепление школ-наставников за ШНРО'],
    ['Обеспечение сопровождения при взаимодействии с ГАУ ДПО СОИРО и МБУ ДО «ЦДО № 1»'],
    ['в гимназии 2 учителя'],
    ['Средняя школа — основа'],
    ['Итоговая городская конференция «Реализация проекта «500+»'],
  ])('%s names no school', (text) => {
    expect(findSchoolMentions(text)).toEqual([]);
  });
});

describe('findSchoolVariants', () => {
  test('seed 000 names school 36 three ways: one group with three variants', () => {
    const groups = findSchoolVariants([
      { text: 'МБОУ «СШ № 36 им. А.М. Городнянского»', row: 5 },
      { text: 'МБОУ «СШ № 36 им. С.А. Лавочкина»', row: 9 },
      { text: 'Управления образования, ШНОР: МБОУ «СШ № 21 им. Н.И. Рыленкова», МБОУ «СШ № 36 им. М.А. Городнянского»', row: 7 },
      { text: 'МБОУ «СШ №21 им. Н.И. Рыленкова»', row: 3 },
      { text: 'МБОУ «СШ № 36»', row: 11 },
      { text: 'МБОУ «СШ № 36 им. А.М.Городнянского»', row: 12 },
      { text: 'МБОУ «СШ № 36 им. А.М. Городнянского»', row: 12 },
    ]);
    expect(groups).toEqual([
      {
        key: 'СШ|36',
        variants: [
          { text: 'МБОУ «СШ № 36 им. А.М. Городнянского»', rows: [5, 12] },
          { text: 'МБОУ «СШ № 36 им. С.А. Лавочкина»', rows: [9] },
          { text: 'МБОУ «СШ № 36 им. М.А. Городнянского»', rows: [7] },
        ],
      },
    ]);
  });

  test('spacing, quotes and «имени»/«им.» are not variants; a typo in the name is', () => {
    expect(
      findSchoolVariants([
        { text: 'МБОУ «СШ №21 им. Н.И. Рыленкова»', row: 1 },
        { text: 'МБОУ "Средняя школа №21 имени Н.И.Рыленкова"', row: 2 },
        { text: 'СШ № 21 им. Н. И. Рыленкова', row: 3 },
      ]),
    ).toEqual([]);
    expect(
      findSchoolVariants([
        { text: 'МБОУ «СШ № 27 им. Э.А. Хиля»', row: 1 },
        { text: '«СШ№27 им. Э.А. Хия»', row: 2 },
      ]),
    ).toEqual([
      {
        key: 'СШ|27',
        variants: [
          { text: 'МБОУ «СШ № 27 им. Э.А. Хиля»', rows: [1] },
          { text: '«СШ№27 им. Э.А. Хия»', rows: [2] },
        ],
      },
    ]);
  });

  test('different schools with the same honorific are not grouped', () => {
    expect(
      findSchoolVariants([
        { text: 'СШ № 1 им. А.С. Пушкина', row: 1 },
        { text: 'Гимназия № 1 им. Л.Н. Толстого', row: 2 },
      ]),
    ).toEqual([]);
  });

  test('empty input', () => {
    expect(findSchoolVariants([])).toEqual([]);
  });
});

describe('school parsers never throw', () => {
  const tokens = [
    'МБОУ',
    'МАОУ',
    '«',
    '»',
    '"',
    'СШ',
    'СОШ',
    'школа',
    'Гимназия',
    'лицей',
    'средняя',
    '№',
    'N',
    '21',
    '5-А',
    'им.',
    'имени',
    'Н.И.',
    'Рыленкова',
    'генерала',
    'и',
    ',',
    '.',
    '-',
    '\n',
    '\t',
    ' ',
    'Прииртышская',
    'с углубленным изучением',
    '(',
  ];
  const text = fc.array(fc.constantFrom(...tokens), { maxLength: 40 }).map((xs) => xs.join(' '));

  test('on random and name-like text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), text), (s) => {
        const one = parseSchoolName(s);
        if (one) {
          expect(one.key.startsWith(`${one.type}|`)).toBe(true);
          expect(one.text).toBe(one.text.trim());
        }
        for (const m of findSchoolMentions(s)) expect(m.key).not.toBe('');
        expect(Array.isArray(findSchoolVariants([{ text: s, row: 1 }]))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  test('a long text is fast', () => {
    const long = 'МБОУ «СШ №21 им. Н.И. Рыленкова» - МБОУ «Гимназия № 1 им. Н.М. Пржевальского», '.repeat(300);
    expect(findSchoolMentions(long)).toHaveLength(600);
  });
});

// The hand-written scanners (school-scan.ts) against what the regexes they replace gave on tricky texts:
// small words before a lead, types glued to letters or digits, number suffixes, «им.» without spaces.
describe('findSchoolMentions: cases the scanners must read as the regexes did', () => {
  test.each<[string, [string, string, string | null][]]>([
    ['учителей-предметников МБОУ «Прииртышская СОШ»', [['СОШ|прииртышск', 'МБОУ «Прииртышская СОШ»', null]]],
    [
      'в Прииртышской СОШ и МАОУ «Ивановская СОШ»',
      [
        ['СОШ|прииртышск', 'Прииртышской СОШ', null],
        ['СОШ|ивановск', 'МАОУ «Ивановская СОШ»', null],
      ],
    ],
    [
      'ЦентрСОШ № 5, СОШ№6, ВСОШ 7, МСОШ 8-Б.',
      [
        ['СОШ|6', 'СОШ№6', null],
        ['ВСОШ|7', 'ВСОШ 7', null],
        ['СОШ|8', 'МСОШ 8', null],
      ],
    ],
    [
      'МБОУ «СШ № 5-А.» и «СШ № 6а», школа N 12, школа No. 13, школа # 14',
      [
        ['СШ|5', 'МБОУ «СШ № 5', null],
        ['СШ|6а', '«СШ № 6а»', null],
        ['Школа|12', 'школа N 12', null],
        ['Школа|13', 'школа No. 13', null],
        ['Школа|14', 'школа # 14', null],
      ],
    ],
    ['МБОУ «СШ №21 им.Н.И.Рыленкова»', [['СШ|21', 'МБОУ «СШ №21 им.Н.И.Рыленкова»', 'им. Н.И. Рыленкова']]],
    [
      'МБОУ «СШ № 21 ИМ. Н.И. РЫЛЕНКОВА», МБОУ «СШ № 21 имени Н. И. Рыленкова»',
      [
        ['СШ|21', 'МБОУ «СШ № 21 ИМ. Н.И. РЫЛЕНКОВА»', 'им. Н.И. РЫЛЕНКОВА'],
        ['СШ|21', 'МБОУ «СШ № 21 имени Н. И. Рыленкова»', 'им. Н.И. Рыленкова'],
      ],
    ],
    ['ΑΣ»Α СОШ № 1', [['СОШ|1', 'СОШ № 1', null]]],
    [
      'МБОУ «СШ № 3 им. Героя Советского Союза Н.А. Гастелло»',
      [['СШ|3', 'МБОУ «СШ № 3 им. Героя Советского Союза Н.А. Гастелло»', 'им. Героя Советского Союза Н.А. Гастелло']],
    ],
  ])('%s', (text, expected) => {
    expect(findSchoolMentions(text).map((s) => [s.key, s.text, s.honorific])).toEqual(expected);
  });
});
