/**
 * Mutual expertise in the reviewer's spreadsheet over the emulator: the schools it reviews from
 * «Реестр школ» (its pairs), a partner's documents read from the partner's spreadsheet through its
 * registry link (and from a sheet of this one), the papers saved with the partner's name, the
 * Russian errors when a link cannot be read, and what reading a partner costs in service calls.
 */
import { getExpertiseData, saveExpertise } from '../../src/gas/expertise';
import { parseExpertiseGrid } from '../../src/domain/workbook/kinds/expertise';
import type { Grid } from '../../src/domain/core/types';
import { createFakeGas } from '../fakes/gas';
import { expertisePlan, spreadsheetUrl } from '../fixtures/expertise-plan';

let restore: (() => void) | null = null;
afterEach(() => {
  restore?.();
  restore = null;
});

const ID_R = '1ReviewerSchool10xxxxxxxxxxxxxxxxxxxxxxxx';
const ID_9 = '1PartnerSchool9xxxxxxxxxxxxxxxxxxxxxxxxxx';
const ID_18 = '1NoAccessSchool18xxxxxxxxxxxxxxxxxxxxxxxx';
const url = spreadsheetUrl;
const plan = (measures: number): Grid => expertisePlan('СШ № 9', measures);

const REGISTRY: Grid = [
  ['Школа', 'Школа-куратор', 'Ссылка на таблицу школы / лист', 'Школа-эксперт (взаимоэкспертиза)'],
  ['МБОУ «СШ № 9»', 'МБОУ «СШ № 33»', url(ID_9), 'МБОУ «СШ № 10»'],
  ['МБОУ «СШ № 10»', 'МБОУ «СШ № 27»', url(ID_R), 'МБОУ «СШ № 9»'],
  ['МБОУ «СШ № 13»', 'МБОУ «СШ № 7»', 'ДК СШ 13', 'МБОУ «СШ № 10»'],
  ['МБОУ «СШ № 16»', 'МБОУ «СШ № 7»', 'школа16.xlsx', 'МБОУ «СШ № 10»'],
  ['МБОУ «СШ № 18»', 'МБОУ «СШ № 7»', url(ID_18), 'МБОУ «СШ № 10»'],
  ['МБОУ «СШ № 19»', 'МБОУ «СШ № 7»', null, 'МБОУ «СШ № 18»'],
];

function world(partnerMeasures = 2, extraSheets = 0) {
  const reviewer = createFakeGas({
    spreadsheetId: ID_R,
    spreadsheetName: 'Дорожная карта СШ № 10',
    sheets: { 'Реестр школ': REGISTRY, 'ДК СШ 10': plan(3), 'ДК СШ 13': plan(4) },
    activeSheet: 'ДК СШ 10',
  });
  const partner = createFakeGas({
    spreadsheetId: ID_9,
    spreadsheetName: 'Дорожная карта СШ № 9',
    sheets: {
      'Дорожная карта': plan(partnerMeasures),
      Заметки: [['текст']],
      ...Object.fromEntries(Array.from({ length: extraSheets }, (_, i) => [`Лист ${i + 3}`, [['текст']]])),
    },
  });
  reviewer.addSpreadsheet(partner);
  reviewer.refuseOpen(ID_18, 'У вас нет разрешения на доступ к запрошенному документу.');
  restore = reviewer.installGlobals();
  return { reviewer, partner };
}

