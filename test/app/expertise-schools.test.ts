/** Which schools «Экспертиза документа» offers a reviewer, and where each school's documents are read from. */
import { reviewerView, schoolSource } from '../../src/app/expertise-schools';
import { parseRegistryGrid } from '../../src/domain/workbook/kinds/registry';
import { registry as registryTemplate } from '../../sheets-templates';
import { templateGrid } from '../../src/domain/workbook/templates';
import { loadFixture } from '../fixtures/load';

const ORDER_384 = parseRegistryGrid(loadFixture('seed000-order384-pairs.tsv')).schools;
const TEMPLATE = parseRegistryGrid(templateGrid(registryTemplate)).schools;

test('order 384: the curator school named in its spreadsheet sees the schools it curates; the coordinator sees all', () => {
  const gymnasium = reviewerView(ORDER_384, { id: '1x', name: 'Экспертиза — МБОУ «Гимназия № 1 им. Н.М. Пржевальского»' });
  expect(gymnasium.schools.map((s) => [s.entry.school, s.by])).toEqual([
    ['МБОУ «СШ № 16»', 'curator'],
    ['МБОУ «СШ № 21 им. Н.И. Рыленкова»', 'curator'],
  ]);
  const coordinator = reviewerView(ORDER_384, { id: '1x', name: 'Сводка ОЦПРМСО 2021/2022' });
  expect(coordinator.reviewer).toBeNull();
  expect(coordinator.schools.map((s) => s.by)).toEqual(Array(8).fill('all'));
});

test('the template: СШ № 9 (its link is the sheet «Дорожная карта школы») is found by its name and reviews СШ № 10; itself never offered', () => {
  const nine = reviewerView(TEMPLATE, { id: '1x', name: 'МБОУ «СШ № 9»' });
  expect(nine.reviewer).toBe('МБОУ «СШ № 9»');
  expect(nine.schools.map((s) => [s.entry.school, s.by])).toEqual([['МБОУ «СШ № 10»', 'pair']]);
  // A school reviewing none sees every other school of the registry.
  expect(reviewerView(TEMPLATE, { id: '1x', name: 'МБОУ «СШ № 40»' }).schools.map((s) => [s.entry.schoolKey, s.by])).toEqual([['СШ|36', 'curator']]);
  const fifty = reviewerView(TEMPLATE, { id: '1x', name: 'МБОУ «СШ № 50»' });
  expect(fifty.reviewer).toBeNull();
  expect(fifty.schools).toHaveLength(TEMPLATE.length);
});

test('sources: another spreadsheet by its link, this one by its id or a sheet name, and why not otherwise', () => {
  const [nine, , twentyOne] = TEMPLATE;
  expect(schoolSource(nine, '1own', ['Дорожная карта школы', 'Реестр школ'])).toEqual({ kind: 'this', sheet: 'Дорожная карта школы' });
  const id = /\/d\/([^/]+)/.exec(twentyOne.link ?? '')?.[1] ?? '';
  expect(schoolSource(twentyOne, '1own', [])).toEqual({ kind: 'spreadsheet', id });
  expect(schoolSource(twentyOne, id, [])).toEqual({ kind: 'this', sheet: null });
  expect(schoolSource(nine, '1own', [])).toMatchObject({ kind: 'none' });
  expect(schoolSource(TEMPLATE[1], '1own', [])).toEqual({
    kind: 'none',
    reason: 'Не указана ссылка на таблицу школы (школа «МБОУ «СШ № 10»», реестр, строка 3): добавьте её в столбец «Ссылка на таблицу школы / лист».',
  });
});
