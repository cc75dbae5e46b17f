/**
 * Mutual expertise pairs in the registry: the «Школа-эксперт» column as a coordinator writes it,
 * its findings (a school reviewing itself, a reviewer not in the registry, a school without one),
 * order 384's table as a source of pairs, and the template's pairs.
 */
import { registry as registryTemplate } from '../../../../sheets-templates';
import { templateGrid } from '../../../../src/domain/workbook/templates';
import { classifyRegistryHeader, parseRegistryGrid, REGISTRY_CODES, registryKind, reviewedBy } from '../../../../src/domain/workbook/kinds/registry';
import { foldLabel } from '../../../../src/domain/workbook/sheet-cells';
import type { Grid } from '../../../../src/domain/core/types';
import { loadFixture } from '../../../fixtures/load';

test('header variants a coordinator writes are the reviewer; the curator headers stay the curator', () => {
  for (const h of [
    'Школа-эксперт',
    'Школа-эксперт (взаимоэкспертиза)',
    'Взаимоэкспертиза: проверяет',
    'Эксперт (школа-партнёр)',
    'Кто проверяет',
    'Проверяющая школа',
    'Школа-рецензент',
    'Экспертиза',
  ])
    expect([h, classifyRegistryHeader(foldLabel(h))]).toEqual([h, 'reviewer']);
  for (const h of ['Школа-куратор', 'Школа-партнёр', 'Школа-наставник', 'ОУ с высокими образовательными результатами'])
    expect([h, classifyRegistryHeader(foldLabel(h))]).toEqual([h, 'curatorSchool']);
});

const grid = (rows: (string | null)[][]): Grid => [['Школа', 'Школа-куратор', 'Взаимоэкспертиза: проверяет'], ...rows];

test('pairs read; a school reviewing itself, a reviewer not in the registry, a school without one are reported; a pair not mutual is not', () => {
  const { schools, diagnostics } = parseRegistryGrid(
    grid([
      ['МБОУ «СШ № 9»', 'МБОУ «СШ № 33»', 'СШ № 10'],
      ['МБОУ «СШ № 10»', null, 'МБОУ «СШ № 13»'],
      ['МБОУ «СШ № 13»', null, 'МБОУ «СШ №13»'],
      ['МБОУ «СШ № 16»', null, 'МАОУ «Прииртышская СОШ»'],
      ['МБОУ «СШ № 18»', null, null],
    ]),
    'Реестр школ',
  );
  expect(schools.map((s) => s.reviewer)).toEqual(['СШ № 10', 'МБОУ «СШ № 13»', 'МБОУ «СШ №13»', 'МАОУ «Прииртышская СОШ»', null]);
  expect(diagnostics.map((d) => [d.code, d.severity, d.row, d.field])).toEqual([
    ['registry-reviewer-self', 'error', 4, 'reviewer'],
    ['registry-reviewer-unknown', 'info', 5, 'reviewer'],
    ['registry-reviewer-missing', 'warning', 6, 'reviewer'],
  ]);
  expect(diagnostics.map((d) => d.message)).toEqual([
    'Лист «Реестр школ», строка 4, столбец «Взаимоэкспертиза: проверяет»: школа «МБОУ «СШ № 13»» указана экспертом своих же документов: укажите школу-партнёра.',
    'Лист «Реестр школ», строка 5, столбец «Взаимоэкспертиза: проверяет»: школы-эксперта «МАОУ «Прииртышская СОШ»» нет в реестре: если это школа другого региона, так и должно быть, но её оценки будут в её таблице, а не в сводке по этому реестру; иначе проверьте название.',
    'Лист «Реестр школ», строка 6, столбец «Взаимоэкспертиза: проверяет»: у школы «МБОУ «СШ № 18»» не указана школа-эксперт, а у других школ реестра пары есть (4 из 5).',
  ]);
  for (const d of diagnostics) expect(REGISTRY_CODES[d.code as keyof typeof REGISTRY_CODES].severity).toBe(d.severity);
  // СШ № 9 is reviewed by СШ № 10, which is reviewed by СШ № 13: not mutual, and fine.
  expect(reviewedBy(schools, 'МБОУ «СШ № 10»').map((s) => s.school)).toEqual(['МБОУ «СШ № 9»']);
  expect(reviewedBy(schools, 'СШ № 13').map((s) => s.school)).toEqual(['МБОУ «СШ № 10»']);
  // The curator sees the schools it curates.
  expect(reviewedBy(schools, 'МБОУ «СШ № 33»').map((s) => s.school)).toEqual(['МБОУ «СШ № 9»']);
});

test('without the column no pair finding; order 384: its pairs of schools — the school with high results reviews its partner', () => {
  expect(
    parseRegistryGrid([
      ['Школа', 'Школа-куратор'],
      ['МБОУ «СШ № 9»', null],
    ]).diagnostics,
  ).toEqual([]);
  const { schools, diagnostics } = parseRegistryGrid(loadFixture('seed000-order384-pairs.tsv'));
  expect(diagnostics).toEqual([]);
  expect(schools.every((s) => s.reviewer === null)).toBe(true);
  // Гимназия № 1 is the partner of two schools, СШ № 7 of two, the others of one.
  expect(reviewedBy(schools, 'МБОУ «Гимназия № 1 им. Н.М. Пржевальского»').map((s) => s.school)).toEqual([
    'МБОУ «СШ № 16»',
    'МБОУ «СШ № 21 им. Н.И. Рыленкова»',
  ]);
  expect(reviewedBy(schools, 'МБОУ «СШ № 7»').map((s) => s.school)).toEqual(['МБОУ «СШ № 13 им. Э.Д. Балтина»', 'МБОУ «СШ № 36 им. С.А. Лавочкина»']);
  expect(reviewedBy(schools, 'МБОУ «СШ № 2»').map((s) => s.schoolKey)).toEqual(['СШ|39']);
  expect(reviewedBy(schools, 'МБОУ «СШ № 16»')).toEqual([]);
});

test('the template: every school has a reviewer; seed 003 partners from other regions are the only findings (info)', () => {
  const { schools, diagnostics } = parseRegistryGrid(templateGrid(registryTemplate));
  expect(schools.every((s) => s.reviewer !== null)).toBe(true);
  expect(diagnostics.map((d) => [d.code, d.severity, d.row])).toEqual([
    ['registry-reviewer-unknown', 'info', 4],
    ['registry-reviewer-unknown', 'info', 5],
  ]);
  expect(reviewedBy(schools, 'МБОУ «СШ № 10»').map((s) => s.school)).toEqual(['МБОУ «СШ № 9»']);
  expect(reviewedBy(schools, 'МБОУ «СШ № 9»').map((s) => s.school)).toEqual(['МБОУ «СШ № 10»']);
  expect(registryKind.read(templateGrid(registryTemplate), 'Реестр школ').summary).toBe('10 школ; школа-эксперт для взаимоэкспертизы указана у 10 из 10');
  expect(registryKind.read(loadFixture('seed000-order384-pairs.tsv'), 'Реестр').summary).toBe('8 школ');
});
