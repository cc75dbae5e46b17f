/**
 * Headers lie: the measures of seed 002 under a header that names the indicator, result forms under
 * a header that names nothing, evidence known by its links. Each column says why it was chosen.
 */
import { analyseSheet } from '../../../src/domain/roadmap/analyse';
import type { Grid } from '../../../src/domain/core/types';
import { columnLine } from '../../../src/domain/table/fields-ru';
import { looksLikeDocumentName, looksLikeMeasureTitle } from '../../../src/domain/table/sniff';

const grid: Grid = [
  ['«Дорожная карта» муниципального проекта (2018 - 2019 г.г.)'],
  ['№п/п', 'Показатели', 'Срок', 'Ответственные', 'Выход', 'Приложение'],
  ['1.', 'Разработка, обсуждение и утверждение муниципального проекта «Образовательный центр»', 'Март 2018', 'СОИРО, ОМСУ', 'Приказ', 'Приказ № 12'],
  ['2.', 'Создание муниципального образовательного центра (МОЦ) на базе МБОУ ДО «ЦДО»', 'Март 2018', 'ОМСУ', 'Приказ управления образования', 'Приказ № 14'],
  ['3.', 'Определение школ с нестабильными результатами обучения', 'Март 2018', 'ОМСУ, МОЦ', 'Аналитическая справка', null],
  ['4.', 'Организация сопровождения школ специалистами и сотрудниками МОЦ', 'Апрель-октябрь 2018', 'МОЦ, СОИРО', 'Протокол', 'Протокол совещания'],
  [
    '5.',
    'Проведение входного и итогового мониторингов программ повышения качества образования',
    'Март, октябрь 2018',
    'МОЦ, СОИРО',
    'Аналитическая справка',
    'Справка',
  ],
];
// The «Приложение» cells show a document's name; the link is behind the cell (a HYPERLINK or rich text).
const links = [
  { row: 2, col: 5, url: 'https://drive.google.com/file/d/1/view' },
  { row: 3, col: 5, url: 'https://drive.google.com/file/d/2/view' },
  { row: 5, col: 5, url: 'https://drive.google.com/file/d/3/view' },
];

test('the sniffers: measures led by a verbal noun, document names', () => {
  expect(looksLikeMeasureTitle('Проведение входного и итогового мониторингов')).toBe(true);
  expect(looksLikeMeasureTitle('1.2. Организация сопровождения школ')).toBe(true);
  expect(looksLikeMeasureTitle('Справка о результатах мониторинга качества')).toBe(false);
  expect(looksLikeMeasureTitle('Доля учителей, прошедших курсы')).toBe(false);
  for (const d of ['Приказ', 'Аналитическая справка', 'Протокол совещания', 'План работы', 'Приказ № 12']) expect(looksLikeDocumentName(d)).toBe(true);
  for (const d of ['Проведение семинара', 'УО', 'не менее 75%', 'выполнено']) expect(looksLikeDocumentName(d)).toBe(false);
});

test('the title column by what it holds, the result form and the evidence too; each says why', () => {
  const [t] = analyseSheet(grid, { sheetName: 'План', today: '2018-12-01', links });
  expect(t.measures.map((m) => m.title.slice(0, 11))).toEqual(['Разработка,', 'Создание му', 'Определение', 'Организация', 'Проведение ']);
  expect(t.columns).toEqual({ number: '№п/п', title: 'Показатели', deadline: 'Срок', responsible: 'Ответственные', result: 'Выход', evidence: 'Приложение' });
  expect(t.measures.every((m) => m.indicator === null)).toBe(true);
  expect(t.table.mapping.map(columnLine)).toEqual([
    '№ — столбец A «№п/п» (по заголовку)',
    'Мероприятие — столбец B «Показатели» (по содержимому: 5 из 5 ячеек — мероприятия («Проведение…», «Организация…»))',
    'Срок — столбец C «Срок» (по заголовку)',
    'Ответственный — столбец D «Ответственные» (по заголовку)',
    'Результат — столбец E «Выход» (по содержимому: 5 из 5 ячеек — названия документов)',
    'Подтверждающий документ — столбец F «Приложение» (по содержимому: 3 из 4 ячеек — ссылки)',
  ]);
  // A document's name without its link is «нет ссылки», in the right column.
  const noLink = t.diagnostics.filter((d) => d.code === 'evidence-no-link');
  expect(noLink.map((d) => d.row)).toEqual([7]);
  expect(noLink[0].message).toMatch(/документ «Справка» указан без ссылки/);
  expect(t.diagnostics.filter((d) => d.code === 'evidence-not-link')).toEqual([]);
});

test('a header that names the measures is kept even when another column reads like measures', () => {
  const g: Grid = [
    ['№', 'Мероприятие', 'Задача', 'Срок', 'Ответственный'],
    ['1', 'Семинар', 'Проведение семинаров для учителей математики', 'май 2022', 'МОЦ'],
    ['2', 'Курсы', 'Организация курсов повышения квалификации', 'июнь 2022', 'МОЦ'],
  ];
  const [t] = analyseSheet(g, { sheetName: 'План', today: '2022-06-01' });
  expect(t.columns.title).toBe('Мероприятие');
  expect(t.columns.task).toBe('Задача');
});
