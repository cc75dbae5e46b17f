/** «Подготовить лист для мониторинга» over the in-memory spreadsheet. */
import { getPreparePlan, prepareSheet } from '../../src/gas/prepare';
import { TRACKING_COLUMNS } from '../../src/domain/roadmap/prepare';
import { normaliseTable } from '../../src/domain/table';
import type { Grid } from '../../src/domain/core/types';
import { createFakeGas, type FakeGas, type SeedValue } from '../fakes/gas';
import { fixtureText, parseTsv } from '../fixtures/load';
import { syntheticRoadmap } from '../../scripts/synthetic';

let restore: (() => void) | null = null;
afterEach(() => {
  restore?.();
  restore = null;
});

function withSheet(name: string, grid: Grid): FakeGas {
  const fake = createFakeGas({ sheets: { [name]: grid as SeedValue[][] }, activeSheet: name });
  restore = fake.installGlobals();
  return fake;
}

/** What the dialog does: show the plan, then apply exactly that plan. */
const prepareShown = () => prepareSheet(getPreparePlan());

const plan305 = () => parseTsv(fixtureText('seed000-order305-plan-2021-2022.tsv'));

test('the plan lists the repeated headers, the merged row and the tracking columns to add', () => {
  withSheet('План', plan305());
  const plan = getPreparePlan();
  expect(plan.canPrepare).toBe(true);
  expect(plan.addColumns).toEqual(TRACKING_COLUMNS.map((c) => c.header));
  expect(plan.removeRows).toHaveLength(2);
  expect(plan.mergeRows).toHaveLength(1);
  expect(plan.copyName).toMatch(/^План — копия \d\d\.\d\d\.\d{4}$/);
});

test('preparing keeps a copy, removes debris, merges the split row, adds columns with dropdowns', () => {
  const original = plan305();
  const fake = withSheet('План', original);
  const before = fake.sheetValues('План');
  const result = prepareShown();
  expect(result.removedRows).toBe(2);
  expect(result.mergedRows).toBe(1);
  // The copy holds the original exactly.
  expect(fake.sheetNames()).toEqual(['План', result.copyName, 'Итоги школы (служебный)']);
  expect(fake.sheetValues(result.copyName)).toEqual(before);

  const after = fake.sheetValues('План') as Grid;
  expect(after.length).toBe(before.length - 3);
  const table = normaliseTable(after);
  expect(table.diagnostics.filter((d) => d.code === 'header-repeated' || d.code === 'rows-merged')).toEqual([]);
  for (const c of TRACKING_COLUMNS) expect(table.columns[c.field]?.header).toBe(c.header);
  const row110 = after.find((r) => r[0] === '1.10')!;
  expect(row110[1]).toBe('Вовлечение органов государственного управления ШНРО в решение вопросов повышения качества образования');
  // Title lines above the table are untouched; every measure is still there.
  const width = before[0].length;
  expect(after.slice(0, table.headerRow! - 1).map((r) => r.slice(0, width))).toEqual(before.slice(0, table.headerRow! - 1));
  expect(
    after
      .slice(0, table.headerRow! - 1)
      .flatMap((r) => r.slice(width))
      .every((v) => v === ''),
  ).toBe(true);
  expect(table.rows).toHaveLength(35);
  // Dropdowns on the status column, dates formatted, text columns as plain text.
  const statusCol = table.columns.status!.index;
  const firstData = table.headerRow! + 1;
  const a1 = (row: number, col: number) => `${String.fromCharCode(65 + col)}${row}`;
  expect(fake.validations('План', a1(firstData, statusCol))[0][0]).toMatchObject({ criteria: 'VALUE_IN_LIST' });
  expect(fake.numberFormats('План', a1(firstData, table.columns.doneDate!.index))[0][0]).toBe('dd.mm.yyyy');
  expect(fake.numberFormats('План', a1(firstData, table.columns.evidence!.index))[0][0]).toBe('@');
});

test('text that looks like a number, a date or a formula stays text after the rewrite', () => {
  const fake = withSheet('План', [
    ['План на 2022 год'],
    ['№', 'Мероприятие', 'Срок', 'Ответственный'],
    ['1.10', '=IMPORTXML("http://x";"//a")', '01.03.2022', '100%'],
    ['', 'продолжение', '', ''],
    ['№', 'Мероприятие', 'Срок', 'Ответственный'],
    ['2', 'Семинар', 'март 2022', 'МОЦ'],
  ]);
  prepareShown();
  const v = fake.sheetValues('План');
  expect(v[2].slice(0, 4)).toEqual(['1.10', '=IMPORTXML("http://x";"//a") продолжение', '01.03.2022', '100%']);
  expect(fake.formulas('План').flat().filter(Boolean)).toEqual([]);
  expect(v[3][0]).toBe('2');
});

test('a sheet without a table or already prepared: nothing to do, said in Russian', () => {
  withSheet('Заметки', [['просто текст']]);
  expect(getPreparePlan()).toMatchObject({ canPrepare: false, reason: expect.stringContaining('не найдена таблица') });
  expect(() => prepareShown()).toThrow(/не найдена таблица/);
  restore?.();
  withSheet('План', plan305());
  prepareShown();
  expect(getPreparePlan()).toMatchObject({ canPrepare: false, reason: expect.stringContaining('уже готов') });
});

test('another execution holding the lock: a clear message, nothing changed', () => {
  const fake = withSheet('План', plan305());
  const before = fake.sheetValues('План');
  fake.simulateOtherExecutionHoldingLock(true);
  expect(() => prepareShown()).toThrow(/другой пользователь или процесс/);
  expect(fake.sheetNames()).toEqual(['План']);
  expect(fake.sheetValues('План')).toEqual(before);
});

/** A synthetic roadmap of n measures with exactly two page breaks (repeated headers) and no others. */
function twoBreaks(n: number): Grid {
  const grid = syntheticRoadmap(n).map((r) => r.slice(0, 6));
  const header = grid[1];
  const breaks = grid.map((r, i) => (i > 1 && r[0] === header[0] ? i : -1)).filter((i) => i >= 0);
  const drop = new Set(breaks.slice(2));
  return grid.filter((_, i) => !drop.has(i));
}

test('preparing costs the same number of service calls for 100 and 3,000 rows with the same plan', () => {
  const counts = [100, 3000].map((n) => {
    const fake = withSheet('План', twoBreaks(n));
    const plan = getPreparePlan();
    expect(plan.removeRows).toHaveLength(2);
    fake.calls.reset();
    prepareSheet(plan);
    // The school's compact block, rewritten after, grows its sheet once past 1,000 measures.
    const total = fake.calls.total() - fake.calls.count('Sheet.insertRowsAfter');
    restore?.();
    restore = null;
    return total;
  });
  expect(counts[0]).toBe(counts[1]);
});

test('each change of the plan costs one call per run of deleted rows, whatever the sheet size', () => {
  const fake = withSheet(
    'План',
    syntheticRoadmap(3000).map((r) => r.slice(0, 6)),
  );
  const plan = getPreparePlan();
  fake.calls.reset();
  prepareSheet(plan);
  // 75 repeated headers, none adjacent: one deleteRows each, and nothing else grows with the sheet.
  expect(plan.removeRows).toHaveLength(75);
  expect(fake.calls.count('Sheet.deleteRows')).toBe(75);
  // The rest: the plan (< 80 calls) and the compact block rewritten after it (a constant ~30).
  expect(fake.calls.total() - 75).toBeLessThan(115);
});
