/** «Создать лист из шаблона» over the in-memory spreadsheet. */
import { createSheetFromTemplate, createMunicipalRoadmapSheet } from '../../src/gas/templates';
import { normaliseTable } from '../../src/domain/table';
import { TEMPLATES } from '../../sheets-templates';
import { firstDataRowNumber, headerRowNumber } from '../../src/domain/workbook/templates';
import type { Grid } from '../../src/domain/core/types';
import { createFakeGas, type FakeGas } from '../fakes/gas';

let restore: (() => void) | null = null;
afterEach(() => {
  restore?.();
  restore = null;
});

function fakeWith(sheets: Record<string, (string | number | null)[][]>): FakeGas {
  const fake = createFakeGas({ sheets });
  restore = fake.installGlobals();
  return fake;
}

test.each(TEMPLATES.map((t) => [t.id, t] as const))('template %s: a new sheet with header, formats, dropdowns', (_id, t) => {
  const fake = fakeWith({ Лист1: [['мои данные']] });
  const name = createSheetFromTemplate(t.id);
  expect(name).toBe(t.title);
  expect(fake.sheetNames()).toEqual(['Лист1', t.title]);
  expect(fake.sheetValues('Лист1')).toEqual([['мои данные']]);
  const values = fake.sheetValues(name);
  expect(values[headerRowNumber(t) - 1].slice(0, t.columns.length)).toEqual(t.columns.map((c) => c.header));
  expect(fake.frozenRows(name)).toBe(t.frozenRows);
  expect(fake.formulas(name).flat().filter(Boolean)).toEqual([]);
  const lists = t.columns.map((c, i) => [c, i] as const).filter(([c]) => c.list);
  for (const [c, i] of lists) {
    const a1 = `${String.fromCharCode(65 + i)}${firstDataRowNumber(t) + 1}`;
    expect(fake.validations(name, a1)[0][0]).toMatchObject({ criteria: 'VALUE_IN_LIST', values: [[...c.list!], true] });
  }
  if (t.kind === 'roadmap' || t.kind === 'school-roadmap') {
    const table = normaliseTable(values as Grid);
    expect(table.headerRow).toBe(headerRowNumber(t));
    expect(table.unknownColumns).toEqual([]);
  }
  for (const rule of fake.conditionalRules(name)) {
    if (rule.criteria === 'CUSTOM_FORMULA') expect(rule.value).toMatch(/^=[A-Z(]/);
  }
});

test('a taken name is never replaced: the new sheet gets a free name', () => {
  const fake = fakeWith({ 'План-график (дорожная карта)': [['чужой план']] });
  createMunicipalRoadmapSheet();
  expect(fake.sheetNames()).toEqual(['План-график (дорожная карта)', 'План-график (дорожная карта) (2)']);
  expect(fake.sheetValues('План-график (дорожная карта)')).toEqual([['чужой план']]);
});

test('a template costs a fixed number of service calls', () => {
  const fake = fakeWith({ Лист1: [['x']] });
  fake.calls.reset();
  createSheetFromTemplate('municipal-roadmap');
  // Rule and validation builders are in-memory objects; what reaches the spreadsheet is bounded by the
  // template's columns and rules, never by rows.
  const sheetCalls = Object.entries(fake.calls.byMethod())
    .filter(([m]) => /^(Range|Sheet|Spreadsheet)\./.test(m))
    .reduce((n, [, c]) => n + c, 0);
  expect(sheetCalls).toBeLessThanOrEqual(60);
});

test('an unknown template is a Russian message', () => {
  fakeWith({ Лист1: [['x']] });
  expect(() => createSheetFromTemplate('nope')).toThrow(/Шаблон «nope» не найден/);
});