test("the reviewer is offered its pairs; a partner's documents come from its spreadsheet; saved with its name; reopened", () => {
  const { reviewer } = world();
  const mine = getExpertiseData({ row: null });
  expect(mine.reviewer).toBe('МБОУ «СШ № 10»');
  expect(mine.schools.map((s) => [s.row, s.school, s.by])).toEqual([
    [2, 'МБОУ «СШ № 9»', 'pair'],
    [4, 'МБОУ «СШ № 13»', 'pair'],
    [5, 'МБОУ «СШ № 16»', 'pair'],
    [6, 'МБОУ «СШ № 18»', 'pair'],
  ]);
  expect(mine.local).toBe(true);
  const partner = getExpertiseData({ row: 2 });
  expect(partner).toMatchObject({ error: null, local: false, school: { row: 2, school: 'МБОУ «СШ № 9»', by: 'pair' } });
  const [doc] = partner.documents;
  expect(doc).toMatchObject({ title: 'Антирисковая программа «Риск: Низкая учебная мотивация обучающихся»', sheet: 'Дорожная карта', saved: false });
  expect(doc.criteria.find((c) => c.id === 'responsible')?.evidence[0]).toEqual({
    text: '1.2 «Мероприятие 2»: нет ответственного',
    row: 5,
    sheet: 'Дорожная карта',
  });

  const r = saveExpertise({ row: 2, title: doc.title, type: doc.type, scores: [{ id: 'responsible', score: false, comment: 'Нет ответственного у 1.2' }] });
  expect(r.message).toBe('Оценки сохранены на листе «Экспертиза» (документы школы «МБОУ «СШ № 9»»).');
  const sheet = parseExpertiseGrid(reviewer.sheetValues('Экспертиза') as Grid).value;
  expect(sheet.documents.map((d) => [d.school, d.title, d.total, d.max])).toEqual([['МБОУ «СШ № 9»', doc.title, 0, 1]]);
  const again = getExpertiseData({ row: 2 });
  expect(again.documents[0].saved).toBe(true);
  expect(again.documents[0].criteria.find((c) => c.id === 'responsible')).toMatchObject({ score: false, comment: 'Нет ответственного у 1.2' });
  // The same title in this spreadsheet is the reviewer's own paper: not the partner's scores.
  const own = getExpertiseData({ row: null }).documents.find((d) => d.title === doc.title);
  expect(own?.saved).toBe(false);
  // Scoring its own paper keeps the partner's.
  saveExpertise({ row: null, title: doc.title, type: doc.type, scores: [{ id: 'responsible', score: true, comment: '' }] });
  const both = parseExpertiseGrid(reviewer.sheetValues('Экспертиза') as Grid).value.documents.map((d) => [d.school, d.total, d.max]);
  expect(both).toEqual([
    ['МБОУ «СШ № 9»', 0, 1],
    [null, 1, 1],
  ]);
});

test('a school whose roadmap is a sheet of this spreadsheet: the documents of that sheet only', () => {
  world();
  const d = getExpertiseData({ row: 4 });
  expect(d).toMatchObject({ error: null, local: true });
  expect(d.documents.map((x) => [x.sheet, x.title])).toEqual([['ДК СШ 13', 'Антирисковая программа «Риск: Низкая учебная мотивация обучающихся»']]);
});

test('links that cannot be read: in Russian, naming the school and the registry row; saving there refuses', () => {
  world();
  expect(getExpertiseData({ row: 5 }).error).toBe(
    'Ссылка «школа16.xlsx» (школа «МБОУ «СШ № 16»», реестр, строка 5) не ведёт на Google Таблицу и не называет лист этой таблицы: укажите ссылку на таблицу школы.',
  );
  expect(getExpertiseData({ row: 6 }).error).toBe(
    'Не удалось открыть таблицу школы «МБОУ «СШ № 18»» (реестр, строка 6): У вас нет разрешения на доступ к запрошенному документу.. Проверьте ссылку в реестре и попросите школу открыть вам доступ к таблице (достаточно просмотра).',
  );
  expect(getExpertiseData({ row: 7 }).error).toBe(
    'Не указана ссылка на таблицу школы (школа «МБОУ «СШ № 19»», реестр, строка 7): добавьте её в столбец «Ссылка на таблицу школы / лист».',
  );
  expect(getExpertiseData({ row: 40 }).error).toBe('В реестре нет школы в строке 40: обновите панель.');
  expect(() => saveExpertise({ row: 6, title: 'Концепция развития', type: 'concept', scores: [] })).toThrow(/строка 6/);
});

test('reading a partner costs a constant number of service calls, whatever the size of its roadmap', () => {
  const cost = (measures: number, extraSheets = 0) => {
    const { reviewer } = world(measures, extraSheets);
    getExpertiseData({ row: null });
    reviewer.calls.reset();
    getExpertiseData({ row: null });
    const own = reviewer.calls.total();
    reviewer.calls.reset();
    getExpertiseData({ row: 2 });
    const withPartner = reviewer.calls.total();
    const opens = reviewer.calls.count('SpreadsheetApp.openById');
    restore?.();
    restore = null;
    return { own, partner: withPartner - own, opens };
  };
  const small = cost(2);
  const large = cost(400);
  expect(large).toEqual(small);
  expect(small.opens).toBe(1);
  // Two sheets in the partner's file: open, time zone, list, and per sheet a handful of reads.
  expect(small.partner).toBeLessThanOrEqual(20);
  // Each further sheet of the partner's file: a fixed handful of calls (listed, checked for the add-on's mark, read once).
  const perSheet = cost(2, 1).partner - small.partner;
  expect(cost(2, 3).partner).toBe(small.partner + 3 * perSheet);
  expect(perSheet).toBe(7);
  console.log(`calls: own spreadsheet ${small.own}; a partner's file of 2 sheets ${small.partner} more, ${perSheet} per further sheet`);
});
