/** The registry of schools: reading it as written, and finding a roadmap's entry. */
import { registry as registryTemplate } from '../../../../sheets-templates';
import { templateGrid } from '../../../../src/domain/workbook/templates';
import { matchRegistry, parseRegistryGrid, REGISTRY_CODES, registryToGrid, type RegistryEntry } from '../../../../src/domain/workbook/kinds/registry';
import { loadFixture } from '../../../fixtures/load';

const { schools: SAMPLE } = parseRegistryGrid(templateGrid(registryTemplate));

describe('parseRegistryGrid', () => {
  test('the template sample: ten schools with curator school, person, cluster, municipality', () => {
    expect(SAMPLE).toHaveLength(10);
    expect(SAMPLE[0]).toEqual({
      row: 2,
      school: 'МБОУ «СШ № 9»',
      schoolKey: 'СШ|9',
      curatorSchool: 'МБОУ «СШ № 33»',
      curatorPerson: 'Жойкин Сергей Александрович',
      cluster: 'Проект «500+», 2021',
      municipality: 'город Смоленск',
      link: 'Дорожная карта школы',
      reviewer: 'МБОУ «СШ № 10»',
    });
    expect(new Set(SAMPLE.map((s) => s.schoolKey)).size).toBe(10);
  });

  test('seed 000, order 384: title lines above, «ОУ с низкими…» / «ОУ с высокими…» / «Ответственное лицо, Ф.И.О.»', () => {
    const { schools, diagnostics } = parseRegistryGrid(loadFixture('seed000-order384-pairs.tsv'));
    expect(diagnostics).toEqual([]);
    expect(schools).toHaveLength(8);
    expect(schools[1]).toMatchObject({
      school: 'МБОУ «СШ № 16»',
      curatorSchool: 'МБОУ «Гимназия № 1 им. Н.М. Пржевальского»',
      curatorPerson: 'Слободич Анжела Николаевна',
      cluster: null,
    });
    expect(schools.map((s) => s.schoolKey)).toEqual(['СШ|13', 'СШ|16', 'СШ|18', 'СШ|19', 'СШ|21', 'СШ|28', 'СШ|36', 'СШ|39']);
  });

  test('seed 003 curator pairs: year rows become clusters, «ФИО, школа» is split', () => {
    const { schools, diagnostics } = parseRegistryGrid(loadFixture('seed003-curator-pairs.tsv'));
    expect(diagnostics).toEqual([]);
    expect(schools.map((s) => [s.schoolKey, s.cluster])).toEqual([
      ['СШ|9', '2020-2021 уч.г.'],
      ['СШ|10', '2020-2021 уч.г.'],
      ['СШ|21', '2021-2022 уч. г.'],
      ['СШ|36', '2021-2022 уч. г.'],
    ]);
    expect(schools[0]).toMatchObject({ curatorPerson: 'Жойкин Сергей Александрович', curatorSchool: 'МБОУ «СШ № 33»' });
    expect(schools[2]).toMatchObject({ curatorPerson: 'Слободич Анжела Николаевна', curatorSchool: 'МБОУ «Гимназия № 1 им. Н.М. Пржевальского»' });
  });

  test('rows without a school are skipped with a finding; repeats are reported; headers matched loosely', () => {
    const { schools, diagnostics } = parseRegistryGrid(
      [
        ['№', 'ШНОР', 'школа-наставник', 'куратор, ФИО', 'кластер', 'район', 'ссылка'],
        [
          '1',
          'МБОУ «СШ № 5»',
          'МБОУ «Лицей № 1»',
          'Иванова И.И.',
          'Север',
          'Заднепровский',
          'https://docs.google.com/spreadsheets/d/1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789/edit',
        ],
        ['2', '', 'МБОУ «СШ № 2»', 'Петров П.П.'],
        ['3', 'МБОУ "Средняя школа №5"', 'МБОУ «СШ № 7»'],
        [],
      ],
      'Реестр',
    );
    expect(schools).toHaveLength(1);
    expect(schools[0]).toMatchObject({
      school: 'МБОУ «СШ № 5»',
      curatorSchool: 'МБОУ «Лицей № 1»',
      curatorPerson: 'Иванова И.И.',
      cluster: 'Север',
      municipality: 'Заднепровский',
    });
    expect(diagnostics.map((d) => [d.code, d.row, d.field])).toEqual([
      ['registry-no-school', 3, 'school'],
      ['registry-duplicate-school', 4, 'school'],
    ]);
    expect(diagnostics[0].message).toBe('Лист «Реестр», строка 3, столбец «ШНОР»: не указана школа; строка пропущена.');
    for (const d of diagnostics) expect(REGISTRY_CODES[d.code as keyof typeof REGISTRY_CODES].severity).toBe(d.severity);
  });

  test('no header: one finding, no schools; an empty sheet: nothing', () => {
    const r = parseRegistryGrid([['просто текст'], ['ещё текст']]);
    expect(r.schools).toEqual([]);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['registry-no-header']);
    expect(parseRegistryGrid([])).toEqual({ schools: [], diagnostics: [] });
    expect(() => parseRegistryGrid(null as unknown as [])).not.toThrow();
  });

  test('registryToGrid round trip', () => {
    const back = parseRegistryGrid(registryToGrid(SAMPLE)).schools;
    expect(back).toEqual(SAMPLE);
  });
});

