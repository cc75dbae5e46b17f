/** Document kinds: a sheet is recognised by its name, else by its headers and content. */
import { directory, municipalRoadmap, registry, schoolRoadmap, settings } from '../../../../sheets-templates';
import { DIAGNOSTIC_CODES } from '../../../../src/domain/checks/codes';
import { PROGRAMME_CODES } from '../../../../src/domain/risk/codes';
import { templateGrid } from '../../../../src/domain/workbook/templates';
import { ALL_CODES, REFERENCE_KINDS, kindByName, kindOfSheet } from '../../../../src/domain/workbook/kinds';
import { loadFixture } from '../../../fixtures/load';

describe('kindOfSheet', () => {
  test.each([
    ['Настройки', 'settings'],
    ['настройки ', 'settings'],
    ['Справочник организаций', 'directory'],
    ['Справочник', 'directory'],
    ['Реестр школ', 'registry'],
    ['РЕЕСТР', 'registry'],
  ])('the name «%s» names %s, whatever the sheet holds', (name, kind) => {
    expect(kindOfSheet(name, [])).toBe(kind);
    expect(kindByName(name)?.id).toBe(kind);
  });

  test.each([
    ['settings', templateGrid(settings)],
    ['directory', templateGrid(directory)],
    ['registry', templateGrid(registry)],
  ])('a %s sheet under another name is recognised by its headers and content', (kind, grid) => {
    expect(kindOfSheet('Лист7', grid)).toBe(kind);
    // Title lines above the table do not hide it.
    expect(kindOfSheet('Копия', [['Утверждено приказом № 305'], [], ...grid])).toBe(kind);
  });

  test('the seed curator pairs («Куратор» beside the school) are a registry', () => {
    expect(kindOfSheet('Пары', loadFixture('seed003-curator-pairs.tsv'))).toBe('registry');
  });

  test.each([
    ['municipal template', templateGrid(municipalRoadmap)],
    ['school template', templateGrid(schoolRoadmap)],
    ['order 305', loadFixture('seed000-order305-plan-2021-2022.tsv')],
    ['order 470', loadFixture('seed000-order470-plan-2022.tsv')],
    ['seed 002', loadFixture('seed002-roadmap-2018-2019.csv')],
    ['an empty sheet', []],
  ])('a roadmap (%s) is a roadmap', (_name, grid) => {
    expect(kindOfSheet('План', grid)).toBe('roadmap');
  });
});

test('one registry of codes: the roadmap’s and each kind’s, none claimed twice', () => {
  const owned = [DIAGNOSTIC_CODES, ...REFERENCE_KINDS.map((k) => k.codes), PROGRAMME_CODES].flatMap((c) => Object.keys(c));
  expect(new Set(owned).size).toBe(owned.length);
  expect(Object.keys(ALL_CODES).sort()).toEqual([...owned].sort());
});
