/**
 * Mutual expertise from a school's own spreadsheet, which has no «Реестр школ»: the registry is read
 * from the coordinator's spreadsheet named in «Настройки» («Реестр школ (ссылка на таблицу
 * координатора)»); the partner's documents through its registry link; a link naming a sheet names
 * the coordinator's sheet; the Russian errors; and what reading the remote registry costs in calls.
 */
import { getExpertiseData, saveExpertise } from '../../src/gas/expertise';
import { defaultSettings } from '../../src/domain/core/settings';
import { parseExpertiseGrid } from '../../src/domain/workbook/kinds/expertise';
import { settingsToGrid } from '../../src/domain/workbook/kinds/settings';
import type { Grid } from '../../src/domain/core/types';
import { createFakeGas } from '../fakes/gas';
import { expertisePlan, spreadsheetUrl } from '../fixtures/expertise-plan';

let restore: (() => void) | null = null;
afterEach(() => {
  restore?.();
  restore = null;
});

const ID_A = '1SchoolAReviewerxxxxxxxxxxxxxxxxxxxxxxxx';
const ID_B = '1SchoolBPartnerxxxxxxxxxxxxxxxxxxxxxxxxx';
const ID_C = '1Coordinatorxxxxxxxxxxxxxxxxxxxxxxxxxxxx';
const ID_X = '1NoAccessSchoolxxxxxxxxxxxxxxxxxxxxxxxxx';
const url = spreadsheetUrl;
const plan = expertisePlan;
const SETTING = 'параметр «Реестр школ (ссылка на таблицу координатора)» на листе «Настройки»';

/** The coordinator's registry: A (СШ № 10) reviews B (СШ № 9) and СШ № 13 (a sheet of the coordinator's file); `more` other schools. */
function registry(more = 0): Grid {
  const rows: Grid = [
    ['Школа', 'Школа-куратор', 'Ссылка на таблицу школы / лист', 'Школа-эксперт (взаимоэкспертиза)'],
    ['МБОУ «СШ № 9»', 'МБОУ «СШ № 33»', url(ID_B), 'МБОУ «СШ № 10»'],
    ['МБОУ «СШ № 10»', 'МБОУ «СШ № 27»', url(ID_A), 'МБОУ «СШ № 9»'],
    ['МБОУ «СШ № 13»', 'МБОУ «СШ № 7»', 'ДК СШ 13', 'МБОУ «СШ № 10»'],
    ['МБОУ «СШ № 18»', 'МБОУ «СШ № 7»', url(ID_X), 'МБОУ «СШ № 10»'],
    ['МБОУ «СШ № 19»', 'МБОУ «СШ № 7»', 'нет такого листа', 'МБОУ «СШ № 10»'],
  ];
  for (let i = 0; i < more; i++)
    rows.push([`МБОУ «СШ № ${100 + i}»`, 'МБОУ «СШ № 7»', url(`1Other${String(i).padStart(5, '0')}xxxxxxxxxxxxxxxxxxxxxx`), 'МБОУ «СШ № 9»']);
  return rows;
}

function world(opts: { more?: number; link?: string; coordinatorSheets?: Record<string, Grid>; refuse?: boolean } = {}) {
  const school = createFakeGas({
    spreadsheetId: ID_A,
    spreadsheetName: 'Дорожная карта СШ № 10',
    sheets: { 'ДК СШ 10': plan('СШ № 10', 3), Настройки: settingsToGrid({ ...defaultSettings(), registryLink: opts.link ?? url(ID_C) }) },
    activeSheet: 'ДК СШ 10',
  });
  const coordinator = createFakeGas({
    spreadsheetId: ID_C,
    spreadsheetName: 'Координатор: реестр',
    sheets: opts.coordinatorSheets ?? { 'Реестр школ': registry(opts.more ?? 0), 'ДК СШ 13': plan('СШ № 13', 4) },
  });
  const partner = createFakeGas({ spreadsheetId: ID_B, spreadsheetName: 'Дорожная карта СШ № 9', sheets: { 'Дорожная карта': plan('СШ № 9', 2) } });
  if (opts.refuse) school.refuseOpen(ID_C, 'У вас нет разрешения на доступ к запрошенному документу.');
  else school.addSpreadsheet(coordinator);
  school.addSpreadsheet(partner);
  school.refuseOpen(ID_X, 'У вас нет разрешения на доступ к запрошенному документу.');
  restore = school.installGlobals();
  return { school, coordinator };
}

