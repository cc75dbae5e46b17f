/** «Сводка по школам» over the in-memory spreadsheet. */
import { buildSummarySheets } from '../../src/gas/summary';
import { GENERATED_KEY } from '../../src/gas/safe-writer';
import { createFakeGas, type FakeGas, type SeedValue } from '../fakes/gas';

let restore: (() => void) | null = null;
afterEach(() => {
  restore?.();
  restore = null;
});

const HEADER = ['№', 'Мероприятие', 'Срок', 'Ответственный', 'Статус', 'Дата выполнения', 'Подтверждающий документ', 'Отметка куратора'];
const school = (title: string, rows: SeedValue[][]): SeedValue[][] => [[title], HEADER, ...rows];

function setup(extra: Record<string, SeedValue[][]> = {}): FakeGas {
  const fake = createFakeGas({
    sheets: {
      'СШ 21': school('Дорожная карта МБОУ «СШ № 21» на 2022 год', [
        ['1', 'Совещание', 'январь 2022', 'УО', 'Выполнено', '20.01.2022', 'https://example.org/1', 'Подтверждено'],
        ['2', 'Семинар', 'февраль 2022', 'МОЦ', 'Выполнено', '10.02.2022', 'https://example.org/2', ''],
        ['3', 'Мониторинг', 'март 2022', 'ШНОР', 'В работе', '', '', ''],
        ['4', 'Отчёт', 'декабрь 2022', 'ШНОР', '', '', '', ''],
      ]),
      'СШ 36': school('Дорожная карта на 2022 год', [
        ['1', 'Совещание', 'январь 2022', 'УО', 'Выполнено', '25.01.2022', 'https://example.org/3', 'Подтверждено'],
        ['2', 'Анализ', 'февраль 2022', 'ШНОР', 'Требуется доработка', '', '', 'На доработку'],
      ]),
      'Реестр школ': [
        ['Школа', 'Школа-куратор', 'Куратор (ФИО)', 'Кластер', 'Муниципалитет', 'Ссылка на таблицу школы / лист'],
        ['МБОУ «СШ № 21 им. Н.И. Рыленкова»', 'МБОУ «Гимназия № 1»', 'Слободич А.Н.', '500+ 2022', 'Смоленск', 'СШ 21'],
        ['МБОУ «СШ № 36 им. А.М. Городнянского»', 'МБОУ «СШ № 40»', '', '500+ 2022', 'Смоленск', 'СШ 36'],
        ['МБОУ «СШ № 9»', 'МБОУ «СШ № 33»', '', '500+ 2021', 'Смоленск', 'https://docs.google.com/spreadsheets/d/1ExampleExampleExampleExample00/edit'],
      ],
      ...extra,
    },
    activeSheet: 'СШ 21',
  });
  restore = fake.installGlobals();
  return fake;
}

test('the four sheets, a row per school named from the registry, a chart, the unreadable school listed', () => {
  const fake = setup();
  const out = buildSummarySheets();
  expect(out.sheets).toEqual(['Сводка', 'Исполнители', 'Календарь', 'Отчёт за полугодие']);
  expect(out.schools).toBe(2);
  expect(out.notRead).toEqual([expect.stringMatching(/^МБОУ «СШ № 9»: таблица недоступна/)]);
  const rows = fake.sheetValues('Сводка');
  expect(rows[0][0]).toBe('Школа');
  expect(rows[1].slice(0, 6)).toEqual(['МБОУ «СШ № 21 им. Н.И. Рыленкова»', 'МБОУ «Гимназия № 1» (Слободич А.Н.)', '500+ 2022', 4, 2, 50]);
  expect(rows[2].slice(0, 6)).toEqual(['МБОУ «СШ № 36 им. А.М. Городнянского»', 'МБОУ «СШ № 40»', '500+ 2022', 2, 1, 50]);
  expect(String(rows[3][0])).toMatch(/^Итого: 2 школы/);
  expect(rows.flat().join(' ')).toContain('Не прочитаны (1)');
  expect(fake.charts('Сводка')).toHaveLength(1);
  expect(fake.charts('Сводка')[0].ranges).toEqual(['A1:A3', 'F1:F3']);
  expect(fake.metadata().filter((m) => m.key === GENERATED_KEY)).toHaveLength(4);
});

test('a user sheet named «Сводка» is never touched; re-running replaces only the generated sheet', () => {
  const fake = setup({ Сводка: [['мои записи']] });
  buildSummarySheets();
  buildSummarySheets();
  expect(fake.sheetValues('Сводка')).toEqual([['мои записи']]);
  expect(fake.sheetNames().filter((n) => n.startsWith('Сводка'))).toEqual(['Сводка', 'Сводка (2)']);
  expect(fake.sheetValues('Сводка (2)')[0][0]).toBe('Школа');
  expect(fake.charts('Сводка (2)')).toHaveLength(1);
});

test('values from schools are written as text, never as formulas', () => {
  const fake = setup();
  fake.loadSheet('СШ 21', school('План на 2022 год', [['1', '=IMPORTXML("http://evil";"//a")', 'январь 2022', '=1+1', '', '', '', '']]));
  buildSummarySheets();
  for (const name of ['Сводка', 'Исполнители', 'Календарь', 'Отчёт за полугодие']) {
    expect(fake.formulas(name).flat().filter(Boolean)).toEqual([]);
  }
  expect(fake.sheetValues('Исполнители').flat()).toContain('=IMPORTXML("http://evil";"//a")');
});