test('matchRegistry: one file per school, every file with the same sheet name', () => {
  const e = (row: number, school: string, link: string): RegistryEntry => ({
    row,
    school,
    schoolKey: null,
    curatorSchool: null,
    curatorPerson: null,
    cluster: null,
    municipality: null,
    link,
    reviewer: null,
  });
  const list = [e(2, 'Школа 1', 'school1.xlsx'), e(3, 'Школа 4', 'school4.xlsx'), e(4, 'Школа 5', 'Дорожная карта')];
  expect(matchRegistry(list, { file: '/data/school1.xlsx', sheet: 'Дорожная карта' })?.row).toBe(2);
  expect(matchRegistry(list, { file: '/data/school4.xlsx', sheet: 'Дорожная карта' })?.row).toBe(3);
  // Only the sheet named: that entry, unless a file matches better.
  expect(matchRegistry(list, { sheet: 'Дорожная карта' })?.row).toBe(4);
});

describe('matchRegistry', () => {
  const sheetUrl = (id: string, gid = 0) => `https://docs.google.com/spreadsheets/d/${id}/edit#gid=${gid}`;
  const ID_A = '1AaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaA';
  const ID_B = '1BbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbB';
  const entry = (row: number, school: string, link: string | null, key: string | null = null): RegistryEntry => ({
    row,
    school,
    schoolKey: key,
    curatorSchool: null,
    curatorPerson: null,
    cluster: null,
    municipality: null,
    link,
    reviewer: null,
  });
  const entries: RegistryEntry[] = [
    entry(2, 'МБОУ «СШ № 21 им. Н.И. Рыленкова»', sheetUrl(ID_A), 'СШ|21'),
    entry(3, 'МБОУ «СШ № 36 им. А.М. Городнянского»', 'дорожная карта СШ36.xlsx', 'СШ|36'),
    entry(4, 'МБОУ «СШ № 9»', 'Дорожная карта школы', 'СШ|9'),
    entry(5, 'МБОУ «СШ № 10»', `${sheetUrl(ID_B, 11)}`, 'СШ|10'),
    entry(6, 'МБОУ «СШ № 40»', `${sheetUrl(ID_B, 22)}`, 'СШ|40'),
    entry(7, 'МБОУ «Гимназия № 1 им. Н.М. Пржевальского»', null, 'Гимназия|1'),
  ];

  test('by the spreadsheet id in a Google Sheets link (the file given as a URL or as the id)', () => {
    expect(matchRegistry(entries, { file: sheetUrl(ID_A, 5) })?.row).toBe(2);
    expect(matchRegistry(entries, { file: ID_A, sheet: 'Лист1' })?.row).toBe(2);
  });

  test('by a file name or a sheet name in the link', () => {
    expect(matchRegistry(entries, { file: '/home/u/Загрузки/Дорожная карта СШ36.xlsx' })?.row).toBe(3);
    expect(matchRegistry(entries, { file: 'Пример.xlsx', sheet: 'Дорожная карта школы' })?.row).toBe(4);
  });

  test('one spreadsheet for several schools: the school named in the sheet or title decides', () => {
    expect(matchRegistry(entries, { file: ID_B, sheet: 'СШ № 40' })?.row).toBe(6);
    expect(matchRegistry(entries, { file: ID_B, title: 'Дорожная карта МБОУ «СШ № 10» на 2022 год' })?.row).toBe(5);
    expect(matchRegistry(entries, { file: ID_B, sheet: 'Лист1' })).toBeNull();
  });

  test('by the school name: another honorific or spelling is the same school', () => {
    expect(matchRegistry(entries, { sheet: 'План', title: 'Дорожная карта МБОУ «СШ № 36 им. М.А. Городнянского» на 2022 год' })?.row).toBe(3);
    expect(matchRegistry(entries, { sheet: 'МБОУ "Средняя школа №21 имени Н.И.Рыленкова"' })?.row).toBe(2);
    expect(matchRegistry(entries, { file: '/tmp/Гимназия № 1.xlsx' })?.row).toBe(7);
  });

  test('a title naming several schools of the registry is ambiguous; unknown schools match nothing', () => {
    expect(matchRegistry(entries, { title: 'План МБОУ «СШ № 21» и МБОУ «СШ № 36»' })).toBeNull();
    expect(matchRegistry(entries, { title: 'Дорожная карта МБОУ «СШ № 99»' })).toBeNull();
    expect(matchRegistry(entries, {})).toBeNull();
    expect(matchRegistry([], { sheet: 'СШ № 21' })).toBeNull();
  });

  test('the template sample: the school roadmap sheet finds СШ № 9', () => {
    expect(matchRegistry(SAMPLE, { file: 'Пример — дорожные карты.xlsx', sheet: 'Дорожная карта школы' })?.school).toBe('МБОУ «СШ № 9»');
  });
});