test("A's sidebar offers B from the coordinator's registry, reads B's documents through B's link, saves in A's file", () => {
  const { school, coordinator } = world();
  const mine = getExpertiseData({ row: null });
  expect(mine).toMatchObject({ reviewer: 'МБОУ «СШ № 10»', error: null, local: true });
  expect(mine.schools.map((s) => [s.row, s.school, s.by])).toEqual([
    [2, 'МБОУ «СШ № 9»', 'pair'],
    [4, 'МБОУ «СШ № 13»', 'pair'],
    [5, 'МБОУ «СШ № 18»', 'pair'],
    [6, 'МБОУ «СШ № 19»', 'pair'],
  ]);
  expect(mine.documents.map((d) => d.sheet)).toEqual(['ДК СШ 10']);
  const b = getExpertiseData({ row: 2 });
  expect(b).toMatchObject({ error: null, local: false, school: { row: 2, school: 'МБОУ «СШ № 9»', by: 'pair' } });
  const [doc] = b.documents;
  expect(doc).toMatchObject({ sheet: 'Дорожная карта', saved: false });
  expect(doc.criteria.find((c) => c.id === 'responsible')?.evidence[0]).toEqual({
    text: '1.2 «Мероприятие 2»: нет ответственного',
    row: 5,
    sheet: 'Дорожная карта',
  });
  const r = saveExpertise({ row: 2, title: doc.title, type: doc.type, scores: [{ id: 'responsible', score: false, comment: 'Нет ответственного у 1.2' }] });
  expect(r.message).toBe('Оценки сохранены на листе «Экспертиза» (документы школы «МБОУ «СШ № 9»»).');
  const saved = parseExpertiseGrid(school.sheetValues('Экспертиза') as Grid).value.documents;
  expect(saved.map((d) => [d.school, d.title, d.total, d.max])).toEqual([['МБОУ «СШ № 9»', doc.title, 0, 1]]);
  expect(getExpertiseData({ row: 2 }).documents[0]).toMatchObject({ saved: true });
  // Nothing is written to the coordinator's spreadsheet.
  expect(coordinator.sheetNames()).toEqual(['Реестр школ', 'ДК СШ 13']);
});

test("a registry link naming a sheet reads that sheet of the coordinator's spreadsheet; one it lacks says so", () => {
  world();
  const d = getExpertiseData({ row: 4 });
  expect(d).toMatchObject({ error: null, local: false, school: { school: 'МБОУ «СШ № 13»' } });
  expect(d.documents.map((x) => x.sheet)).toEqual(['ДК СШ 13']);
  expect(getExpertiseData({ row: 6 }).error).toBe(
    'Ссылка «нет такого листа» (школа «МБОУ «СШ № 19»», реестр, строка 6) не ведёт на Google Таблицу и не называет лист таблицы координатора: попросите координатора указать в реестре ссылку на таблицу школы.',
  );
  expect(getExpertiseData({ row: 5 }).error).toMatch(/^Не удалось открыть таблицу школы «МБОУ «СШ № 18»» \(реестр, строка 5\)/);
});

test('a hidden «Настройки» still names the coordinator', () => {
  const { school } = world();
  school.spreadsheet.getSheetByName('Настройки')?.hideSheet();
  const d = getExpertiseData({ row: null });
  expect(d).toMatchObject({ error: null, reviewer: 'МБОУ «СШ № 10»' });
  expect(d.schools.map((s) => s.school)).toContain('МБОУ «СШ № 9»');
});

test("no access to the coordinator's spreadsheet, or no registry there: in Russian, naming the setting and the link", () => {
  world({ refuse: true });
  const d = getExpertiseData({ row: null });
  expect(d.schools).toEqual([]);
  expect(d.documents.map((x) => x.sheet)).toEqual(['ДК СШ 10']);
  expect(d.error).toBe(
    `Не удалось открыть таблицу координатора с реестром школ (${SETTING}, ссылка «${url(ID_C)}»): У вас нет разрешения на доступ к запрошенному документу.. Попросите координатора открыть вам доступ к таблице (достаточно просмотра) или проверьте ссылку.`,
  );
  expect(getExpertiseData({ row: 2 }).error).toBe(d.error);
  expect(() => saveExpertise({ row: 2, title: 'x', type: 'programme', scores: [] })).toThrow(/таблицу координатора/);
  restore?.();
  world({ coordinatorSheets: { Лист1: [['Просто текст']] } });
  expect(getExpertiseData({ row: null }).error).toBe(
    `В таблице координатора «Координатор: реестр» нет листа «Реестр школ» (${SETTING}, ссылка «${url(ID_C)}»): проверьте ссылку.`,
  );
  restore?.();
  world({ link: ID_A });
  expect(getExpertiseData({ row: null }).error).toMatch(/^В этой таблице нет листа «Реестр школ», а параметр .* ведёт на эту же таблицу/);
});

test("reading the coordinator's registry costs a constant number of calls: 5 or 500 schools", () => {
  const cost = (more: number) => {
    const { school } = world({ more });
    getExpertiseData({ row: null });
    school.calls.reset();
    getExpertiseData({ row: null });
    const list = school.calls.total();
    const opens = school.calls.count('SpreadsheetApp.openById');
    school.calls.reset();
    getExpertiseData({ row: 2 });
    const partner = school.calls.total();
    school.calls.reset();
    getExpertiseData({ row: 4 });
    const sheet = school.calls.total();
    restore?.();
    restore = null;
    return { list, opens, partner, sheet };
  };
  const small = cost(0);
  const large = cost(495);
  expect(large).toEqual(small);
  expect(small.opens).toBe(1);
  // Without the setting: the school's own sheets only. The remote registry: open, time zone, find the sheet, read it.
  const { school } = world({ link: '' });
  getExpertiseData({ row: null });
  school.calls.reset();
  getExpertiseData({ row: null });
  const remote = small.list - school.calls.total();
  expect(remote).toBeLessThanOrEqual(10);
  console.log(
    `calls: list ${small.list} (the remote registry of 5 or 500 schools: ${remote} of them), a partner's file ${small.partner}, a coordinator's sheet ${small.sheet}`,
  );
});
